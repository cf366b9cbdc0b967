// A portal's section name over a headline set all in quotes (the guest's words), the byline or
// date under it: "Hrvatska nogometna reprezentacija" / "\"Ove godine sam osvojio …\"" / "Autor:
// SK". The quoted line is the headline; the section, a link, is furniture. A name there is a
// kicker naming the guest, and stays. So does the page's first line: a section's link comes
// under the site's name and menu, and a short line over all else is the page's own headline
// ("Modrić otvoreno o oproštaju" over a quoted standfirst).

import { parseDateLine } from './dates';
import { isNameLine } from './names';
import type { SourceParagraph } from './paragraphs';
import { BYLINE, type Page } from './site-name';

const QUOTED = /^["“„«][^"“”„«»]{10,200}["”“»]$/u;
const AUTHOR = /^(?:autor|autorica|author|by)\s*:/iu;

/** The quoted headline's index where a section's line at `first` stands over it, else undefined. */
export function quotedUnderSection(
  paragraphs: readonly SourceParagraph[],
  first: number,
  page: Page | undefined,
): number | undefined {
  const section = paragraphs[first]?.text ?? '';
  const headline = paragraphs[first + 1];
  if (!headline || section.length > 40 || section.split(' ').length > 4) return undefined;
  if (/[^\p{L}\p{M}\s-]/u.test(section) || isNameLine(section) || !QUOTED.test(headline.text))
    return undefined;
  const at = paragraphs[first]?.index ?? -1;
  if (!page?.paragraphs.some((p) => p.index < at)) return undefined;
  // The line under it in the page, a date line dropped as noise too.
  const under = page?.paragraphs.find((p) => p.index > headline.index)?.text ?? '';
  return BYLINE.test(under) || AUTHOR.test(under) || parseDateLine(under) ? first + 1 : undefined;
}
