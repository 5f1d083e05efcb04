/**
 * Checks all content before Astro starts building, so an editor's mistake
 * stops the build with a plain report (file, field, fix) instead of a stack
 * trace, and nothing is silently dropped. Missing translations are listed as
 * warnings. In `astro dev` the report is printed but the server keeps running.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content/validate';
import { formatIssues } from '../content/messages';

export class ContentError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ContentError';
    // The report is the useful part; a stack trace would only bury it.
    this.stack = `${this.name}: ${report}`;
  }
}

export default function contentGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'jelajah-toba:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const root = path.resolve(options.contentDir);
        const { errors, warnings } = checkContent(root);
        const missing = warnings.filter((w) => w.code === 'missing-translation');
        if (missing.length) {
          logger.warn(
            `${missing.length} entr${missing.length === 1 ? 'y lacks' : 'ies lack'} an English translation (the English pages show Indonesian with a notice):\n  ${missing.map((w) => w.file).join('\n  ')}`,
          );
        }
        if (!errors.length) return;
        const header = `Konten bermasalah / Content problems: ${errors.length}`;
        const report = `${header}\n\n${formatIssues(errors, 'id')}\n\n— English —\n\n${formatIssues(errors, 'en')}\n`;
        if (command === 'dev') logger.error(report);
        else throw new ContentError(report);
      },
    },
  };
}
