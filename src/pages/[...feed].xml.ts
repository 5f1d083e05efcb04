/** The RSS feed of each language: /feed.xml, /en/feed.xml. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../lib/seo/feed-response';
import { localePaths } from '../lib/content/locale-paths';

export const getStaticPaths = () => localePaths('feed', () => [{ route: 'home', rest: ['feed'], props: {} }]);

export const GET: APIRoute = ({ props }) => feedResponse((props as InferGetStaticPropsType<typeof getStaticPaths>).lang);
