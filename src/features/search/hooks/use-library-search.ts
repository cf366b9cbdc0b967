import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Facet } from '../../../interview/facets';
import { knownCommon, preloadSearch, searchStarted } from '../api/pagefind';
import { librarySearchQueryOptions } from '../api/search-interviews';
import { useDebounced } from './use-debounced';

/** How long typing must pause before a search runs while the index loads. */
export const TYPING_PAUSE_MS = 120;

/**
 * The pause after a word of one or two letters, most often the start of a
 * longer one. Pagefind matches the beginnings of words: "p" is every word in
 * p, and at 10,000 interviews such a search keeps Pagefind busy for seconds,
 * and the next search waits for it.
 */
const SHORT_WORD_PAUSE_MS = 400;

/** Words this short are not worth loading index chunks for while typing. */
const SHORT_WORD = 3;

/**
 * Words this long are searched at each keystroke once Pagefind has started.
 * Three letters are still the start of words in most of a large library
 * (at 10,000 interviews “val” is in 8,450, “spo” in every one), a search
 * that keeps both workers busy for a shard, which the next letter's search
 * would wait for; four letters rarely are.
 */
const AT_ONCE_WORD = 4;

/**
 * Searches the library for the words typed. Once Pagefind has started on
 * the page, each keystroke searches (from four letters): a search whose
 * words are typed past stops at its next shard (the query's signal), the
 * previous results stay until the new ones come, and the texts of the
 * interviews a word's first letters find, mostly those the word finds, are
 * loaded by the time it is typed. Until then, and after words
 * a search found common (each search of them keeps the workers busy for a
 * shard), the index chunks for the words so far load at each keystroke, and
 * the search runs when typing pauses.
 */
export function useLibrarySearch(query: string, filters: Partial<Record<Facet, string>>) {
  const trimmed = query.trim();
  const lastWord = trimmed.split(/\s+/).at(-1) ?? '';
  const short = lastWord.length < SHORT_WORD;
  // Read as the reader types: whether Pagefind has started, what searches found common.
  const atOnce = lastWord.length >= AT_ONCE_WORD && searchStarted() && !knownCommon(trimmed);
  // The results appear with the first letter typed: a search of it would
  // be of every word it begins (seconds of both workers at 10,000
  // interviews, which the next search would wait for), so nothing is
  // searched until the pause. A link's words are searched at once.
  const settled = useDebounced(
    trimmed,
    short ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS,
    trimmed === '' || atOnce,
    short ? '' : trimmed,
  );

  useEffect(() => {
    // A search at once loads its chunks itself.
    if (short || atOnce) return;
    preloadSearch(trimmed, filters).catch(() => undefined);
  }, [trimmed, short, atOnce, filters]);

  const search = useInfiniteQuery({
    ...librarySearchQueryOptions(settled, filters),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return { ...search, settled, typing: trimmed !== settled };
}
