// Names in a question resolved to the corpus's entities (by name, alias or description), and the
// entities each paragraph mentions, so /ask can favour sentences about the people asked about.
import { normalizeWord, tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import type { Entity } from "../store/schema.ts";

interface NameForm {
  words: string[];
  entity: Entity;
  /** Matched by description ("Kremlin spokesman"), not by a name the text would contain. */
  byDescription: boolean;
}

interface EntityLookup {
  byFirstWord: Map<string, NameForm[]>;
  /** Mentions per paragraph, keyed `article\u0000paragraph`. */
  mentions: Map<string, { entity: string; start: number; end: number }[]>;
}

const built = new WeakMap<Corpus, EntityLookup>();

function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

function lookup(corpus: Corpus): EntityLookup {
  let found = built.get(corpus);
  if (found) return found;
  const byFirstWord = new Map<string, NameForm[]>();
  const mentions = new Map<string, { entity: string; start: number; end: number }[]>();
  const add = (text: string, entity: Entity, byDescription: boolean) => {
    const w = words(text);
    const first = w[0];
    if (!first || (w.length === 1 && first.length < 3)) return;
    const forms = byFirstWord.get(first) ?? [];
    forms.push({ words: w, entity, byDescription });
    byFirstWord.set(first, forms);
  };
  for (const entity of corpus.store.entities) {
    add(entity.name, entity, false);
    for (const alias of entity.aliases) add(alias, entity, false);
    if (entity.description && entity.description.split(/\s+/u).length <= 4) add(entity.description, entity, true);
    for (const m of entity.mentions) {
      const key = `${m.article}\u0000${m.paragraph}`;
      const list = mentions.get(key) ?? [];
      list.push({ entity: entity.id, start: m.start, end: m.end });
      mentions.set(key, list);
    }
  }
  found = { byFirstWord, mentions };
  built.set(corpus, found);
  return found;
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
      if (form.words.every((fw, k) => w[i + k] === fw) && !found.has(form.entity.id)) {
        found.set(form.entity.id, { entity: form.entity, byDescription: form.byDescription });
      }
    }
  });
  return [...found.values()];
}

/** The entity ids mentioned within [start, end) of a paragraph. */
export function entitiesMentioned(corpus: Corpus, article: string, paragraph: number, start: number, end: number): Set<string> {
  const list = lookup(corpus).mentions.get(`${article}\u0000${paragraph}`) ?? [];
  return new Set(list.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity));
}
