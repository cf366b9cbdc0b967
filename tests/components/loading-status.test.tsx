import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LoadingStatus } from '../../src/components/loading-status';

let onLine = true;

beforeEach(() => {
  onLine = true;
  vi.useFakeTimers();
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The status's words after `ms` milliseconds. */
function after(ms: number): string {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
  return screen.getByRole('status').textContent ?? '';
}

it('says “Loading…”, then after 5 s that the network or server is slow, with Try again', () => {
  render(<LoadingStatus />);
  expect(after(4_900)).toBe('Loading…');
  const slow = after(200);
  expect(slow).toMatch(/^Still loading: the network or the server is slow/);
  expect(slow).not.toMatch(/offline/);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
});

it('offline, says the device is offline, not that the server is slow', () => {
  onLine = false;
  render(<LoadingStatus />);
  const words = after(5_100);
  expect(words).toMatch(/^Still loading: this device is offline/);
  expect(words).not.toMatch(/slow/);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
});

it('follows the network while it waits: offline, then back', () => {
  render(<LoadingStatus />);
  expect(after(5_100)).toMatch(/slow/);
  onLine = false;
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
  expect(screen.getByRole('status').textContent).toMatch(/offline/);
  onLine = true;
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
  expect(screen.getByRole('status').textContent).toMatch(/slow/);
});
