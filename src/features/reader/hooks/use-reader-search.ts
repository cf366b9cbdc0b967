import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Interview } from '../../../interview/schema';
import type { SearchHit, SearchScope, SearchUnit } from '../../../interview/search-units';
import { useSearchEngine, type InterviewSearch } from './use-search-engine';

const NO_HITS: SearchHit[] = [];

/**
 * Search over what the reader shows: the query comes from the URL (deferred,
 * so a long interview re-renders without blocking input); the current match
 * is the reader's, back to the first for each new query. The search loads on
 * the first search (or when the field is focused), and opens the interview
 * then, not on page load: in a worker, which builds its index of words and
 * answers each query with every match, off the page's thread. The matches
 * shown are those of the last query answered (`query`): until the address's
 * query is answered, the status is 'loading'.
 */
export function useReaderSearch(
  urlQuery: string,
  scope: SearchScope,
  interview: Interview,
  isShown: (unit: SearchUnit) => boolean,
) {
  const deferred = useDeferredValue(urlQuery);
  const [warm, setWarm] = useState(false);
  const searching = deferred.trim() !== '';
  const loaded = useSearchEngine(interview.language, warm || searching);
  const engine = loaded.status === 'ready' ? loaded.engine : undefined;
  // The interview, opened once the search is wanted (the field focused or a
  // query in the address): its index is built from then on; closed when
  // another is shown.
  const opening = useMemo(() => engine?.open(interview), [engine, interview]);
  useEffect(() => {
    if (!opening) return;
    opening.start();
    return () => opening.close();
  }, [opening]);
  // The last query answered, and its matches (all of them: the scope and
  // what is on show are applied here, so changing them asks nothing more).
  const [answer, setAnswer] = useState<{
    search: InterviewSearch;
    query: string;
    offsets: Int32Array;
  }>();
  const [failedFor, setFailedFor] = useState<InterviewSearch>();
  if (!searching && answer) setAnswer(undefined);
  useEffect(() => {
    if (!opening || !searching) return;
    let current = true;
    opening.find(deferred).then(
      (offsets) => {
        if (current && offsets)
          startTransition(() => setAnswer({ search: opening, query: deferred, offsets }));
      },
      () => {
        if (current) setFailedFor(opening);
      },
    );
    return () => {
      current = false;
    };
  }, [opening, searching, deferred]);
  const answered = searching && answer?.search === opening ? answer : undefined;
  const query = answered?.query ?? '';
  const hits = useMemo(
    () =>
      engine && answered
        ? engine.hitsAt(answered.search.units, answered.offsets, { scope, include: isShown })
        : NO_HITS,
    [engine, answered, scope, isShown],
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
  const status: 'idle' | 'loading' | 'failed' | 'ready' = !searching
    ? 'idle'
    : loaded.status !== 'ready'
      ? loaded.status
      : opening && failedFor === opening
        ? 'failed'
        : answered?.query === deferred
          ? 'ready'
          : 'loading';
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
    status,
    /**
     * Whether the matches are still those of an earlier query: the address's
     * query is being searched and marked (a deferred render).
     */
    behind: urlQuery !== deferred,
    prepare,
  };
}
