import { act, cleanup, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/config/paths';
import { QuestionIndex } from '../../src/features/reader/components/question-index';
import { buildOutline } from '../../src/interview/outline';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

const outline = buildOutline(seedInterview());

afterEach(() => {
  cleanup();
});

describe('QuestionIndex', { timeout: 30_000 }, () => {
  it('lists each question as a link to its deep link, under its topic', () => {
    renderWithRouter(
      <QuestionIndex interviewId="viktor-maiko-2026" outline={outline} currentId={undefined} />,
    );
    const topics = screen
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.parentElement?.tagName !== 'LI');
    expect(topics).toHaveLength(5);
    const energy = within(topics[2] ?? document.body);
    expect(energy.getByRole('link', { name: 'Energy' }).getAttribute('href')).toBe(
      '/i/viktor-maiko-2026/energy',
    );
    expect(
      energy
        .getByRole('link', { name: /^How does Ukraine view its energy cooperation/ })
        .getAttribute('href'),
    ).toBe('/i/viktor-maiko-2026/energy#q3');
  });

  it('marks the question being read, and only that one', () => {
    renderWithRouter(
      <QuestionIndex interviewId="viktor-maiko-2026" outline={outline} currentId="q4" />,
    );
    const current = screen
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'true');
    expect(current.map((link) => link.getAttribute('href'))).toEqual([
      '/i/viktor-maiko-2026/security#q4',
    ]);
  });

  // The question being read changes as the reader scrolls: on the 2,000-question interview
  // of `npm run bench`, making every entry's link again took 30–40 ms a time (and garbage).
  it('makes its links once, not again when only the question being read changes', () => {
    const keep = { q: 'oil' };
    let read: (id: string) => void = () => undefined;
    function Reading() {
      const [currentId, setCurrentId] = useState('q1');
      read = setCurrentId;
      return (
        <QuestionIndex
          interviewId="viktor-maiko-2026"
          outline={outline}
          currentId={currentId}
          keep={keep}
        />
      );
    }
    renderWithRouter(<Reading />);
    const anchor = vi.spyOn(paths, 'anchor');
    const section = vi.spyOn(paths, 'section');
    act(() => read('q4'));
    expect(anchor).not.toHaveBeenCalled();
    expect(section).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { current: true }).getAttribute('href')).toBe(
      '/i/viktor-maiko-2026/security?q=oil#q4',
    );
    vi.restoreAllMocks();
  });
});

describe('QuestionIndex, following an entry', { timeout: 30_000 }, () => {
  function renderAt(url: string, onNavigate: () => void) {
    const router = createMemoryRouter(
      [
        {
          path: '*',
          element: (
            <QuestionIndex
              interviewId="viktor-maiko-2026"
              outline={outline}
              currentId={undefined}
              keep={{ q: 'oil' }}
              onNavigate={onNavigate}
            />
          ),
        },
      ],
      { initialEntries: [url] },
    );
    render(<RouterProvider router={router} />);
    return router;
  }

  it('follows an entry in the app, keeping the search, and tells the panel', async () => {
    const onNavigate = vi.fn();
    const router = renderAt('/i/viktor-maiko-2026', onNavigate);
    await userEvent.click(
      screen.getByRole('link', { name: /^How does Ukraine view its energy cooperation/ }),
    );
    expect(router.state.location.pathname).toBe('/i/viktor-maiko-2026/energy');
    expect(router.state.location.search).toBe('?q=oil');
    expect(router.state.location.hash).toBe('#q3');
    expect(onNavigate).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('link', { name: 'Security' }));
    expect(router.state.location.pathname).toBe('/i/viktor-maiko-2026/security');
    expect(onNavigate).toHaveBeenCalledTimes(2);
  });

  it('leaves a modified click (a new tab) to the browser', () => {
    const onNavigate = vi.fn();
    const router = renderAt('/i/viktor-maiko-2026', onNavigate);
    const link = screen.getByRole('link', {
      name: /^How does Ukraine view its energy cooperation/,
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(router.state.location.pathname).toBe('/i/viktor-maiko-2026');
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });
});
