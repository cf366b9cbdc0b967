import { describe, expect, it } from 'vitest';
import { cssString, printedLinkStyle } from '../../src/prerender/page-html';

describe('a page’s address for its printed sheets without JavaScript', () => {
  it('is a CSS string that ends where the address ends, whatever the address holds', () => {
    expect(cssString('https://example.org/i/a')).toBe('"https://example.org/i/a"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    // Nothing in it closes the page's <style> element.
    expect(cssString('x</style><script>')).not.toContain('<');
    expect(cssString('x</style>')).toBe('"x\\3c /style>"');
  });

  it('applies only to a page no script has marked (html.js)', () => {
    expect(printedLinkStyle('https://example.org/i/a/energy', '--printed-link')).toBe(
      'html:not(.js){--printed-link:"https://example.org/i/a/energy"}',
    );
  });
});
