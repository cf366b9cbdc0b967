// The library's search form before the app has started: Enter submits it
// natively, a GET of the library with the words as `q`. A static host answers
// every library address with the prerendered library, the page of `/`, so
// its form cannot hold the filters and order of the address it was opened
// at (`/?topic=security&sort=title`): they were dropped. As such a form is
// sent, the page's head script adds them, named by its `data-keep-params`,
// and the app opens the new address with the words and the filters both.
// Once the app has started it handles the submit itself (and prevents it).

/**
 * Part of the head script of every prerendered page (inline, allowed by its
 * hash; self-contained, as its source is inlined by `keepParamsScript`).
 * Listens on the window, after React's listener on the root: a submit the app
 * has handled is left alone.
 */
export function keepParamsOnNativeSubmit(win: Window) {
  win.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    const names = form.dataset.keepParams;
    if (!names) return;
    const params = new URLSearchParams(win.location.search);
    for (const name of names.split(' ')) {
      if (form.elements.namedItem(name)) continue;
      for (const value of params.getAll(name)) {
        const input = win.document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
    }
  });
}

/** The part of a prerendered page's head script that keeps a form's parameters. */
export function keepParamsScript(): string {
  return `(${keepParamsOnNativeSubmit.toString()})(window)`;
}
