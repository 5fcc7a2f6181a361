import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Field, Input, useStyles2 } from '@grafana/ui';
import { type ReactElement, type ReactNode, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';

import { type Finding, type FindingSeverity, trimPasted } from '../model/validate';
import { t } from './i18n';

/** What the input needs to be announced with its messages. */
export interface DescribedBy {
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** What a field shows under its input: a finding, or any message of the same shape. */
export type FieldMessage = Pick<Finding, 'severity' | 'code' | 'message'>;

export interface SettingFieldProps {
  /** The input's id, for the label's `for`. */
  inputId: string;
  label: string;
  description?: string;
  findings: readonly FieldMessage[];
  /** Shown once after a pasted value was cleaned up. */
  notice?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  children: (describedBy: DescribedBy) => ReactElement<any>;
}

// Screen readers hear the kind of message first, as in public-service form guidance.
const prefix = (severity: FindingSeverity) =>
  severity === 'error'
    ? t('grafana-aws-auth.finding.error', 'Error: ')
    : severity === 'warning'
      ? t('grafana-aws-auth.finding.warning', 'Warning: ')
      : t('grafana-aws-auth.finding.note', 'Note: ');

/**
 * A labelled field with its findings underneath. Findings never block saving; an error marks the
 * input invalid, and every message is tied to the input with aria-describedby.
 */
export function SettingField({ inputId, label, description, findings, notice, children }: SettingFieldProps) {
  const styles = useStyles2(getStyles);
  const id = useId();
  const messages = notice ? [...findings, { severity: 'info' as const, code: 'trimmed', message: notice }] : findings;
  const invalid = messages.some((f) => f.severity === 'error');
  const ids = [...(description ? [`${id}-description`] : []), ...messages.map((_, i) => `${id}-${i}`)];
  const describedBy = ids.length > 0 ? ids.join(' ') : undefined;

  return (
    <div className={styles.wrapper}>
      <Field
        label={
          <FieldLabel htmlFor={inputId} label={label} description={description} descriptionId={`${id}-description`} />
        }
        invalid={invalid}
        noMargin
      >
        {children({ 'aria-invalid': invalid, 'aria-describedby': describedBy })}
      </Field>
      {messages.map((f, i) => (
        <div key={f.code} id={`${id}-${i}`} className={styles[f.severity]}>
          <span className={styles.srOnly}>{prefix(f.severity)}</span>
          {f.message}
        </div>
      ))}
    </div>
  );
}

export interface FieldLabelProps {
  htmlFor: string;
  label: string;
  description?: ReactNode;
  descriptionId: string;
}

/**
 * A field's label with its description beside it rather than inside it: the input's accessible name
 * is the label alone ("Access Key ID", as plugin authors' tests query it), and the description is
 * announced through `aria-describedby`. Looks like @grafana/ui's Label.
 */
export function FieldLabel({ htmlFor, label, description, descriptionId }: FieldLabelProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.label}>
      <label htmlFor={htmlFor}>{label}</label>
      {description && (
        <span id={descriptionId} className={styles.description}>
          {description}
        </span>
      )}
    </div>
  );
}

/**
 * Handles a text change: trims what no setting here can use (spaces, line breaks from a paste)
 * and remembers to tell the person that it did.
 */
export function useTrimmedChange(onChange: (value: string) => void) {
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const handle = useCallback(
    (raw: string) => {
      const { value, trimmed } = trimPasted(raw);
      setNotice(
        trimmed && value !== ''
          ? t('grafana-aws-auth.finding.trimmed', 'Spaces or line breaks around the value were removed.')
          : undefined
      );
      onChange(value);
    },
    [onChange]
  );
  return { notice, onChange: handle };
}

const getStyles = (theme: GrafanaTheme2) => {
  const message = { fontSize: theme.typography.bodySmall.fontSize, marginTop: theme.spacing(0.5) };
  return {
    wrapper: css({ marginBottom: theme.spacing(2) }),
    label: css({
      fontSize: theme.typography.size.sm,
      fontWeight: theme.typography.fontWeightMedium,
      lineHeight: 1.25,
      marginBottom: theme.spacing(0.5),
      color: theme.colors.text.primary,
      maxWidth: '480px',
      '& label': { display: 'block', marginBottom: 0 },
    }),
    description: css({
      display: 'block',
      marginTop: theme.spacing(0.25),
      color: theme.colors.text.secondary,
      fontSize: theme.typography.size.sm,
      fontWeight: theme.typography.fontWeightRegular,
    }),
    error: css({ ...message, color: theme.colors.error.text }),
    warning: css({ ...message, color: theme.colors.warning.text }),
    info: css({ ...message, color: theme.colors.text.secondary }),
    disabledSelect: css({ display: 'contents', '& [role="combobox"]': { visibility: 'visible' } }),
    srOnly: css({
      position: 'absolute',
      width: 1,
      height: 1,
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    }),
  };
};

/** The findings of a field whose editor was given no validator (stable, so memoised fields stay put). */
export const NO_FINDINGS: readonly Finding[] = [];

/** The findings about one setting; `NO_FINDINGS` when there are none, so a memoised field stays put. */
export function findingsFor(findings: readonly Finding[], setting: Finding['setting']): readonly Finding[] {
  const about = findings.filter((f) => f.setting === setting);
  return about.length > 0 ? about : NO_FINDINGS;
}

/**
 * The placeholder of both role ARN fields, `@grafana/aws-sdk`'s (authors' tests find the field by it);
 * not translated: it is a format. The description and the ARN check explain the rest.
 */
export const ROLE_ARN_EXAMPLE = 'arn:aws:iam:*';

export interface SettingInputProps {
  id: string;
  label: string;
  description?: string;
  findings: readonly FieldMessage[];
  value: string;
  placeholder?: string;
  /** A provisioned data source: the value stays selectable and copyable, but cannot be changed. */
  readOnly?: boolean;
  onChange: (value: string) => void;
}

/** A plain text setting: a SettingField with one input, trimmed as it is typed or pasted. */
export function SettingInput({
  id,
  label,
  description,
  findings,
  value,
  placeholder,
  readOnly,
  onChange,
}: SettingInputProps) {
  const { notice, onChange: onTyped } = useTrimmedChange(onChange);
  return (
    <SettingField inputId={id} label={label} description={description} findings={findings} notice={notice}>
      {(aria) => (
        <Input
          id={id}
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          readOnly={readOnly}
          onChange={(e) => onTyped(e.currentTarget.value)}
          {...aria}
        />
      )}
    </SettingField>
  );
}

/**
 * @grafana/ui's Select does not pass aria-describedby or aria-invalid to its input, so they are set
 * on the element after each render, next to the ids react-select manages itself.
 */
export function DescribedSelect({
  inputId,
  aria,
  disabled,
  children,
}: {
  inputId: string;
  aria: DescribedBy;
  /** The Select inside is disabled (a provisioned data source). */
  disabled?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles2(getStyles);
  const added = useRef<string[]>([]);
  useLayoutEffect(() => {
    const input = document.getElementById(inputId);
    if (!input) {
      return;
    }
    const ours = aria['aria-describedby']?.split(' ') ?? [];
    const theirs = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((t) => t && !added.current.includes(t));
    added.current = ours;
    const all = [...theirs, ...ours];
    if (all.length > 0) {
      input.setAttribute('aria-describedby', all.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
    input.setAttribute('aria-invalid', String(aria['aria-invalid']));
  });
  // react-select hides a disabled Select's input (visibility: hidden), which takes the combobox, its
  // label and its messages out of the accessibility tree; it is shown again, still disabled.
  return disabled ? <div className={styles.disabledSelect}>{children}</div> : <>{children}</>;
}
