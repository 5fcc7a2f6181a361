import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, useStyles2 } from '@grafana/ui';
import { type DragEvent, memo, useId, useState } from 'react';

import { parseAccessKeyFile, refuseLargeKeyFile } from '../model/keyFile';
import { t, translate } from './i18n';

export interface KeyFileImportProps {
  onImport: (accessKey: string, secretKey: string) => void;
  /** A provisioned data source: no file is read, and the control says so by being disabled. */
  disabled?: boolean;
}

/**
 * Fills both keys from the .csv file the AWS console offers when a key is created. The file is
 * read in the browser and goes nowhere else; only the two keys reach the form.
 */
// FileReader rather than Blob.text(): the same in every browser and in jsdom, where authors test.
function readText(file: File): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => resolve('');
    reader.readAsText(file);
  });
}

/** Extra `KeyFileImport`: fills both keys from the `.csv` file the AWS console offers, read in the browser only. */
export const KeyFileImport = /* @__PURE__ */ memo(function KeyFileImport({ onImport, disabled }: KeyFileImportProps) {
  const styles = useStyles2(getStyles);
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>(undefined);

  const read = async (file: File | undefined) => {
    if (!file || disabled) {
      return;
    }
    // The size first: a huge file is refused without being read.
    const parsed = refuseLargeKeyFile(file.size, translate) ?? parseAccessKeyFile(await readText(file), translate);
    if (parsed.ok) {
      onImport(parsed.accessKey, parsed.secretKey);
      setResult({
        ok: true,
        message: t('grafana-aws-auth.key-file.done', 'Both keys were filled in from the file. Save to store them.'),
      });
    } else {
      setResult({ ok: false, message: parsed.reason });
    }
  };

  const onDrop = (e: DragEvent<HTMLLabelElement>) => {
    e.preventDefault();
    setDragging(false);
    if (disabled) {
      return;
    }
    void read(e.dataTransfer.files[0]);
  };

  return (
    <div className={styles.wrapper}>
      <label
        htmlFor={id}
        className={cx(styles.zone, dragging && styles.dragging, disabled && styles.disabled)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(!disabled);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className={styles.action}>{t('grafana-aws-auth.key-file.action', 'Import keys from a file')}</span>
        <span className={styles.hint}>
          {t(
            'grafana-aws-auth.key-file.hint',
            'Drop or choose the .csv file the AWS console offered when the access key was created.'
          )}
        </span>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          disabled={disabled}
          className={styles.input}
          onChange={(e) => {
            void read(e.currentTarget.files?.[0]);
            // Choosing the same file again must read it again.
            e.currentTarget.value = '';
          }}
        />
      </label>
      {result &&
        (result.ok ? (
          <p role="status" className={styles.done}>
            {result.message}
          </p>
        ) : (
          <Alert severity="error" title={t('grafana-aws-auth.key-file.failed', 'The keys were not imported')}>
            {result.message}
          </Alert>
        ))}
    </div>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ marginBottom: theme.spacing(2) }),
  zone: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1.5, 2),
    border: `1px dashed ${theme.colors.border.strong}`,
    borderRadius: theme.shape.radius.default,
    cursor: 'pointer',
    '&:focus-within': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 2 },
  }),
  disabled: css({
    cursor: 'not-allowed',
    borderColor: theme.colors.border.weak,
    '& span': { color: theme.colors.text.secondary },
  }),
  dragging: css({ borderColor: theme.colors.primary.border, background: theme.colors.action.hover }),
  action: css({ color: theme.colors.text.link, fontWeight: theme.typography.fontWeightMedium }),
  hint: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  // Visually hidden but focusable, so the label is the target for mouse and keyboard alike.
  input: css({ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }),
  done: css({
    color: theme.colors.success.text,
    fontSize: theme.typography.bodySmall.fontSize,
    marginTop: theme.spacing(0.5),
  }),
});
