/** The subscribable calendar of every event in each language: /data/events.ics (Indonesian titles), /data/events.en.ics, … */
import type { APIRoute } from 'astro';
import { eventsFeed } from '../../content/views/events';
import { eventsFeedFile } from '../../lib/routes';
import { BASE } from '../../lib/paths';
import { site } from '../../config/site';
import type { Lang } from '../../lib/locales';

export const getStaticPaths = () =>
  site.locales.map((lang) => ({ params: { calendar: eventsFeedFile(lang).replace(/\.ics$/, '') }, props: { lang } }));

export const GET: APIRoute = ({ props }) => eventsFeed((props as { lang: Lang }).lang, BASE);
