/**
 * Keys on the big map that Leaflet does not handle: Escape closes a popup
 * from anywhere inside it (Leaflet listens only while the map itself has
 * focus), and Enter and Space press markers and clusters, which are
 * role=button (Leaflet knows only Enter, and not for clusters without a popup).
 */
export interface KeyActions {
  /** Closes the open popup. */
  closePopup(): void;
  /** A cluster is about to be pressed from the keyboard (it disappears as the map zooms). */
  clusterPressed(): void;
}

export function handleKeys(canvas: HTMLElement, actions: KeyActions): void {
  canvas.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && target.closest('.leaflet-popup')) {
      e.preventDefault();
      actions.closePopup();
    } else if ((e.key === 'Enter' || e.key === ' ') && target.classList.contains('leaflet-marker-icon')) {
      e.preventDefault();
      if (target.classList.contains('jt-cluster')) actions.clusterPressed();
      target.click();
    }
  });
}
