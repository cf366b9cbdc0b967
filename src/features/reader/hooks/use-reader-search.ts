import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { search, type SearchUnit } from '../../../interview/search';

/**
 * Search over what the reader shows: the query comes from the URL (deferred,
 * so a long interview re-renders without blocking input); the current match
 * is the reader's, back to the first for each new query.
 */
export function useReaderSearch(
  urlQuery: string,
  units: readonly SearchUnit[],
  isShown: (unit: SearchUnit) => boolean,
) {
  const query = useDeferredValue(urlQuery);
  const hits = useMemo(() => search(units.filter(isShown), query), [units, isShown, query]);
  const [step, setStep] = useState({ query, index: 0 });
  const current = step.query === query && step.index < hits.length ? step.index : 0;
  const onStep = useCallback(
    (delta: 1 | -1) => {
      if (hits.length > 0) setStep({ query, index: (current + delta + hits.length) % hits.length });
    },
    [hits.length, query, current],
  );
  const matchCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { unit } of hits) {
      if (unit.questionId) counts.set(unit.questionId, (counts.get(unit.questionId) ?? 0) + 1);
    }
    return counts;
  }, [hits]);
  return { query, hits, current, onStep, matchCounts };
}
