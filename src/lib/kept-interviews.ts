// Interviews kept on this device, and the draft being corrected, in the
// browser's IndexedDB (through idb-keyval). Everything read back is validated:
// storage is a boundary like a file or a URL.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from '../interview/import/draft';
import { parseDraft } from '../interview/import/draft';
import { parseInterview } from '../interview/parse';
import type { Interview } from '../interview/schema';
import { KEPT_DATABASE } from './kept-database';

/** Storage is blocked (private browsing, settings) or full: the message says which, in words. */
export class StorageError extends Error {
  override name = 'StorageError';
}

function storageError(error: unknown): StorageError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(
      'This device’s storage for this site is full. Delete an interview kept here, or free space on the device.',
    );
  }
  return new StorageError(
    'This browser does not let the page keep data (private browsing, or a setting that blocks site data).',
  );
}

let stores: { kept: UseStore; drafts: UseStore } | undefined;

function open() {
  if (typeof indexedDB === 'undefined') throw storageError(undefined);
  stores ??= {
    kept: createStore(KEPT_DATABASE, 'interviews'),
    drafts: createStore('interview-reader-drafts', 'drafts'),
  };
  return stores;
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StorageError ? error : storageError(error);
  }
}

type StoredRecord = { interview: unknown; savedAt: string };

export type KeptInterview = { interview: Interview; savedAt: string };

function readRecord(value: unknown): KeptInterview | undefined {
  if (typeof value !== 'object' || value === null || !('interview' in value)) return undefined;
  const parsed = parseInterview(value.interview);
  const savedAt = 'savedAt' in value && typeof value.savedAt === 'string' ? value.savedAt : '';
  return parsed.ok ? { interview: parsed.data, savedAt } : undefined;
}

/** Every interview kept on this device, newest first; records that are no longer valid are left out. */
export function listKept(): Promise<KeptInterview[]> {
  return guarded(async () => {
    const all = await entries(open().kept);
    return all
      .flatMap(([, value]) => readRecord(value) ?? [])
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  });
}

/** One kept interview, if this device has it. */
export function getKept(id: string): Promise<Interview | undefined> {
  return guarded(async () => readRecord(await get(id, open().kept))?.interview);
}

/** Keeps an interview on this device (replacing one with the same id). */
export function keepInterview(interview: Interview): Promise<void> {
  const record: StoredRecord = { interview, savedAt: new Date().toISOString() };
  return guarded(() => set(interview.id, record, open().kept));
}

/** Removes a kept interview. */
export function removeKept(id: string): Promise<void> {
  return guarded(() => del(id, open().kept));
}

const DRAFT_KEY = 'current';
// A draft whose IndexedDB save had not finished when the page was hidden or
// left: an asynchronous write started then may never complete (a reload right
// after an edit lost it), so the page also writes it here, synchronously.
const UNSAVED_DRAFT_KEY = 'interview-reader-unsaved-draft';

/** The draft being corrected, saved so that a reload keeps it. */
export function saveDraft(draft: Draft): Promise<void> {
  return guarded(() => set(DRAFT_KEY, draft, open().drafts));
}

/**
 * Keeps a draft at once, synchronously (in localStorage), for when the page
 * goes away before its IndexedDB save finishes. Returns false if it could not
 * (storage blocked or full): the page then warns before it is closed.
 */
export function keepUnsavedDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(UNSAVED_DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

function takeUnsavedDraft(): Draft | undefined {
  try {
    const text = localStorage.getItem(UNSAVED_DRAFT_KEY);
    return text === null ? undefined : parseDraft(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Forgets the synchronous copy of a draft (its IndexedDB save has finished since). */
export function forgetUnsavedDraft(): void {
  try {
    localStorage.removeItem(UNSAVED_DRAFT_KEY);
  } catch {
    // Nothing was kept there.
  }
}

/** The saved draft, if there is a valid one: the newer, unsaved one if the page left mid-save. */
export function loadDraft(): Promise<Draft | undefined> {
  return guarded(async () => {
    const unsaved = takeUnsavedDraft();
    if (unsaved) {
      await set(DRAFT_KEY, unsaved, open().drafts);
      forgetUnsavedDraft();
      return unsaved;
    }
    return parseDraft(await get(DRAFT_KEY, open().drafts));
  });
}

/** Forgets the saved draft (after keeping it, or to start over). */
export function clearDraft(): Promise<void> {
  forgetUnsavedDraft();
  return guarded(() => del(DRAFT_KEY, open().drafts));
}
