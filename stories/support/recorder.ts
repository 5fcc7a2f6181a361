import { useCallback, useLayoutEffect, useRef, useState } from 'react';

import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import { type Change, changes } from './changes';

/**
 * What a story's host saw: the saved options it started from and every `onOptionsChange` call.
 * Play functions read it in memory, so typed secrets never need to reach the page or a log.
 */
export interface Recorder {
  saved: AwsAuthDataSourceSettings;
  writes: AwsAuthDataSourceSettings[];
  /** The options a Save would send now. */
  latest(): AwsAuthDataSourceSettings;
  /** What differs from the saved options. */
  changes(): Change[];
}

const recorders = new WeakMap<Element, Recorder>();

/** The host's options state, as Grafana's data source page keeps it, plus a recorder for tests. */
export function useRecordedOptions(saved: AwsAuthDataSourceSettings) {
  // One recorder per mount: Storybook may hand the same saved value over again as a new object
  // (a theme switch re-renders), which must not start a new record. New content remounts the host.
  const [recorder] = useState<Recorder>(() => {
    const writes: AwsAuthDataSourceSettings[] = [];
    const latest = () => writes[writes.length - 1] ?? saved;
    return { saved, writes, latest, changes: () => changes(saved, latest()) };
  });
  const [options, setOptions] = useState(saved);
  const onOptionsChange = useCallback(
    (next: AwsAuthDataSourceSettings) => {
      recorder.writes.push(next);
      setOptions(next);
    },
    [recorder]
  );
  const hostRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host) {
      recorders.set(host, recorder);
    }
  }, [recorder]);
  return { options, onOptionsChange, recorder, hostRef };
}

/** The recorder of the story rendered in `canvasElement`. */
export function recorderIn(canvasElement: HTMLElement): Recorder {
  const host = canvasElement.querySelector('[data-story-host]');
  const recorder = host && recorders.get(host);
  if (!recorder) {
    throw new Error('No story host in this canvas: render the story through <Host>.');
  }
  return recorder;
}
