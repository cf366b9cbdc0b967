import type { SourceParagraph } from './paragraphs';

// A dash opening a turn inside a paragraph: at its start or after a sentence's end and a space, a
// space after it. (After any space, an answer's dashes into questions it asks itself, "I asked
// myself — why not? It was …", split it into questions.)
const DASH = /(?:^|(?<=[.!?？؟…»”"')）]) )[—–]\s/u;
// A turn that asks first and is answered after: "به نظر شما …؟ همهٔ بچه ها …", "… نیستند! درست است …".
const ASKED = /^([^?？؟!]{2,300}[?？؟!][»”"]?)\s+(\S.*)$/su;

/**
 * A page run into one long paragraph (400 characters or more) whose questions each open with a
 * dash and run straight into their answers, no dash before the answer ("… — به نظر شما …؟ همهٔ
 * بچه ها … — اما … نیستند! درست است …", a Persian magazine page): where three turns or more
 * follow a dash, each asking first (up to a "?", "؟" or "!", two in three with a question mark)
 * and going on after, it splits into the text before the first dash, then each turn's question
 * with its dash and its answer. A dashed aside ("It was time — or so I told myself — and …")
 * asks nothing before going on, so an answer holding some stays whole.
 */
export function splitDashedRunIn(paragraphs: SourceParagraph[]): SourceParagraph[] {
  return paragraphs
    .flatMap((p) => {
      if (p.text.length < 400) return [p];
      const [head = '', ...turns] = p.text.split(DASH).map((part) => part.trim());
      const asked = turns.map((turn) => ASKED.exec(turn));
      const questionMarks = asked.filter((m) => /[?？؟]/u.test(m?.[1] ?? '')).length;
      if (turns.length < 3 || asked.some((m) => !m) || questionMarks * 3 < turns.length * 2)
        return [p];
      const parts = [head, ...asked.flatMap((m) => [`— ${m?.[1] ?? ''}`, (m?.[2] ?? '').trim()])];
      return parts.filter(Boolean).map((text) => ({ ...p, text }));
    })
    .map((p, index) => ({ ...p, index }));
}
