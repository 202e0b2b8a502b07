// Names in a question resolved to the corpus's entities (by name, alias or description), and the
// entities each paragraph mentions, so /ask can favour sentences about the people asked about.
import { normalizeWord, tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import { MENTION_FIELDS } from "../store/mentionTable.ts";
import { passageIndex } from "../store/passageIndex.ts";
import type { Entity } from "../model/entity.ts";
import { nameForms, type NameForms } from "../store/nameForms.ts";

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
  forms: NameForms;
  mentions: ParagraphMentions;
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

const lookup = memoise((corpus: Corpus): EntityLookup => ({ forms: nameForms(corpus), mentions: paragraphMentions(corpus) }));

/** Builds the lookup of a corpus's entity names and mentions ahead of the first question. */
export function prepareEntityLookup(corpus: Corpus): void {
  lookup(corpus);
}

export interface QuestionEntity {
  entity: Entity;
  byDescription: boolean;
}

/** The entities a question names, in the order the question names them, each once. */
export function questionEntities(corpus: Corpus, question: string): QuestionEntity[] {
  const { forms } = lookup(corpus);
  const entities = corpus.store.entities;
  const words = tokenize(question).map((t) => t.word);
  const ids = words.map((word) => forms.wordIds.get(word) ?? -1);
  const found = new Map<string, QuestionEntity>();
  words.forEach((word, i) => {
    const first = forms.wordIds.get(normalizeWord(word));
    if (first === undefined) return;
    for (let k = forms.firstStarts[first] ?? 0; k < (forms.firstStarts[first + 1] ?? 0); k++) {
      const form = forms.firstForms[k] ?? 0;
      const entity = entities[forms.formEntity[form] ?? -1];
      const from = forms.formStarts[form] ?? 0;
      const length = (forms.formStarts[form + 1] ?? 0) - from;
      if (!entity || found.has(entity.id) || i + length > words.length) continue;
      let same = 0;
      while (same < length && ids[i + same] === forms.words[from + same]) same++;
      if (same === length) found.set(entity.id, { entity, byDescription: forms.byDescription[form] === 1 });
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
