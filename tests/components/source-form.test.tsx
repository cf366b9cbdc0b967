import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { SourceForm } from '../../src/features/add-interview/components/source-form';

/** An element's description: the text of what its aria-describedby names. */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

it('pasted blank lines only: says why "Read this text" does nothing, on the field and the button', () => {
  render(<SourceForm onDraft={() => undefined} />);
  // Found once by role and name (each role query is slow in jsdom): React keeps the nodes.
  const textbox = screen.getByRole('textbox', { name: /^Paste the article’s text/ });
  const button = screen.getByRole('button', { name: 'Read this text' });
  // Nothing pasted yet: the empty field says it all.
  expect(button.hasAttribute('disabled')).toBe(true);
  expect(description(textbox)).toBe('');

  fireEvent.change(textbox, { target: { value: '\n\n   \n\t\n' } });
  expect(button.hasAttribute('disabled')).toBe(true);
  const why = /only blank lines/i;
  expect(description(textbox)).toMatch(why);
  expect(description(button)).toMatch(why);
  // Seen, not only heard.
  expect(screen.getByText(why)).toBeTruthy();

  fireEvent.change(textbox, { target: { value: '\n\nQ: Why?\n' } });
  expect(button.hasAttribute('disabled')).toBe(false);
  expect(description(textbox)).toBe('');
  expect(screen.queryByText(why)).toBeNull();
}, 20_000);
