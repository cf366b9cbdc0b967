// The word for "interview" in the languages the importer tags (language.ts), for the one section
// it makes of a text without headings: "Interview" in English over a French or Chinese
// interview mixed the reader's header's languages. English where the table has no word.
const INTERVIEW: Readonly<Record<string, string>> = {
  ar: 'مقابلة',
  az: 'Müsahibə',
  cs: 'Rozhovor',
  de: 'Interview',
  el: 'Συνέντευξη',
  es: 'Entrevista',
  fa: 'مصاحبه',
  fi: 'Haastattelu',
  fr: 'Entretien',
  he: 'ראיון',
  hi: 'साक्षात्कार',
  hr: 'Intervju',
  hu: 'Interjú',
  hy: 'Հարցազրույց',
  id: 'Wawancara',
  it: 'Intervista',
  ja: 'インタビュー',
  ka: 'ინტერვიუ',
  kk: 'Сұхбат',
  ko: '인터뷰',
  lt: 'Interviu',
  nl: 'Interview',
  no: 'Intervju',
  pl: 'Wywiad',
  pt: 'Entrevista',
  ro: 'Interviu',
  ru: 'Интервью',
  sv: 'Intervju',
  sw: 'Mahojiano',
  th: 'บทสัมภาษณ์',
  tl: 'Panayam',
  tr: 'Röportaj',
  uk: 'Інтерв’ю',
  uz: 'Intervyu',
  vi: 'Phỏng vấn',
  zh: '访谈',
};

/** The English word, and the one section's label where the language has none in the table. */
export const INTERVIEW_WORD = 'Interview';

/** "Interview" in the language of `tag` ("fr", "pt-BR"), or in English. */
export function interviewWord(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(INTERVIEW, primary)
    ? (INTERVIEW[primary] ?? INTERVIEW_WORD)
    : INTERVIEW_WORD;
}

/** Whether `heading` is the one section's label in some language: the importer's own section. */
export function isInterviewWord(heading: string | undefined): boolean {
  return heading === INTERVIEW_WORD || Object.values(INTERVIEW).some((word) => word === heading);
}
