import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { grafanaSetsUpI18n } from '../support/i18n';
import { renderEditor } from '../support/host';
import { makeOptions } from '../support/options';

/** A plugin that never loads the package's translations, in a German Grafana: English, no keys shown. */
beforeAll(async () => {
  await grafanaSetsUpI18n('de-DE');
});

describe('without loadAwsAuthTranslations', () => {
  it('shows the English texts, never a key', () => {
    renderEditor(makeOptions({ jsonData: { authType: 'default' } }));
    expect(screen.getByText('Connection Details')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('grafana-aws-auth.');
  });
});
