import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../src/features/reader/components/highlighted-text';

describe('HighlightedText', () => {
  it('wraps a key quote in a <mark> carrying its id', () => {
    const text = 'I remain convinced: the war will end this year.';
    const { container } = render(
      <p>
        <HighlightedText
          text={text}
          ranges={[{ start: 20, end: text.length, kind: 'key-quote', id: 'war' }]}
        />
      </p>,
    );
    const mark = container.querySelector('mark');
    expect(mark?.id).toBe('war');
    expect(mark?.textContent).toBe('the war will end this year.');
    expect(container.textContent).toBe(text);
  });

  it('renders interview text as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)"> <b>bold</b>';
    const { container } = render(
      <p>
        <HighlightedText text={text} ranges={[{ start: 0, end: 5, kind: 'key-quote', id: 'k' }]} />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/<b>bold<\/b>/)).toBeTruthy();
    expect(container.textContent).toBe(text);
  });
});
