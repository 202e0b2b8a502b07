// Every way the coverage names an entity (its name, each alias, a short description), as word ids
// in flat arrays grouped by first word: /ask finds the entities a question names by reading the
// forms that start with each of its words. Built once per corpus, with no object per form.
import { normalizeWord } from "../nlp/tokens.ts";
import { scanWordForms, wordForms } from "../nlp/wordForms.ts";
import type { Entity } from "../store/schema.ts";

/** Descriptions this short ("Kremlin spokesman") name someone; longer ones are sentences. */
const DESCRIPTION_MAX_WORDS = 4;

export interface NameForms {
  /** Normalised word → id. */
  readonly wordIds: ReadonlyMap<string, number>;
  /** The words of form f are words[formStarts[f] … formStarts[f + 1] − 1], as ids. */
  readonly formStarts: Int32Array;
  readonly words: Int32Array;
  /** Per form: its entity (index into the store's entities), and 1 when it is a description. */
  readonly formEntity: Int32Array;
  readonly byDescription: Uint8Array;
  /** The forms whose first word has id w are firstForms[firstStarts[w] … firstStarts[w + 1] − 1], in the order they were added. */
  readonly firstStarts: Int32Array;
  readonly firstForms: Int32Array;
}

/** Reads the words of many names, each written form scanned and normalised once, into word ids (`wordList` holds the words by id). */
function wordReader(wordIds: Map<string, number>, wordList: string[]): (text: string) => number[] {
  const forms = wordForms();
  const formWord: number[] = [];
  let scanned = new Int32Array(64);
  return (text) => {
    if (scanned.length < text.length + 1) scanned = new Int32Array(text.length * 2 + 2);
    const count = scanWordForms(forms, text, 0, text.length, scanned, 0);
    const ids: number[] = [];
    for (let k = 0; k < count; k++) {
      const form = scanned[k] ?? 0;
      for (let next = formWord.length; next <= form; next++) {
        const word = normalizeWord(forms.forms[next] ?? "");
        let id = word ? wordIds.get(word) : -1;
        if (id === undefined) {
          id = wordList.length;
          wordIds.set(word, id);
          wordList.push(word);
        }
        formWord.push(id);
      }
      const id = formWord[form] ?? -1;
      if (id >= 0) ids.push(id);
    }
    return ids;
  };
}

export function buildNameForms(entities: readonly Entity[]): NameForms {
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const read = wordReader(wordIds, wordList);
  const formStarts = [0];
  const words: number[] = [];
  const formEntity: number[] = [];
  const byDescription: number[] = [];
  const add = (text: string, entity: number, description: boolean) => {
    const ids = read(text);
    const first = ids[0];
    if (first === undefined || (ids.length === 1 && (wordList[first]?.length ?? 0) < 3)) return;
    words.push(...ids);
    formStarts.push(words.length);
    formEntity.push(entity);
    byDescription.push(description ? 1 : 0);
  };
  entities.forEach((entity, e) => {
    add(entity.name, e, false);
    for (const alias of entity.aliases) add(alias, e, false);
    if (entity.description && entity.description.split(/\s+/u).length <= DESCRIPTION_MAX_WORDS) add(entity.description, e, true);
  });
  const starts = Int32Array.from(formStarts);
  const wordArray = Int32Array.from(words);
  const forms = formEntity.length;
  const firstStarts = new Int32Array(wordList.length + 1);
  for (let f = 0; f < forms; f++) {
    const w = wordArray[starts[f] ?? 0] ?? 0;
    firstStarts[w + 1] = (firstStarts[w + 1] ?? 0) + 1;
  }
  for (let w = 1; w < firstStarts.length; w++) firstStarts[w] = (firstStarts[w] ?? 0) + (firstStarts[w - 1] ?? 0);
  const next = firstStarts.slice(0, -1);
  const firstForms = new Int32Array(forms);
  for (let f = 0; f < forms; f++) {
    const w = wordArray[starts[f] ?? 0] ?? 0;
    firstForms[next[w] ?? 0] = f;
    next[w] = (next[w] ?? 0) + 1;
  }
  return {
    wordIds,
    formStarts: starts,
    words: wordArray,
    formEntity: Int32Array.from(formEntity),
    byDescription: Uint8Array.from(byDescription),
    firstStarts,
    firstForms,
  };
}
