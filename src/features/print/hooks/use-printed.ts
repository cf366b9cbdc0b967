import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Whether this page has been printed (or is being printed): once true, true for good. */
let printedOnce = false;

function subscribe(onChange: () => void) {
  const media = window.matchMedia('print');
  // Rendered at once (flushSync), before the browser lays the page out for paper.
  const print = () => {
    printedOnce = true;
    flushSync(onChange);
  };
  const onMediaChange = () => {
    if (media.matches) print();
  };
  window.addEventListener('beforeprint', print);
  media.addEventListener('change', onMediaChange);
  return () => {
    window.removeEventListener('beforeprint', print);
    media.removeEventListener('change', onMediaChange);
  };
}

function getSnapshot(): boolean {
  if (!printedOnce && window.matchMedia('print').matches) printedOnce = true;
  return printedOnce;
}

/**
 * Whether the page has been printed: false until the first print, true from
 * then on, so that what only paper shows is made then rather than on every
 * load. A print from the browser's menu or window.print() fires
 * `beforeprint`; an emulated print medium only matches `print`. An external
 * store, not state set in an effect: the part using it renders in a
 * transition and subscribes later, and React reads the medium again when it
 * subscribes, so a print that began in between is not missed (it was: the
 * handout’s QR code missing in 2 runs of 4 of a print.spec test, load 4–9).
 */
export function usePrinted(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
