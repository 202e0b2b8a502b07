// Text clean-up shared by the HTML modules: one line, single spaces, no stray edges.
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/** True when the text has at least one letter (gallery counters and arrows have none). */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Equal once case, spaces and punctuation are ignored: "the Guardian" is "The Guardian". */
export function sameText(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return key(a) === key(b);
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
