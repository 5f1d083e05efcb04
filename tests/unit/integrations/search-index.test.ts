/**
 * The search index's head start (src/build/steps/search-index.ts): pages reach Pagefind in the order Astro
 * started them, whatever order they finish in; a page's URL path maps to its file under dist/; and the
 * index is used only when it got exactly the pages on disk.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mismatch, orderedTap, pageFile } from '../../../src/build/steps/search-index';
import type { BuiltPage } from '../../../src/build/built-site';

describe('orderedTap', () => {
  it('hands pages over in the order they were started, skipping what is not HTML', () => {
    const given: string[] = [];
    const tap = orderedTap((p) => given.push(p));
    const [a, b, c, d] = [tap.begin(), tap.begin(), tap.begin(), tap.begin()];
    tap.end(c, '/c/', '<c>');
    tap.end(b, '/feed.xml', undefined);
    expect(given).toEqual([]);
    expect(tap.unfinished()).toBe(4);
    tap.end(a, '/a/', '<a>');
    expect(given).toEqual(['/a/', '/c/']);
    expect(tap.unfinished()).toBe(1);
    tap.end(d, '/d/', '<d>');
    expect(given).toEqual(['/a/', '/c/', '/d/']);
    expect(tap.unfinished()).toBe(0);
  });
});

describe('pageFile', () => {
  it('maps a page URL under the base path to its index.html, decoded', () => {
    expect(pageFile('/wisata/destinasi/pantai/', '/wisata/')).toBe('destinasi/pantai/index.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/en/caf%C3%A9/', '/')).toBe('en/café/index.html');
  });
  it('places nothing outside the base path, nor a file URL', () => {
    expect(pageFile('/destinasi/pantai/', '/wisata/')).toBeUndefined();
    expect(pageFile('/feed.xml', '/')).toBeUndefined();
  });
});

describe('mismatch', () => {
  const sha1 = (s: string) => createHash('sha1').update(s).digest('base64');
  const page = (rel: string, html: string): BuiltPage => ({
    file: `/dist/${rel}`,
    rel,
    url: `/${rel.replace(/index\.html$/, '')}`,
    html,
    admin: false,
  });
  const body = [page('a/index.html', '<a>'), page('b/index.html', '<b>')];
  const given = (entries: [string, string][]) => new Map(entries.map(([rel, html]) => [rel, { digest: sha1(html) }]));

  it('finds none when the index got every page on disk, byte for byte', () => {
    expect(
      mismatch(
        given([
          ['b/index.html', '<b>'],
          ['a/index.html', '<a>'],
        ]),
        [],
        body,
      ),
    ).toBeUndefined();
  });
  it('names a page missing, one changed on disk since, one the build does not have, and one it could not place', () => {
    expect(mismatch(given([]), [], body)).toBe('no page reached it while Astro rendered');
    expect(mismatch(given([['a/index.html', '<a>']]), [], body)).toBe('1 page(s) never reached it (/b/)');
    expect(
      mismatch(
        given([
          ['a/index.html', '<a>'],
          ['b/index.html', '<B>'],
        ]),
        [],
        body,
      ),
    ).toBe('1 page(s) changed after rendering (/b/)');
    expect(
      mismatch(
        given([
          ['a/index.html', '<a>'],
          ['b/index.html', '<b>'],
          ['c/index.html', '<c>'],
        ]),
        ['/x/'],
        body,
      ),
    ).toBe('1 page(s) it got are not in the build (c/index.html); 1 page(s) it could not place (/x/)');
  });
});
