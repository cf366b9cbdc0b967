import { useEffect, useState } from 'react';
import type { Interview } from '../../../interview/schema';
import type { SearchHit, SearchScope, SearchUnit } from '../../../interview/search-units';

/** An interview open for searching: its paragraphs, and a query's matches in them. */
export type InterviewSearch = {
  /** Every searchable paragraph, in reading order (matchOffsets' paragraphs). */
  units: readonly SearchUnit[];
  /** Starts building the index (nothing is built or started before). */
  start: () => void;
  /**
   * A query's matches as matchOffsets gives them (undefined if a later query
   * superseded it); rejects if the search is closed or fails.
   */
  find: (query: string) => Promise<Int32Array | undefined>;
  /** Stops building and searching (the interview is no longer shown); `start` starts again. */
  close: () => void;
};

/** The search, with the stemmer of the interview's language. */
export type SearchEngine = {
  open: (interview: Interview) => InterviewSearch;
  /** Makes matchOffsets' numbers hits again: those in `scope` that `include` keeps. */
  hitsAt: (
    units: readonly SearchUnit[],
    offsets: Int32Array,
    options: { scope: SearchScope; include: (unit: SearchUnit) => boolean },
  ) => SearchHit[];
};

export type SearchEngineState =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; engine: SearchEngine };

/**
 * The search runs in a worker (interview-search-worker.ts): a long
 * interview's index, and each query over it, would otherwise hold the page's
 * thread (the 2,000-question interview's index: 1.2-1.7 s). The stemmer and
 * the index's code load in the worker; the page takes the paragraphs'
 * list and makes the worker's numbers hits.
 */
async function loadEngine(language: string): Promise<SearchEngine> {
  const [{ buildSearchUnits, hitsAt }, { openInterviewSearch }] = await Promise.all([
    import('../../../interview/search'),
    import('../api/interview-search-client'),
  ]);
  return {
    open: (interview) => openInterviewSearch(language, buildSearchUnits(interview)),
    hitsAt,
  };
}

/**
 * The search, loaded (chunks of their own, a few KB; its worker and stemmer
 * when it opens an interview) once
 * `wanted`: a first view that does not search does not pay for them.
 */
export function useSearchEngine(language: string, wanted: boolean): SearchEngineState {
  const [state, setState] = useState<{ language: string; result: SearchEngineState }>();
  const known = state?.language === language ? state.result : undefined;

  useEffect(() => {
    if (!wanted || known) return;
    let current = true;
    const settle = (result: SearchEngineState) => {
      if (current) setState({ language, result });
    };
    loadEngine(language).then(
      (engine) => settle({ status: 'ready', engine }),
      () => settle({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [wanted, known, language]);

  return known ?? { status: wanted ? 'loading' : 'idle' };
}
