import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AnswerParagraph,
  ParagraphLinkStatus,
} from '../../src/features/reader/components/answer-paragraph';
import { useParagraphLinkCopy } from '../../src/features/reader/hooks/use-paragraph-link-copy';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const paragraph = (
  <AnswerParagraph
    questionId="q3"
    index={1}
    text="Trade grew by a third."
    ranges={[]}
    paragraphPath={() => '/i/an-interview/trade?quote=Trade%20grew'}
    questionNumber={3}
    menu={null}
    link={undefined}
    onCopyLink={() => undefined}
    onDismissLink={() => undefined}
  />
);

/** Answer paragraphs as the reader renders them: their links' copying held once, by the reader. */
function Answer({ paragraphs }: { paragraphs: string[] }) {
  const links = useParagraphLinkCopy();
  return (
    <>
      {paragraphs.map((text, i) => (
        <AnswerParagraph
          key={i}
          questionId="q3"
          index={i}
          text={text}
          ranges={[]}
          paragraphPath={() => `/i/an-interview/trade?quote=${encodeURIComponent(text)}`}
          questionNumber={3}
          menu={null}
          link={links.active?.paragraph === i ? links.active : undefined}
          onCopyLink={links.copy}
          onDismissLink={links.dismiss}
        />
      ))}
      <ParagraphLinkStatus />
    </>
  );
}

/** Elements, text and comments under a root, the root included. */
function nodesUnder(root: Node): number {
  let count = 1;
  for (const child of root.childNodes) count += nodesUnder(child);
  return count;
}

describe('AnswerParagraph', { timeout: 30_000 }, () => {
  // Every answer paragraph has one: 11,600 in the 2,000-question interview of
  // `npm run bench`, where an SVG icon, wrapper spans and label spans made
  // about 20 nodes a paragraph and most of the page's 327,000.
  it('is its text and a one-element link: nine nodes, no SVG, no live region of its own', () => {
    const { container } = render(paragraph);
    const root = container.firstElementChild;
    if (!root) throw new Error('nothing rendered');
    expect(nodesUnder(root)).toBeLessThanOrEqual(9);
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(root.querySelector('svg')).toBeNull();
  });

  it('positions nothing (no paint layer) until a selection menu needs it', () => {
    const { container, rerender } = render(paragraph);
    expect(container.querySelectorAll('.relative, .absolute')).toHaveLength(0);
    rerender(
      <AnswerParagraph {...paragraph.props} menu={<span className="absolute">menu</span>} />,
    );
    expect(container.firstElementChild?.classList.contains('relative')).toBe(true);
  });

  it('copies the paragraph’s full URL and says so in the reader’s status region', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Answer paragraphs={['Exports fell.', 'Trade grew']} />);
    await user.click(screen.getByRole('button', { name: 'Copy link to paragraph 2 of answer 3' }));
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/i/an-interview/trade?quote=Trade%20grew',
    );
    expect(await screen.findByRole('button', { name: /^Copied/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Copy link to paragraph 2 of answer 3: copied',
    );
  });

  // The reader holds one link's copying for all its paragraphs (11,600 in the 2,000-question
  // interview, each with two states and two effects of its own before): one shows "Copied".
  it('shows "Copied" on the link last used only', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Answer paragraphs={['Exports fell.', 'Trade grew']} />);
    await user.click(screen.getByRole('button', { name: 'Copy link to paragraph 1 of answer 3' }));
    expect(
      await screen.findByRole('button', { name: /^Copied ?link to paragraph 1 / }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy link to paragraph 2 of answer 3' }));
    expect(
      await screen.findByRole('button', { name: /^Copied ?link to paragraph 2 / }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Copy link to paragraph 1 of answer 3' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Copied/ })).toHaveLength(1);
  });
  // The one link in use is the reader's, whatever moved it: Enter or Space on a focused link, or
  // a finger's tap, each moves "Copied" to that link; focus stays on the link pressed.
  it('moves "Copied" by keyboard and by touch, one link at a time', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Answer paragraphs={['Exports fell.', 'Trade grew', 'Prices held.']} />);
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Copy link to paragraph 1 of answer 3' }),
    );
    await user.keyboard('{Enter}');
    const first = await screen.findByRole('button', { name: /^Copied ?link to paragraph 1 / });
    expect(document.activeElement).toBe(first);
    await user.tab();
    await user.keyboard(' ');
    await screen.findByRole('button', { name: /^Copied ?link to paragraph 2 / });
    await user.pointer({
      keys: '[TouchA]',
      target: screen.getByRole('button', { name: 'Copy link to paragraph 3 of answer 3' }),
    });
    await screen.findByRole('button', { name: /^Copied ?link to paragraph 3 / });
    expect(screen.getAllByRole('button', { name: /^Copied/ })).toHaveLength(1);
    expect(writeText).toHaveBeenCalledTimes(3);
  });
});
