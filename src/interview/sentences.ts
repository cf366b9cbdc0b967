// Words after which a full stop does not end a sentence ("Mr. Ambassador, …").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'hon',
  'rev',
  'fr',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'mt',
  'ft',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const lastWord = /([\p{L}.]+)\.\s*$/u.exec(segment)?.[1]?.toLowerCase();
  if (lastWord === undefined) return false;
  // A lone initial ("J. K. Rowling") or a dotted acronym ("U.S.") before a name.
  return ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord);
}

/** The sentences of a paragraph, trimmed, not broken after abbreviations such as "Mr." */
export function sentences(text: string): string[] {
  const merged: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (!endsWithAbbreviation(pending)) {
      merged.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim() !== '') merged.push(pending.trim());
  return merged.filter((sentence) => sentence !== '');
}
