import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHandoutHeader } from '../../src/features/print/hooks/use-handout-header';

// The handout's header loads once the page is idle; a reader who leaves the
// page first leaves nothing waiting behind (an idle callback or a timer).
describe('useHandoutHeader', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('cancels its idle callback when the page goes before it came', () => {
    const cancel = vi.fn();
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 42),
    );
    vi.stubGlobal('cancelIdleCallback', cancel);
    const { unmount } = renderHook(() => useHandoutHeader(true));
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    unmount();
    expect(cancel).toHaveBeenCalledWith(42);
  });

  it('clears its timer where there are no idle callbacks', () => {
    vi.useFakeTimers();
    Reflect.deleteProperty(window, 'requestIdleCallback');
    const { unmount } = renderHook(() => useHandoutHeader(true));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
