// Stems of the same word family ("injured" and "injury", "elect" and "election"): a Porter stem with
// its derivational endings swapped, so a question and an article that use different forms still meet.

/** Endings that Porter stemming leaves on derived words ("injuri", "elector", "execution" → "execut"). */
const ENDINGS = ["i", "e", "y", "ion", "ation", "ment", "er", "or", "al", "iv", "ant", "ent", "ic"];
/** Below this length a stem is too short to tell a family from a coincidence ("al", "or"). */
const MIN_BASE = 4;

/** The stem with its derivational ending taken off ("injuri" → "injur"), or itself. */
function baseOf(stem: string): string {
  const ending = ENDINGS.filter((e) => stem.endsWith(e) && stem.length - e.length >= MIN_BASE).sort((a, b) => b.length - a.length)[0];
  return ending ? stem.slice(0, -ending.length) : stem;
}

/** The other stems a word of this family may have, the stem itself left out. */
export function familyStems(stem: string): string[] {
  const base = baseOf(stem);
  if (base.length < MIN_BASE) return [];
  return [...new Set([base, ...ENDINGS.map((e) => base + e)])].filter((s) => s !== stem);
}
