// A name as people type and search it: accents, case, possessives and punctuation dropped, and a
// leading "the" or title left out, so "President Putin", "putin's" and "Putin" meet.
const TITLES = /^(?:mr|mrs|ms|dr|president|sen|senator|rep|gov|governor|prime minister|pm|gen|general|ambassador|secretary|chancellor)\.?\s+/u;

export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u00AD]/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the\s+/u, "")
    .replace(TITLES, "");
}
