/**
 * Whether a search ran on part of the index: offline, Pagefind answers with
 * fewer results (or none) when an index file it needs was never stored on this
 * device, without saying so. The service worker counts, per page, the search
 * files it could neither find in its cache nor fetch (src/client/sw/sw.ts); a search
 * asks for the count before and after it runs. Without a service worker
 * nothing is asked and nothing is missing.
 *
 * The worker is asked whether or not `navigator.onLine` says the device is
 * offline. That flag only knows whether there is a network interface: on a
 * weak signal by the lake ("lie-fi") it says online while every fetch fails,
 * and some browsers (Chromium 150, among the supported ones) report it wrong
 * in a page opened after the connection dropped. The worker's count is the
 * truth: it is raised only when a file could not be had at all.
 */
import { SEARCH_PARTS_MISSING } from '../../lib/pwa/caches';

/** The worker's count of this page's missing search files (0 without a worker, or if it does not answer in 2 s). */
function missingCount(): Promise<number> {
  // eslint-disable-next-line compat/compat -- feature-detected by `?.`: without service workers nothing is missing
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(0);
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
