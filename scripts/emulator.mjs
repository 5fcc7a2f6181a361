// The AWS emulator for the end-to-end tests: moto in server mode (STS and IAM), in a Python venv
// of the project's own under node_modules/.cache, listening on loopback only.
//
//   node scripts/emulator.mjs install   creates the venv and installs the pinned moto (once)
//   node scripts/emulator.mjs start     starts it on a free loopback port until Ctrl-C
//
// The tests import installEmulator, startEmulator and setUpWorld (types: emulator.d.mts).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** moto's version: 5.2.6 installs from wheels on Python 3.9 to 3.13 (checked on 3.11). */
export const MOTO_VERSION = '5.2.6';

// Not `new URL('..', import.meta.url)`: under Vitest, Vite rewrites that pattern (into /@fs/ paths,
// or the package's own entry once dist/ exists).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'package.json'))) {
  throw new Error(`scripts/emulator.mjs: project root not found at ${root}`);
}
export const venv = join(root, 'node_modules', '.cache', 'emulator-venv');
const python = join(venv, 'bin', 'python');
const stamp = join(venv, 'moto-version');

// The emulator must see none of the machine's AWS setup or proxies: it serves loopback only.
function emulatorEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(AWS_|MOTO_|INITIAL_NO_AUTH)/.test(k) && !/_proxy$/i.test(k)) {
      env[k] = v;
    }
  }
  return { ...env, PYTHONUNBUFFERED: '1', NO_PROXY: '127.0.0.1,localhost' };
}

/**
 * Creates the venv and installs `moto[server]==MOTO_VERSION` in it. Returns at once when that
 * version is already there (the stamp is written only after a complete install).
 */
export function installEmulator({ quiet = false } = {}) {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === MOTO_VERSION && existsSync(python)) {
    return { installed: false, python };
  }
  const system = process.env.PYTHON || 'python3';
  const version = spawnSync(system, ['-c', 'import sys; print(sys.version_info >= (3, 9))'], { encoding: 'utf8' });
  if (version.status !== 0 || version.stdout.trim() !== 'True') {
    throw new Error(`The AWS emulator needs Python 3.9 or newer as "${system}" (set PYTHON to another one).`);
  }
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  execFileSync(system, ['-m', 'venv', '--clear', venv], { stdio });
  execFileSync(
    python,
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', `moto[server]==${MOTO_VERSION}`],
    { stdio, env: emulatorEnv() }
  );
  writeFileSync(stamp, `${MOTO_VERSION}\n`);
  return { installed: true, python };
}

/** A loopback port nobody listens on right now (the kernel's pick, released at once). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// moto's server, run so that it exits when its stdin closes: if the Node process dies in any
// way (a failed test, a crash, SIGKILL), the pipe closes and the emulator goes with it.
//
// One correction to moto 5.2.6: the errors of its IAM enforcement (unknown key, bad signature,
// access denied) come as <ErrorResponse><Errors><Error>…, EC2's shape. STS and IAM answer
// <ErrorResponse><Error>…, and aws-sdk-go-v2 reads nothing else: it reports moto's as
// "api error UnknownError: UnknownError" (boto3 reads both). Only the XML's shape is changed here;
// which error, its code and its message are moto's.
const LAUNCH = `
import os, sys, threading
from xmltodict import unparse
from moto.core import exceptions
from moto.server import main

def query_shape(cls):
    init = cls.__init__
    def shaped(self, *args, **kwargs):
        init(self, *args, **kwargs)
        error = {"Type": "Sender", "Code": self.error_type, "Message": self.message}
        self.description = unparse({"ErrorResponse": {"Error": error}}, full_document=True)
    cls.__init__ = shaped

for name in ("InvalidClientTokenIdError", "SignatureDoesNotMatchError", "AccessDeniedError", "AuthFailureError"):
    query_shape(getattr(exceptions, name))

def watch():
    sys.stdin.read()
    os._exit(0)
threading.Thread(target=watch, daemon=True).start()
main(["-H", "127.0.0.1", "-p", sys.argv[1]])
`;

const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

// node:http rather than fetch: test environments (jsdom) replace the AbortSignal fetch needs.
function answers(url) {
  return new Promise((resolve) => {
    const request = get(`${url}/moto-api/data.json`, { timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/**
 * Starts moto on a free 127.0.0.1 port and waits until it answers. `stop()` ends it (and is safe
 * to call twice); the process is also killed when Node exits.
 */
export async function startEmulator({ timeoutMs = 60000 } = {}) {
  installEmulator({ quiet: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(python, ['-c', LAUNCH, String(port)], {
    env: emulatorEnv(),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (running.delete(child)) {
      child.stdin.end();
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      child.kill('SIGKILL');
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The AWS emulator did not start on ${url}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}

/**
 * Creates the IAM users, keys and roles `world` describes (scripts/emulator-setup.py), then turns
 * moto's IAM enforcement on. Returns their ARNs and keys; keys are for the backend only, never a log.
 */
export function setUpWorld(url, world) {
  const run = spawnSync(python, [join(root, 'scripts', 'emulator-setup.py'), url], {
    input: JSON.stringify(world),
    env: emulatorEnv(),
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`Setting up the AWS emulator failed:\n${run.stderr.slice(-3000)}`);
  }
  return JSON.parse(run.stdout);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const command = process.argv[2];
  if (command === 'install') {
    const started = Date.now();
    const { installed } = installEmulator();
    console.log(
      `moto ${MOTO_VERSION} ${installed ? 'installed' : 'already installed'} in ${venv} (${Date.now() - started} ms)`
    );
  } else if (command === 'start') {
    const { url, stop } = await startEmulator();
    console.log(`moto ${MOTO_VERSION} listening on ${url} (Ctrl-C stops it)`);
    process.on('SIGINT', () => stop().then(() => process.exit(0)));
  } else {
    console.error('usage: node scripts/emulator.mjs install | start');
    process.exit(2);
  }
}
