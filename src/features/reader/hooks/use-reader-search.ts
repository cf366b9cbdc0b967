import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Interview } from '../../../interview/schema';
import type { SearchIndex } from '../../../interview/search';
import type { SearchHit, SearchScope, SearchUnit } from '../../../interview/search-units';
import { useSearchEngine } from './use-search-engine';

const NO_HITS: SearchHit[] = [];

/**
 * Search over what the reader shows: the query comes from the URL (deferred,
 * so a long interview re-renders without blocking input); the current match
 * is the reader's, back to the first for each new query. The search loads on
 * the first search (or when the field is focused), and its index of words is
 * built then, not on page load.
 */
export function useReaderSearch(
  urlQuery: string,
  scope: SearchScope,
  interview: Interview,
  isShown: (unit: SearchUnit) => boolean,
) {
  const query = useDeferredValue(urlQuery);
  const [warm, setWarm] = useState(false);
  const searching = query.trim() !== '';
  const loaded = useSearchEngine(interview.language, warm || searching);
  const engine = loaded.status === 'ready' ? loaded.engine : undefined;
  const index = useMemo(() => {
    let built: SearchIndex | undefined;
    return engine && (() => (built ??= engine.buildIndex(interview)));
  }, [engine, interview]);
  const hits = useMemo(
    () =>
      searching && engine && index
        ? engine.search(index(), query, { scope, include: isShown })
        : NO_HITS,
    [searching, engine, index, query, scope, isShown],
  );
  const [step, setStep] = useState({ query, scope, index: 0 });
  const current =
    step.query === query && step.scope === scope && step.index < hits.length ? step.index : 0;
  const onStep = useCallback(
    (delta: 1 | -1) => {
      if (hits.length > 0)
        setStep({ query, scope, index: (current + delta + hits.length) % hits.length });
    },
    [hits.length, query, scope, current],
  );
  const matchCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { unit } of hits) {
      if (unit.questionId) counts.set(unit.questionId, (counts.get(unit.questionId) ?? 0) + 1);
    }
    return counts;
  }, [hits]);
  /** Starts loading the search before the first word is typed. */
  const prepare = useCallback(() => setWarm(true), []);
  return {
    query,
    hits,
    current,
    onStep,
    matchCounts,
    /** 'loading' while the search loads for a query; 'failed' if it could not. */
    status: searching ? loaded.status : 'idle',
    prepare,
  };
}
