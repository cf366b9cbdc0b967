// Where an article ends and the page after it begins (related links, an author's box, a
// signature, a footer of short lines): parseStructure cuts the turns there.
import { interviewCredit, isNameLine } from './names';
import { isRelatedHeader } from './noise';
import { opensPageTail } from './page-tail';
import type { SourceParagraph } from './paragraphs';
import type { Turn } from './structure';

/**
 * Where a related-links header ("Read also", "Czytaj także") starts the page after the
 * last answer, though a linked headline after it ends with "?" and so reads as one more
 * question: the first such header after an answer with no answered question after it.
 */
export function relatedLinksStart(
  all: readonly SourceParagraph[],
  turns: readonly { p: SourceParagraph; turn: Turn }[],
): number {
  const firstAsk = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const firstAnswer = turns.find(({ turn }, i) => i > firstAsk && turn.kind !== 'ask');
  if (firstAsk < 0 || !firstAnswer) return Infinity;
  // One linked headline that asks ("What is World Refugee Day?"), among the first lines after
  // the header, with only short lines after it (more headlines, a charity's legal line), is
  // answered by no one. (The cheap tests first: a page may repeat its header thousands of times.)
  const answeredAfter = (index: number) => {
    const after = turns.filter(
      ({ p, turn }, i) =>
        p.index > index && turn.kind === 'ask' && (turns[i + 1]?.turn.kind ?? 'ask') !== 'ask',
    );
    const only = after.length === 1 ? after[0]?.p : undefined;
    const headline =
      only !== undefined &&
      only.text.length <= 80 &&
      only.index - index <= 3 &&
      all.every((p) => p.index <= only.index || p.text.length <= 120);
    return after.length > 0 && !headline;
  };
  return (
    all.find(
      (p) => p.index > firstAnswer.p.index && isRelatedHeader(p.text) && !answeredAfter(p.index),
    )?.index ?? Infinity
  );
}

/**
 * Whether a paragraph starts what follows an article: related links, a note on
 * the author, a signature ("--Ann Lee"), or anything after an excerpt's
 * "[read on]" link.
 */
export function endsArticle(
  p: SourceParagraph,
  next: SourceParagraph | undefined,
  previous: SourceParagraph | undefined,
): boolean {
  if (
    isRelatedHeader(p.text) ||
    /^about the author\b/iu.test(p.text) ||
    // A blog's author box: "Written by Anjali Rao" (Medium), "Posted by …" is a date line.
    /^[Ww]ritten by\s+\p{Lu}[^.!?]{1,60}$/u.test(p.text) ||
    // A transcript's end: "ENDS", "[ends]", "End of transcript".
    /^\[?(?:ends|end of transcript)\]?\.?$|^\[end\]$/iu.test(p.text) ||
    interviewCredit(p.text) !== undefined ||
    opensPageTail(p.text) ||
    /^[Bb]y\s+(?:the\s+)?\p{Lu}/u.test(p.text) ||
    /^-{2}\s?\p{Lu}[^.!?]{1,60}$/u.test(p.text) ||
    (previous !== undefined && /\[(?:read|continue)[^\]]{0,20}\]$/iu.test(previous.text))
  ) {
    return true;
  }
  if (!isNameLine(p.text) || !next) return false;
  const firstName = p.text.split(/\s+/)[0] ?? '';
  // A name alone on a line, then its bio (or the same name again, as pages print it twice).
  return next.text === p.text || (next.text.startsWith(firstName) && next.text.length >= 60);
}

/**
 * Where a page's footer starts: a run of two or more short lines at the very
 * end, none ending a sentence ("Diario Escolar", "Curso: 3º ESO",
 * "Localización"), after an answer that does end one. Infinity if none. A line
 * ending in a comma goes on in the next: a credit's pupils ("… στην Μ. – Α." /
 * "Π.," / "μαθήτριες της ΣΤ’ τάξης") are no footer.
 */
export function footerStart(
  content: readonly SourceParagraph[],
  after: number,
  page?: readonly SourceParagraph[],
): number {
  // One such line counts where dropped lines of the same kind end the page with it: "Spausdinti"
  // (print) under a back link "« Atgal" dropped as the top's furniture again.
  const short = (text: string) => text.length <= 60 && !/[.!?…"»”’]$/u.test(text);
  let tail = page?.length ?? 0;
  while (tail > 0 && short(page?.[tail - 1]?.text ?? '')) tail -= 1;
  const run = (page?.length ?? 0) - tail;
  let start = content.length;
  while (start > 0) {
    const text = content[start - 1]?.text ?? '';
    if (text.length > 60 || /[.!?…"»”’,]$/u.test(text)) break;
    start -= 1;
  }
  const before = content[start - 1];
  const alone =
    content.length - start === 1 &&
    run >= 2 &&
    (content[start]?.index ?? -1) >= (page?.[tail]?.index ?? Infinity);
  if ((content.length - start < 2 && !alone) || !before || before.index < after) return Infinity;
  return /[.!?…"»”’]$/u.test(before.text) ? (content[start]?.index ?? Infinity) : Infinity;
}

// A first name in capitals, one word of letters: "LUCÍA".
const SIGNED_NAME = /^\p{Lu}{3,20}$/u;

/**
 * Where the writer's signature ends the article: its last paragraph a first name in capitals
 * alone ("LUCÍA", a pupil signing a school blog's interview) or a Korean reporter's sign-off,
 * after the last answer's first paragraph (an answer that is only such a name stays). Infinity
 * if none.
 */
export function signatureStart(content: readonly SourceParagraph[], after: number): number {
  const last = content.at(-1);
  return last &&
    last.index > after &&
    (SIGNED_NAME.test(last.text) || REPORTER_SIGN_OFF.test(last.text))
    ? last.index
    : Infinity;
}

// A Korean reporter's sign-off under the article: a name of two to four syllables, "기자"
// (reporter), perhaps an e-mail address ("김하늘기자 sky@example.co.kr", "김하늘 기자").
const REPORTER_SIGN_OFF = /^\p{Script=Hangul}{2,4} ?기자(?: [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u;
