/**
 * A transcript of `turns` short questions and answers after a headline, a byline and an intro:
 * the long text the Add page's tests read (20,000 turns are about a megabyte).
 */
export function bakerTranscript(turns: number): string {
  const lines = ['A baker on bread', 'By Ann Lee', 'Baker Tom Hale runs a bakery in Leeds.'];
  for (let turn = 1; turn <= turns; turn += 1)
    lines.push(
      `Q: What about loaf number ${turn}, then?`,
      `A: It rose at dawn, ${turn} times over, and sold by noon.`,
    );
  return lines.join('\n');
}
