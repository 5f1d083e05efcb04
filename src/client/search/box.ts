/**
 * <jt-search-box>: the search box in every page header. It stays a plain
 * form (Enter goes to the search page) and loads no search code until it is
 * used: the quick results (./quick.ts, then Pagefind) are imported on the
 * first focus or keystroke. The `/` shortcut lives here, so it works at once.
 */

/** True when a key press belongs to a field the visitor is typing in. */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

class JtSearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input) return;
    let quick: Promise<unknown> | undefined;
    const load = () => (quick ??= import('./quick').then((m) => m.attachQuick(this, input)));
    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', load, { once: true });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      // On the search page `/` goes to its own box; elsewhere to this one.
      (document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input).focus();
    });
  }
}

if (!customElements.get('jt-search-box')) customElements.define('jt-search-box', JtSearchBox);
