import { paths, type ReaderParams } from '../../config/paths';
import {
  decodePin,
  decodePrompt,
  encodePin,
  encodePrompt,
  unpackPin,
} from '../../config/prompt-codec';
import type { ReaderModel } from '../reader/reader-model';
import type { FoundPassage } from '../reader/reader-view';
import { passageText } from './passage-text';

/** The longest prompt a teacher may write: links must stay short enough for LMS and chat tools. */
export const PROMPT_MAX = 200;

/** A passage as the builder pins it, before the teacher adds a prompt or makes it an excerpt. */
export type NewPin = Omit<DraftPin, 'prompt' | 'excerpt'>;

/** A passage pinned to the lesson. */
export type DraftPin = {
  /**
   * The passage as a readable text directive, its terms as they are (so the
   * same passage pinned twice is one pin); the link packs them (encodePin).
   */
  directive: string;
  /** Its words, to show in the builder. */
  text: string;
  sectionId: string;
  prompt: string;
  /** In discussion mode, shown as an excerpt while its answer is hidden. */
  excerpt: boolean;
};

/** A lesson being built: what the lesson link will carry. */
export type LessonDraft = {
  /** Chosen sections, in the lesson's order; none means all. */
  sections: string[];
  sectionPrompts: Record<string, string>;
  prompt: string;
  pins: DraftPin[];
  discuss: boolean;
};

export const EMPTY_DRAFT: LessonDraft = {
  sections: [],
  sectionPrompts: {},
  prompt: '',
  pins: [],
  discuss: false,
};

export type LessonDraftAction =
  | { type: 'toggle-section'; id: string }
  | { type: 'move-section'; id: string; by: -1 | 1 }
  | { type: 'section-prompt'; id: string; text: string }
  | { type: 'prompt'; text: string }
  | { type: 'add-pin'; pin: NewPin }
  | { type: 'remove-pin'; directive: string }
  | { type: 'move-pin'; directive: string; by: -1 | 1 }
  | { type: 'pin-prompt'; directive: string; text: string }
  | { type: 'pin-excerpt'; directive: string; on: boolean }
  | { type: 'discuss'; on: boolean }
  | { type: 'reset'; draft: LessonDraft };

function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const clip = (text: string) => text.slice(0, PROMPT_MAX);

function editPin(draft: LessonDraft, directive: string, change: Partial<DraftPin>): LessonDraft {
  return {
    ...draft,
    pins: draft.pins.map((pin) => (pin.directive === directive ? { ...pin, ...change } : pin)),
  };
}

/** The builder's state changes: pure, so they are tested without a browser. */
export function lessonDraftReducer(draft: LessonDraft, action: LessonDraftAction): LessonDraft {
  switch (action.type) {
    case 'toggle-section':
      return {
        ...draft,
        sections: draft.sections.includes(action.id)
          ? draft.sections.filter((id) => id !== action.id)
          : [...draft.sections, action.id],
      };
    case 'move-section':
      return {
        ...draft,
        sections: move(draft.sections, draft.sections.indexOf(action.id), action.by),
      };
    case 'section-prompt':
      return {
        ...draft,
        sectionPrompts: { ...draft.sectionPrompts, [action.id]: clip(action.text) },
      };
    case 'prompt':
      return { ...draft, prompt: clip(action.text) };
    case 'add-pin':
      return draft.pins.some((pin) => pin.directive === action.pin.directive)
        ? draft
        : { ...draft, pins: [...draft.pins, { ...action.pin, prompt: '', excerpt: false }] };
    case 'remove-pin':
      return { ...draft, pins: draft.pins.filter((pin) => pin.directive !== action.directive) };
    case 'move-pin':
      return {
        ...draft,
        pins: move(
          draft.pins,
          draft.pins.findIndex((pin) => pin.directive === action.directive),
          action.by,
        ),
      };
    case 'pin-prompt':
      return editPin(draft, action.directive, { prompt: clip(action.text) });
    case 'pin-excerpt':
      return editPin(draft, action.directive, { excerpt: action.on });
    case 'discuss':
      return { ...draft, discuss: action.on };
    case 'reset':
      return action.draft;
  }
}

/**
 * The sections a lesson shows: the chosen ones in order, then those of
 * pinned passages left out (a pinned passage must be on show); none if none chosen.
 */
export function lessonSections(draft: LessonDraft): string[] | undefined {
  if (draft.sections.length === 0) return undefined;
  const extra = draft.pins.map((pin) => pin.sectionId).filter((id) => !draft.sections.includes(id));
  return [...draft.sections, ...new Set(extra)];
}

/** The reader parameters of a lesson. */
export function lessonParams(draft: LessonDraft): Partial<ReaderParams> {
  const sections = lessonSections(draft);
  const shown = new Set(sections ?? []);
  return {
    ...(sections ? { sections } : {}),
    ...(draft.discuss ? { mode: 'discuss' as const } : {}),
    ...(draft.prompt.trim() ? { prompt: encodePrompt(draft.prompt.trim()) } : {}),
    sectionPrompts: Object.fromEntries(
      Object.entries(draft.sectionPrompts)
        .filter(([id, text]) => text.trim() && (!sections || shown.has(id)))
        .map(([id, text]): [string, string] => [id, encodePrompt(text.trim())]),
    ),
    // Excerpts are a discussion-mode choice: kept in the draft, written only with it.
    pins: draft.pins.map((pin) => ({
      directive: packPin(pin.directive),
      prompt: pin.prompt.trim() && encodePrompt(pin.prompt.trim()),
      excerpt: draft.discuss && pin.excerpt,
    })),
  };
}

/** A draft's directive as the link writes it: each term as it is or as Punycode, whichever is shorter. */
function packPin(directive: string): string {
  const read = decodePin(directive);
  return read ? encodePin(read) : directive;
}

/** The lesson link, relative to the site. */
export function lessonPath(interviewId: string, draft: LessonDraft): string {
  return paths.interview(interviewId, lessonParams(draft));
}

/** What a draft starts from: the lesson on show (if any) and the reader's links to passages. */
export type LessonSeed = {
  params: ReaderParams;
  /** The lesson's pinned passages as found in the interview, by index. */
  found: readonly (FoundPassage | undefined)[];
  model: ReaderModel;
  /** A range of an answer's joined text as a `pin` value. */
  passageDirective: (questionId: string, start: number, end: number) => string;
};

/** A draft of the lesson on show (empty outside a lesson): opened inside a lesson, the builder starts from it. */
export function seedDraft({ params, found, model }: LessonSeed): LessonDraft {
  return {
    sections: params.sections ?? [],
    sectionPrompts: Object.fromEntries(
      Object.entries(params.sectionPrompts).map(([id, value]) => [id, decodePrompt(value)]),
    ),
    prompt: decodePrompt(params.prompt),
    discuss: params.mode === 'discuss',
    pins: params.pins.flatMap((pin, i) => {
      const passage = found[i];
      return passage
        ? [
            {
              ...pin,
              directive: unpackPin(pin.directive),
              prompt: decodePrompt(pin.prompt),
              text: passageText(model, passage),
              sectionId: passage.sectionId,
            },
          ]
        : [];
    }),
  };
}

/** A range of an answer as a pin. */
export function newPin(
  seed: LessonSeed,
  questionId: string,
  start: number,
  end: number,
  text: string,
): NewPin {
  return {
    directive: seed.passageDirective(questionId, start, end),
    text,
    sectionId: seed.model.sectionOfQuestion.get(questionId) ?? '',
  };
}

/** A change to the draft, made to the seed while the teacher has not changed anything yet. */
export function editDraft(
  draft: LessonDraft | null,
  seed: LessonSeed,
  action: LessonDraftAction,
): LessonDraft {
  return lessonDraftReducer(draft ?? seedDraft(seed), action);
}
