import { describe, expect, it } from 'vitest';

import { parseAccessKeyFile } from '../../src/model/keyFile';

const ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('parseAccessKeyFile', () => {
  it('reads the file the console offers for a new access key', () => {
    expect(parseAccessKeyFile(`Access key ID,Secret access key\n${ID},${SECRET}\n`)).toEqual({
      ok: true,
      accessKey: ID,
      secretKey: SECRET,
    });
  });

  it('reads the older user-creation file, with a byte-order mark, CRLF and quoted fields', () => {
    const text = `\uFEFFUser name,Password,Access key ID,Secret access key,Console login link\r\n"grafana","p,w",${ID},"${SECRET}",https://123456789012.signin.aws.amazon.com/console\r\n`;
    expect(parseAccessKeyFile(text)).toEqual({ ok: true, accessKey: ID, secretKey: SECRET });
  });

  it.each([
    ['an empty file', ''],
    ['a file without the header', `${ID},${SECRET}`],
    ['a header without a key', 'Access key ID,Secret access key\n'],
    ['two keys', `Access key ID,Secret access key\n${ID},${SECRET}\n${ID},${SECRET}`],
    ['a malformed key ID', `Access key ID,Secret access key\nnot-a-key,${SECRET}`],
    ['an empty secret', `Access key ID,Secret access key\n${ID},`],
    ['a huge file', 'x'.repeat(70_000)],
  ])('refuses %s with a reason that repeats nothing from the file', (_, text) => {
    const result = parseAccessKeyFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.length).toBeGreaterThan(10);
      expect(result.reason).not.toContain(SECRET);
      expect(result.reason).not.toContain(ID);
      expect(result.reason).not.toContain('not-a-key');
    }
  });
});
