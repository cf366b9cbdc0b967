// Corrections a person makes to a draft, as a pure reducer with undo. No
// action deletes source text: dropping keeps a paragraph in the dropped list,
// joining keeps both texts, and restoring brings a paragraph back.
import { shortLabel } from './labels';
import type { Block, BlockRole, Draft, DraftMeta, DraftPerson } from './draft';
import { UNNAMED_INTERVIEWEE, UNNAMED_INTERVIEWER } from '../placeholders';

export type DraftAction =
  | { type: 'setRole'; blockId: string; role: Exclude<BlockRole, 'meta'> }
  | { type: 'setSpeaker'; blockId: string; speaker: string }
  | { type: 'toggleOpens'; blockId: string }
  | { type: 'splitBlock'; blockId: string; at: number }
  | { type: 'joinWithPrevious'; blockId: string }
  | { type: 'setText'; blockId: string; text: string }
  | { type: 'setHeading'; blockId: string; text?: string; label?: string }
  | { type: 'insertHeading'; beforeBlockId: string; text: string }
  | { type: 'restore'; blockId: string }
  | { type: 'addKeyQuote'; blockId: string; text: string }
  | { type: 'removeKeyQuote'; index: number }
  | { type: 'setMeta'; patch: Partial<DraftMeta> }
  | { type: 'setPerson'; key: string; patch: Partial<Omit<DraftPerson, 'key'>> }
  | { type: 'addPerson'; side: DraftPerson['side'] }
  | { type: 'removePerson'; key: string };

function mapBlock(draft: Draft, blockId: string, change: (block: Block) => Block): Draft {
  const index = draft.blocks.findIndex((b) => b.id === blockId);
  const block = draft.blocks[index];
  if (!block) return draft;
  const blocks = [...draft.blocks];
  blocks[index] = change(block);
  return { ...draft, blocks };
}

/** A block id not yet used. */
function freshId(draft: Draft): string {
  let n = draft.blocks.length;
  const used = new Set(draft.blocks.map((b) => b.id));
  while (used.has(`b${n}`)) n += 1;
  return `b${n}`;
}

/** Who speaks a role by default: the first person on its side. */
function defaultSpeaker(draft: Draft, role: BlockRole): string | undefined {
  const side = role === 'question' ? 'interviewer' : 'interviewee';
  return draft.people.find((p) => p.side === side)?.key;
}

/** The speaker of the turn a block would join: the nearest block of that role before it, within the same exchange. */
function turnSpeaker(draft: Draft, index: number, role: BlockRole): string | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const b = draft.blocks[i];
    if (!b || b.role === 'meta' || b.role === 'dropped' || b.role === 'intro') continue;
    if (b.role !== role) return undefined;
    if (b.speaker) return b.speaker;
  }
  return undefined;
}

function withRole(draft: Draft, blockId: string, role: Exclude<BlockRole, 'meta'>): Draft {
  const index = draft.blocks.findIndex((b) => b.id === blockId);
  return mapBlock(draft, blockId, (block) => {
    if (block.role === role) return block;
    const { reason: _reason, restoreAs: _restoreAs, opens: _opens, use: _use, ...rest } = block;
    if (role === 'dropped') {
      return {
        ...rest,
        role,
        reason: 'dropped by you',
        ...(block.role !== 'meta' && block.role !== 'dropped' ? { restoreAs: block.role } : {}),
      };
    }
    const next: Block = { ...rest, role };
    if (role === 'heading') next.label = block.label ?? shortLabel(block.text);
    if (role === 'question' || role === 'answer') {
      const speaker = turnSpeaker(draft, index, role) ?? defaultSpeaker(draft, role);
      if (speaker) next.speaker = speaker;
      else delete next.speaker;
    }
    return next;
  });
}

/** The indices of the blocks of one turn: the block and its neighbours of the same role in the same exchange. */
function turnOf(draft: Draft, index: number): number[] {
  const role = draft.blocks[index]?.role;
  const skip = (b: Block) => b.role === 'meta' || b.role === 'dropped';
  const turn = [index];
  for (let i = index; i > 0; i -= 1) {
    const b = draft.blocks[i];
    if (b?.role === 'question' && b.opens) break;
    const prev = draft.blocks[i - 1];
    if (!prev) break;
    if (skip(prev)) continue;
    if (prev.role !== role) break;
    turn.push(i - 1);
  }
  for (let i = index + 1; i < draft.blocks.length; i += 1) {
    const b = draft.blocks[i];
    if (!b) break;
    if (skip(b)) continue;
    if (b.role !== role || (b.role === 'question' && b.opens)) break;
    turn.push(i);
  }
  return turn;
}

/** Applies one correction to a draft. Returns the same draft when the action changes nothing. */
export function editDraft(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'setRole':
      return withRole(draft, action.blockId, action.role);
    case 'restore': {
      const block = draft.blocks.find((b) => b.id === action.blockId);
      if (!block || block.role !== 'dropped') return draft;
      return withRole(draft, action.blockId, block.restoreAs ?? 'intro');
    }
    case 'setSpeaker': {
      const index = draft.blocks.findIndex((b) => b.id === action.blockId);
      if (index < 0 || !draft.people.some((p) => p.key === action.speaker)) return draft;
      const turn = new Set(turnOf(draft, index));
      return {
        ...draft,
        blocks: draft.blocks.map((b, i) => (turn.has(i) ? { ...b, speaker: action.speaker } : b)),
      };
    }
    case 'toggleOpens':
      return mapBlock(draft, action.blockId, (block) => {
        if (block.role !== 'question') return block;
        const { opens, ...rest } = block;
        return opens ? rest : { ...rest, opens: true };
      });
    case 'splitBlock': {
      const index = draft.blocks.findIndex((b) => b.id === action.blockId);
      const block = draft.blocks[index];
      if (!block) return draft;
      const first = block.text.slice(0, action.at).trim();
      const second = block.text.slice(action.at).trim();
      if (!first || !second) return draft;
      // The second half is a new paragraph: it opens no turn and keeps no question's or section's id.
      const {
        source: _source,
        opens: _opens,
        questionId: _questionId,
        sectionId: _sectionId,
        ...rest
      } = block;
      const blocks = [...draft.blocks];
      blocks.splice(
        index,
        1,
        { ...block, text: first },
        { ...rest, id: freshId(draft), text: second },
      );
      return { ...draft, blocks };
    }
    case 'joinWithPrevious': {
      const index = draft.blocks.findIndex((b) => b.id === action.blockId);
      const block = draft.blocks[index];
      const previous = draft.blocks[index - 1];
      if (!block || !previous) return draft;
      const blocks = [...draft.blocks];
      blocks.splice(index - 1, 2, { ...previous, text: `${previous.text} ${block.text}` });
      const keyQuotes = draft.keyQuotes.map((q) =>
        q.blockId === block.id ? { ...q, blockId: previous.id } : q,
      );
      return { ...draft, blocks, keyQuotes };
    }
    case 'setText':
      return action.text.trim() === ''
        ? draft
        : mapBlock(draft, action.blockId, (block) => ({ ...block, text: action.text }));
    case 'setHeading':
      return mapBlock(draft, action.blockId, (block) =>
        block.role !== 'heading'
          ? block
          : {
              ...block,
              ...(action.text !== undefined ? { text: action.text } : {}),
              ...(action.label !== undefined ? { label: action.label } : {}),
            },
      );
    case 'insertHeading': {
      const index = draft.blocks.findIndex((b) => b.id === action.beforeBlockId);
      if (index < 0 || action.text.trim() === '') return draft;
      const heading: Block = {
        id: freshId(draft),
        text: action.text.trim(),
        role: 'heading',
        label: shortLabel(action.text.trim()),
      };
      const blocks = [...draft.blocks];
      blocks.splice(index, 0, heading);
      // The question after a new heading opens a new exchange.
      return mapBlock({ ...draft, blocks }, action.beforeBlockId, (b) =>
        b.role === 'question' ? { ...b, opens: true } : b,
      );
    }
    case 'addKeyQuote': {
      const block = draft.blocks.find((b) => b.id === action.blockId);
      const text = action.text.trim();
      if (!block || block.role !== 'answer' || text.length < 2 || !block.text.includes(text))
        return draft;
      if (draft.keyQuotes.some((q) => q.blockId === block.id && q.text === text)) return draft;
      return { ...draft, keyQuotes: [...draft.keyQuotes, { blockId: block.id, text }] };
    }
    case 'removeKeyQuote':
      return action.index < 0 || action.index >= draft.keyQuotes.length
        ? draft
        : { ...draft, keyQuotes: draft.keyQuotes.filter((_, i) => i !== action.index) };
    case 'setMeta': {
      const meta = { ...draft.meta, ...action.patch };
      // An id typed by hand stays: it no longer follows the guest's name and the title.
      if (action.patch.id !== undefined) delete meta.idSuggested;
      // Optional details left empty are left out.
      for (const key of ['published', 'url', 'standfirst'] as const) {
        if (meta[key] !== undefined && meta[key].trim() === '') delete meta[key];
      }
      return { ...draft, meta };
    }
    case 'setPerson':
      return {
        ...draft,
        people: draft.people.map((p) => {
          if (p.key !== action.key) return p;
          const next = { ...p, ...action.patch };
          if (next.role !== undefined && next.role.trim() === '') delete next.role;
          return next;
        }),
      };
    case 'addPerson': {
      let n = draft.people.length + 1;
      while (draft.people.some((p) => p.key === `#person-${n}`)) n += 1;
      const person: DraftPerson = {
        key: `#person-${n}`,
        side: action.side,
        name: action.side === 'interviewer' ? UNNAMED_INTERVIEWER : UNNAMED_INTERVIEWEE,
        label: action.side === 'interviewer' ? 'Q' : 'A',
      };
      return { ...draft, people: [...draft.people, person] };
    }
    case 'removePerson':
      // Someone who still speaks stays: their turns would have nobody.
      return draft.blocks.some((b) => b.speaker === action.key && b.role !== 'dropped')
        ? draft
        : { ...draft, people: draft.people.filter((p) => p.key !== action.key) };
  }
}

/** A draft with its history, for undo and redo. */
export type DraftHistory = { past: Draft[]; present: Draft; future: Draft[] };

export type HistoryAction = DraftAction | { type: 'undo' } | { type: 'redo' };

const MAX_UNDO = 200;

/** The draft reducer with undo and redo: every change can be taken back. */
export function editWithHistory(state: DraftHistory, action: HistoryAction): DraftHistory {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    return previous
      ? {
          past: state.past.slice(0, -1),
          present: previous,
          future: [state.present, ...state.future],
        }
      : state;
  }
  if (action.type === 'redo') {
    const [next, ...future] = state.future;
    return next ? { past: [...state.past, state.present], present: next, future } : state;
  }
  const present = editDraft(state.present, action);
  if (present === state.present) return state;
  return { past: [...state.past, state.present].slice(-MAX_UNDO), present, future: [] };
}

/** A fresh history for a draft. */
export function startHistory(draft: Draft): DraftHistory {
  return { past: [], present: draft, future: [] };
}
