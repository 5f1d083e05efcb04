/** App icons for the web app manifest: /icons/icon-192.png, /icons/icon-512.png, /icons/maskable-512.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS } from '../../lib/pwa/manifest';
import { iconPng } from '../../build/pwa-icons';

export const getStaticPaths = (() =>
  ICONS.map((i) => ({ params: { icon: i.name }, props: { size: i.size, maskable: i.maskable } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  return new Response(new Uint8Array(iconPng(size, maskable)), { headers: { 'Content-Type': 'image/png' } });
};
