import type { Page } from '@playwright/test';

/**
 * Whether some copy of `text` is on screen (inside the viewport, laid out):
 * the words may also stand in a folded panel elsewhere, so any visible copy counts.
 */
export function textOnScreen(page: Page, text: string): Promise<boolean> {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(words)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight) return true;
    }
    return false;
  }, text);
}
