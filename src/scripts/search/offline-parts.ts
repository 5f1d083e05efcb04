/**
 * Whether a search ran on part of the index: offline, Pagefind answers with
 * fewer results (or none) when an index file it needs was never stored on this
 * device, without saying so. The service worker counts, per page, the search
 * files it could neither find in its cache nor fetch (src/sw/sw.ts); a search
 * asks for the count before and after it runs. Without a service worker (or
 * online) nothing is asked and nothing is missing.
 */
import { SEARCH_PARTS_MISSING } from '../../lib/pwa';

/** The worker's count of this page's missing search files (0 without a worker, or if it does not answer in 2 s). */
function missingCount(): Promise<number> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker || navigator.onLine) return Promise.resolve(0);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(0), 2000);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      resolve(typeof event.data === 'number' ? event.data : 0);
    };
    worker.postMessage({ type: SEARCH_PARTS_MISSING }, [channel.port2]);
  });
}

/** A mark to take before a search. */
export const partsMark = (): Promise<number> => missingCount();

/** Whether a search-index file went missing since `mark` was taken. */
export async function partsMissingSince(mark: Promise<number>): Promise<boolean> {
  const [before, after] = await Promise.all([mark, missingCount()]);
  return after > before;
}
