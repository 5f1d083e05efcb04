/**
 * <jt-save-offline>: the "Save for offline" button of destination, event and
 * product pages. It stores the page and the images it shows in the "saved"
 * cache, which the service worker answers from when there is no signal and
 * never trims (src/lib/pwa/), and remembers the entry for the Saved page.
 * Pressed again, it removes the entry. Hidden where the browser cannot keep
 * pages (no Cache API or service worker): there it would promise too much.
 */
import { CACHES } from '../../lib/pwa/caches';
import { SAVED_KEY, orphanedImages, parseSaved, withSaved, withoutSaved, type SavedEntry } from '../../lib/pwa/saved';
import type { Lang } from '../../content/vocab';

type Strings = Record<'save' | 'saving' | 'saved' | 'failed', string>;

const readList = () => parseSaved(localStorage.getItem(SAVED_KEY));
const writeList = (list: SavedEntry[]) => localStorage.setItem(SAVED_KEY, JSON.stringify(list));

/** The images the page shows, as the browser chose them (srcset and <picture> resolved). */
function pageImages(root: ParentNode): string[] {
  const urls = [...root.querySelectorAll('img')].map((img) => img.currentSrc || img.src).filter((u) => u && !u.startsWith('data:'));
  return [
    ...new Set(
      urls
        .map((u) => new URL(u, location.href))
        .filter((u) => u.origin === location.origin)
        .map((u) => u.pathname + u.search),
    ),
  ];
}

export async function saveEntry(entry: Omit<SavedEntry, 'savedAt' | 'images'>, root: ParentNode): Promise<SavedEntry> {
  const images = pageImages(root);
  const cache = await caches.open(CACHES.saved);
  // The page from the network, so the saved copy is the current one.
  const page = await fetch(entry.url, { cache: 'no-cache' });
  if (!page.ok) throw new Error(`${entry.url}: ${page.status}`);
  await cache.put(entry.url, page);
  await cache.addAll(images);
  const saved = { ...entry, images, savedAt: new Date().toISOString() };
  writeList(withSaved(readList(), saved));
  return saved;
}

export async function removeEntry(url: string): Promise<void> {
  const list = readList();
  const entry = list.find((e) => e.url === url);
  const cache = await caches.open(CACHES.saved);
  await cache.delete(url);
  if (entry) await Promise.all(orphanedImages(list, entry).map((i) => cache.delete(i)));
  writeList(withoutSaved(list, url));
}

class SaveOffline extends HTMLElement {
  connectedCallback() {
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      this.hidden = true;
      return;
    }
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const url = location.pathname;
    const show = (saved: boolean) => {
      button.setAttribute('aria-pressed', String(saved));
      button.textContent = saved ? strings.saved : strings.save;
    };
    show(readList().some((e) => e.url === url));
    button.addEventListener('click', () => {
      void (async () => {
        const saved = button.getAttribute('aria-pressed') === 'true';
        button.disabled = true;
        status.textContent = saved ? '' : strings.saving;
        try {
          if (saved) await removeEntry(url);
          else {
            const article = this.closest('article') ?? document;
            await saveEntry(
              {
                url,
                title: this.dataset.title ?? document.title,
                kind: this.dataset.kind ?? '',
                lang: document.documentElement.lang as Lang,
              },
              article,
            );
          }
          show(!saved);
          status.textContent = saved ? '' : strings.saved;
        } catch {
          status.textContent = strings.failed;
        } finally {
          button.disabled = false;
        }
      })();
    });
  }
}

if (!customElements.get('jt-save-offline')) customElements.define('jt-save-offline', SaveOffline);
