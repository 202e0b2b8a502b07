// The entities a question names, by name, alias or short description, found by looking the
// question's word sequences up among the stored name forms; and the stems of an entity's names.
import { tokenize } from "../nlp/tokens.ts";
import type { CoverageStore, StoredEntity } from "../store/coverageStore.ts";

/** Longest name form looked for, in words. */
const LONGEST_FORM = 8;

export interface QuestionEntity {
  entity: StoredEntity;
  byDescription: boolean;
}

/** The entities a question names, in the order the question names them, each once. */
export async function questionEntities(store: CoverageStore, question: string): Promise<QuestionEntity[]> {
  const words = tokenize(question).map((t) => t.word);
  const phrases = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let length = 1; length <= LONGEST_FORM && i + length <= words.length; length++) phrases.add(words.slice(i, i + length).join(" "));
  }
  const forms = await store.nameForms([...phrases]);
  const found = new Map<string, QuestionEntity>();
  for (let i = 0; i < words.length; i++) {
    for (const form of forms) {
      if (found.has(form.entity.id)) continue;
      const length = form.words.split(" ").length;
      if (i + length <= words.length && words.slice(i, i + length).join(" ") === form.words) {
        found.set(form.entity.id, { entity: form.entity, byDescription: form.byDescription });
      }
    }
  }
  return [...found.values()];
}

/** The stems of an entity's name and aliases. */
export function nameStems(entity: StoredEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].flatMap((n) => tokenize(n).map((t) => t.stem)));
}
