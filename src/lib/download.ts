/** Offers text to the person as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An interview as the file `npm run interview:check` accepts, ready for public/interviews/. */
export function interviewFileText(interview: object): string {
  return `${JSON.stringify({ $schema: '../interview.schema.json', ...interview }, null, 2)}\n`;
}
