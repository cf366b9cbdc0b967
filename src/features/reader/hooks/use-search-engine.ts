import { useEffect, useState } from 'react';
import type { Interview } from '../../../interview/schema';
import type { SearchIndex, SearchIndexBuilder } from '../../../interview/search';
import type { SearchHit, SearchScope, SearchUnit } from '../../../interview/search-units';

/** The search, with the stemmer of the interview's language. */
export type SearchEngine = {
  /** Builds the interview's paragraphs (its search units) as words, step by step. */
  indexBuilder: (interview: Interview) => SearchIndexBuilder;
  /** Builds the rest of an index in slices, each a task of its own: longer ones when a query waits. */
  buildInSlices: (
    builder: SearchIndexBuilder,
    signal: AbortSignal,
    waited: boolean,
  ) => Promise<SearchIndex>;
  search: (
    index: SearchIndex,
    query: string,
    options: { scope: SearchScope; include: (unit: SearchUnit) => boolean },
  ) => SearchHit[];
};

export type SearchEngineState =
  { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; engine: SearchEngine };

async function loadEngine(language: string): Promise<SearchEngine> {
  const [
    { buildSearchUnits, search, searchIndexBuilder },
    { buildInSlices, WAITED_SLICE_MS },
    { loadStemmer },
  ] = await Promise.all([
    import('../../../interview/search'),
    import('../build-in-slices'),
    import('../../../interview/stemmers'),
  ]);
  const stem = await loadStemmer(language);
  return {
    indexBuilder: (interview) => searchIndexBuilder(buildSearchUnits(interview), stem),
    buildInSlices: (builder, signal, waited) =>
      buildInSlices(builder, signal, waited ? WAITED_SLICE_MS : undefined),
    search,
  };
}

/**
 * The search and its stemmer, loaded (chunks of their own, a few KB) once
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
