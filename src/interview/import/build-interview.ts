import { parseInterview } from '../parse';
import type { Problem } from '../problems';
import type { Interview } from '../schema';
import { uniqueSlug, type Romanize } from '../slug';
import { SLUG_PATTERN } from '../slug-pattern';
import type { Block, Draft, DraftPerson } from './draft';
import { keyQuoteSlug } from './key-quotes';
import { draftId, shortLabel } from './labels';
import { INTERVIEW_WORD, interviewWord } from './section-words';

/** A problem of the draft: at a paragraph (blockId), or at a detail of the interview (path). */
export type DraftProblem = Problem & { blockId?: string | undefined };

export type Built = {
  /** The interview, when it is valid. */
  interview: Interview | undefined;
  problems: DraftProblem[];
  /** Things the builder settled that a person may want to check. */
  notes: string[];
  /** Question id of each question and answer block, for placing key quotes. */
  questionOf: Map<string, string>;
};

type Turn = {
  askedBy: string | undefined;
  answeredBy: string | undefined;
  question: string[];
  answer: string[];
  blocks: { question: string[]; answer: string[] };
  first: string;
  /** The id its question was kept with (its first paragraph's `questionId`). */
  keptId: string | undefined;
};
type Part = { heading: Block | undefined; turns: Turn[] };

/** Whether the source labelled the paragraph: a speaker's name was taken off its words. */
function labelled(block: Block): boolean {
  const { source, text } = block;
  return (
    source !== undefined && source.endsWith(text) && /\p{L}/u.test(source.slice(0, -text.length))
  );
}

/** Groups the paragraphs in order: intro, then sections of questions and answers. */
function group(blocks: readonly Block[], people: ReadonlyMap<string, DraftPerson>) {
  const intro: Block[] = [];
  const parts: Part[] = [];
  const strays: Block[] = [];
  const notes: string[] = [];
  let part: Part | undefined;
  let turn: Turn | undefined;
  // Who spoke the answer's paragraph before, where the page said.
  const lastSpeaker = new Map<Turn, string>();
  for (const block of blocks) {
    if (block.role === 'meta' || block.role === 'dropped') continue;
    if (block.role === 'intro') {
      intro.push(block);
    } else if (block.role === 'heading') {
      part = { heading: block, turns: [] };
      parts.push(part);
      turn = undefined;
    } else if (block.role === 'question') {
      if (!turn || turn.answer.length > 0 || block.opens) {
        turn = {
          askedBy: block.speaker,
          answeredBy: undefined,
          question: [],
          answer: [],
          blocks: { question: [], answer: [] },
          first: block.id,
          keptId: block.questionId,
        };
        if (!part) {
          part = { heading: undefined, turns: [] };
          parts.push(part);
        }
        part.turns.push(turn);
      }
      turn.question.push(block.text);
      turn.blocks.question.push(block.id);
    } else if (!turn) {
      strays.push(block);
    } else {
      const speaker = block.speaker ?? turn.answeredBy;
      // The answerer speaking again after another's labelled words in this answer ("Ben Watt: …"
      // between two of Tracey Thorn's): her label goes on her words too, or they read as his.
      // Only where the page labels her words there: an unlabelled paragraph after his (a list's
      // item, a caption) goes on as before.
      const before = lastSpeaker.get(turn);
      const back =
        speaker !== undefined && before !== undefined && before !== speaker && labelled(block);
      if (
        turn.answeredBy !== undefined &&
        speaker !== undefined &&
        (speaker !== turn.answeredBy || back)
      ) {
        // One answerer per question in the format: keep the other's words, with their label.
        const label = people.get(speaker)?.label ?? speaker;
        turn.answer.push(`${label}: ${block.text}`);
        if (speaker !== turn.answeredBy)
          notes.push(`a second speaker answers; kept in the answer as “${label}: …”`);
      } else {
        turn.answeredBy ??= speaker;
        turn.answer.push(block.text);
      }
      if (speaker !== undefined) lastSpeaker.set(turn, speaker);
      turn.blocks.answer.push(block.id);
    }
  }
  return { intro, parts, strays, notes };
}

/**
 * The ids a draft kept from the interview it came from (a file, or one kept on this device): its
 * links, so they stay as they were (README, "Links"). Each that is still free joins `taken`; the
 * others are undefined, to be made again.
 */
function reserve(wanted: readonly (string | undefined)[], taken: Set<string>) {
  return wanted.map((id) => {
    if (id === undefined || !SLUG_PATTERN.test(id) || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
}

/**
 * Builds the interview a draft describes and checks it, placing every problem
 * at its paragraph. With `romanize`, labels and names in other scripts than
 * Latin give their ids too (slug.ts).
 */
export function buildInterview(draft: Draft, romanize?: Romanize): Built {
  const people = new Map(draft.people.map((p) => [p.key, p]));
  const { intro, parts, strays, notes } = group(draft.blocks, people);
  const blockAt = new Map<string, string>();
  const questionOf = new Map<string, string>();

  const personIds = new Map<string, string>();
  const taken = new Set<string>();
  const personKept = reserve(
    draft.people.map((p) => p.id),
    taken,
  );
  draft.people.forEach((person, i) =>
    personIds.set(
      person.key,
      personKept[i] ?? uniqueSlug(person.name, taken, person.side, romanize),
    ),
  );
  const personOut = (p: DraftPerson) => ({
    id: personIds.get(p.key) ?? '',
    name: p.name,
    label: p.label,
    ...(p.role ? { role: p.role } : {}),
  });

  // Question and section ids share one namespace. The ids a draft kept are reserved first, so
  // an edit (a question dropped, one added) renumbers nothing; a question without one is `q<n>`
  // by its place, or after every number in use or once used (a dropped or joined question's id
  // is not given to another question: a saved link to it would open the wrong one).
  const ids = new Set<string>();
  const questionKept = reserve(
    parts.flatMap((p) => p.turns.map((t) => t.keptId)),
    ids,
  );
  const sectionKept = reserve(
    parts.map((p) => p.heading?.sectionId),
    ids,
  );
  const used = new Set([
    ...(draft.questionIds ?? []),
    ...draft.blocks.flatMap((b) => b.questionId ?? []),
    ...ids,
  ]);
  let highest = Math.max(0, ...[...used].map((id) => Number(/^q(\d+)$/.exec(id)?.[1] ?? 0)));
  let number = 0;
  const builtParts = parts.map((p) => ({
    heading: p.heading,
    questions: p.turns.map((t) => {
      const kept = questionKept[number];
      number += 1;
      let id = kept ?? `q${number}`;
      if (kept === undefined && used.has(id)) {
        highest += 1;
        id = `q${highest}`;
      }
      ids.add(id);
      used.add(id);
      for (const b of [...t.blocks.question, ...t.blocks.answer]) questionOf.set(b, id);
      return { id, turn: t };
    }),
  }));
  const all = builtParts.flatMap((p) => p.questions);
  const headless = builtParts.every((p) => p.heading === undefined);
  type Grouped = {
    heading: Block | undefined;
    label: string;
    title: string;
    id: string;
    questions: typeof all;
  };
  let sectioned: Grouped[];
  if (headless) {
    // Without headings: one section, or parts of about five questions when
    // there are many, as even as they go (11 is 4, 4 and 3, not 5, 5 and a
    // part of one).
    const count = all.length <= 8 ? Math.min(all.length, 1) : Math.ceil(all.length / 5);
    sectioned = [];
    for (let part = 0; part < count; part += 1) {
      const start = Math.ceil((part * all.length) / count);
      const questions = all.slice(start, Math.ceil(((part + 1) * all.length) / count));
      const label =
        all.length <= 8 ? INTERVIEW_WORD : `Questions ${start + 1}–${start + questions.length}`;
      // Its label in the interview's language where the importer knows the word; its id, a
      // link, made of the English word as before ("#interview").
      const shown = label === INTERVIEW_WORD ? interviewWord(draft.meta.language) : label;
      sectioned.push({
        heading: undefined,
        label: shown,
        title: shown,
        id: uniqueSlug(label, ids, 'part', romanize),
        questions,
      });
    }
  } else {
    sectioned = builtParts.map((p, i) => {
      if (!p.heading)
        notes.push('the questions before the first heading form a section "Opening questions"');
      const title = p.heading?.text ?? 'Opening questions';
      const label = p.heading ? p.heading.label?.trim() || shortLabel(title) : 'Opening';
      return {
        heading: p.heading,
        label,
        title,
        id: sectionKept[i] ?? uniqueSlug(label, ids, 'section', romanize),
        questions: p.questions,
      };
    });
  }

  const sections = sectioned.map((s, si) => {
    const firstBlock = s.heading?.id ?? s.questions[0]?.turn.first;
    if (firstBlock) blockAt.set(`$.sections[${si}]`, firstBlock);
    if (s.heading) {
      blockAt.set(`$.sections[${si}].heading`, s.heading.id);
      blockAt.set(`$.sections[${si}].label`, s.heading.id);
      blockAt.set(`$.sections[${si}].id`, s.heading.id);
    }
    return {
      id: s.id,
      label: s.label,
      heading: s.title,
      questions: s.questions.map(({ id, turn }, qi) => {
        const at = `$.sections[${si}].questions[${qi}]`;
        blockAt.set(at, turn.first);
        blockAt.set(`${at}.answer`, turn.blocks.question.at(-1) ?? turn.first);
        turn.blocks.question.forEach((b, i) => blockAt.set(`${at}.question[${i}]`, b));
        turn.blocks.answer.forEach((b, i) => blockAt.set(`${at}.answer[${i}]`, b));
        const asker = turn.askedBy === undefined ? undefined : personIds.get(turn.askedBy);
        const answerer = turn.answeredBy === undefined ? undefined : personIds.get(turn.answeredBy);
        return {
          id,
          askedBy: asker ?? '',
          question: turn.question,
          answeredBy: answerer ?? '',
          answer: turn.answer,
        };
      }),
    };
  });
  intro.forEach((b, i) => blockAt.set(`$.intro[${i}]`, b.id));

  const quoteIds = new Set([...ids]);
  const quoteKept = reserve(
    draft.keyQuotes.map((q) => q.id),
    quoteIds,
  );
  const keyQuotes = draft.keyQuotes.map((q, i) => {
    blockAt.set(`$.keyQuotes[${i}]`, q.blockId);
    return {
      id: quoteKept[i] ?? uniqueSlug(keyQuoteSlug(q.text, romanize), quoteIds, 'quote'),
      questionId: questionOf.get(q.blockId) ?? '',
      text: q.text,
      ...(q.note ? { note: q.note } : {}),
    };
  });

  const { meta } = draft;
  const candidate = {
    $schema: '../interview.schema.json',
    schemaVersion: 1,
    id: draftId(draft, romanize),
    title: meta.title,
    ...(meta.standfirst ? { standfirst: meta.standfirst } : {}),
    language: meta.language,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
    source: { publication: meta.publication, ...(meta.url ? { url: meta.url } : {}) },
    people: {
      interviewers: draft.people.filter((p) => p.side === 'interviewer').map(personOut),
      interviewees: draft.people.filter((p) => p.side === 'interviewee').map(personOut),
    },
    ...(meta.byline.length > 0 ? { byline: meta.byline } : {}),
    ...(meta.image ? { image: meta.image } : {}),
    intro: intro.map((b) => b.text),
    sections,
    keyQuotes,
    ...(meta.tags ? { tags: meta.tags } : {}),
    ...(meta.corrections ? { corrections: meta.corrections } : {}),
  };

  const problems: DraftProblem[] = strays.map((b) => ({
    path: '$',
    blockId: b.id,
    message: 'is an answer with no question before it: mark the question, or make it intro',
  }));
  // A question without an answer is one problem, at its last paragraph (its answer would come
  // next), said in words that say what to do: the schema's three (an answer must hold a paragraph,
  // answeredBy must be an id, an unknown speaker "") said one thing three times, in the format's.
  const said = new Set<string>();
  const place = new Map(draft.blocks.map((b, i) => [b.id, i]));
  let ordinal = 0;
  for (const [si, s] of sections.entries()) {
    for (const [qi, q] of s.questions.entries()) {
      const at = `$.sections[${si}].questions[${qi}]`;
      ordinal += 1;
      if (q.answer.length === 0) {
        const last = blockAt.get(`${at}.answer`);
        const after = draft.blocks.slice((place.get(last ?? '') ?? Infinity) + 1);
        problems.push({
          path: `${at}.answer`,
          blockId: last,
          message: after.some((b) => b.role !== 'meta')
            ? `Question ${ordinal} has no answer: mark the next paragraph as its answer, or drop the question`
            : `Question ${ordinal} has no answer and no paragraph follows it: drop the question, or mark it as part of the answer before it`,
        });
        said.add(`${at}.answeredBy`);
      }
      if (q.askedBy === '')
        problems.push({
          path: `${at}.askedBy`,
          blockId: blockAt.get(at),
          message: 'says nobody asks this question: choose who asks',
        });
      if (q.answeredBy === '' && q.answer.length > 0)
        problems.push({
          path: `${at}.answeredBy`,
          blockId: blockAt.get(at),
          message: 'says nobody answers: choose who answers',
        });
    }
  }
  const checked = parseInterview(candidate);
  if (!checked.ok) {
    const seen = new Set([...problems.map((p) => p.path), ...said]);
    for (const problem of checked.problems) {
      if (seen.has(problem.path)) continue;
      problems.push({ ...problem, ...blockOfPath(problem.path, blockAt) });
    }
  }
  return {
    interview: checked.ok && problems.length === 0 ? checked.data : undefined,
    problems,
    notes,
    questionOf,
  };
}

/** The paragraph a JSON path points into: the longest path the builder recorded that contains it. */
function blockOfPath(path: string, blockAt: ReadonlyMap<string, string>): { blockId?: string } {
  for (let at = path; at.length > 1; at = at.replace(/(?:\.[^.[\]]+|\[\d+\])$/u, '')) {
    const blockId = blockAt.get(at);
    if (blockId) return { blockId };
    if (!/(?:\.[^.[\]]+|\[\d+\])$/u.test(at)) break;
  }
  return {};
}
