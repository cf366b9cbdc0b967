import type { SourceParagraph } from './paragraphs';

// Two to four capitalised words in Latin letters: "College Soccer Central".
const LATIN_NAME = /^[A-Z][A-Za-z&'.-]*(?: [A-Z][A-Za-z&'.-]*){1,3}$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN = /[A-Za-z]/gu;
// The same, one letter: a global pattern's test() would keep its place between calls.
const HAS_CJK = new RegExp(CJK.source, 'u');

/**
 * A site's name in Latin letters on the first line of a page written in Japanese, Chinese or
 * Korean, the next line in the page's script: "College Soccer Central" / "関西学生サッカーリーグ
 * リレーインタビュー". No headline of such a page is all Latin words; a Latin line over an
 * English page, or one holding the page's script too, stays.
 */
export function latinMasthead(paragraphs: readonly SourceParagraph[]): number[] {
  const [top, next] = paragraphs;
  if (!top || !next || !LATIN_NAME.test(top.text) || !HAS_CJK.test(next.text)) return [];
  const rest = paragraphs
    .slice(1)
    .map((p) => p.text)
    .join('\n');
  const cjk = rest.match(CJK)?.length ?? 0;
  const latin = rest.match(LATIN)?.length ?? 0;
  return cjk >= 4 * latin ? [top.index] : [];
}
