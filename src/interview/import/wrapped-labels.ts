// A label in capitals closed by a colon or a semicolon, as a blog types its turns: "SWALI: …",
// "SWALI; …", "KITWANA; …" (Swahili's "question" and a guest's surname).
const CAPS_LABEL = /^(\p{Lu}{2,20})\s?[:;](?:\s+(\S.*))?$/u;
// A word in capitals alone on a line: the first half of a name the wrap broke ("JUMA").
const CAPS_WORD = /^\p{Lu}{2,20}$/u;

/**
 * Puts back a hard-wrapped page's speaker labels the wrap broke (a Swahili blog's interview): a
 * label alone on its line over the words ("SWALI;" / "Nipo hapa …") joins them, and a name
 * wrapped after its first word ("JUMA" / "KITWANA; Marahaba. …") becomes one label; a semicolon
 * after such a label is its colon. Only labels that come back twice or more, counted in both
 * forms, so a notice's "TANGAZO" / "MUHIMU; kesho …" once stays as written. A line taken into
 * the one under it becomes `joined` (splitParagraphs skips it), so that the label's line starts a
 * paragraph and the wrapped lines after it still continue it.
 */
export function joinWrappedLabels(lines: string[], joined: string): void {
  const count = new Map<string, number>();
  const add = (label: string) => count.set(label, (count.get(label) ?? 0) + 1);
  lines.forEach((line, i) => {
    const label = CAPS_LABEL.exec(line)?.[1];
    if (!label) return;
    const first = lines[i - 1] ?? '';
    add(CAPS_WORD.test(first) ? `${first} ${label}` : label);
  });
  const comes = (label: string) => (count.get(label) ?? 0) > 1;
  lines.forEach((line, i) => {
    const [, label = '', rest = ''] = CAPS_LABEL.exec(line) ?? [];
    if (!label) return;
    const first = lines[i - 1] ?? '';
    const name = CAPS_WORD.test(first) ? `${first} ${label}` : label;
    if (!comes(name)) return;
    const next = lines[i + 1] ?? '';
    if (rest) {
      if (name !== label) lines[i - 1] = joined;
      lines[i] = `${name}: ${rest}`;
    } else if (next && !CAPS_LABEL.test(next)) {
      if (name !== label) lines[i - 1] = joined;
      lines[i] = joined;
      lines[i + 1] = `${name}: ${next}`;
    }
  });
}
