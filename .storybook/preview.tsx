import { css } from '@emotion/css';
import { type GrafanaTheme2, getThemeById } from '@grafana/data';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import type { Decorator, Preview } from '@storybook/react-vite';

import { applyServerSettings, grafanaDefaults, serverArgTypes, splitServerArgs } from '../stories/support/server';
import { AXE_TAGS } from '../scripts/axeTags.mjs';
import { assertCleanConsole, startWatching } from './cleanConsole';
import { languageLoader, languages, withLanguage } from './locale';

const themes = new Map<string, GrafanaTheme2>();
function theme(id: string): GrafanaTheme2 {
  let found = themes.get(id);
  if (!found) {
    found = getThemeById(id);
    themes.set(id, found);
  }
  return found;
}

/** Grafana's theme (toolbar: dark or light) and its global styles, as on a Grafana page. */
const withGrafanaTheme: Decorator = (Story, context) => {
  const current = theme(context.globals.theme === 'light' ? 'light' : 'dark');
  const frame = css({
    background: current.colors.background.primary,
    color: current.colors.text.primary,
    padding: current.spacing(3),
    // In the docs page each story sits in its own frame; on its own, the story fills the canvas.
    minHeight: context.viewMode === 'docs' ? undefined : '100vh',
  });
  return (
    <ThemeContext.Provider value={current}>
      <GlobalStyles />
      <div className={frame}>
        <Story />
      </div>
    </ThemeContext.Provider>
  );
};

/** What grafana.ini would send to the browser, from the story's server controls. */
const withServerSettings: Decorator = (Story, context) => {
  applyServerSettings(splitServerArgs(context.args)[0]);
  return <Story />;
};

const preview: Preview = {
  decorators: [withServerSettings, withLanguage, withGrafanaTheme],
  loaders: [languageLoader],
  globalTypes: {
    theme: {
      description: 'Grafana theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'light', title: 'Light', icon: 'sun' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Grafana's language: the package's texts as loadAwsAuthTranslations loads them",
      toolbar: { title: 'Language', icon: 'globe', items: languages, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'dark', locale: 'en-US' },
  args: { ...grafanaDefaults },
  argTypes: { ...serverArgTypes },
  parameters: {
    layout: 'fullscreen',
    controls: { sort: 'requiredFirst', expanded: true },
    // Any axe violation fails the story's test: WCAG 2.2 A and AA, and axe's best practices
    // (heading order among them). scripts/screenshots.mjs runs the same set on the built site.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: AXE_TAGS } } },
    options: {
      storySort: { order: ['ConnectionConfig', ['Usage', 'Providers', '*']] },
    },
  },
  beforeEach: (context) => startWatching(context),
  afterEach: (context) => assertCleanConsole(context),
};

export default preview;
