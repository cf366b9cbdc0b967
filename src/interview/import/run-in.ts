import type { SourceParagraph } from './paragraphs';
import { subheadingsApart } from './run-in-subheading';

// A paragraph that opens with its question, set in bold on the page and run in
// with the answer once copied: "Why Substack? I started in 2021…", or numbered,
// "1.    Will sustainability …? That's a great question…". The question is one
// sentence (no full stop or colon before its "?"), the answer starts a new one.
// A magazine may set a pull quote before it, "“To get funded …” What stands in the way? “There …":
// the quote becomes a paragraph of its own.
// (A question of two sentences, both asking, is one where the second asks the guest: "Why did
// you …? How did that help you …? I had …". An answer may open by asking itself: "Why did you
// leave banking? Who would not leave banking? The hours …".)
const RUN_IN =
  /^(?:([“"][^”"]{9,300}[”"])\s+)?((?:\d{1,3}[.)]\s+)?[\p{Lu}¿][^.!?:;\n]{2,200}\?(?:\s+(?=[^.!?:;\n]*\byour?\b)[\p{Lu}¿][^.!?:;\n]{2,200}\?)?)\s+([\p{Lu}"“‘'«¿¡].{19,})$/u;

// A question on a paragraph of its own.
const OWN_QUESTION = /[?？؟][”"’')]*$/u;

// Where numbered questions stand alone, one may carry its answer after the "?" on its
// line: "7 Combien avez-vous d'adjoints ? J'en ai 8." (an answer never ends asking).
const NUMBERED_OWN = /^\d{1,3}[.)]?\s+\S.*\?$/u;
const NUMBERED_RUN_IN = /^(\d{1,3}[.)]?\s+[\p{Lu}¿][^.!?:;]{2,200}\?)\s+(\S.*[^?])$/u;

/**
 * Splits paragraphs that open with a run-in question into the question and its
 * answer, where that is the page's shape: three or more such paragraphs, more
 * than the questions that stand on their own. An answer that merely starts
 * with a rhetorical question ("Why? Because…") in an interview whose
 * questions stand alone is left whole.
 */
export function splitRunInQuestions(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const runIn = paragraphs.filter((p) => RUN_IN.test(p.text)).length;
  const own = paragraphs.filter((p) => p.text.length <= 600 && OWN_QUESTION.test(p.text)).length;
  const inline = runIn >= 3 && runIn > own;
  const numbered = paragraphs.filter((p) => NUMBERED_OWN.test(p.text)).length >= 2;
  if (!inline && !numbered) return paragraphs;
  // A numbered question whose next paragraph repeats its number ("3. When …? Thanks!" / "3-Very
  // soon.") is answered there: the words after its "?" are still the asker's.
  const answeredNext = (i: number) => {
    const n = /^\d{1,3}/u.exec(paragraphs[i]?.text ?? '')?.[0];
    return (
      n !== undefined && new RegExp(`^${n}\\s?[-–.)]`, 'u').test(paragraphs[i + 1]?.text ?? '')
    );
  };
  return splitInTwo(
    paragraphs,
    (p, i) =>
      (inline ? RUN_IN.exec(p.text) : null) ??
      (numbered && !answeredNext(i) ? NUMBERED_RUN_IN.exec(p.text) : null),
  );
}

// A numbered question that carries its answer: to its "?" within two sentences, else its first
// sentence ("2 Many of the books deal with loneliness. I love this question…").
const NUMBERED_CARRIES =
  /^(\d{1,3}[.)]?\s*(?:(?:[^.!?]+[.!]\s+)?[^.!?]+\?|[^.!?]+[.!]))\s+(\p{Lu}.*[^?])$/u;
// Or its answer after a dash, the question asking or a prompt to finish ("1. Kiedy poczuł Pan, że
// jest dorosły? – Czekałem …", "7. Nie ma w życiu nic lepszego niż… – …przyjaźń."): the dash goes.
const NUMBERED_DASH = /^(\d{1,3}[.)]?[^–—]*?[?…])\s+[–—]\s+(\S.*)$/u;

/**
 * Questions numbered in order from 1 and glued to the text before them ("… difficili.3) La
 * persona…?", "India, Sept. 13 -- 1What …? The first … 2 Many …"), three or more: each
 * starts a paragraph, and one that carries its answer gives it a paragraph of its own. A
 * questionnaire run into one paragraph answers after a dash ("1. Kiedy …? – Czekałem …. 2. …"),
 * and may set a number after the dash ("… wyrosłem. – 9 Starość to… – …").
 */
export function splitGluedNumbers(paragraphs: SourceParagraph[]): SourceParagraph[] {
  let n = 1;
  let glued = false;
  const parts = paragraphs.map((p) => {
    const pieces: string[] = [];
    let from = 0;
    for (;;) {
      const re = new RegExp(
        `(?:^|[.!?…”"]\\s*|--\\s*|[.!?…]\\s+[–—]\\s*)(?=${n}(?:[.)]\\s*\\S|\\s*[\\p{Lu}¿]))`,
        'gu',
      );
      re.lastIndex = from;
      const match = re.exec(p.text);
      if (!match) break;
      const at = match.index + match[0].length;
      if (at > 0) {
        pieces.push(p.text.slice(from, at));
        glued = true;
      }
      from = at;
      n += 1;
    }
    return [...pieces, p.text.slice(from)];
  });
  if (!glued || n < 4) return paragraphs;
  return paragraphs
    .flatMap((p, i) =>
      (parts[i] ?? []).flatMap((piece) => {
        // A number set after the dash that opens its answer ("… wyrosłem. – 9 Starość to… – …")
        // leaves the dash on the answer before: it goes.
        const text = piece.trim().replace(/\s[–—]$/u, '');
        const carried = NUMBERED_DASH.exec(text) ?? NUMBERED_CARRIES.exec(text);
        return (carried ? carried.slice(1) : [text]).map((t) => ({ ...p, text: t ?? '' }));
      }),
    )
    .filter((p) => p.text !== '')
    .map((p, index) => ({ ...p, index }));
}

const NUMBERED = /^(\d{1,2})[.)]\s/u;

/**
 * A questionnaire printed as all its numbered questions ("1. Jak trávíte…?"), then who answers,
 * then the answers numbered the same ("1. Přestávku trávím…"): each answer is moved under its
 * question, and the lines between the two runs (the answerer's name) before the first question.
 */
export function answersUnderQuestions(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const numberAt = (i: number) => Number(NUMBERED.exec(paragraphs[i]?.text ?? '')?.[1]);
  const runFrom = (start: number, asking: boolean) => {
    let n = 0;
    while (
      numberAt(start + n) === n + 1 &&
      (!asking || OWN_QUESTION.test(paragraphs[start + n]?.text ?? ''))
    )
      n += 1;
    return n;
  };
  const start = paragraphs.findIndex((_, i) => runFrom(i, true) >= 3);
  const count = runFrom(start, true);
  const answers = paragraphs.findIndex((_, i) => i >= start + count && runFrom(i, false) >= count);
  if (start < 0 || answers < 0) return paragraphs;
  const at = (from: number, to: number) => paragraphs.slice(from, to);
  return [
    ...at(0, start),
    ...at(start + count, answers),
    ...at(start, start + count).flatMap((q, i) => [q, ...at(answers + i, answers + i + 1)]),
    ...at(answers + count, paragraphs.length),
  ].map((p, index) => ({ ...p, index }));
}

// An answer with the next question glued to its end: "… in Ihr Wohnzimmer bringen. Wie gehen Sie
// bei der Entwicklung Ihrer Arbeit vor?" (a question of one sentence after a long answer).
const GLUED = /^(.{150,}[.!…"”»])\s+([\p{Lu}¿][^.!?]{2,150}\?)$/u;

const OPENING = /^([^?]{9,200}\?)\s+(\p{Lu}[^?]{99,})$/u;

/**
 * Where every question stands alone and every other answer is one paragraph, an answer that
 * ends with such a question, followed by one paragraph that asks nothing and then a question
 * (or the end), gives that question back: it was glued on when the page was copied.
 */
export function splitGluedQuestions(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const asks = (i: number) => {
    const text = paragraphs[i]?.text ?? '';
    return text.length <= 300 && OWN_QUESTION.test(text);
  };
  const glued = (i: number) =>
    asks(i - 1) &&
    GLUED.test(paragraphs[i]?.text ?? '') &&
    i + 1 < paragraphs.length &&
    !asks(i + 1) &&
    (i + 2 >= paragraphs.length || asks(i + 2));
  const questions = paragraphs.flatMap((_, i) => (asks(i) ? [i] : []));
  const gaps = questions.slice(1).map((to, k) => [questions[k] ?? 0, to]);
  const single = gaps.filter(([from = 0, to = 0]) => to - from === 2).length;
  const fits = gaps.every(([from = 0, to = 0]) => to - from === 2 || glued(from + 1));
  // A text may open on its first exchange, run into one paragraph: "… Odkryciem Roku 2021.
  // Jesteś zaskoczony? Szczerze mówiąc, …" (one "?", a long answer after it).
  const opens = questions[0] === 1;
  if (single < (opens ? 1 : 2) || !fits) return paragraphs;
  return splitInTwo(paragraphs, (p, i) =>
    glued(i) ? GLUED.exec(p.text) : opens && i === 0 ? OPENING.exec(p.text) : null,
  );
}

/**
 * Each paragraph `split` matches as two or more, its groups that matched, the
 * others as they are; the paragraphs numbered again.
 */
function splitInTwo(
  paragraphs: SourceParagraph[],
  split: (p: SourceParagraph, i: number) => readonly string[] | null,
): SourceParagraph[] {
  return paragraphs
    .flatMap((p, i) => {
      const parts = split(p, i)?.slice(1).filter(Boolean) ?? [];
      return parts.length > 1 ? parts.map((text) => ({ ...p, text })) : [p];
    })
    .map((p, index) => ({ ...p, index }));
}

// A label run in with the text: "Ellen Marsh: …", "EM: …" (up to three capitalised words, or
// initials), or a surname in capitals as a briefing prints it ("ΣΤΑΘΑΚΗΣ: …"), or Arabic "س"
// (question) and "ج" (answer) with a dash or colon: "… ؟ ج- …".
const RUN_IN_LABEL =
  /(?<![\p{L}\p{M}])(?:((?:\p{Lu}[\p{Ll}\p{M}’'-]+\s){0,2}\p{Lu}[\p{Ll}\p{M}’'-]+|\p{Lu}{1,20}):|([سج])\s?[-–—ـ:/])\s/gu;

/**
 * A long paragraph holding a whole exchange (a transcript pasted as one paragraph): where two or
 * more labels come back in it, four times or more between them, it splits before each of them,
 * and before a full name once ("Ellen Marsh:") whose initials come back ("EM:").
 */
export function splitRunInLabels(paragraphs: SourceParagraph[]): SourceParagraph[] {
  return splitInTwo(paragraphs, (p) => {
    const count = new Map<string, number>();
    if (p.text.length > 399)
      for (const [, name, arabic] of p.text.matchAll(RUN_IN_LABEL)) {
        const label = name ?? arabic ?? '';
        count.set(label, (count.get(label) ?? 0) + 1);
      }
    const back = [...count].filter(([, n]) => n > 1);
    if (back.length < 2 || back.reduce((sum, [, n]) => sum + n, 0) < 4) return null;
    const comes = (label: string) => (count.get(label) ?? 0) > 1;
    const text = p.text.replace(RUN_IN_LABEL, (all, name?: string, arabic?: string) => {
      if (arabic !== undefined) return comes(arabic) ? `\u2029${all}` : all;
      const words = (name ?? '').split(' ');
      // The longest tail of the words whose label comes back, or whose initials do.
      const k = words.findIndex(
        (_, i) =>
          comes(words.slice(i).join(' ')) ||
          (i < words.length - 1 &&
            comes(
              words
                .slice(i)
                .map((w) => w[0])
                .join(''),
            )),
      );
      const before = words.slice(0, k).join(' ');
      return k < 0 ? all : `${before}\u2029${all.slice(before.length)}`;
    });
    return ['', ...text.split('\u2029').map((part) => part.trim())];
  });
}

// A label at a paragraph's start or after a sentence's end: "CityBeat: …? Dana Frost: …" (up to
// three capitalised words, a capital inside one too, or initials). An initial's stop ends no
// sentence ("П. Зорин: …", "Mr. Frost").
const TURN_LABEL_WORDS =
  "((?:\\p{Lu}[\\p{L}\\p{M}’'-]+\\s){0,2}\\p{Lu}[\\p{L}\\p{M}’'-]+|\\p{Lu}{1,4})";
const TURN_LABEL = new RegExp(
  `(?:^|(?<=(?:[?!…"”’)]|[\\p{Ll}\\d]{2}\\.)\\s+))${TURN_LABEL_WORDS}:\\s`,
  'gu',
);
// The label a paragraph opens with, and nothing before it ("I keep a card. Rule: …" opens with none).
const OPENING_LABEL = new RegExp(`^${TURN_LABEL_WORDS}:\\s`, 'u');

/**
 * Turns run together on a line, short or long, where a page's paragraphs lost their breaks
 * ("CityBeat: …? Dana Frost: … CityBeat: …? Frost: …"): where two labels or more come back on the
 * page, and three times or more after a sentence inside a paragraph that opens with one, each
 * such paragraph splits before each of them (a full name once, "Dana Frost:", where its surname
 * comes back). A word before a colon inside an answer ("Warning: …") comes back nowhere.
 */
export function splitRunOnTurns(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const count = new Map<string, number>();
  for (const p of paragraphs)
    for (const [, label = ''] of p.text.matchAll(TURN_LABEL))
      count.set(label, (count.get(label) ?? 0) + 1);
  const comes = (label: string) =>
    label.split(' ').some((_, i, words) => (count.get(words.slice(i).join(' ')) ?? 0) > 1);
  const opener = (p: SourceParagraph) => OPENING_LABEL.exec(p.text)?.[1] ?? '';
  const opens = (p: SourceParagraph) => comes(opener(p));
  // Where two speakers or more already open paragraphs of their own, the page kept its breaks
  // between turns: a word inside an answer ("Rule: …", three times) labels a turn only if it is
  // one of theirs ("Frost" or "Dana Frost").
  const openers = new Set(paragraphs.filter(opens).map(opener));
  const same = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
  const speaks = (label: string) => openers.size < 2 || [...openers].some((o) => same(o, label));
  const inside = (p: SourceParagraph) =>
    [...p.text.matchAll(TURN_LABEL)].filter(
      (m) => m.index > 0 && comes(m[1] ?? '') && speaks(m[1] ?? ''),
    );
  if ([...count.values()].filter((n) => n > 1).length < 2) return paragraphs;
  const runOn = paragraphs.filter(opens).reduce((sum, p) => sum + inside(p).length, 0);
  if (runOn < 3) return paragraphs;
  return splitInTwo(paragraphs, (p) => {
    if (!opens(p)) return null;
    const at = inside(p).map((m) => m.index);
    if (at.length === 0) return null;
    return ['', ...[0, ...at].map((start, i) => p.text.slice(start, at[i]).trim())];
  });
}

// A hearing's label, an honorific or office and a surname in capitals closed by a full stop:
// "Senator HOLLIS. ", "Ms. CARVER. ", the OCR's slip "Ms. CARvER. " (capitals but one).
const CAPS_LABEL =
  /(?<![\p{L}\p{N}])(Mr|Mrs|Ms|Dr|Senator|Representative|Chairman|Secretary|Judge)\.? (\p{Lu}[\p{Lu}\p{Ll}'-]*\p{Lu})\.(?:\s+|$)/gu;

/**
 * A hearing's transcript pasted as one paragraph, its turns under such labels: where two labels
 * or more come back in it, four times or more between them, it splits before each, each label
 * written as a name with a colon ("Senator Hollis: …"), a slip counted as its label.
 */
export function splitCapsLabels(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const key = (surname: string) => surname.toLocaleUpperCase();
  // A surname in capitals but one letter at most: "CARvER" is CARVER, "Aldrich" is no label.
  const capitals = (surname: string) =>
    [...surname].filter((c) => c !== c.toLocaleUpperCase()).length <= 1 && surname.length >= 3;
  return splitInTwo(paragraphs, (p) => {
    if (p.text.length <= 399) return null;
    const count = new Map<string, number>();
    for (const [, , surname = ''] of p.text.matchAll(CAPS_LABEL))
      if (capitals(surname)) count.set(key(surname), (count.get(key(surname)) ?? 0) + 1);
    const back = [...count].filter(([, n]) => n > 1);
    if (back.length < 2 || back.reduce((sum, [, n]) => sum + n, 0) < 4) return null;
    const text = p.text.replace(CAPS_LABEL, (all, title: string, surname: string) => {
      if (!capitals(surname) || (count.get(key(surname)) ?? 0) < 2) return all;
      const name = `${key(surname)[0] ?? ''}${key(surname).slice(1).toLocaleLowerCase()}`;
      return `\u2029${title}${all.startsWith(`${title}.`) ? '.' : ''} ${name}: `;
    });
    // A printed page's number the OCR ran in between two turns ("… what they said. 117 Senator
    // HOLLIS. …") stands apart, for the noise to take (page-numbers.ts).
    const parts = text.split('\u2029').flatMap((part) => {
      const page = PAGE_NUMBER_AFTER.exec(part.trim());
      return page ? [page[1] ?? '', page[2] ?? ''] : [part.trim()];
    });
    return ['', ...parts];
  });
}

const PAGE_NUMBER_AFTER = /^(.*[.!…"”’)])\s+(\d{1,4})$/su;

// A question and its answer on one line, each after a dash, as Russian pages print them: "— Есть
// ли у вас амбиции? — Пока об этом говорить рано." The answer opens with a capital (reported
// speech after a dash, "— Почему? — спросите вы.", does not).
const DASH_PAIR = /^[—–]\s([^?？]{2,300}[?？][»”"]?)\s+[—–]\s+(\p{Lu}.*)$/u;
const DASHED = /^[—–]\s/u;

/**
 * Where every paragraph opening with a dash (two or more) holds a question and its answer so,
 * each splits in two at the answer's dash, both dashes off (the question then stands alone,
 * asking): turns that alternate, one a paragraph, stay as they are.
 */
export function splitDashPairs(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const dashed = paragraphs.filter((p) => DASHED.test(p.text));
  const pairs = dashed.filter((p) => DASH_PAIR.test(p.text));
  if (pairs.length < 2 || pairs.length < dashed.length) return paragraphs;
  return splitInTwo(paragraphs, (p) => {
    const match = DASH_PAIR.exec(p.text);
    return match ? [match[0], match[1] ?? '', match[2] ?? ''] : null;
  });
}

// A bullet alone on its line, the question it marks on the next ("•" / "Många yngre …?"); not a
// middle dot, a platform's separator between a post's lines ("5 min read" / "·" / "Mar 3, 2023").
const LONE_BULLET = /^[•▪●]$/u;
// A bulleted question and its answer run in after " - ": "• Hur känns det? - Jaså, …".
const BULLET_PAIR = /^([•·▪●]\s[^?？]{2,300}[?？])\s+-\s+(\p{Lu}.*)$/u;
const BULLETED_QUESTION = /^[•·▪●]\s.*[?？]$/u;

/**
 * A bullet alone on its line joins the line right under it. Where two bulleted questions or more
 * are answered on the next line after "- ", one carrying its answer after "? - " splits there,
 * the answer keeping its dash as the others do.
 */
export function joinLoneBullets(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const joined = paragraphs
    .flatMap((p, i) => {
      const next = paragraphs[i + 1];
      if (
        LONE_BULLET.test(paragraphs[i - 1]?.text ?? '') &&
        paragraphs[i - 1]?.endLine === p.line - 1
      )
        return [{ ...p, text: `${paragraphs[i - 1]?.text ?? ''} ${p.text}`, line: p.line - 1 }];
      return LONE_BULLET.test(p.text) && next?.line === p.endLine + 1 ? [] : [p];
    })
    .map((p, index) => ({ ...p, index }));
  const answered = joined.filter(
    (p, i) => BULLETED_QUESTION.test(p.text) && /^-\s/u.test(joined[i + 1]?.text ?? ''),
  ).length;
  if (answered < 2) return joined;
  return splitInTwo(joined, (p) => {
    const match = BULLET_PAIR.exec(p.text);
    return match ? [match[0], match[1] ?? '', `- ${match[2] ?? ''}`] : null;
  });
}

// A question closed by "؟" (or "?") and its answer after a bullet, run in: "… الآن ؟ • التأخير …".
const BULLET_JOINT = /[ \u00a0]?([؟?])[ \u00a0]•[ \u00a0]/u;
// A sentence's end inside a text: the question is the last sentence before its mark.
const SENTENCE_END = /[.!…]\s/gu;

/**
 * An interview run into one paragraph, each question closed by "؟" and answered after " • ", as
 * an Arabic daily prints it: two joints or more split it into the lead, then each question (the
 * sentence before its mark) and its answer (up to the next question's sentence).
 */
export function splitBulletAnswers(paragraphs: SourceParagraph[]): SourceParagraph[] {
  return splitInTwo(paragraphs, (p) => {
    const pieces = p.text.split(BULLET_JOINT);
    if (pieces.length < 5) return null;
    const before: string[] = [];
    const questions: string[] = [];
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i] ?? '';
      const mark = pieces[i + 1];
      if (mark === undefined) {
        before.push(piece);
        break;
      }
      const end = [...piece.matchAll(SENTENCE_END)].at(-1)?.index ?? -1;
      before.push(piece.slice(0, end + 1));
      questions.push(`${piece.slice(end + 1).trim()}${mark}`);
    }
    // A subheading run in before a question goes apart, to head it (run-in-subheading.ts).
    const asked = subheadingsApart(questions);
    const parts = before.flatMap((part, k) => [part, ...(asked[k] ?? [])]);
    return ['', ...parts.map((part) => part.trim())];
  });
}
