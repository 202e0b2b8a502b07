// The other forms of an irregular verb ("took" and "take", "caught" and "catch", "began" and "begun"), from
// wink-lexicon's table of English irregular verbs: Porter stems leave them apart, so a question asked in one
// tense still meets an article written in another. A past form that is also another kind of word in
// wink-lexicon's part-of-speech lexicon ("left", "saw", "given") is not linked: it too often means something else.
import irregularVerbs from "wink-lexicon/src/irregular-verbs.js";
import lexicon from "wink-lexicon/src/lexicon.js";
import { stem } from "../tokens.ts";

const formsByBase = new Map<string, Set<string>>();
for (const [form, base] of Object.entries(irregularVerbs)) {
  const forms = formsByBase.get(base) ?? new Set<string>([base]);
  forms.add(form);
  formsByBase.set(base, forms);
}

/** The verb's base when the word is a form of an irregular verb ("caught" → "catch"), else undefined. */
export const irregularBase = (word: string): string | undefined => (Object.hasOwn(irregularVerbs, word) ? irregularVerbs[word] : undefined);

/** Whether the form is the verb's base, or a form the lexicon knows only as a verb. */
const plainForm = (form: string, base: string): boolean => form === base || (lexicon[form] ?? []).every((tag) => tag.startsWith("VB"));

/** The stems of the word's other irregular-verb forms, its own stem left out; none for a regular or ambiguous word. */
export function verbFormStems(word: string): string[] {
  const lower = word.toLowerCase();
  const base = irregularBase(lower);
  if (!base || !plainForm(lower, base)) return [];
  const own = stem(lower);
  const forms = [...(formsByBase.get(base) ?? [])].filter((f) => plainForm(f, base));
  return [...new Set(forms.map(stem))].filter((s) => s !== own);
}
