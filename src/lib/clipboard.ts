/**
 * Puts text on the clipboard, and HTML beside it when given (so italics
 * survive pasting into a word processor): the Clipboard API where the page
 * may use it, else the older copy command. Resolves to whether either worked.
 */
export async function copyText(text: string, html?: string): Promise<boolean> {
  try {
    if (html !== undefined && navigator.clipboard && typeof ClipboardItem === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied, or not a secure context: try the older way.
  }
  // Only a page without the Clipboard API (not a secure context, an old
  // browser) or whose write was refused needs the older way: its code loads
  // then, not with every page.
  const { copyWithCommand } = await import('./copy-command');
  return copyWithCommand(text, html);
}
