// Names in a question resolved to the corpus's entities (by name, alias or description), and the
// entities each paragraph mentions, so /ask can favour sentences about the people asked about.
import { normalizeWord, tokenize } from "../nlp/tokens.ts";
import { scanWordForms, wordForms } from "../nlp/wordForms.ts";
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import { MENTION_FIELDS } from "../store/mentionTable.ts";
import { passageIndex } from "../store/passageIndex.ts";
import type { Entity } from "../store/schema.ts";

interface NameForm {
  words: string[];
  entity: Entity;
  /** Matched by description ("Kremlin spokesman"), not by a name the text would contain. */
  byDescription: boolean;
}

/**
 * Every mention by paragraph (numbered as in the passage index), as parallel arrays: those in paragraph p are
 * entries starts[p] … starts[p + 1] − 1, each an entity (index into the store's entities) and a span.
 */
interface ParagraphMentions {
  starts: Int32Array;
  entity: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

interface EntityLookup {
  byFirstWord: Map<string, NameForm[]>;
  mentions: ParagraphMentions;
}

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

/** The mentions of every entity, grouped by paragraph: a counting pass, then a filling pass. */
function paragraphMentions(corpus: Corpus): ParagraphMentions {
  const index = passageIndex(corpus);
  const { entityMentions, mentions: table } = corpus.mentionTable;
  const paragraphOf = (m: number): number => {
    const a = table[m] ?? -1;
    const n = table[m + 1] ?? 0;
    const first = index.articleParagraphs[a] ?? 0;
    return a >= 0 && n >= 1 && first + n - 1 < (index.articleParagraphs[a + 1] ?? 0) ? first + n - 1 : -1;
  };
  const starts = new Int32Array(index.paragraphArticle.length + 1);
  for (let m = 0; m < table.length; m += MENTION_FIELDS) {
    const p = paragraphOf(m);
    if (p >= 0) starts[p + 1] = (starts[p + 1] ?? 0) + 1;
  }
  for (let p = 1; p < starts.length; p++) starts[p] = (starts[p] ?? 0) + (starts[p - 1] ?? 0);
  const total = starts.at(-1) ?? 0;
  const mentions = { starts, entity: new Int32Array(total), start: new Int32Array(total), end: new Int32Array(total) };
  const next = starts.slice(0, -1);
  for (let entityId = 0; entityId + 1 < entityMentions.length; entityId++) {
    for (let m = (entityMentions[entityId] ?? 0) * MENTION_FIELDS; m < (entityMentions[entityId + 1] ?? 0) * MENTION_FIELDS; m += MENTION_FIELDS) {
      const p = paragraphOf(m);
      if (p < 0) continue;
      const slot = next[p] ?? 0;
      next[p] = slot + 1;
      mentions.entity[slot] = entityId;
      mentions.start[slot] = table[m + 2] ?? 0;
      mentions.end[slot] = table[m + 3] ?? 0;
    }
  }
  return mentions;
}

const lookup = memoise((corpus: Corpus): EntityLookup => {
  const byFirstWord = new Map<string, NameForm[]>();
  const wordsOf = nameWords();
  const add = (text: string, entity: Entity, byDescription: boolean) => {
    const w = wordsOf(text);
    const first = w[0];
    if (!first || (w.length === 1 && first.length < 3)) return;
    const forms = byFirstWord.get(first);
    if (forms) forms.push({ words: w, entity, byDescription });
    else byFirstWord.set(first, [{ words: w, entity, byDescription }]);
  };
  for (const entity of corpus.store.entities) {
    add(entity.name, entity, false);
    for (const alias of entity.aliases) add(alias, entity, false);
    if (entity.description && entity.description.split(/\s+/u).length <= 4) add(entity.description, entity, true);
  }
  return { byFirstWord, mentions: paragraphMentions(corpus) };
});

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

/** The stems of an entity's name and aliases, worked out once per entity. */
export const nameStems: (entity: Entity) => ReadonlySet<string> = memoise(
  (entity: Entity) => new Set([entity.name, ...entity.aliases].flatMap((n) => tokenize(n).map((t) => t.stem))),
);

/** The entity ids mentioned within [start, end) of a paragraph (numbered as in the passage index). */
export function entitiesMentioned(corpus: Corpus, paragraph: number, start: number, end: number): Set<string> {
  const found = new Set<string>();
  const mentions = lookup(corpus).mentions;
  const entities = corpus.store.entities;
  for (let k = mentions.starts[paragraph] ?? 0; k < (mentions.starts[paragraph + 1] ?? 0); k++) {
    if ((mentions.start[k] ?? -1) >= start && (mentions.end[k] ?? Infinity) <= end) found.add(entities[mentions.entity[k] ?? -1]?.id ?? "");
  }
  return found;
}
