/**
 * Under an empty answer on the search page (SearchPage.astro, `[data-help]`): the notes of the synonyms
 * the query names ("no places to stay are listed yet"), where to look instead (the map, the categories,
 * getting here), and offline, what still works (saved pages, the map).
 */
export function showHelp(help: HTMLElement, { empty, offline, notes }: { empty: boolean; offline: boolean; notes: readonly string[] }) {
  const list = help.querySelector<HTMLElement>('[data-notes]')!;
  list.replaceChildren(...notes.map((n) => Object.assign(document.createElement('p'), { className: 'notice info', textContent: n })));
  help.querySelector<HTMLElement>('[data-offline-help]')!.hidden = !offline;
  help.querySelector<HTMLElement>('[data-browse-help]')!.hidden = !empty;
  help.hidden = !empty && !notes.length && !offline;
}
