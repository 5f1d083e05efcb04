/**
 * Numbers to Markdown for docs/benchmarks.md: medians, units, and the
 * replacement of one generated section between <!-- NAME:start --> and
 * <!-- NAME:end --> markers, so the benchmark and the site report can each
 * rewrite their own part of the file without touching the other's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '—');
export const secs = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—');
export const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
export const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');

/** A Markdown table. By default the first column (the row label) is left-aligned and the figures right-aligned. */
export function table(head: string[], rows: string[][], align: ('l' | 'r')[] = head.map((_, i) => (i === 0 ? 'l' : 'r'))): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'l' ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** The machine, for the record: cores, CPU model, memory, OS, Node. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const DEFAULT_DOC = `# Benchmarks and budgets

What the site weighs and how fast it builds, measured rather than guessed.
Both sections below are generated: \`npm run bench\` writes the first,
\`npm run bench:site\` (after \`npm test\`) the second. Do not edit between the markers.
Each records the machine and its load average: figures taken while the load
was above the number of cores measure the machine's other work as much as the
site, and are not comparable with those of a quiet run.

<!-- bench:start -->
<!-- bench:end -->

<!-- site:start -->
<!-- site:end -->
`;

/** Replaces the section NAME of a Markdown file (creating the file or the section if needed). */
export function writeSection(file: string, name: string, body: string): void {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : DEFAULT_DOC;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!doc.includes(start) || !doc.includes(end)) doc = `${doc.trimEnd()}\n\n${start}\n${end}\n`;
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  writeFileSync(file, `${before}\n${body.trim()}\n${after}`);
}
