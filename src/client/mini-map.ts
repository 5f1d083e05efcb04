/**
 * Loads each mini-map iframe (src/components/map/MiniMap.astro) when it comes
 * within 200 px of the screen. `loading="lazy"` alone starts up to 2,500 px
 * early on a slow connection, which put Leaflet's start-up on the main thread
 * of every destination page as it opened.
 */
export function loadMiniMapsNearScreen(root: ParentNode = document): void {
  const miniMaps = root.querySelectorAll<HTMLIFrameElement>('iframe[data-src]');
  if (!miniMaps.length) return;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const frame = e.target as HTMLIFrameElement;
        frame.src = frame.dataset.src!;
        io.unobserve(frame);
      }
    },
    { rootMargin: '200px' },
  );
  miniMaps.forEach((f) => io.observe(f));
}

loadMiniMapsNearScreen();
