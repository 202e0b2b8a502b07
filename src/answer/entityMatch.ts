// Names in a question resolved to the corpus's entities (by name, alias or description), and the
// entities each paragraph mentions, so /ask can favour sentences about the people asked about.
import { normalizeWord, tokenize } from "../nlp/tokens.ts";
import { scanWordForms, wordForms } from "../nlp/wordForms.ts";
import type { Corpus } from "../store/corpus.ts";
import type { Entity } from "../store/schema.ts";

interface NameForm {
  words: string[];
  entity: Entity;
  /** Matched by description ("Kremlin spokesman"), not by a name the text would contain. */
  byDescription: boolean;
}

/** The mentions in one article, as parallel arrays: the entity (index into the store's entities), paragraph and span. */
interface ArticleMentions {
  entity: number[];
  paragraph: number[];
  start: number[];
  end: number[];
}

interface EntityLookup {
  byFirstWord: Map<string, NameForm[]>;
  mentions: Map<string, ArticleMentions>;
}

const built = new WeakMap<Corpus, EntityLookup>();

function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/** The words of many names, each written form scanned and normalised once. */
function nameWords(): (text: string) => string[] {
  const forms = wordForms();
  const normalized: string[] = [];
  let ids = new Int32Array(64);
  return (text) => {
    if (ids.length < text.length + 1) ids = new Int32Array(text.length * 2 + 2);
    const count = scanWordForms(forms, text, 0, text.length, ids, 0);
    const found: string[] = [];
    for (let k = 0; k < count; k++) {
      const form = ids[k] ?? 0;
      for (let next = normalized.length; next <= form; next++) normalized.push(normalizeWord(forms.forms[next] ?? ""));
      const word = normalized[form] ?? "";
      if (word) found.push(word);
    }
    return found;
  };
}

function lookup(corpus: Corpus): EntityLookup {
  let found = built.get(corpus);
  if (found) return found;
  const byFirstWord = new Map<string, NameForm[]>();
  const mentions = new Map<string, ArticleMentions>();
  const wordsOf = nameWords();
  const add = (text: string, entity: Entity, byDescription: boolean) => {
    const w = wordsOf(text);
    const first = w[0];
    if (!first || (w.length === 1 && first.length < 3)) return;
    const forms = byFirstWord.get(first);
    if (forms) forms.push({ words: w, entity, byDescription });
    else byFirstWord.set(first, [{ words: w, entity, byDescription }]);
  };
  corpus.store.entities.forEach((entity, entityId) => {
    add(entity.name, entity, false);
    for (const alias of entity.aliases) add(alias, entity, false);
    if (entity.description && entity.description.split(/\s+/u).length <= 4) add(entity.description, entity, true);
    for (const m of entity.mentions) {
      let list = mentions.get(m.article);
      if (!list) {
        list = { entity: [], paragraph: [], start: [], end: [] };
        mentions.set(m.article, list);
      }
      list.entity.push(entityId);
      list.paragraph.push(m.paragraph);
      list.start.push(m.start);
      list.end.push(m.end);
    }
  });
  found = { byFirstWord, mentions };
  built.set(corpus, found);
  return found;
}

/** Builds the lookup of a corpus's entity names and mentions ahead of the first question. */
export function prepareEntityLookup(corpus: Corpus): void {
  lookup(corpus);
}

export interface QuestionEntity {
  entity: Entity;
  byDescription: boolean;
}

/** The entities a question names, longest name forms first, each once. */
export function questionEntities(corpus: Corpus, question: string): QuestionEntity[] {
  const { byFirstWord } = lookup(corpus);
  const w = words(question);
  const found = new Map<string, QuestionEntity>();
  w.forEach((word, i) => {
    for (const form of byFirstWord.get(normalizeWord(word)) ?? []) {
      if (found.has(form.entity.id) || i + form.words.length > w.length) continue;
      let k = 0;
      while (k < form.words.length && w[i + k] === form.words[k]) k++;
      if (k === form.words.length) found.set(form.entity.id, { entity: form.entity, byDescription: form.byDescription });
    }
  });
  return [...found.values()];
}

const stemsOfNames = new WeakMap<Entity, ReadonlySet<string>>();

/** The stems of an entity's name and aliases, worked out once per entity. */
export function nameStems(entity: Entity): ReadonlySet<string> {
  let stems = stemsOfNames.get(entity);
  if (!stems) {
    stems = new Set([entity.name, ...entity.aliases].flatMap((n) => tokenize(n).map((t) => t.stem)));
    stemsOfNames.set(entity, stems);
  }
  return stems;
}

/** The entity ids mentioned within [start, end) of a paragraph. */
export function entitiesMentioned(corpus: Corpus, article: string, paragraph: number, start: number, end: number): Set<string> {
  const found = new Set<string>();
  const list = lookup(corpus).mentions.get(article);
  if (!list) return found;
  const entities = corpus.store.entities;
  list.entity.forEach((entity, k) => {
    if (list.paragraph[k] === paragraph && (list.start[k] ?? -1) >= start && (list.end[k] ?? Infinity) <= end) found.add(entities[entity]?.id ?? "");
  });
  return found;
}
