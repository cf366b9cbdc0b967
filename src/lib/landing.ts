import {
  LESSON_EARLY_CLASS,
  LESSON_NOTE_PROPERTY,
  LESSON_PENDING_CLASS,
  LESSON_SHOWN_ATTRIBUTE,
} from './lesson-pending';

/**
 * Marks an element that stays at the top of the screen while the page scrolls under it.
 * Never inside the reading column (READING_COLUMN_ATTRIBUTE): see `stickyBars`.
 */
export const STICKY_BAR_ATTRIBUTE = 'data-sticky-bar';

/** Marks the column of text that links point into; a sticky bar counts only if it covers it. */
export const READING_COLUMN_ATTRIBUTE = 'data-reading-column';

/** On a prerendered page's root: the id of the element its address points at (a section heading). */
export const LANDING_TARGET_ATTRIBUTE = 'data-land-on';

/** Marks a block a long interview lays out only near the screen (`content-visibility: auto`, see index.css). */
export const LAZY_BLOCK_CLASS = 'lazy-block';

/**
 * The elements marked STICKY_BAR_ATTRIBUTE. Looked for around the reading
 * column, never in it: a long interview's column is nearly all of its
 * document (158,000 nodes in the 2,000-question interview), which a
 * document-wide `querySelectorAll` walked at every landing (15–22 ms each in a
 * trace). Self-contained, like `landOn`, which the boot script is given it with.
 */
export function stickyBars(doc: Document): Element[] {
  const column = doc.querySelector('[data-reading-column]');
  if (!column) return Array.from(doc.querySelectorAll('[data-sticky-bar]'));
  const bars: Element[] = [];
  for (let inner = column, outer = column.parentElement; outer;) {
    for (let other = outer.firstElementChild; other; other = other.nextElementSibling) {
      if (other === inner) continue;
      if (other.matches('[data-sticky-bar]')) bars.push(other);
      bars.push(...Array.from(other.querySelectorAll('[data-sticky-bar]')));
    }
    inner = outer;
    outer = outer.parentElement;
  }
  return bars;
}

/**
 * Makes the page land link targets just below any sticky bar: measures the
 * bars now (their height changes with the screen and the layout), sets the
 * document's scroll-padding to their bottom plus a small gap (which
 * scrollIntoView, fragment links and text fragments all honour), and, given
 * a target, scrolls it there (`block` 'start', or 'center' for a search match).
 *
 * A long interview lays out its questions only near the screen (see
 * LAZY_BLOCK_CLASS): a smooth scroll past questions not laid out yet would
 * end where their estimated heights put the target, so there it jumps.
 *
 * Self-contained, with no imports or outside names: the prerender inlines its
 * source in every page (see `bootScript`), where it runs before the first
 * paint, and the app calls it after each navigation. The boot script passes
 * `findBars` (its own copy of `stickyBars`); the default is the app's.
 */
export function landOn(
  doc: Document,
  targetId: string | null | undefined,
  behavior: ScrollBehavior,
  block: ScrollLogicalPosition = 'start',
  findBars: (doc: Document) => Element[] = stickyBars,
): HTMLElement | null {
  const GAP_PX = 12;
  const view = doc.defaultView;
  if (!view) return null;
  const column = doc.querySelector('[data-reading-column]') ?? doc.body;
  const columnBox = column.getBoundingClientRect();
  let barBottom = 0;
  findBars(doc).forEach((bar) => {
    const style = view.getComputedStyle(bar);
    if (style.position !== 'sticky' && style.position !== 'fixed') return;
    const box = bar.getBoundingClientRect();
    if (box.height === 0 || box.right <= columnBox.left || box.left >= columnBox.right) return;
    // Where the bar rests once the page scrolls under it: its `top`, not where it is now.
    barBottom = Math.max(barBottom, (parseFloat(style.top) || 0) + box.height);
  });
  doc.documentElement.style.setProperty('scroll-padding-top', `${Math.ceil(barBottom) + GAP_PX}px`);
  const target = targetId ? doc.getElementById(targetId) : null;
  const jump = behavior === 'smooth' && doc.querySelector('.lazy-block');
  target?.scrollIntoView({ block, behavior: jump ? 'instant' : behavior });
  return target;
}

/** How a scroll the reader did not ask for moves: at once for readers who want less motion. */
export function scrollMotion(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/**
 * Whether this page was loaded from an address with a text directive
 * (`#:~:text=`, Chrome's "Copy link to highlight"): the browser scrolls to
 * its words itself and keeps it out of `location.hash`; the navigation's
 * entry keeps it. Self-contained, like `landOn`: the boot script runs it too.
 */
export function hasTextDirective(): boolean {
  const entry = performance.getEntriesByType('navigation')[0];
  return entry !== undefined && /#.*:~:/.test(entry.name);
}

/**
 * The address this page was loaded from as the browser was asked for it,
 * its fragment directive (`#:~:text=…`) included, which `location` keeps out.
 */
export function loadAddress(): string {
  return performance.getEntriesByType('navigation')[0]?.name ?? '';
}

/** Whether this page load is a step back or forward in history, where the browser restores the reader's place. */
export function isHistoryLoad(): boolean {
  const entry = performance.getEntriesByType('navigation')[0];
  return entry instanceof PerformanceNavigationTiming && entry.type === 'back_forward';
}

/** On an interview's built page: the address printed before the app has started (src/prerender/printed-address.tsx). */
export const PRINTED_LINK_ID = 'printed_link';

/**
 * The custom property on <html> that the foot of every printed sheet shows
 * (src/styles/index.css, @page): the address opened, as a CSS string. The boot
 * script sets it; the handout's header keeps it that of the view in-app.
 */
export const PRINTED_LINK_PROPERTY = '--printed-link';

/**
 * The link as the foot of a printed sheet gives it (PRINTED_LINK_PROPERTY), as a CSS string:
 * whole up to 96 characters, or its first 95 and "…". A lesson's link runs to 2,000 characters
 * and breaks nowhere after its `?`: whole, it ran off the sheet's right edge over the sheet's
 * number, which broke onto three lines (a page-margin box in Chromium does not wrap or clip
 * it). At the foot's 8 pt, 96 characters take about 135 mm, on one line beside the number on
 * A4 and Letter; the first sheet gives the whole link and its QR code. Self-contained: the
 * boot script inlines it.
 */
export function footLink(href: string): string {
  return JSON.stringify(href.length > 96 ? `${href.slice(0, 95)}\u2026` : href);
}

/** On a built page: the element holding its module scripts, which the boot script starts (see `startApp`). */
export const APP_START_ID = 'app_start';

/**
 * Starts the app once the page has first painted: adds the module scripts
 * and preloads the prerender set aside in a <template> (see composePage)
 * when the browser reports the first contentful paint, so they are fetched
 * after it (or after a frame and a task where paint timing is missing). Loaded from the
 * head, they were fetched and run before the first paint, which waited for
 * them: Lighthouse (mobile) put a section link's largest paint at 2.0–2.8 s
 * against 0.6 s for the same text as a plain page. The reader's first touch,
 * key or focus starts it at once; a hidden page (a background tab, a
 * prerender) paints nothing yet, so its app starts at once too. What the
 * reader does before it has started is kept: text typed into a field
 * (useSearchField) and buttons pressed (src/lib/early-clicks.ts).
 * Self-contained, like `landOn`.
 */
export function startApp(doc: Document, templateId: string): void {
  const scripts = doc.getElementById(templateId);
  if (!(scripts instanceof HTMLTemplateElement)) return;
  const triggers = ['pointerdown', 'keydown', 'touchstart', 'focusin'];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of triggers) doc.removeEventListener(type, start, true);
    doc.removeEventListener('visibilitychange', start);
    for (const tag of Array.from(scripts.content.children)) {
      const element = doc.createElement(tag.tagName.toLowerCase());
      for (const { name, value } of Array.from(tag.attributes)) element.setAttribute(name, value);
      doc.head.append(element);
    }
  };
  for (const type of triggers) doc.addEventListener(type, start, true);
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden') {
    start();
    return;
  }
  // Once the first paint with text is on screen (presented, not only
  // painted: under load the two were up to a second apart, and scripts
  // fetched in between counted in Lighthouse as blocking that paint).
  const Observer = view.PerformanceObserver;
  if (Observer && Observer.supportedEntryTypes.includes('paint')) {
    const observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else view.requestAnimationFrame(() => view.setTimeout(start));
  // A page that never paints (hidden before its first frame) starts all the same.
  doc.addEventListener('visibilitychange', start);
  view.setTimeout(start, 3000);
}

/**
 * On an address with a fragment (`#q3`), holds the page's first paint until
 * the element `afterId` is parsed (`<link rel="expect" blocking="render">`),
 * as a section page does with the same link in its HTML: the boot script
 * before that element lands the fragment, so the first paint is in place,
 * not the top of the page the browser had parsed so far. Runs in the head
 * (where only the address is known), self-contained like `landOn`.
 */
export function holdFirstPaintForFragment(doc: Document, afterId: string): void {
  if (doc.location.hash.length < 2) return;
  const link = doc.createElement('link');
  link.rel = 'expect';
  link.href = '#' + afterId;
  link.setAttribute('blocking', 'render');
  doc.head.append(link);
}

/** The part of the head script that holds a fragment link's first paint until `afterId`. */
export function fragmentHeadScript(afterId: string): string {
  return `(${holdFirstPaintForFragment.toString()})(document,'${afterId}')`;
}

/**
 * On a lesson link's page, whether the boot script can show the lesson itself
 * before the app has started: a `sections=` list alone (no other parameter),
 * every id one of the page's sections, in the interview's order, with the
 * link's landing target (`target`: a fragment's or a section path's heading
 * id, or none) inside them, and key quotes among them where the page has some
 * (else the app takes the key quotes panel and the legend away). Then it
 * marks those sections, their question index entries and their key quotes
 * (`shownAttribute`, LESSON_SHOWN_ATTRIBUTE) and sets the lesson bar's words
 * (`noteProperty`, LESSON_NOTE_PROPERTY, as lesson-bar.tsx writes them), and returns true: index.css shows them as
 * the app will render them, so nothing moves when it does. Anything else
 * (another order, prompts, pins, discussion mode, an unknown section, a
 * search) is the app's to show. Self-contained, like `landOn`: the boot
 * script inlines it.
 */
export function showLessonEarly(
  doc: Document,
  search: string,
  target: string | null | undefined,
  shownAttribute: string,
  noteProperty: string,
): boolean {
  const pair = search.slice(1);
  if (pair.indexOf('&') >= 0 || pair.slice(0, 9) !== 'sections=') return false;
  let value: string;
  try {
    value = decodeURIComponent(pair.slice(9).replace(/\+/g, ' '));
  } catch {
    return false;
  }
  const ids: string[] = [];
  for (const raw of value.split(',')) {
    const id = raw.trim().toLowerCase();
    if (id && ids.indexOf(id) < 0) ids.push(id);
  }
  const column = doc.querySelector('[data-reading-column]');
  if (!column || ids.length === 0) return false;
  const sections = Array.from(column.children).filter((child) => child.tagName === 'SECTION');
  const chosen = sections.filter((section) => ids.indexOf(section.id) >= 0);
  if (chosen.length !== ids.length || chosen.some((section, i) => section.id !== ids[i])) {
    return false;
  }
  const landing = target ? doc.getElementById(target) : null;
  if (target && !chosen.some((section) => section.contains(landing))) return false;
  // From the panel's heading: a document-wide query walks a long interview's whole page.
  const panel = doc.getElementById('key_quotes_heading')?.closest('section');
  const quotes = panel ? Array.from(panel.querySelectorAll('li')) : [];
  const legend = doc.querySelector('.highlight-legend');
  if (
    (quotes.length > 0 || legend) &&
    !chosen.some((section) => section.querySelector('mark[data-kind~="key-quote"]'))
  ) {
    return false;
  }
  // Question index entries and key quotes name their section in their link's path.
  const sectionOf = (item: Element) => {
    const href = item.querySelector('a')?.getAttribute('href') ?? '';
    const path = href.split('#')[0] ?? '';
    return path.slice(path.lastIndexOf('/') + 1);
  };
  const shown = [
    ...chosen,
    ...Array.from(doc.querySelectorAll('#question_index > ol > li')).filter(
      (item) => ids.indexOf(sectionOf(item)) >= 0,
    ),
    ...quotes.filter((item) => ids.indexOf(sectionOf(item)) >= 0),
  ];
  for (const element of shown) element.setAttribute(shownAttribute, '');
  const note =
    chosen.length < sections.length
      ? `Showing ${chosen.length} of ${sections.length} sections`
      : 'A lesson';
  doc.documentElement.style.setProperty(noteProperty, JSON.stringify(note));
  return true;
}

/**
 * The script every prerendered page runs before its first paint (inline, so
 * the page's Content-Security-Policy allows it by its hash). It marks the
 * document as scripted and sets the landing padding (measured at once only
 * where it lands on something; otherwise when the sticky bars are first laid
 * out, and again whenever they change size until the app takes over too: a
 * window narrowed or text enlarged before the app has started. On the
 * 2,000-question interview, measuring at once forced a style and layout of
 * the whole page inside the parser's last task, its longest after the first
 * paint: 80–270 ms of it); unless the browser is
 * restoring a place in history, it lands on the address's fragment or, for a
 * section address, its heading, so the first paint is already in place (and
 * a reload lands there too, not where the reader had scrolled); an address
 * with a text directive and a fragment (`#q4:~:text=`) is left to the
 * browser, which scrolls to its words (or, not finding them, to the
 * fragment); a section address with one (`/i/<id>/<section>#:~:text=`) lands
 * on the section's heading, and the browser then scrolls to the words if it
 * finds them (its own scroll to them is not given up for the script's, which
 * comes first), so words not found leave it at the heading. On a lesson
 * link (its search matching `lessonSearch`, paths.ts's LESSON_SEARCH) it
 * marks the page LESSON_PENDING_CLASS (as the head script has already) and,
 * where it can show the lesson itself, before landing, LESSON_EARLY_CLASS
 * too (`showLessonEarly`); the app unmarks it or, if the app has not come
 * within a few seconds, the script itself (the whole interview). The pattern is
 * passed in so that this module, which the app's first view loads, keeps out
 * of paths.ts. An interview's page prints its address (PRINTED_LINK_ID):
 * the script writes in the address opened, with its search and fragment,
 * so that a sheet printed before the app has started names the link that
 * was opened, a lesson's as "Lesson link", not the page's canonical link,
 * and sets it at the foot of every printed sheet (PRINTED_LINK_PROPERTY).
 */
export function bootScript(lessonSearch: RegExp): string {
  return `(function(){var d=document,e=performance.getEntriesByType('navigation')[0],t=null,c=d.documentElement.classList,l=${lessonSearch.toString()}.test(location.search),p=d.getElementById('${PRINTED_LINK_ID}'),w=(${hasTextDirective.toString()})(),h=location.hash.slice(1),r=d.getElementById('root'),a=r&&r.getAttribute('${LANDING_TARGET_ATTRIBUTE}');try{h=decodeURIComponent(h)}catch(x){}c.add('js');d.documentElement.style.setProperty('${PRINTED_LINK_PROPERTY}',(${footLink.toString()})(location.href));if(p){p.textContent=location.href;if(l)p.previousElementSibling.textContent='Lesson link:'}if(l){c.add('${LESSON_PENDING_CLASS}');if(!w&&(${showLessonEarly.toString()})(d,location.search,h||a,'${LESSON_SHOWN_ATTRIBUTE}','${LESSON_NOTE_PROPERTY}'))c.add('${LESSON_EARLY_CLASS}');setTimeout(function(){c.remove('${LESSON_PENDING_CLASS}','${LESSON_EARLY_CLASS}')},5000)}if(!e||e.type!=='back_forward'){history.scrollRestoration='manual';t=w?'':h;if(!t&&(!w||location.hash.length<2))t=a}var s=${stickyBars.toString()},g=${landOn.toString()},o=window.ResizeObserver&&new ResizeObserver(function(){g(d,null,'instant','start',s)});if(t)g(d,t,'instant','start',s);if(o)s(d).forEach(function(b){o.observe(b)});else if(!t)g(d,null,'instant','start',s);(${startApp.toString()})(d,'${APP_START_ID}')})();`;
}

/**
 * The part of the head script that marks a lesson link's page
 * (LESSON_PENDING_CLASS) before its body is parsed: marked only by the boot
 * script, after the page's markup, the browser had painted the whole
 * interview's text parsed so far, then hid it (docs/measurements.md). The
 * boot script then shows the lesson itself where it can (`showLessonEarly`).
 */
export function lessonHeadScript(lessonSearch: RegExp): string {
  return `${lessonSearch.toString()}.test(location.search)&&document.documentElement.classList.add('${LESSON_PENDING_CLASS}')`;
}
