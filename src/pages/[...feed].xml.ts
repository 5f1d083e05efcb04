/** The RSS feed of each language: /feed.xml, /en/feed.xml. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../content/views/feed';
import { localePaths } from '../content/locale-paths';

export const getStaticPaths = () => localePaths('feed', () => [{ route: 'home', rest: ['feed'], props: {} }]);

export const GET: APIRoute = ({ props }) => feedResponse((props as InferGetStaticPropsType<typeof getStaticPaths>).lang);
