// Finds the Chromium (or Chrome) that the browser tests and screenshots drive. Nothing here
// downloads a browser: the system one is used, through Playwright's `executablePath`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for a headless run on a CI machine: no sandbox (containers run as root), no GPU, no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** `CHROMIUM_PATH`, then the Debian package's `/usr/bin/chromium`, then a Chrome install; undefined if none. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    // A path that was asked for but is missing is an error, not a reason to pick another browser.
    return existsSync(fromEnv) ? fromEnv : undefined;
  }
  return candidates.find((path) => existsSync(path));
}

export const howToGetChromium = [
  'No Chromium or Chrome was found for the browser tests.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  Fedora:        sudo dnf install -y chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Elsewhere:     install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser',
].join('\n');

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Returns a browser path, installing Debian's `chromium` package first when running as root on
 * Debian and none is found. Prints how to get one and returns undefined otherwise.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found || process.env.CHROMIUM_PATH) {
    if (!found) {
      console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    }
    return found;
  }
  console.error(howToGetChromium);
  if (!isDebianRoot()) {
    return undefined;
  }
  console.error('Running as root on Debian: installing the chromium package with apt-get.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return install && install.status === 0 ? findChromium() : undefined;
}
