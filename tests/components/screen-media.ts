import { afterAll, beforeAll, vi } from 'vitest';

/**
 * jsdom has no media queries: in the calling suite every `matchMedia` query is false, as for a
 * page on screen (not printed, no reduced motion, light).
 */
export function stubScreenMedia(): void {
  beforeAll(() => {
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterAll(() => vi.unstubAllGlobals());
}
