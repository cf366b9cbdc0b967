import { capitalised } from './names';
import type { SourceParagraph } from './paragraphs';

// The German federal press conference's verbatim record (the BPK's "Wortprotokoll"): each
// reporter's turn is "FRAGE NAME:" (a follow-up "ZUSATZFRAGE NAME:"), each government speaker's
// their office's abbreviation and name ("STS SEIBERT:", "SRS'IN DEMMER:", "StS Seibert:") or a
// ministry's spokesperson's name and ministry ("ALTER (BMI):"). Each may speak once, so the
// labels count where the record holds two reporters' turns or more; the word "FRAGE" is no part
// of a reporter's name, nor an office's letters of a spokesperson's.

const NAME = String.raw`(?:DR\.\s+)?\p{Lu}[\p{L}'’-]+`;
const ASKED = new RegExp(
  `^(?:ZUSATZFRAGE|FRAGE|ZUSATZ|NACHFRAGE)\\s+(${NAME})\\s*:\\s*(\\S.*)$`,
  'u',
);
const OFFICE = new RegExp(
  `^(STS|StS|SRS['’](?:IN|in)|SRS|RS|VORS\\.?)\\s+(${NAME})\\s*:\\s*(\\S.*)$`,
  'u',
);
const MINISTRY = new RegExp(`^(${NAME})\\s+\\((\\p{Lu}{2,6})\\)\\s*:\\s*(\\S.*)$`, 'u');

// The offices, written out: a reader does not know "SRS'in".
const OFFICES: Record<string, string> = {
  sts: 'Staatssekretär',
  srs: 'stellvertretender Regierungssprecher',
  srsin: 'stellvertretende Regierungssprecherin',
  rs: 'Regierungssprecher',
  vors: 'Vorsitz der Bundespressekonferenz',
};

export type ProtocolLabel = { label: string; key: string; rest: string; role?: string };

const keyOf = (name: string) => name.toLowerCase().split(/\s+/u).at(-1) ?? name.toLowerCase();
// The name as a reader writes it: "DR. RINKE" is "Dr. Rinke".
const written = (name: string) =>
  name
    .split(' ')
    .map((w) => (w === w.toUpperCase() ? capitalised(w) : w))
    .join(' ');

/**
 * The record's labelled turns, by paragraph index: none unless it holds a reporter's "FRAGE
 * NAME:" and an office's "STS NAME:" (or two reporters' turns).
 */
export function protocolLabels(paragraphs: readonly SourceParagraph[]): Map<number, ProtocolLabel> {
  const asked = paragraphs.filter((p) => ASKED.test(p.text)).length;
  const offices = paragraphs.some((p) => OFFICE.test(p.text));
  if (asked < (offices ? 1 : 2)) return new Map();
  return new Map(
    paragraphs.flatMap((p) => {
      const question = ASKED.exec(p.text);
      if (question?.[1] && question[2])
        return [
          [p.index, { label: written(question[1]), key: keyOf(question[1]), rest: question[2] }],
        ];
      const office = OFFICE.exec(p.text);
      if (office?.[1] && office[2] && office[3]) {
        const role = OFFICES[office[1].toLowerCase().replace(/['’.]/gu, '')];
        return [
          [
            p.index,
            {
              label: written(office[2]),
              key: keyOf(office[2]),
              rest: office[3],
              ...(role ? { role } : {}),
            },
          ],
        ];
      }
      const ministry = MINISTRY.exec(p.text);
      if (ministry?.[1] && ministry[2] && ministry[3])
        return [
          [
            p.index,
            {
              label: written(ministry[1]),
              key: keyOf(ministry[1]),
              rest: ministry[3],
              role: ministry[2],
            },
          ],
        ];
      return [];
    }),
  );
}
