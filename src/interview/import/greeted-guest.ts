import type { Parse } from './structure';

// A greeting and a name in a script without capitals, closed by a comma or stop: Hebrew "שלום
// אלון," / "היי אלון,", Arabic "مرحبا سامي،", Persian "سلام سارا،", Hindi "नमस्ते राहुल,". One or two
// words: "שלום לכולם," ("hello, everyone") reads as a name too, so the name must come back.
const GREETING =
  /^(?:שלום|היי|הי|مرحبا|أهلا|اهلا|سلام|नमस्ते)\s([\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+)?)\s?[,.!،]/u;

/**
 * The guest that two or more questions greet by the same name, in a script without capitals: a
 * forum's hosting thread, each member's post opening "שלום אלון," or "היי אלון,".
 */
export function greetedByAskers(structure: Parse): string | undefined {
  const count = new Map<string, number>();
  for (const question of structure.sections.flatMap((s) => s.questions)) {
    const name = GREETING.exec(question.question[0] ?? '')?.[1];
    if (name) count.set(name, (count.get(name) ?? 0) + 1);
  }
  const greeted = [...count].filter(([, n]) => n > 1);
  return greeted.length === 1 ? greeted[0]?.[0] : undefined;
}
