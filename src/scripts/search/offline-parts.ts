/**
 * Whether a search ran on part of the index: offline, Pagefind answers with
 * fewer results (or none) when an index file it needs was never stored on this
 * device, without saying so. The service worker reports each such file
 * (SEARCH_PART_MISSING, src/sw/sw.ts); a search takes a mark before it runs
 * and asks afterwards whether any file went missing since.
 */
import { SEARCH_PART_MISSING } from '../../lib/pwa';

let missing = 0;
navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === SEARCH_PART_MISSING) missing++;
});

/** A mark to take before a search. */
export const partsMark = () => missing;

/** Whether an index file went missing since `mark` (after letting any report already sent arrive). */
export async function partsMissingSince(mark: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return missing > mark;
}
