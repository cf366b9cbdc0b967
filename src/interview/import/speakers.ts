import type { SourceParagraph } from './paragraphs';

/** A paragraph that opens with a speaker label: "TCA: …", "Q. …", "**MAIKO:** …". */
export type Labelled = { label: string; key: string; rest: string };

/** One speaker as the text labels them, with every form of label used. */
export type SpeakerGroup = {
  key: string;
  /** The label as first written, e.g. "Ambassador Maiko". */
  label: string;
  labels: string[];
  count: number;
  kind: 'question' | 'answer' | 'name';
};

const PARTICLES = '(?:de|da|di|du|van|von|der|den|del|la|le|al|el|bin|ibn)';
const WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}’'.\\-]*|${PARTICLES})`;
const NAMED = new RegExp(
  `^(?:\\*\\*|__)?(${WORD}(?:\\s+${WORD}){0,4})(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(\\S.*)$`,
  'u',
);
// "Q. …", "A – …", "Question: …" (the plain colon form is NAMED's).
const QA = /^(?:\*\*|__)?(q|a|question|answer)(?:\*\*|__)?\s*[.\-–—)]\s*(?:\*\*|__)?\s*(\S.*)$/iu;

// "Me:" is how a writer labels their own questions.
const QUESTION_KEYS = new Set(['q', 'question', 'interviewer', 'me']);
const ANSWER_KEYS = new Set(['a', 'answer', 'interviewee']);

function keyOf(label: string): string {
  const lower = label.toLowerCase().replace(/[.’']/g, '');
  if (QUESTION_KEYS.has(lower)) return 'q';
  if (ANSWER_KEYS.has(lower)) return 'a';
  // Forms of one name share their last word: "Ambassador Maiko", "Maiko", "MAIKO".
  return lower.split(/\s+/).at(-1) ?? lower;
}

function labelOf(text: string): Labelled | undefined {
  const match = QA.exec(text) ?? NAMED.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const label = match[1].trim();
  // A label is short and never a sentence: "However, this:" is not one.
  if (label.length > 40 || /[,;!?]/.test(label)) return undefined;
  return { label, key: keyOf(label), rest: match[2].trim() };
}

/**
 * The speaker labels of an article. A label counts if it is a question/answer
 * label, or if its speaker is labelled at least twice: a one-off "Note:" or a
 * headline's "Ukrainian Ambassador to Kazakhstan: …" is not a speaker. (Short
 * interviews where no name recurs are the exception.)
 */
export function detectSpeakers(paragraphs: readonly SourceParagraph[]) {
  const candidates = new Map<number, Labelled>();
  const initials = initialsOf(paragraphs);
  const groups = new Map<string, SpeakerGroup>();
  for (const p of paragraphs) {
    const found = labelOf(p.text);
    if (!found) continue;
    // "JK:" is John Key when "John Key:" is a label too.
    const labelled = { ...found, key: initials.get(found.label) ?? found.key };
    candidates.set(p.index, labelled);
    const group = groups.get(labelled.key);
    if (group) {
      group.count += 1;
      if (!group.labels.includes(labelled.label)) group.labels.push(labelled.label);
    } else {
      const kind = labelled.key === 'q' ? 'question' : labelled.key === 'a' ? 'answer' : 'name';
      groups.set(labelled.key, {
        key: labelled.key,
        label: labelled.label,
        labels: [labelled.label],
        count: 1,
        kind,
      });
    }
  }
  // In a one-question interview every name is used once: then two different
  // names will do.
  const named = [...groups.values()].filter((g) => g.kind === 'name');
  const singleUse = !named.some((g) => g.count >= 2) && named.length >= 2;
  const speakers = new Map(
    [...groups].filter(([, group]) => group.kind !== 'name' || group.count >= 2 || singleUse),
  );
  const labelled = new Map([...candidates].filter(([, l]) => speakers.has(l.key)));
  return { speakers, labelled };
}

/** Initials ("JK") of the multi-word labels ("John Key"), mapped to those labels' keys. */
function initialsOf(paragraphs: readonly SourceParagraph[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of paragraphs) {
    const found = labelOf(p.text);
    const words = found?.label.split(/\s+/) ?? [];
    if (!found || words.length < 2) continue;
    map.set(words.map((w) => w.charAt(0).toUpperCase()).join(''), found.key);
  }
  return map;
}

/** Label as a reader should see it: names in capitals become "Maiko"; acronyms stay ("TCA"). */
export function displayLabel(label: string): string {
  if (label !== label.toUpperCase() || label.replace(/[^\p{L}]/gu, '').length <= 4) return label;
  return label
    .toLowerCase()
    .replace(
      /(^|[\s\-’'])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
