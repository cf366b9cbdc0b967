import { paragraphKey } from '../../interview/search-units';
import { resolveTarget, type MissingTarget, type ReaderTarget } from '../../interview/anchors';
import type { MarkRange } from '../../interview/highlight';
import type { OutlineSection } from '../../interview/outline';
import { joinedText, toParagraphRanges, type ParagraphRange } from '../../interview/passages';
import type { Interview, Section } from '../../interview/schema';
import type { SearchHit } from '../../interview/search-units';
import { decodeTextDirective, describeDirective, findPassage } from '../../interview/text-fragment';
import type { IgnoredReaderParam, ReaderParams } from '../../config/paths';
import type { ReaderModel } from './reader-model';

/** A `quote` of the URL found in the interview. */
export type FoundPassage = {
  index: number;
  questionId: string;
  sectionId: string;
  /** Where in the question block: a text fragment's words may be the question's. */
  part?: 'question' | 'answer';
  ranges: ParagraphRange[];
};

/** Something a reader URL asks for that is not there. */
export type Missing =
  | MissingTarget
  | { kind: 'passage'; words: string }
  | { kind: 'pin'; words: string }
  | { kind: 'lesson-section'; id: string }
  | { kind: 'ignored'; item: IgnoredReaderParam };

/** What the reader shows for a URL: derived from it, never stored. */
export type ReaderView = {
  sections: Section[];
  outline: OutlineSection[];
  target: ReaderTarget;
  passages: FoundPassage[];
  /** The lesson's pinned passages, by their index in the link; undefined where not found. */
  pins: (FoundPassage | undefined)[];
  missing: Missing[];
  /** The id of the element a navigation lands on. */
  revealId: string | undefined;
};

// Keys a question's text apart from its answer's (a question id never starts with it).
const QUESTION = '?';

/** The DOM id of a section's heading, where a section link lands. */
export const sectionHeadingId = (sectionId: string) => `${sectionId}__heading`;

/** The DOM id of the current search match's mark. */
export const CURRENT_MATCH_ID = 'search_current';

/** The DOM id of the first mark of a passage. */
export const passageMarkId = (index: number) => `passage_${index}`;

/** The DOM id of the first mark of a lesson's pinned passage. */
export const pinMarkId = (index: number) => `pin_${index}`;

function revealIdOf(target: ReaderTarget, passages: readonly FoundPassage[]): string | undefined {
  if (passages[0]) return passageMarkId(passages[0].index);
  if (target.kind === 'section') return sectionHeadingId(target.sectionId);
  if (target.kind !== 'anchor') return undefined;
  return target.anchor.kind === 'section' ? sectionHeadingId(target.anchor.id) : target.anchor.id;
}

/**
 * The sections, passages and target a reader URL asks for, and what it asks
 * for that is missing. Pins are read with `unpackPin` (a `pin` value with its
 * Punycode terms decoded: unpackPin in src/config/prompt-codec.ts, loaded with
 * the lesson's panel); until it has loaded, none is found nor missing.
 * `textFragments`: the address's text directives (`#:~:text=`) the reader
 * finds itself (useOwnTextFragment), marked as passages after the `quote`s
 * and landed on before them, as the browser would; words not found are
 * passed over in silence, as the browser does.
 */
export function readerView(
  interview: Interview,
  model: ReaderModel,
  params: ReaderParams,
  sectionParam: string | undefined,
  hash: string,
  unpackPin?: (raw: string) => string,
  textFragments: readonly string[] = [],
): ReaderView {
  const missing: Missing[] = [];
  const byId = new Map(interview.sections.map((s) => [s.id, s]));
  let chosen: string[] | undefined;
  if (params.sections) {
    const ids = [...new Set(params.sections)];
    for (const id of ids) if (!byId.has(id)) missing.push({ kind: 'lesson-section', id });
    const known = ids.filter((id) => byId.has(id));
    if (known.length > 0) chosen = known;
  }
  const chosenSet = chosen && new Set(chosen);
  const inChosen = (key: string) =>
    !chosenSet || chosenSet.has(model.sectionOfQuestion.get(key) ?? '');

  // A lesson's pins and quoted passages are looked for in the whole interview: one in a section
  // the lesson does not list (a link edited by hand: the builder lists every pin's section) opens
  // that section too, after the lesson's own, rather than saying the words are not there.
  // Text fragments are looked for only in what is shown, as the browser would.
  // and in the questions too, in reading order (a question's text keyed QUESTION and its id).
  const added = new Set<string>();
  const find = (raw: string, index: number, kind: 'passage' | 'pin' | 'text-fragment') => {
    const directive = decodeTextDirective(raw);
    const texts =
      kind === 'text-fragment'
        ? model.answerTexts
            .filter((t) => inChosen(t.key))
            .flatMap((t) => [
              {
                key: QUESTION + t.key,
                text: joinedText(model.questions.get(t.key)?.question ?? []),
              },
              t,
            ])
        : model.answerTexts;
    const match = directive ? findPassage(texts, directive) : undefined;
    const key = match?.key ?? '';
    const part = key.startsWith(QUESTION) ? 'question' : 'answer';
    const questionId = part === 'question' ? key.slice(QUESTION.length) : key;
    const question = model.questions.get(questionId);
    if (match && question) {
      const sectionId = model.sectionOfQuestion.get(questionId) ?? '';
      if (chosenSet && !chosenSet.has(sectionId)) added.add(sectionId);
      return {
        index,
        questionId,
        sectionId,
        part,
        ranges: toParagraphRanges(question[part], match.start, match.end),
      } satisfies FoundPassage;
    }
    if (kind !== 'text-fragment')
      missing.push({ kind, words: directive ? describeDirective(directive) : raw });
    return undefined;
  };
  const quoted = params.quotes.flatMap((raw, index) => find(raw, index, 'passage') ?? []);
  // Numbered after the quotes: each passage's mark has an id of its own.
  const fragments = textFragments.flatMap(
    (raw, i) => find(raw, params.quotes.length + i, 'text-fragment') ?? [],
  );
  const passages = [...quoted, ...fragments];
  const pins = unpackPin
    ? params.pins.map((pin, index) => find(unpackPin(pin.directive), index, 'pin'))
    : [];
  const sections = chosen
    ? [
        ...chosen.flatMap((id) => byId.get(id) ?? []),
        ...interview.sections.filter((s) => added.has(s.id)),
      ]
    : interview.sections;
  const outlineById = new Map(model.outline.map((s) => [s.id, s]));

  const resolved = resolveTarget(model.anchors, sectionParam, hash);
  missing.unshift(...resolved.missing);
  for (const item of params.ignored ?? []) missing.push({ kind: 'ignored', item });
  return {
    sections,
    outline: sections.flatMap((s) => outlineById.get(s.id) ?? []),
    target: resolved.target,
    passages,
    pins,
    missing,
    revealId: revealIdOf(resolved.target, [...fragments, ...quoted]),
  };
}

/** The section a target lies in. */
export function targetSectionId(target: ReaderTarget): string | undefined {
  if (target.kind === 'section') return target.sectionId;
  return target.kind === 'anchor' ? target.anchor.sectionId : undefined;
}

/** Marks of one question (or of the intro), by paragraph key. */
export type MarksByParagraph = Map<string, MarkRange[]>;

/** The intro's entry in paragraphMarks. */
export const INTRO = 'intro';

/**
 * Search matches marked at a time, at most. "e" in a long interview matched
 * 18,000 times, and rendering every mark took seconds; the count, the index's
 * numbers and stepping still cover every match.
 */
export const MARKED_MATCHES = 200;

/** Which matches are marked: the block of MARKED_MATCHES that holds the current one. */
export function markedMatches(total: number, current: number): { start: number; end: number } {
  const start = Math.max(0, Math.floor(current / MARKED_MATCHES) * MARKED_MATCHES);
  return { start, end: Math.min(total, start + MARKED_MATCHES) };
}

/**
 * Search and passage marks, grouped by question id (the intro under INTRO)
 * and then by paragraph key, so each question receives only its own. Of the
 * search's hits, only the block around the current one (markedMatches).
 */
export function paragraphMarks(
  hits: readonly SearchHit[],
  current: number,
  passages: readonly FoundPassage[],
  pins: readonly (FoundPassage | undefined)[] = [],
): Map<string, MarksByParagraph> {
  const marks = new Map<string, MarksByParagraph>();
  const add = (owner: string, key: string, range: MarkRange) => {
    let own = marks.get(owner);
    if (!own) marks.set(owner, (own = new Map<string, MarkRange[]>()));
    const ranges = own.get(key);
    if (ranges) ranges.push(range);
    else own.set(key, [range]);
  };
  const marked = markedMatches(hits.length, current);
  for (let i = marked.start; i < marked.end; i += 1) {
    const hit = hits[i];
    if (!hit) continue;
    const isCurrent = i === current;
    add(hit.unit.questionId ?? INTRO, hit.unit.key, {
      start: hit.start,
      end: hit.end,
      kind: isCurrent ? 'search-current' : 'search',
      ...(isCurrent ? { id: CURRENT_MATCH_ID } : {}),
    });
  }
  const markPassage = (passage: FoundPassage, id: string) =>
    passage.ranges.forEach((range, i) => {
      add(
        passage.questionId,
        paragraphKey(passage.part ?? 'answer', passage.questionId, range.paragraph),
        {
          start: range.start,
          end: range.end,
          kind: 'passage',
          // Only the first part carries the id: ids name one element.
          ...(i === 0 ? { id } : {}),
        },
      );
    });
  for (const passage of passages) markPassage(passage, passageMarkId(passage.index));
  for (const pin of pins) if (pin) markPassage(pin, pinMarkId(pin.index));
  return marks;
}
