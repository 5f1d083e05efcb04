#!/usr/bin/env node
// Runs a command with a Node.js that Astro 7 accepts (>= 22.12).
//
// Usage: node scripts/with-node.mjs <command> [args...]
//
// When the `node` running this script is new enough, the command runs with it
// and nothing is downloaded. When it is older (these machines ship Node 20), a
// project-local Node 24 is fetched once from the npm registry's
// `node-<platform>-<arch>` package into the gitignored `.cache/node/` and its
// `bin` is put first on PATH for the command.
//
// This file must itself run on old Node versions, so it uses only long-stable
// APIs (no top-level features newer than Node 16).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN = [22, 12, 0];
const LOCAL_MAJOR = 24;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-node.mjs <command> [args...]');
  process.exit(2);
}

function isNewEnough(version) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (parts[i] !== MIN[i]) return parts[i] > MIN[i];
  }
  return true;
}

function npmGlobalConfig() {
  // npm derives its global config path from the running node's prefix. Once a
  // different node is first on PATH, npm would look in .cache/ and lose this
  // machine's settings (a custom CA file, for instance), and installs fail with
  // SELF_SIGNED_CERT_IN_CHAIN. Pin the path the system npm uses.
  if (process.env.npm_config_globalconfig) return process.env.npm_config_globalconfig;
  try {
    return execFileSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function ensureLocalNode(env) {
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(root, '.cache', 'node');
  const bin = path.join(prefix, 'node_modules', pkg, 'bin');
  const exe = path.join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(exe)) {
    mkdirSync(prefix, { recursive: true });
    console.error(`[jelajah-toba] fetching ${pkg}@${LOCAL_MAJOR} from the npm registry into .cache/node (once)…`);
    execFileSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@${LOCAL_MAJOR}`],
      { stdio: ['ignore', 'ignore', 'inherit'], env },
    );
    if (!existsSync(exe)) {
      console.error(`[jelajah-toba] ${pkg} installed but ${exe} is missing. Install Node >= 22.12 yourself (see README).`);
      process.exit(1);
    }
  }
  return { bin, version: execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim() };
}

const env = { ...process.env };
// Astro's telemetry would phone home on every command; these machines are often offline.
env.ASTRO_TELEMETRY_DISABLED ??= '1';
const globalconfig = npmGlobalConfig();
if (globalconfig) env.npm_config_globalconfig = globalconfig;

if (!isNewEnough(process.version)) {
  const local = ensureLocalNode(env);
  // One line, printed once per top-level command (nested npm scripts inherit the marker).
  if (!env.JELAJAH_LOCAL_NODE) {
    console.error(
      `[jelajah-toba] Node ${process.version} is older than ${MIN.join('.')}; using project-local Node ${local.version} from .cache/node.`,
    );
  }
  env.JELAJAH_LOCAL_NODE = local.version;
  env.PATH = `${local.bin}${path.delimiter}${env.PATH ?? ''}`;
}
env.PATH = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`;

const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`[jelajah-toba] could not run ${command}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
