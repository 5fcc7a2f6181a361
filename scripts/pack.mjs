// Builds the package and packs it exactly as `npm publish` would, so checks and the example
// consume the published artifact rather than src/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    // The command's own output says what went wrong; a stack trace would only bury it.
    console.error(
      `${result.stdout ?? ''}${result.stderr ?? ''}${cmd} ${args.join(' ')} failed (exit ${result.status})`
    );
    process.exit(1);
  }
  return result;
}

/** Runs `npm run build`, then `npm pack` into `dest` (emptied first); returns the tarball path and its files. */
export function buildAndPack(dest) {
  run('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  // --ignore-scripts: the build just ran; --json keeps stdout machine-readable.
  const { stdout } = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest]);
  const [info] = JSON.parse(stdout);
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path).sort() };
}
