import type { SourceParagraph } from './paragraphs';

// A label in a script without capitals, up to eight letters (Thai's vowel signs are marks), then a
// colon, with a space before it or not: Thai "ถาม : …" (ask) and "ตอบ : …" (answer). It opens the
// paragraph or follows a space, for Thai ends its sentences with a space, not a stop.
const SCRIPT_LABEL = /(?<=^|\s)(\p{Lo}[\p{Lo}\p{M}]{0,7}) ?:\s/gu;
const SCRIPT_LABEL_AT_START = /^(\p{Lo}[\p{Lo}\p{M}]{0,7}) ?:\s/u;

/**
 * A long paragraph holding a whole exchange under labels in a script without capitals (a Thai
 * portal's fans' questions, "ถาม : …? ตอบ : … ถาม : …"): where two labels or more come back in it,
 * four times or more between them, it splits before each of them, as run-in.ts's
 * splitRunInLabels does for names in capitals. A word before a colon that comes back alone
 * ("ครูสมชาย : …" twice in an answer) splits nothing, nor does a paragraph that opens otherwise.
 */
export function splitScriptRunIn(paragraphs: SourceParagraph[]): SourceParagraph[] {
  return paragraphs
    .flatMap((p) => {
      if (p.text.length < 400) return [p];
      const count = new Map<string, number>();
      for (const [, label = ''] of p.text.matchAll(SCRIPT_LABEL))
        count.set(label, (count.get(label) ?? 0) + 1);
      const back = [...count].filter(([, n]) => n > 1);
      // The exchange opens the paragraph with its first label: an answer retelling a dialogue
      // ("… قال: … فقلت: … قال: …") opens with the guest's own words.
      const opening = SCRIPT_LABEL_AT_START.exec(p.text)?.[1];
      if (
        back.length < 2 ||
        back.reduce((sum, [, n]) => sum + n, 0) < 4 ||
        opening === undefined ||
        (count.get(opening) ?? 0) < 2
      )
        return [p];
      const starts = [...p.text.matchAll(SCRIPT_LABEL)]
        .filter((m) => (count.get(m[1] ?? '') ?? 0) > 1)
        .map((m) => m.index);
      const parts = [0, ...starts.filter((at) => at > 0)].map((start, i, all) =>
        p.text.slice(start, all[i + 1]).trim(),
      );
      return parts.filter(Boolean).map((text) => ({ ...p, text }));
    })
    .map((p, index) => ({ ...p, index }));
}
