/**
 * The Zod error map of the content schemas, in the manner of Starlight's `utils/error-map.ts`: every
 * issue a content parse raises gets, as its `message`, the words an editor can act on (the field in
 * words, what is wrong, how to fix it) instead of Zod's "Invalid input: expected string".
 *
 * The one parse of an entry (./parse-entry.ts) passes it to `safeParse`, so anything that reads a
 * Zod error from that parse (the checker, the tests, a script) gets the editor's message. The checker
 * keeps the structured form (code, field, message and fix in both languages) from the same function,
 * ./zod-issue-messages.ts, so the two never disagree.
 */
import type { z } from 'astro/zod';
import { describeZodIssue } from './zod-issue-messages';

/** An error map for the file `file` (its path tells which schema, so fields can be named in words). */
export function editorErrorMap(file: string, lang: 'id' | 'en' = 'id'): z.core.$ZodErrorMap {
  const fixLabel = lang === 'id' ? 'Cara memperbaiki' : 'How to fix';
  return (issue) => {
    const described = describeZodIssue(file, issue);
    return { message: `${described.message[lang]} ${fixLabel}: ${described.fix[lang]}` };
  };
}
