import { describe, expect, it } from 'vitest';
import { keepInterview, listKept, loadDraft } from '../../src/lib/kept-interviews';
import { seedInterview } from '../support/seed';

// Node has no IndexedDB, like a browser that blocks site data: every call
// says so in words a person understands, and nothing throws anything else.
describe('storage on a device that blocks it', () => {
  it('explains that the browser does not let the page keep data', async () => {
    const message = /does not let the page keep data \(private browsing/;
    await expect(listKept()).rejects.toThrow(message);
    await expect(loadDraft()).rejects.toThrow(message);
    await expect(keepInterview(seedInterview())).rejects.toThrow(message);
  });
});
