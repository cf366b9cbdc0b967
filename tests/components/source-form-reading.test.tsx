import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { ArticleRead } from '../../src/features/add-interview/api/article-import-client';
import { readInWorker } from '../../src/features/add-interview/api/article-import-protocol';
import { SourceForm } from '../../src/features/add-interview/components/source-form';
import type { Draft } from '../../src/interview/import/draft';

// The DOM here has no Worker: each read waits here, answered when a test says so.
/** A read the page asked for: its text and signal, and how to answer it. */
type Asked = { text: string; signal: AbortSignal | undefined; answer: (read: ArticleRead) => void };
const reads = vi.hoisted((): Asked[] => []);
vi.mock('../../src/features/add-interview/api/article-import-client', () => ({
  warmArticleImport: () => undefined,
  stopArticleImport: () => undefined,
  readArticleInWorker: (text: string, signal?: AbortSignal) =>
    new Promise<ArticleRead>((resolve, reject) => {
      reads.push({ text, signal, answer: resolve });
      signal?.addEventListener('abort', () => reject(new Error('Stopped.')));
    }),
}));

// A refusal is brought into view; this DOM scrolls nothing.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(() => {
  cleanup();
  reads.length = 0;
});

const ARTICLE = `A baker on bread
Q: When do you start baking?
A: At three in the morning.
Q: Why so early?
A: People want bread with breakfast.`;

/** The draft the worker would answer with. */
function answerOf(text: string): ArticleRead {
  const reply = readInWorker({ type: 'read', id: 0, text });
  return reply.status === 'read'
    ? { ok: true, draft: reply.draft }
    : { ok: false, error: reply.status === 'refused' ? reply.error : 'failed' };
}

/** Every text the page's statuses have shown, as it changes. */
function statusesSeen(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    for (const status of screen.queryAllByRole('status'))
      if (status.textContent) seen.push(status.textContent);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return seen;
}

function paste(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /^Paste the article’s text/ }), {
    target: { value: text },
  });
}

it('a short text read at once shows its draft without a status flashing first', async () => {
  const onDraft = vi.fn();
  render(<SourceForm onDraft={onDraft} />);
  const seen = statusesSeen();
  paste(ARTICLE);
  fireEvent.click(screen.getByRole('button', { name: 'Read this text' }));
  expect(reads.map((read) => read.text)).toEqual([ARTICLE]);
  await act(() => {
    reads[0]?.answer(answerOf(ARTICLE));
    return Promise.resolve();
  });
  expect(onDraft).toHaveBeenCalledTimes(1);
  expect(seen).toEqual([]);
}, 30_000);

it('a long read says so after a moment, and can be stopped: said, and its draft never shown', async () => {
  const onDraft = vi.fn();
  render(<SourceForm onDraft={onDraft} />);
  paste(ARTICLE);
  fireEvent.click(screen.getByRole('button', { name: 'Read this text' }));
  expect(await screen.findByText('Reading the text…')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
  expect(screen.getByText('Stopped: nothing was read.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Stop reading' })).toBeNull();
  expect(reads[0]?.signal?.aborted).toBe(true);
  await act(() => {
    reads[0]?.answer(answerOf(ARTICLE));
    return Promise.resolve();
  });
  expect(onDraft).not.toHaveBeenCalled();
}, 30_000);

it('Stop pressed from the keyboard leaves the focus where the button was, on what it says', async () => {
  render(<SourceForm onDraft={vi.fn()} />);
  paste(ARTICLE);
  fireEvent.click(screen.getByRole('button', { name: 'Read this text' }));
  const stop = await screen.findByRole('button', { name: 'Stop reading' });
  stop.focus();
  fireEvent.click(stop);
  // Not dropped to the page's start with the button, which is gone.
  expect(document.activeElement).toBe(
    screen.getAllByRole('status').find((status) => status.textContent?.startsWith('Stopped')),
  );
}, 30_000);

it('a text changed while it is read stops the read; the next read shows its draft', async () => {
  const onDraft = vi.fn<(draft: Draft) => void>();
  render(<SourceForm onDraft={onDraft} />);
  paste(ARTICLE);
  const read = screen.getByRole('button', { name: 'Read this text' });
  fireEvent.click(read);
  // Pressed again while it reads the same text: nothing more is started.
  fireEvent.click(read);
  expect(reads).toHaveLength(1);
  paste(`${ARTICLE}\nQ: And then?\nA: Then we sleep.`);
  expect(reads[0]?.signal?.aborted).toBe(true);
  expect(screen.getByText(/^Stopped: the text was changed/)).toBeTruthy();
  fireEvent.click(read);
  expect(reads).toHaveLength(2);
  await act(() => {
    reads[0]?.answer(answerOf(ARTICLE));
    return Promise.resolve();
  });
  expect(onDraft).not.toHaveBeenCalled();
  await act(() => {
    reads[1]?.answer(answerOf(reads[1]?.text ?? ''));
    return Promise.resolve();
  });
  expect(onDraft).toHaveBeenCalledTimes(1);
  expect(onDraft.mock.lastCall?.[0]?.blocks.map((block) => block.text)).toContain('Then we sleep.');
}, 30_000);

it('says in words why a text cannot be read', async () => {
  render(<SourceForm onDraft={() => undefined} />);
  paste('Menu\nShare');
  fireEvent.click(screen.getByRole('button', { name: 'Read this text' }));
  await act(() => {
    reads[0]?.answer({ ok: false, error: 'the text holds nothing but page noise' });
    return Promise.resolve();
  });
  expect(screen.getByRole('alert').textContent).toBe('The text holds nothing but page noise');
}, 30_000);
