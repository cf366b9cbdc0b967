import { foldQuery } from './fold';
import {
  findPassage,
  type PassageMatch,
  type PassageText,
  type TextDirective,
} from './text-fragment';

// Apart from text-fragment.ts: only a link made to a passage needs it, so no
// first view loads it (the reader loads it once interactive: use-passage-links.ts).

const WORD_LIMIT_FOR_EXACT = 8;
// Edges longer than this that are still ambiguous mean repeated text: the whole passage is tried next.
const MOST_EDGE_WORDS = 40;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The shortest directive that finds exactly this passage first: the passage
 * itself when short, else its first and last words, with a prefix or suffix
 * only when the passage would otherwise be ambiguous.
 */
export function directiveFor(
  texts: readonly PassageText[],
  selection: PassageMatch,
): TextDirective {
  const passage = texts.find((t) => t.key === selection.key);
  if (!passage) throw new Error(`no text ${selection.key}`);
  const selected = words(passage.text.slice(selection.start, selection.end));
  const before = words(passage.text.slice(0, selection.start));
  const after = words(passage.text.slice(selection.end));
  const bases: TextDirective[] = [];
  // 3, 4, 6, 9, … words at each end: a few tries, however long the passage.
  for (
    let n = 3;
    2 * n < selected.length && selected.length > WORD_LIMIT_FOR_EXACT && n <= MOST_EDGE_WORDS;
    n = Math.ceil(n * 1.5)
  ) {
    bases.push({
      textStart: selected.slice(0, n).join(' '),
      textEnd: selected.slice(-n).join(' '),
    });
  }
  bases.push({ textStart: selected.join(' ') });
  // Candidates share their terms: each is folded once.
  const foldedTerms = new Map<string, string>();
  const foldTerm = (term: string) => {
    const folded = foldedTerms.get(term) ?? foldQuery(term);
    foldedTerms.set(term, folded);
    return folded;
  };
  const same = (m: PassageMatch | undefined) =>
    m?.key === selection.key && m.start === selection.start && m.end === selection.end;
  let widest: TextDirective = { textStart: selected.join(' ') };
  for (const base of bases) {
    for (let context = 0; context <= 3; context += 1) {
      const prefix = before.slice(before.length - context).join(' ');
      const suffix = after.slice(0, context).join(' ');
      const candidates: TextDirective[] =
        context === 0
          ? [base]
          : [
              ...(prefix ? [{ ...base, prefix }] : []),
              ...(suffix ? [{ ...base, suffix }] : []),
              ...(prefix && suffix ? [{ ...base, prefix, suffix }] : []),
            ];
      for (const candidate of candidates) {
        if (same(findPassage(texts, candidate, foldTerm))) return candidate;
        widest = candidate;
      }
    }
  }
  // Identical passages with identical surroundings: the widest context is the best there is.
  return widest;
}
