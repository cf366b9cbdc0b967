/**
 * Moves focus to an element a link or an action points at, even one that is
 * not focusable (a heading, a mark). It is made focusable only while it has
 * focus: a permanent tabindex would stop the reader from starting a text
 * selection on it.
 */
export function focusTarget(element: HTMLElement) {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}
