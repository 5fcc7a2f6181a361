import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert, Button, TextLink, useStyles2 } from '@grafana/ui';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

import { type AwsErrorDiagnosis, type DiagnosisSetting, diagnoseAwsError } from '../model/diagnose';
import type { AwsAuthView } from '../model/settings';
import { usesTemporaryKeys } from '../model/summary';
import { DiagnosisPolicy } from './DiagnosisPolicy';
import { type FieldIds, PLAIN_IDS } from './fieldIds';
import { t, translate } from './i18n';
import { onTestResult } from './testResultEvents';

export interface ConnectionDiagnosisProps {
  /** The settings on the page, as the editor reads them. */
  view: AwsAuthView;
  /** The data source's uid: its health check is read again when the person asks why the test failed. */
  uid?: string;
  /**
   * The failure message, for a plugin that already has it. The extra then offers the explanation
   * straight away, without Grafana's events or a request.
   */
  message?: string;
  /** The editor's input ids (`ConnectionConfig` passes its own); the plain ones otherwise. */
  ids?: FieldIds;
}

/** Which of the editor's inputs shows each setting. */
const FIELDS: Readonly<Record<DiagnosisSetting, keyof FieldIds>> = {
  authType: 'provider',
  profile: 'profile',
  accessKey: 'accessKey',
  secretKey: 'secretKey',
  assumeRoleArn: 'assumeRoleArn',
  externalId: 'externalId',
  endpoint: 'endpoint',
  defaultRegion: 'defaultRegion',
};

function fieldOf(setting: DiagnosisSetting, ids: FieldIds): HTMLElement | null {
  return document.getElementById(ids[FIELDS[setting]]);
}

/** The text of a failed health check: in the response body, or in the error Grafana's request throws. */
function messageOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) {
    return typeof body === 'string' ? body : '';
  }
  const bag = body as { data?: unknown; message?: unknown; details?: unknown };
  if (bag.data !== undefined && bag.data !== null && typeof bag.data === 'object') {
    return messageOf(bag.data);
  }
  const details = bag.details as { message?: unknown; verboseMessage?: unknown } | undefined;
  return [bag.message, details?.message, details?.verboseMessage]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n');
}

async function readHealth(uid: string): Promise<string> {
  const srv = getBackendSrv();
  if (!srv || typeof srv.get !== 'function') {
    return '';
  }
  try {
    const result = await srv.get(`/api/datasources/uid/${encodeURIComponent(uid)}/health`, undefined, undefined, {
      showErrorAlert: false,
      showSuccessAlert: false,
    });
    const status = (result as { status?: unknown } | undefined)?.status;
    return typeof status === 'string' && status.toUpperCase() === 'OK' ? '' : messageOf(result);
  } catch (error) {
    return messageOf(error);
  }
}

type State =
  | { step: 'idle' }
  | { step: 'offered' }
  | { step: 'loading' }
  | { step: 'passes' }
  | { step: 'explained'; message: string; diagnosis: AwsErrorDiagnosis | undefined };

/**
 * "Explain this error" after a failed "Save & test": reads the failure, says what most likely went
 * wrong and what to change, and moves focus to that setting. Outside Grafana (no event bus and no
 * message) it renders nothing.
 */
export function ConnectionDiagnosis({ view, uid, message, ids = PLAIN_IDS }: ConnectionDiagnosisProps) {
  const styles = useStyles2(getStyles);
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const latest = useRef({ view, uid, message });
  useLayoutEffect(() => {
    latest.current = { view, uid, message };
  });

  useEffect(() => onTestResult((result) => setState({ step: result === 'failed' ? 'offered' : 'idle' })), []);

  const explain = useCallback(async () => {
    const current = latest.current;
    setState({ step: 'loading' });
    const text = current.message ?? (current.uid ? await readHealth(current.uid) : '');
    if (text === '') {
      setState({ step: 'passes' });
      return;
    }
    const settings = {
      authType: typeof current.view.authType === 'string' ? current.view.authType : undefined,
      profile: current.view.profile,
      assumeRoleArn: current.view.assumeRoleArn,
      externalId: current.view.externalId,
      endpoint: current.view.endpoint,
      defaultRegion: current.view.defaultRegion,
      temporaryKeys: usesTemporaryKeys(current.view),
    };
    setState({ step: 'explained', message: text, diagnosis: diagnoseAwsError(text, settings, translate) });
  }, []);

  const setting = state.step === 'explained' ? state.diagnosis?.setting : undefined;
  useEffect(() => {
    if (setting) {
      fieldOf(setting, ids)?.focus();
    }
  }, [setting, state, ids]);

  // Without a message, only a failure Grafana announced for a saved data source can be explained.
  if (message === undefined && (!uid || state.step === 'idle')) {
    return null;
  }

  return (
    <section ref={ref} className={styles.box} aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId} className={styles.heading}>
        {t('grafana-aws-auth.diagnosis.title', 'Why the test failed')}
      </h3>
      {(state.step === 'idle' || state.step === 'offered' || state.step === 'loading') && (
        <Button
          variant="secondary"
          icon="question-circle"
          disabled={state.step === 'loading'}
          onClick={() => void explain()}
        >
          {t('grafana-aws-auth.diagnosis.explain', 'Explain this error')}
        </Button>
      )}
      {state.step === 'passes' && (
        <p className={styles.text}>
          {t('grafana-aws-auth.diagnosis.passes', 'The connection test passes now: there is nothing to explain.')}
        </p>
      )}
      {state.step === 'explained' &&
        (state.diagnosis ? (
          <Alert
            severity="info"
            title={t('grafana-aws-auth.diagnosis.likely-cause', 'Likely cause')}
            className={styles.alert}
          >
            <p className={styles.text}>{state.diagnosis.summary}</p>
            <p className={styles.text}>
              <strong>{t('grafana-aws-auth.diagnosis.what-to-do', 'What to do:')}</strong> {state.diagnosis.fix}
            </p>
            <TextLink href={state.diagnosis.docsUrl} external>
              {t('grafana-aws-auth.diagnosis.docs', 'Grafana documentation: AWS authentication')}
            </TextLink>
          </Alert>
        ) : (
          <p className={styles.text}>
            {t(
              'grafana-aws-auth.diagnosis.unknown',
              'This message is not one this page recognises, so it offers no guess. Grafana server logs often have more detail.'
            )}
          </p>
        ))}
      {state.step === 'explained' && state.diagnosis && (
        <DiagnosisPolicy diagnosis={state.diagnosis} view={view} uid={uid} />
      )}
      {state.step === 'explained' && (
        // Focusable so that keyboard users can scroll a long message.
        <pre
          className={styles.message}
          tabIndex={0}
          aria-label={t('grafana-aws-auth.diagnosis.message', 'Message from the test')}
        >
          {state.message}
        </pre>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ marginTop: theme.spacing(2) }),
  heading: css({ fontSize: theme.typography.h5.fontSize, marginBottom: theme.spacing(1) }),
  alert: css({ marginBottom: theme.spacing(1) }),
  text: css({ marginBottom: theme.spacing(1), overflowWrap: 'anywhere' }),
  message: css({
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: 160,
    overflow: 'auto',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
