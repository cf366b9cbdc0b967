// Interviews whose guests, publications and topics are written in other
// scripts than Latin (Cyrillic, Chinese, Korean, Greek, Arabic) and in Latin
// letters with no plain form (Ł), as the importer reads real pages: the
// library's facet links must give each of them a page. Built from the seed's
// own questions and answers; the sub-path test site holds them
// (scripts/lib/test-sites.ts), and the unit tests read them too.
import type { Interview } from '../../src/interview/schema';

type Variant = {
  id: string;
  title: string;
  language: string;
  publication: string;
  /** The guests' names: the first replaces the seed's, the others join with its label. */
  guests: string[];
  /** The sections' labels, in the seed's order (as many as it has, or fewer: the rest keep theirs). */
  topics: string[];
};

const VARIANTS: Variant[] = [
  {
    id: 'anna-kovalchuk-2025',
    title: 'Анна Ковальчук: «Энергетика — это мир»',
    language: 'ru',
    publication: 'Казахстанская правда',
    guests: ['Анна Ковальчук', 'Łukasz Żółć'],
    topics: ['Торговля', 'Средний коридор', 'Энергетика'],
  },
  {
    id: 'wang-xiaoming-2025',
    title: '王小明谈能源与和平',
    language: 'zh',
    publication: '人民日报',
    // 王伟 reads `wang-wei` in Latin letters, as 汪伟 below does: two people, two pages.
    guests: ['王小明', '王伟'],
    topics: ['贸易', '中间走廊', '能源'],
  },
  {
    id: 'three-voices-2024',
    title: 'Three voices on the Middle Corridor',
    language: 'en',
    publication: 'Αθηναϊκή Επιθεώρηση',
    guests: ['김민지', 'Γιάννης Παπαδόπουλος', 'ليلى أحمد', '汪伟'],
    topics: [],
  },
];

/** The seed retold by guests, publications and topics in other scripts: one interview a variant. */
export function otherScriptInterviews(seed: Interview): Interview[] {
  return VARIANTS.map((variant, n) => {
    const [seedGuest] = seed.people.interviewees;
    if (seedGuest === undefined) throw new Error('the seed has no interviewee');
    const guests = variant.guests.map((name, i) =>
      i === 0 ? { ...seedGuest, name } : { id: `guest-${i + 1}`, name, label: `Guest ${i + 1}` },
    );
    return {
      ...seed,
      id: variant.id,
      title: variant.title,
      language: variant.language,
      published: `${2025 - n}-0${n + 3}-15`,
      source: { publication: variant.publication },
      people: { ...seed.people, interviewees: guests },
      sections: seed.sections.map((section, i) => ({
        ...section,
        label: variant.topics[i] ?? section.label,
      })),
    };
  });
}
