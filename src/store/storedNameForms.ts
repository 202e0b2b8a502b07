// The name forms /ask looks questions up in, as written into the store file and read back. Forms
// that do not fit the entities, or that another version of the tokeniser built, are left unread
// and the caller builds fresh ones.
import { formsOf, groupByFirstWord, wordReader, type NameForms } from "./nameForms.ts";
import { int32s, pack, uint8s } from "./packedNumbers.ts";
import type { Entity } from "../model/entity.ts";
import type { StoredNameForms } from "./schema.ts";
import { allBelow, SPOT_CHECK_EVERY, startsFit } from "./storedLists.ts";

/** Bump when tokenising or the choice of forms changes: stored forms then no longer match the code. */
export const NAME_FORMS_VERSION = 1;

export function packNameForms(forms: NameForms): StoredNameForms {
  return {
    version: NAME_FORMS_VERSION,
    words: [...forms.wordList],
    formStarts: pack(forms.formStarts),
    formWords: pack(forms.words),
    formEntity: pack(forms.formEntity),
    byDescription: pack(forms.byDescription),
  };
}

/** Whether `formEntity` lists entities in order, each below `count`. */
function inEntityOrder(formEntity: Int32Array, count: number): boolean {
  for (let f = 0; f < formEntity.length; f++) {
    const e = formEntity[f] ?? -1;
    if (e < 0 || e >= count || (f > 0 && e < (formEntity[f - 1] ?? 0))) return false;
  }
  return true;
}

/** Whether the stored forms of every SPOT_CHECK_EVERY-th entity are the forms its names give now. */
function spotChecked(forms: NameForms, entities: readonly Entity[]): boolean {
  const read = wordReader((word) => forms.wordIds.get(word) ?? entities.length + forms.wordList.length);
  let f = 0;
  for (let e = 0; e < entities.length; e += SPOT_CHECK_EVERY) {
    const entity = entities[e];
    if (!entity) return false;
    while (f < forms.formEntity.length && (forms.formEntity[f] ?? 0) < e) f++;
    for (const form of formsOf(entity, read, forms.wordList)) {
      if (forms.formEntity[f] !== e || (forms.byDescription[f] === 1) !== form.description) return false;
      const stored = forms.words.subarray(forms.formStarts[f] ?? 0, forms.formStarts[f + 1] ?? 0);
      if (stored.length !== form.ids.length || form.ids.some((id, k) => stored[k] !== id)) return false;
      f++;
    }
    if (forms.formEntity[f] === e) return false;
  }
  return true;
}

export function unpackNameForms(stored: StoredNameForms, entities: readonly Entity[]): NameForms | null {
  if (stored.version !== NAME_FORMS_VERSION) return null;
  const formStarts = int32s(stored.formStarts);
  const words = int32s(stored.formWords);
  const formEntity = int32s(stored.formEntity);
  const byDescription = uint8s(stored.byDescription);
  if (!formStarts || !words || !formEntity || !byDescription) return null;
  const count = formEntity.length;
  if (byDescription.length !== count || !startsFit(formStarts, count, words.length) || !allBelow(words, stored.words.length)) return null;
  for (let f = 0; f < count; f++) if ((formStarts[f] ?? 0) === (formStarts[f + 1] ?? 0)) return null;
  if (!inEntityOrder(formEntity, entities.length)) return null;
  const forms = groupByFirstWord(stored.words, formStarts, words, formEntity, byDescription);
  return spotChecked(forms, entities) ? forms : null;
}
