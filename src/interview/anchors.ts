import type { Interview } from './schema';

/** Something a URL fragment can point at, and the section that holds it. */
export type Anchor =
  | { kind: 'section'; id: string; sectionId: string }
  | { kind: 'question'; id: string; sectionId: string }
  | { kind: 'key-quote'; id: string; sectionId: string; questionId: string };

/** Every id a URL can point at, with where it is. Ids are unique across kinds (the schema checks). */
export function anchorIndex(interview: Interview): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const sectionOfQuestion = new Map<string, string>();
  for (const section of interview.sections) {
    anchors.set(section.id, { kind: 'section', id: section.id, sectionId: section.id });
    for (const question of section.questions) {
      anchors.set(question.id, { kind: 'question', id: question.id, sectionId: section.id });
      sectionOfQuestion.set(question.id, section.id);
    }
  }
  for (const quote of interview.keyQuotes) {
    const sectionId = sectionOfQuestion.get(quote.questionId);
    if (sectionId !== undefined) {
      anchors.set(quote.id, {
        kind: 'key-quote',
        id: quote.id,
        sectionId,
        questionId: quote.questionId,
      });
    }
  }
  return anchors;
}

/** Where a reader URL points: nowhere in particular, a section (path), or an anchor (fragment). */
export type ReaderTarget =
  { kind: 'top' } | { kind: 'section'; sectionId: string } | { kind: 'anchor'; anchor: Anchor };

/** Ids in the URL that the interview does not have. */
export type MissingTarget = { kind: 'section' | 'anchor'; id: string };

// The reader's own element ids (skip link, headings, marks): snake_case words,
// or an interview id with a `__` suffix. Interview ids never hold "_".
const APP_ID = /^(?:[a-z]+(?:_[a-z0-9]+)+|[a-z0-9]+(?:-[a-z0-9]+)*__[a-z]+)$/;

/**
 * Resolves `/i/<id>/<section-id>#<anchor-id>`. Ids match whatever their letter
 * case (`#Q1` is `#q1`), as the interview id does. The fragment is the more
 * precise target, so it wins over the section; an unknown id is reported and
 * the next-best target is used. The reader's own element ids are not the
 * interview's business.
 */
export function resolveTarget(
  anchors: ReadonlyMap<string, Anchor>,
  sectionId: string | undefined,
  fragment: string,
): { target: ReaderTarget; missing: MissingTarget[] } {
  const missing: MissingTarget[] = [];
  const anchorId = decodeFragment(fragment);
  if (anchorId !== '' && !APP_ID.test(anchorId)) {
    const anchor = anchors.get(anchorId.toLowerCase());
    if (anchor) return { target: { kind: 'anchor', anchor }, missing };
    missing.push({ kind: 'anchor', id: anchorId });
  }
  if (sectionId !== undefined) {
    const section = anchors.get(sectionId.toLowerCase());
    if (section?.kind === 'section') {
      return { target: { kind: 'section', sectionId: section.id }, missing };
    }
    missing.unshift({ kind: 'section', id: sectionId });
  }
  return { target: { kind: 'top' }, missing };
}

/**
 * The fragment as the interview spells the id it names (`#Q1` is `#q1`), so
 * the address bar, and the browser's own scrolling to it, name the element;
 * any other fragment as it is.
 */
export function canonicalFragment(anchors: ReadonlyMap<string, Anchor>, fragment: string): string {
  const id = decodeFragment(fragment);
  const anchor = id === '' || APP_ID.test(id) ? undefined : anchors.get(id.toLowerCase());
  return anchor ? `#${anchor.id}` : fragment;
}

function decodeFragment(fragment: string): string {
  const raw = fragment.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
