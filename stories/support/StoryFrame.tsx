import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { ReactNode, RefObject } from 'react';

import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { OptionsPanel } from './OptionsPanel';

/** `saved`, then what `useRecordedOptions(saved)` returned: the frame is where play functions find the record. */
export interface StoryFrameProps {
  saved: AwsAuthDataSourceSettings;
  options: AwsAuthDataSourceSettings;
  writes: number;
  hostRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/** A story's canvas: the page under test, with the options panel beside it. */
export function StoryFrame({ saved, options, writes, hostRef, children }: StoryFrameProps) {
  const styles = useStyles2(getStyles);
  return (
    <div ref={hostRef} data-story-host className={styles.layout}>
      <div className={styles.page}>{children}</div>
      <OptionsPanel saved={saved} current={options} writes={writes} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  layout: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: theme.spacing(3) }),
  page: css({ flex: '1 1 480px', maxWidth: theme.spacing(80), minWidth: 0 }),
});
