import { parseDateLine } from './dates';

// A programme's broadcast date in the lead's sentence, written in figures: Ukrainian "Програма
// була в ефірі 03.11.2020.", Russian "в эфире …", "aired on …", "broadcast on …".
const AIRED = /(?:в ефірі|в эфире|aired on|broadcast on) (\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)/iu;

/** The date a header's sentence says the programme went on air, if it says so. */
export function airedDate(text: string): string | undefined {
  const date = AIRED.exec(text)?.[1];
  return date ? parseDateLine(date) : undefined;
}
