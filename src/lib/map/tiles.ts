/**
 * The note over a map whose background tiles fail (offline, server down, blocked): the lake outline beneath
 * still shows, and the note says the background is missing. It shows only while no tile has loaded: once
 * one has, a later failure (a tile at the edge, a flaky signal) leaves the map as it is, and a tile that
 * loads clears the note. The visitor can close it; it then stays closed for that map.
 */
export interface TileNotice {
  /** A tile failed: the note's new text, or undefined to leave it. */
  failed(): string | undefined;
  /** A tile loaded: the note's new text (none). */
  loaded(): string;
  /** The visitor closed the note: it does not come back. Returns its new text (none). */
  dismissed(): string;
}

export function tileNotice(text: string): TileNotice {
  let loaded = 0;
  let closed = false;
  return {
    failed: () => (loaded || closed ? undefined : text),
    loaded: () => {
      loaded++;
      return '';
    },
    dismissed: () => {
      closed = true;
      return '';
    },
  };
}
