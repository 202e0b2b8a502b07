// Whether a name stands in a text as whole words: the test that keeps a quote from being given to
// someone its own words name ("taking “Trump Airlines” to the top" is not Trump speaking).
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `name` stands in `text` as whole words (not inside a longer word). */
function standsIn(text: string, name: string): boolean {
  if (!name) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!WORD_CHARACTER.test(text[at - 1] ?? " ") && !WORD_CHARACTER.test(text[at + name.length] ?? " ")) return true;
  }
  return false;
}

/** The first of `names` (a name and its aliases) that stands in `text`, if any. */
export function nameStandingIn(names: Iterable<string>, text: string): string | undefined {
  for (const name of names) if (standsIn(text, name)) return name;
  return undefined;
}
