// A press conference's record titled by its day, perhaps after the series' name:
// "Regierungspressekonferenz vom 12. Mai 2025", "Bundesregierung für Desinteressierte: BPK vom
// 06. Dezember 2021". Its date makes the heading test refuse it; it is the page's headline (and
// its date the page's, read as a dateline). A page-kind word alone over it ("Artikel") is the
// site's, not the headline.

const DATED =
  /^(?:[^:]{1,80}: )?(?:Regierungspressekonferenz|Bundespressekonferenz|Pressekonferenz|BPK|Pressebriefing) (?:vom|am) \d{1,2}\. ?(?:\p{L}{3,9}|\d{1,2}\.) ?\d{4}$/u;
const PAGE_KIND = /^(?:Artikel|Beitrag|Meldung|Article|Post)$/u;

/** Where the dated headline is among the header's first three lines, and a page-kind word right over it. */
export function datedHeadline(
  texts: readonly string[],
  from: number,
): { at: number; kind: number | undefined } | undefined {
  const at = texts.slice(from, from + 3).findIndex((t) => DATED.test(t));
  if (at < 0) return undefined;
  const kind = at > 0 && PAGE_KIND.test(texts[from + at - 1] ?? '') ? from + at - 1 : undefined;
  return { at: from + at, kind };
}
