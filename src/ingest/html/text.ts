// Text clean-up shared by the HTML modules: one line, single spaces, no stray edges.
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, " ").trim();
}

/** True when the text has at least one letter (gallery counters and arrows have none). */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
