import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Interview } from '../../../interview/schema';
import type { SearchIndex, SearchIndexBuilder } from '../../../interview/search';
import type { SearchHit, SearchScope, SearchUnit } from '../../../interview/search-units';
import { useSearchEngine } from './use-search-engine';

const NO_HITS: SearchHit[] = [];

/**
 * Search over what the reader shows: the query comes from the URL (deferred,
 * so a long interview re-renders without blocking input); the current match
 * is the reader's, back to the first for each new query. The search loads on
 * the first search (or when the field is focused), and its index of words is
 * built then, not on page load, a slice at a time.
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
  // The index of words, built once the search is wanted (the field focused or
  // a query in the address): in short slices while the reader types, so the
  // page answers; in longer ones once a query waits for it (short slices were
  // starved on a busy machine: a query waited over 5 s for its matches).
  const builder = useMemo(() => engine?.indexBuilder(interview), [engine, interview]);
  const [built, setBuilt] = useState<{ by: SearchIndexBuilder; index: SearchIndex }>();
  const index = builder && built?.by === builder ? built.index : undefined;
  useEffect(() => {
    if (!engine || !builder || index) return;
    const done = (ready: SearchIndex) => setBuilt({ by: builder, index: ready });
    const controller = new AbortController();
    engine.buildInSlices(builder, controller.signal, searching).then(done, () => undefined);
    return () => controller.abort();
  }, [engine, builder, index, searching]);
  const hits = useMemo(
    () =>
      searching && engine && index
        ? engine.search(index, query, { scope, include: isShown })
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
  // The question index's counts (a badge on each entry with matches: 1,200 of
  // the 2,000-question interview's entries for "kazakh oil") follow in a task
  // of their own, once the matches are marked and counted: in one render with
  // the marks they made one long task of both.
  const [indexCounts, setIndexCounts] = useState(matchCounts);
  useEffect(() => {
    if (indexCounts === matchCounts) return;
    const timer = setTimeout(() => startTransition(() => setIndexCounts(matchCounts)), 0);
    return () => clearTimeout(timer);
  }, [matchCounts, indexCounts]);
  /** Starts loading the search before the first word is typed. */
  const prepare = useCallback(() => setWarm(true), []);
  return {
    query,
    hits,
    current,
    onStep,
    /** Matches per question, for the question index: a task after the matches. */
    matchCounts: indexCounts,
    /** 'loading' while the search loads (or builds its index) for a query; 'failed' if it could not. */
    status: !searching ? 'idle' : loaded.status === 'ready' && !index ? 'loading' : loaded.status,
    /**
     * Whether the matches are still those of an earlier query: the address's
     * query is being searched and marked (a deferred render).
     */
    behind: urlQuery !== query,
    prepare,
  };
}
