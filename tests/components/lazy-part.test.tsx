import { act, cleanup, render, screen } from '@testing-library/react';
import { startTransition, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/components/lazy-part';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

it('shows a part once its code has come, with no warning from React', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const Part = lazyPart(() => Promise.resolve(Greeting));
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  // In a transition, as the app renders. React's dev build warned once, in the
  // dev server, that the part had not called use() again after suspending on it
  // (src/components/lazy-part.tsx); jsdom's timing did not bring that warning back.
  await act(() => {
    startTransition(() => {
      root.render(
        <Suspense fallback={<p>Loading</p>}>
          <Part name="reader" />
        </Suspense>,
      );
    });
    // act() renders what is left once the part's code has come.
    return Promise.resolve(Part.preload());
  });
  expect(screen.getByText('Hello, reader')).toBeTruthy();
  expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
  act(() => root.unmount());
  container.remove();
});

it('renders at once, without suspending, once preloaded', async () => {
  const Part = lazyPart(() => Promise.resolve(Greeting));
  await Part.preload();
  render(
    <Suspense fallback={<p>Loading</p>}>
      <Part name="reader" />
    </Suspense>,
  );
  expect(screen.getByText('Hello, reader')).toBeTruthy();
  expect(screen.queryByText('Loading')).toBeNull();
});

it('asks for code that failed to load again, at the next preload', async () => {
  let calls = 0;
  const Part = lazyPart(() => {
    calls += 1;
    return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
  });
  await expect(Promise.resolve(Part.preload())).rejects.toThrow('offline');
  await Part.preload();
  render(<Part name="again" />);
  expect(screen.getByText('Hello, again')).toBeTruthy();
  expect(calls).toBe(2);
});
