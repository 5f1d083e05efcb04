/**
 * The shape of every problem the content checker reports (errors and warnings alike), and its
 * plain-text report: the file, the field, what is wrong and how to fix it, in Indonesian and English.
 * Used by the build, `npm run check:content`, the dev preview and the tests.
 */

export interface Bilingual {
  id: string;
  en: string;
}

export interface ContentIssue {
  /** Path of the file, relative to the project (e.g. content/destinations/x/index.id.mdx). */
  file: string;
  /** Dotted field path (`location.lat`), or '' for the whole file. */
  field: string;
  /** 1-based line and column in the file, when the problem is at one spot (the body, a bad byte). */
  line?: number;
  column?: number;
  /** Machine-readable kind, stable for tests. */
  code: string;
  /** What is wrong. */
  message: Bilingual;
  /** How to fix it. */
  fix: Bilingual;
}

/** `file`, or `file:line:column` (the form editors' tools turn into a link to the spot). */
export const where = (i: Pick<ContentIssue, 'file' | 'line' | 'column'>) =>
  i.line ? `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}` : i.file;

/** A plain-text report, one block per issue, in one language. */
export function formatIssues(issues: readonly ContentIssue[], lang: 'id' | 'en' = 'id'): string {
  const fixLabel = lang === 'id' ? 'Cara memperbaiki' : 'How to fix';
  const fieldLabel = lang === 'id' ? 'isian' : 'field';
  return issues
    .map((i) => {
      const head = `✗ ${where(i)}${i.field ? ` — ${fieldLabel} "${i.field}"` : ''}`;
      const fix = i.fix[lang].split('\n').join('\n      ');
      return `${head}\n    ${i.message[lang]}\n    ${fixLabel}: ${fix}`;
    })
    .join('\n\n');
}
