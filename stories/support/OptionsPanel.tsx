import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { useId } from 'react';

import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { changes, redacted, show } from './changes';

interface Props {
  saved: AwsAuthDataSourceSettings;
  current: AwsAuthDataSourceSettings;
  writes: number;
}

/** Beside the editor: what Grafana would save right now, secrets hidden, and what changed. */
export function OptionsPanel({ saved, current, writes }: Props) {
  const styles = useStyles2(getStyles);
  const id = useId();
  const changed = changes(saved, current);
  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        Options Grafana would save
      </h3>
      <p className={styles.meta}>
        {writes === 1 ? '1 write' : `${writes} writes`} through <code>onOptionsChange</code>; typed secrets are hidden.
      </p>
      <h4 className={styles.subtitle}>Changed since load</h4>
      {changed.length === 0 ? (
        <p className={styles.meta}>Nothing.</p>
      ) : (
        <ul className={styles.changes} aria-label="Changed since load">
          {changed.map((c) => (
            <li key={c.path}>
              <code>{c.path}</code>: {show(c.path, c.before)} → <strong>{show(c.path, c.after)}</strong>
            </li>
          ))}
        </ul>
      )}
      <h4 className={styles.subtitle}>Full options</h4>
      {/* Focusable so that keyboard users can scroll it. */}
      <pre className={styles.json} tabIndex={0} aria-label="Full options as JSON">
        {JSON.stringify(redacted(current), null, 2)}
      </pre>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    flex: '1 1 320px',
    minWidth: 0,
    padding: theme.spacing(2),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
  }),
  title: css({ fontSize: theme.typography.h5.fontSize, marginBottom: theme.spacing(1) }),
  subtitle: css({ fontSize: theme.typography.body.fontSize, margin: theme.spacing(2, 0, 1) }),
  meta: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize, margin: 0 }),
  changes: css({ fontSize: theme.typography.bodySmall.fontSize, paddingLeft: theme.spacing(2), margin: 0 }),
  json: css({ maxHeight: 480, overflow: 'auto', fontSize: theme.typography.bodySmall.fontSize, margin: 0 }),
});
