import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

afterEach(cleanup);
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
  const why = /only blank lines/i;
  expect(button.hasAttribute('disabled')).toBe(true);
  expect(description(textbox)).not.toMatch(why);

  fireEvent.change(textbox, { target: { value: '\n\n   \n\t\n' } });
  expect(button.hasAttribute('disabled')).toBe(true);
  expect(description(textbox)).toMatch(why);
  expect(description(button)).toMatch(why);
  // Seen, not only heard.
  expect(screen.getByText(why)).toBeTruthy();

  fireEvent.change(textbox, { target: { value: '\n\nQ: Why?\n' } });
  expect(button.hasAttribute('disabled')).toBe(false);
  expect(description(textbox)).not.toMatch(why);
  expect(screen.queryByText(why)).toBeNull();
}, 20_000);

it('names each field by its label alone, its hint its description', () => {
  // A screen reader read the whole hint as the field's name ("Paste the article’s text Select
  // everything on the interview’s page, …").
  render(<SourceForm onDraft={() => undefined} />);
  screen.getByRole('textbox', {
    name: 'Paste the article’s text',
    description: /^Select everything on the interview’s page/,
  });
  screen.getByRole('textbox', {
    name: 'Or the address of an interview file',
    description: /^An interview \.json on another site/,
  });
  expect(screen.getByLabelText('Or choose a file, or drop it here')).toBeTruthy();
}, 20_000);
