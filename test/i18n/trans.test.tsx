import { render } from '@testing-library/react';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { extract } from '../../scripts/i18n-extract.mjs';
import { NAMESPACE, Trans, rich, translate } from '../../src/components/i18n';
import { grafanaSetsUpI18n } from '../support/i18n';

/**
 * The package's `Trans` (children as in `@grafana/i18n`'s, for the Grafana Assume Role steps to move
 * to) and `rich` (a translated sentence with `<1>…</1>` marks): both render a translation that
 * moves the marks, with the right elements around the translated words.
 */
const english = extract().messages;
const KEY = 'grafana-aws-auth.gar.steps.account';

beforeAll(async () => {
  await grafanaSetsUpI18n('de-DE');
});

describe('Trans and rich', () => {
  it('Trans writes its children as the extraction script does', () => {
    const seen: string[] = [];
    const t = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => string;
    i18n.t = ((key: string, text: string, options: unknown) => {
      seen.push(text);
      return t(key, text, options);
    }) as unknown as typeof i18n.t;
    render(
      <Trans i18nKey={KEY} values={{ account: '008923505280' }}>
        Enter Grafana&apos;s account ID <code>{'{{account}}'}</code> and tick <strong>Require external ID</strong>.
      </Trans>
    );
    i18n.t = t as unknown as typeof i18n.t;
    expect(seen).toEqual([english.get(KEY)!.text]);
  });

  it('Trans renders a translation that moves the marks', () => {
    i18n.addResourceBundle('de-DE', NAMESPACE, {
      [KEY]: '<strong>Externe ID</strong> verlangen, Konto <1>{{account}}</1>.',
    });
    const { container } = render(
      <Trans i18nKey={KEY} values={{ account: '008923505280' }}>
        Enter Grafana&apos;s account ID <code className="x">{'{{account}}'}</code> and tick{' '}
        <strong>Require external ID</strong>.
      </Trans>
    );
    expect(container.innerHTML).toBe(
      '<strong>Externe ID</strong> verlangen, Konto <code class="x">008923505280</code>.'
    );
  });

  it('rich makes <n> marks code, values unescaped', () => {
    const { container } = render(
      <p>{rich(translate('grafana-aws-auth.test', 'a <1>{{v}}</1> b <3>c</3>', { v: '<x>' }))}</p>
    );
    expect(container.innerHTML).toBe('<p>a <code>&lt;x&gt;</code> b <code>c</code></p>');
  });
});
