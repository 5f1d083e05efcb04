/** One event as a calendar file, titles in the page's language: /acara/<slug>.ics, /en/events/<slug>.ics. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { eventIcs } from '../content/views/events';
import { fromParams, localePaths } from '../content/locale-paths';
import { entryPaths } from '../content/static-paths';
import { BASE } from '../lib/paths';

export const getStaticPaths = () => localePaths('event', async () => fromParams('events', await entryPaths('events')));

export const GET: APIRoute = ({ props }) => {
  const { entry, lang } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return eventIcs(entry, lang, BASE);
};
