/**
 * The older way to put text on the clipboard, for copyText (clipboard.ts)
 * where the Clipboard API is missing or refused: the copy command on a
 * hidden text field, HTML beside the text through the copy event.
 */
export function copyWithCommand(text: string, html: string | undefined): boolean {
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
