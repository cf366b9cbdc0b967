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
  return copyWithCommand(text, html);
}

function copyWithCommand(text: string, html: string | undefined): boolean {
  // The copy event lets the older command carry HTML too.
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html !== undefined) event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', fill);
  try {
    return copyTextarea(text);
  } finally {
    document.removeEventListener('copy', fill);
  }
}

function copyTextarea(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  const focused = document.activeElement;
  document.body.append(field);
  field.select();
  let copied: boolean;
  try {
    // Deprecated but still the only way where the Clipboard API is missing.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  return copied;
}
