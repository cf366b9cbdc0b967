// A press conference written up as the reporters' topics, each run in with the coach's answer on
// its line, as Indonesian sites print a translated one: "tentang menit-menit terakhir laga final:
// Dari sudut pandang saya, …" ("about the final minutes of the final: …").
import type { SourceParagraph } from './paragraphs';

// "tentang" / "soal" / "mengenai" (about), the topic (no sentence closed in it), a colon, the
// answer opening a sentence of twenty characters or more.
const TOPIC_RUN_IN = /^((?:tentang|mengenai|soal) [^.!?:;\n]{3,160}):\s+(\p{Lu}[^\n]{19,})$/u;

/** A topic standing for a question, split off its answer: "tentang laga pekan depan". */
export const TOPIC_PROMPT = /^(?:tentang|mengenai|soal) [^.!?:;\n]{3,160}$/u;

/**
 * Splits each such line into its topic (the colon goes) and its answer, where two or more lines
 * open so: one in an answer ("tentang pemain muda: mereka …") is the guest's own words.
 */
export function splitTopicRunIn(paragraphs: SourceParagraph[]): SourceParagraph[] {
  if (paragraphs.filter((p) => TOPIC_RUN_IN.test(p.text)).length < 2) return paragraphs;
  return paragraphs
    .flatMap((p) => {
      const m = TOPIC_RUN_IN.exec(p.text);
      return m?.[1] && m[2] ? [m[1], m[2]].map((text) => ({ ...p, text })) : [p];
    })
    .map((p, index) => ({ ...p, index }));
}
