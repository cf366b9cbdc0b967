import { act, cleanup, render, screen } from '@testing-library/react';
import { startTransition } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Whether the page has hydrated is module state (one page load): each test loads it anew.
beforeEach(() => vi.resetModules());
const hydrated: Root[] = [];
afterEach(() => {
  cleanup();
  for (const root of hydrated.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function recorder() {
  const { startHydrating, useHydrated } = await import('../../src/hooks/use-hydrated');
  const seen: boolean[] = [];
  function Shown() {
    const hydrated = useHydrated();
    seen.push(hydrated);
    return <p>{hydrated ? 'as the app shows it' : 'as the server rendered it'}</p>;
  }
  return { startHydrating, Shown, seen };
}

describe('useHydrated', () => {
  it('renders prerendered HTML as the server did, then as the app, with no mismatch', async () => {
    const { startHydrating, Shown } = await recorder();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onRecoverableError = vi.fn();
    startHydrating();
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<Shown />);
    expect(container.textContent).toBe('as the server rendered it');
    act(() => {
      startTransition(() => {
        hydrated.push(hydrateRoot(container, <Shown />, { onRecoverableError }));
      });
    });
    expect(container.textContent).toBe('as the app shows it');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('is true at once where there is nothing to hydrate (the dev server, a 404 page)', async () => {
    const { Shown, seen } = await recorder();
    render(<Shown />);
    expect(screen.getByText('as the app shows it')).toBeTruthy();
    expect(seen[0]).toBe(true);
  });

  it('is true at once in a part that mounts after the page hydrated', async () => {
    const { startHydrating, Shown, seen } = await recorder();
    startHydrating();
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<Shown />);
    act(() => {
      hydrated.push(hydrateRoot(container, <Shown />));
    });
    seen.length = 0;
    render(<Shown />);
    expect(seen[0]).toBe(true);
  });
});
