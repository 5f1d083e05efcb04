/**
 * The share link's code for a plan, e.g. `1~b~onan-balerong,gereja-hkbp-balige~e.onan-balige`:
 * version, start, then the stops of each day. It travels in the URL's fragment (`#p=…`), which the
 * browser never sends to a server, and is read without trusting it: a bad or newer link gives a
 * reason the page can show, never an exception.
 *
 * Stops are place ids written short: a destination by its slug, an event as `e.<slug>`, a product
 * seller as `p.<slug>.<seller>`. Slugs are lower-case letters, digits and hyphens, so `~ , .` never
 * occur in them, and none of these characters needs percent-encoding.
 */
import { MAX_DAYS, MAX_STOPS, START_KEYS, type Plan, type StartKey } from './plan';

export const CODEC_VERSION = 1;
/** The fragment parameter that carries the plan. */
export const SHARE_PARAM = 'p';

const START_CODES: Record<StartKey, string> = { balige: 'b', silangit: 's', ajibata: 'a', here: 'h' };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type DecodeError = 'empty' | 'version' | 'start' | 'stop' | 'duplicate' | 'tooMany';
export type Decoded = { ok: true; plan: Plan } | { ok: false; error: DecodeError; detail?: string | undefined };

function shortId(id: string): string {
  const [type, slug, seller] = id.split('/');
  if (type === 'destination') return slug!;
  if (type === 'event') return `e.${slug}`;
  return `p.${slug}.${seller}`;
}

function longId(token: string): string | undefined {
  const parts = token.split('.');
  if (!parts.every((p) => SLUG.test(p))) return undefined;
  if (parts.length === 1) return `destination/${parts[0]}`;
  if (parts.length === 2 && parts[0] === 'e') return `event/${parts[1]}`;
  if (parts.length === 3 && parts[0] === 'p') return `product/${parts[1]}/${parts[2]}`;
  return undefined;
}

export function encodePlan(plan: Plan): string {
  return [String(CODEC_VERSION), START_CODES[plan.start], ...plan.days.map((d) => d.map(shortId).join(','))].join('~');
}

export function decodePlan(code: string | null | undefined): Decoded {
  const text = (code ?? '').trim();
  if (!text) return { ok: false, error: 'empty' };
  const [version, start, ...days] = text.split('~');
  if (version !== String(CODEC_VERSION)) return { ok: false, error: 'version', detail: version };
  const startKey = START_KEYS.find((k) => START_CODES[k] === start);
  if (!startKey) return { ok: false, error: 'start', detail: start };
  if (!days.length) days.push('');
  if (days.length > MAX_DAYS) return { ok: false, error: 'tooMany' };
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const day of days) {
    const stops: string[] = [];
    for (const token of day ? day.split(',') : []) {
      const id = longId(token);
      if (!id) return { ok: false, error: 'stop', detail: token };
      if (seen.has(id)) return { ok: false, error: 'duplicate', detail: token };
      seen.add(id);
      stops.push(id);
    }
    out.push(stops);
  }
  if (seen.size > MAX_STOPS) return { ok: false, error: 'tooMany' };
  return { ok: true, plan: { start: startKey, days: out } };
}

/** The plan's code in a URL fragment (`#p=…` from location.hash), or null when the fragment carries none. */
export function codeFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
}

/** The share link: the plan page's URL with the code in its fragment. */
export const shareUrl = (pageUrl: string, plan: Plan): string => `${pageUrl.split('#')[0]}#${SHARE_PARAM}=${encodePlan(plan)}`;

/** Reads a stored plan (the same code in localStorage); anything unreadable is no plan. */
export function readStoredPlan(raw: string | null): Plan | undefined {
  const d = decodePlan(raw);
  return d.ok ? d.plan : undefined;
}
