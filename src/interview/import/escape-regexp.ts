/** The text as a regular expression that matches it literally: "Dr. (Ann)" → "Dr\. \(Ann\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
