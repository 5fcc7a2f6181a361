// The benchmark's scenarios, run the same way in jsdom and in Chromium. Each call measures one
// subject once; the runner alternates subjects and repeats. Every scenario checks that it did what
// it claims (the field holds the text, the host got the options), so a broken harness fails loudly.
import { Profiler, useCallback, useState, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import type { AwsAuthDataSourceSettings } from '../../src/model/types';
import {
  type EditorProps,
  type ProviderName,
  type SubjectName,
  PluginHost,
  makeOptions,
  setUpGrafana,
  subjects,
} from './subjects';

interface Probe {
  latest: AwsAuthDataSourceSettings;
  /** `onOptionsChange` calls. */
  calls: number;
  /** Commits of the editor's subtree, counted by React's Profiler (profiling builds only). */
  commits: number;
}

/** A plugin's ConfigEditor page: owns `options` and applies every change the editor reports. */
function Host({ subject, probe }: { subject: SubjectName; probe: Probe }) {
  const Editor = subjects[subject];
  const [options, setOptions] = useState(probe.latest);
  const onOptionsChange = useCallback<EditorProps['onOptionsChange']>(
    (next) => {
      probe.calls++;
      probe.latest = next as AwsAuthDataSourceSettings;
      setOptions(next as AwsAuthDataSourceSettings);
    },
    [probe]
  );
  const onRender = useCallback(() => {
    probe.commits++;
  }, [probe]);
  return (
    <PluginHost>
      <Profiler id="editor" onRender={onRender}>
        <Editor options={options} onOptionsChange={onOptionsChange} />
      </Profiler>
    </PluginHost>
  );
}

const now = () => performance.now();
const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

/** Sets an input's value the way a browser does before it fires `input`, so React sees the change. */
function input(el: HTMLInputElement, value: string) {
  valueSetter.call(el, value);
  flushSync(() => el.dispatchEvent(new Event('input', { bubbles: true })));
}

function labelled(container: HTMLElement, name: string): HTMLInputElement | undefined {
  for (const label of Array.from(container.querySelectorAll('label'))) {
    if (label.textContent?.startsWith(name) && label.htmlFor) {
      const el = document.getElementById(label.htmlFor);
      if (el instanceof HTMLInputElement) {
        return el;
      }
    }
  }
  return undefined;
}

function field(container: HTMLElement, name: string): HTMLInputElement {
  const el = labelled(container, name);
  if (!el) {
    throw new Error(`no input labelled "${name}"`);
  }
  return el;
}

function mountEditor(subject: SubjectName, provider: ProviderName) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const probe: Probe = { latest: makeOptions(provider), calls: 0, commits: 0 };
  return {
    container,
    probe,
    render: () => flushSync(() => root.render(<Host subject={subject} probe={probe} />)),
    dispose: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** Per provider: the text field typed into, 40 characters, and where the host must find them. */
const typing: Record<ProviderName, { label: string; text: string; read: (o: AwsAuthDataSourceSettings) => unknown }> = {
  default: { label: 'Endpoint', text: 'https://vpce-0a1b2c3d.logs.example.com/x', read: (o) => o.jsonData.endpoint },
  credentials: {
    label: 'Credentials Profile Name',
    text: 'grafana-production-eu-west-1-read-only-a',
    read: (o) => o.jsonData.profile,
  },
  keys: {
    label: 'Access Key ID',
    text: 'AKIAIOSFODNN7EXAMPLEAKIAIOSFODNN7EXAMPLE',
    read: (o) => o.secureJsonData?.accessKey,
  },
};

/** Three switches that end where they started; each names the option's label. */
const switches: Record<ProviderName, ProviderName[]> = {
  default: ['keys', 'credentials', 'default'],
  credentials: ['default', 'keys', 'credentials'],
  keys: ['credentials', 'default', 'keys'],
};
const providerLabels: Record<ProviderName, string> = {
  default: 'AWS SDK Default',
  keys: 'Access & secret key',
  credentials: 'Credentials file',
};

function typeText(container: HTMLElement, provider: ProviderName) {
  const { label, text } = typing[provider];
  const el = field(container, label);
  for (let i = 1; i <= text.length; i++) {
    input(el, text.slice(0, i));
  }
  return el;
}

function checkTyped(el: HTMLInputElement, probe: Probe, provider: ProviderName) {
  const { text, read } = typing[provider];
  if (el.value !== text || read(probe.latest) !== text) {
    throw new Error(`typing into ${typing[provider].label} did not reach the host`);
  }
}

/** Picks a provider as a keyboard user does: focus the Select, type the option's name, Enter. */
function choose(container: HTMLElement, target: ProviderName, probe: Probe) {
  const el = field(container, 'Authentication Provider');
  flushSync(() => el.focus());
  input(el, providerLabels[target]);
  flushSync(() => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
  const shown = {
    credentials: !!labelled(container, 'Credentials Profile Name'),
    keys: !!labelled(container, 'Access Key ID'),
  };
  if (probe.latest.jsonData.authType !== target || (target !== 'default' && !shown[target])) {
    throw new Error(`switching to ${target} did not happen`);
  }
}

function switchThrice(container: HTMLElement, provider: ProviderName, probe: Probe) {
  for (const target of switches[provider]) {
    choose(container, target, probe);
  }
  (document.activeElement as HTMLElement | null)?.blur();
}

const bench = {
  info: () => ({
    react: version,
    crossOriginIsolated: typeof crossOriginIsolated === 'boolean' ? crossOriginIsolated : undefined,
    userAgent: navigator.userAgent,
  }),
  /** ms from render call to committed DOM (effects of a sync render included). */
  mount(subject: SubjectName, provider: ProviderName): number {
    const m = mountEditor(subject, provider);
    const t0 = now();
    m.render();
    const t = now() - t0;
    field(m.container, typing[provider].label);
    m.dispose();
    return t;
  },
  /** ms per keystroke, averaged over the 40. */
  typing(subject: SubjectName, provider: ProviderName): number {
    const m = mountEditor(subject, provider);
    m.render();
    const t0 = now();
    const el = typeText(m.container, provider);
    const t = (now() - t0) / typing[provider].text.length;
    checkTyped(el, m.probe, provider);
    m.dispose();
    return t;
  },
  /** ms for all three switches. */
  switching(subject: SubjectName, provider: ProviderName): number {
    const m = mountEditor(subject, provider);
    m.render();
    const t0 = now();
    switchThrice(m.container, provider, m.probe);
    const t = now() - t0;
    m.dispose();
    return t;
  },
  /** Counts, with a profiling build of React: commits and onOptionsChange calls. */
  profile(subject: SubjectName, provider: ProviderName) {
    const m = mountEditor(subject, provider);
    m.render();
    const mount = { commits: m.probe.commits, calls: m.probe.calls };
    if (mount.commits === 0) {
      throw new Error('the Profiler saw no commit: not a profiling build of React');
    }
    m.probe.commits = 0;
    m.probe.calls = 0;
    const el = typeText(m.container, provider);
    checkTyped(el, m.probe, provider);
    const keystrokes = typing[provider].text.length;
    const perKeystroke = { commits: m.probe.commits / keystrokes, calls: m.probe.calls / keystrokes };
    m.probe.commits = 0;
    m.probe.calls = 0;
    switchThrice(m.container, provider, m.probe);
    const perSwitch = { commits: m.probe.commits / 3, calls: m.probe.calls / 3 };
    m.dispose();
    return { mount, perKeystroke, perSwitch };
  },
};

export type Bench = typeof bench;
setUpGrafana();
(globalThis as unknown as { awsAuthBench: Bench }).awsAuthBench = bench;
