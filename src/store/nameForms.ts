// Every way the coverage names an entity (its name, each alias, a short description), as word ids
// in flat arrays grouped by first word: /ask finds the entities a question names by reading the
// forms that start with each of its words. Built by ingest, with no object per form, and written
// into the store file.
import { normalizeWord } from "../nlp/tokens.ts";
import { scanWordForms, wordForms } from "../nlp/wordForms.ts";
import type { Corpus } from "./corpus.ts";
import { memoise } from "./memoise.ts";
import type { Entity } from "../model/entity.ts";

/** Descriptions this short ("Kremlin spokesman") name someone; longer ones are sentences. */
const DESCRIPTION_MAX_WORDS = 4;
/** A one-word form shorter than this ("Mr", "Al") names no one on its own. */
const SHORTEST_ONE_WORD = 3;

export interface NameForms {
  /** The normalised words by id, and the id of each. */
  readonly wordList: readonly string[];
  readonly wordIds: ReadonlyMap<string, number>;
  /** The words of form f are words[formStarts[f] … formStarts[f + 1] − 1], as ids. */
  readonly formStarts: Int32Array;
  readonly words: Int32Array;
  /** Per form: its entity (index into the store's entities), and 1 when it is a description. */
  readonly formEntity: Int32Array;
  readonly byDescription: Uint8Array;
  /** The forms whose first word has id w are firstForms[firstStarts[w] … firstStarts[w + 1] − 1], in entity order. */
  readonly firstStarts: Int32Array;
  readonly firstForms: Int32Array;
}

/** A name form as word ids, and whether it is a description. */
export interface NameForm {
  ids: number[];
  description: boolean;
}

/** Reads the words of many names as word ids (`idOf` gives a normalised word its id), each written form scanned and normalised once. */
export function wordReader(idOf: (word: string) => number): (text: string) => number[] {
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
        formWord.push(word ? idOf(word) : -1);
      }
      const id = formWord[form] ?? -1;
      if (id >= 0) ids.push(id);
    }
    return ids;
  };
}

/** The forms naming `entity`, in order: its name, each alias, its description when short. */
export function formsOf(entity: Entity, read: (text: string) => number[], wordList: readonly string[]): NameForm[] {
  const forms: NameForm[] = [];
  const add = (text: string, description: boolean) => {
    const ids = read(text);
    const first = ids[0];
    if (first === undefined || (ids.length === 1 && (wordList[first]?.length ?? 0) < SHORTEST_ONE_WORD)) return;
    forms.push({ ids, description });
  };
  add(entity.name, false);
  for (const alias of entity.aliases) add(alias, false);
  if (entity.description && entity.description.split(/\s+/u).length <= DESCRIPTION_MAX_WORDS) add(entity.description, true);
  return forms;
}

export function buildNameForms(entities: readonly Entity[]): NameForms {
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const read = wordReader((word) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordList.length;
      wordIds.set(word, id);
      wordList.push(word);
    }
    return id;
  });
  const formStarts = [0];
  const words: number[] = [];
  const formEntity: number[] = [];
  const byDescription: number[] = [];
  entities.forEach((entity, e) => {
    for (const form of formsOf(entity, read, wordList)) {
      for (const id of form.ids) words.push(id);
      formStarts.push(words.length);
      formEntity.push(e);
      byDescription.push(form.description ? 1 : 0);
    }
  });
  return groupByFirstWord(wordList, Int32Array.from(formStarts), Int32Array.from(words), Int32Array.from(formEntity), Uint8Array.from(byDescription));
}

/** The name forms with their lookup by first word: a counting pass, then a filling pass. */
export function groupByFirstWord(wordList: readonly string[], formStarts: Int32Array, words: Int32Array, formEntity: Int32Array, byDescription: Uint8Array): NameForms {
  const forms = formEntity.length;
  const firstStarts = new Int32Array(wordList.length + 1);
  for (let f = 0; f < forms; f++) {
    const w = words[formStarts[f] ?? 0] ?? 0;
    firstStarts[w + 1] = (firstStarts[w + 1] ?? 0) + 1;
  }
  for (let w = 1; w < firstStarts.length; w++) firstStarts[w] = (firstStarts[w] ?? 0) + (firstStarts[w - 1] ?? 0);
  const next = firstStarts.slice(0, -1);
  const firstForms = new Int32Array(forms);
  for (let f = 0; f < forms; f++) {
    const w = words[formStarts[f] ?? 0] ?? 0;
    firstForms[next[w] ?? 0] = f;
    next[w] = (next[w] ?? 0) + 1;
  }
  return { wordList, wordIds: new Map(wordList.map((word, id) => [word, id])), formStarts, words, formEntity, byDescription, firstStarts, firstForms };
}

/** The corpus's name forms: those read from the store file, or else built on first use. */
export const nameForms: (corpus: Corpus) => NameForms = memoise((corpus: Corpus) => corpus.prebuilt.nameForms ?? buildNameForms(corpus.store.entities));
