import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReaderSearch } from '../../src/config/paths';
import { useLesson } from '../../src/features/reader/hooks/use-lesson';

afterEach(cleanup);

describe('useLesson', () => {
  it('keeps the lesson’s identity when only the search changes, and follows a new lesson', () => {
    const { result, rerender } = renderHook(({ search }) => useLesson(parseReaderSearch(search)), {
      initialProps: { search: '?sections=trade&mode=discuss' },
    });
    const first = result.current;
    expect(first).toEqual({ sections: ['trade'], mode: 'discuss' });
    rerender({ search: '?sections=trade&mode=discuss&q=oil' });
    expect(result.current).toBe(first);
    rerender({ search: '?sections=trade,peace&mode=discuss&q=oil' });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual({ sections: ['trade', 'peace'], mode: 'discuss' });
  });
});
