// A real POSIX shell reads the AWS CLI commands the policies view offers: `aws` is a function that
// prints its arguments, so quoting mistakes show up as the words AWS would have received.
import { execFileSync } from 'node:child_process';

export function shellWords(script) {
  const out = execFileSync('sh', ['-c', `aws() { printf '%s\\0' "$@"; printf '\\n\\0'; }\n${script}`], {
    encoding: 'utf8',
  });
  return out
    .split('\n\0')
    .filter((c) => c !== '')
    .map((c) => c.split('\0').filter((w) => w !== ''));
}
