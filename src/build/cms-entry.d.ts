/** The URL of the CMS's script, base path included (./cms.ts provides it; src/pages/admin/ loads it). */
declare module 'virtual:jelajah-toba/cms-entry' {
  const url: string;
  export default url;
}
