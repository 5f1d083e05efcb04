import { BASE } from '../../lib/base';
/**
 * Registers the service worker (dist/sw.js, src/client/sw/sw.ts) in production
 * builds only, with the site's base path as its scope, and shows the update
 * banner when a new deploy's worker is waiting: "Reload" lets it take over
 * and reloads the page once it has; "Not now" hides the banner until the
 * next page. Without service-worker support nothing happens: the site works
 * as a plain website.
 */

function offerUpdate(reg: ServiceWorkerRegistration) {
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const waiting = reg.waiting;
  if (!banner || !waiting || !navigator.serviceWorker.controller) return;
  banner.hidden = false;
  banner.querySelector<HTMLButtonElement>('[data-update-reload]')!.onclick = () => {
    // Reload once the new worker controls the page (sw.ts answers SKIP_WAITING).
    // eslint-disable-next-line compat/compat -- reached only after register() (feature-detected below)
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  banner.querySelector<HTMLButtonElement>('[data-update-dismiss]')!.onclick = () => {
    banner.hidden = true;
  };
}

async function register() {
  // Called only when 'serviceWorker' in navigator (below): a WebView without service workers gets the online site.
  // eslint-disable-next-line compat/compat -- feature-detected at the call
  const reg = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
  offerUpdate(reg);
  reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    next?.addEventListener('statechange', () => {
      if (next.state === 'installed') offerUpdate(reg);
    });
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After the page's own work: registering never competes with the first paint.
  if (document.readyState === 'complete') void register().catch(() => undefined);
  else addEventListener('load', () => void register().catch(() => undefined), { once: true });
}
