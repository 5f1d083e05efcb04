/**
 * Driving the Sveltia CMS at /admin on the built site: shared by its e2e tests (admin.spec.ts) and the
 * screenshots of the editor guide (tests/docs/cms-screens.spec.ts, `npm run docs:cms-screens`).
 *
 * Local editing uses the browser's File System Access API. A test cannot click through the folder
 * picker, so `showDirectoryPicker` hands the CMS a folder in the browser's private file system (OPFS)
 * holding a copy of fixture content; the CMS reads and writes it exactly as it would a real clone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens /admin/ and waits for its sign-in screen (the CMS is a large app: a busy machine needs time). */
export async function openAdmin(page: Page): Promise<void> {
  // The CMS checks GitHub's status page; these machines are offline.
  await page.route(/githubstatus\.com/, (r) => r.fulfill({ json: { status: { indicator: 'none' } } }));
  await page.goto('admin/');
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible({ timeout: 120_000 });
}

/**
 * A content folder's .mdx files as paths under `prefix` (the content folder the served CMS config names:
 * `content` in a normal build), plus the `.git` folder the CMS looks for.
 */
export function repoFiles(contentDir: string, prefix = 'content'): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.mdx'))
        files[`${prefix}/${path.relative(contentDir, full).split(path.sep).join('/')}`] = readFileSync(full, 'utf8');
    }
  };
  walk(contentDir);
  return files;
}

/**
 * Before the CMS loads: its folder picker answers with an OPFS folder. After `openAdmin`, `seedRepo`
 * writes the files into that folder; then a click on "Work with Local Repository" opens them.
 */
export async function pickOpfsFolder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
}

export async function seedRepo(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    for (const [p, text] of Object.entries(files)) {
      const parts = p.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, files);
}

/**
 * The CMS draws form fields as they scroll into view. Scroll the form to the
 * end once, before any number box has focus (the mouse wheel would change it).
 */
export async function renderWholeForm(page: Page, last: Locator): Promise<void> {
  await page.mouse.move(300, 400);
  for (let i = 0; i < 40 && !(await last.count()); i++) await page.mouse.wheel(0, 600);
}

/**
 * Turns the wheel over the form, down and then back up, until `target` is drawn, and waits for it at most 30 s:
 * a field the CMS has not drawn would otherwise hold the test until its 5-minute limit.
 */
export async function scrollUntilDrawn(page: Page, target: Locator): Promise<void> {
  await page.mouse.move(300, 400);
  for (let i = 0; i < 40 && !(await target.count()); i++) await page.mouse.wheel(0, i < 20 ? 600 : -600);
  await target.waitFor({ state: 'attached', timeout: 30_000 });
}
