/**
 * Every page of the built site passes the Nu Html Checker (the W3C validator,
 * npm `vnu-jar`) without errors. It needs Java 8+; without Java the test is
 * skipped with a loud warning, never passed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { builtPages } from './support/built-site';

const java = process.env.JAVA ?? 'java';
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const hasJava = spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('every page of the built site is valid HTML (Nu Html Checker)', () => {
  if (!hasJava) {
    console.warn(
      `\n${'!'.repeat(72)}\n!! HTML VALIDATION SKIPPED: no Java found ("${java} -version" failed).\n!! Install Java 17 (apt-get install -y openjdk-17-jre-headless) or set JAVA.\n${'!'.repeat(72)}\n`,
    );
  }
  test.skip(!hasJava, 'no Java: the Nu Html Checker needs it (see the warning above)');
  test.setTimeout(180_000);
  const pages = builtPages();
  // One JVM for all pages: starting Java is most of the cost.
  const run = spawnSync(java, ['-jar', vnuJar, '--format', 'json', '--errors-only', '--stdout', ...pages.map((p) => p.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stdout, run.stderr).toMatch(/^\{/);
  const report = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  expect(errors.map((m) => `${m.url.replace(/^file:.*?\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message} «${m.extract ?? ''}»`)).toEqual(
    [],
  );
});
