// Direct or mixed: a direct quote is a whole clause of speech (it opens its sentence or follows
// the cue, and runs to the sentence's end or its attribution); a quoted fragment inside a
// sentence of reported speech is mixed ("deplored Trump's “affinity or sympathy” toward Putin").
import type { Cue } from "./speakers.ts";

const LEAD_IN = /(?:^|[:,—–-]|\bthat)\s*$/u;
const TAIL = /^[\s.,!?;:”"’'…)-]*$/u;

export function isDirect(masked: string, sentence: [number, number], open: number, close: number, cueBefore?: Cue, cueAfter?: Cue): boolean {
  const before = masked.slice(sentence[0], open);
  const opensClause = before.trim() === "" || LEAD_IN.test(before) || (cueBefore !== undefined && /^\s*$/u.test(masked.slice(cueBefore.end, open)));
  const tail = masked.slice(close + 1, sentence[1]);
  const closesClause = TAIL.test(tail) || (cueAfter !== undefined && /^[,.!?]?[”"’']?\s*/u.test(tail) && /^\W*[^—–;(]*$/u.test(masked.slice(close + 1, cueAfter.start)));
  return opensClause && closesClause;
}
