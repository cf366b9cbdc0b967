// A prerendered page reads and lands before its app has started, and its
// buttons show (`no-js:hidden` goes with the head script), but until the app
// has hydrated them they do nothing: a tap on "Cite" or a section's toggle
// was lost. The page's head script records them; once the app has hydrated
// the page it presses them again. From the moment hydration starts React
// hears clicks itself (on a part not yet hydrated, it hydrates that part
// first; one whose code has not come, src/components/deferred-part.tsx, has
// no buttons), so the recording stops there.

declare global {
  interface Window {
    /** Set by the head script: stops recording and hands over the buttons clicked so far. */
    takeEarlyClicks?: () => Element[];
    /** Set by the head script: whether the reader has scrolled the page (wheel, touch or keys). */
    readerHasScrolled?: () => boolean;
    /** Set by the head script: stops listening and says whether Escape was pressed in the reader's search field. */
    takeEarlyEscape?: () => boolean;
  }
}

/**
 * The head script of every prerendered page (inline, allowed by its hash;
 * self-contained, with no imports or outside names, as its source is inlined
 * by `headScript`): marks the document as scripted and records the buttons
 * clicked before the app starts. Buttons only: links, form fields and
 * disclosure widgets work without the app. Also answers "/" and notes
 * whether the reader has scrolled (see below).
 */
export function recordEarlyClicks(win: Window) {
  const doc = win.document;
  doc.documentElement.classList.add('js');
  const clicked: Element[] = [];
  const record = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button[type="button"]');
    if (button) clicked.push(button);
  };
  doc.addEventListener('click', record, true);
  win.takeEarlyClicks = () => {
    doc.removeEventListener('click', record, true);
    return clicked;
  };
  // "/" focuses the field marked data-slash-focus (the reader's search, as
  // useSlashToFocus does once the app runs): the letters typed next go into
  // the field, and the app takes them over as it starts (useSearchField).
  // A field tucked away (the phone bar's) is left to the app.
  doc.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || target.closest('input, textarea, select'));
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing) return;
      const field = doc.querySelector('[data-slash-focus]');
      if (!(field instanceof HTMLInputElement) || field.offsetParent === null) return;
      event.preventDefault();
      field.focus({ preventScroll: true });
      field.select();
    },
    true,
  );
  // Escape in the reader's search field clears the search, as the app's
  // field does; the field's code comes after the rest of the app (a deferred
  // part, reader-lazy-parts.tsx), so a page with a query could not be cleared until it
  // came. Noted here; the field takes it over as it hydrates (useSearchField).
  let escaped = false;
  const escape = (event: KeyboardEvent) => {
    const target = event.target;
    if (event.key === 'Escape' && target instanceof Element && target.matches('[data-slash-focus]'))
      escaped = true;
  };
  doc.addEventListener('keydown', escape, true);
  win.takeEarlyEscape = () => {
    doc.removeEventListener('keydown', escape, true);
    return escaped;
  };
  // A reader who scrolls away from the link's target before the app has
  // landed it again stays where they scrolled (useRevealOnNavigate).
  let scrolled = false;
  const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' '];
  const scrolling = (event: Event) => {
    if (!(event instanceof KeyboardEvent)) {
      scrolled = true;
      return;
    }
    const inField = event.target instanceof Element && event.target.closest('input, textarea');
    if (!inField && keys.includes(event.key)) scrolled = true;
  };
  for (const type of ['wheel', 'touchmove', 'keydown'])
    doc.addEventListener(type, scrolling, { capture: true, passive: true });
  win.readerHasScrolled = () => scrolled;
}

/** The head script of a prerendered page. */
export function headScript(): string {
  return `(${recordEarlyClicks.toString()})(window)`;
}

let early: Element[] = [];

/** Called as hydration starts: from then on React hears clicks itself. */
export function takeEarlyClicks() {
  early = window.takeEarlyClicks?.() ?? [];
}

/** Once the page has hydrated: presses again the buttons clicked before, in order. */
export function replayEarlyClicks() {
  for (const button of early.splice(0)) {
    if (button instanceof HTMLElement && button.isConnected) button.click();
  }
}
