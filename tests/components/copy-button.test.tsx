import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../../src/features/reader/components/copy-button';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('CopyLinkButton', { timeout: 30_000 }, () => {
  it('copies the full URL and says "Copied" for a moment', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyLinkButton path="/i/an-interview/trade" target="section Trade" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to section Trade' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/i/an-interview/trade');
    expect(screen.getByRole('button').textContent).toContain('Copied');
    expect(screen.getByRole('status').textContent).toBe('Copy link to section Trade: copied');
  });
});
