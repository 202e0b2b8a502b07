// The store file's schema: the domain model (src/model/) packed for one JSON file, validated on load.
import { z } from "zod";
import { ArticleSchema } from "../model/article.ts";
import { EntitySchema } from "../model/entity.ts";
import { QuoteSchema } from "../model/quote.ts";

/** Version 2 packs the bodies, mentions and quotes of the store file (see `StoreFileSchema`). */
export const SCHEMA_VERSION = 2;

export const StoreSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  builtAt: z.string(),
  articles: z.array(ArticleSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
});

/** A typed array's little-endian bytes as base64: a persisted index parses at string speed, not number by number. */
const PackedNumbersSchema = z.string();

/** One level of the passage index as stored: see `DocumentSet` in passageIndex.ts. */
export const StoredDocumentSetSchema = z.object({
  starts: PackedNumbersSchema,
  ids: PackedNumbersSchema,
  tfs: PackedNumbersSchema,
  lengths: PackedNumbersSchema,
});

/** The /ask index written beside the articles at ingest, so loading a large store does not re-read every word. */
export const StoredPassageIndexSchema = z.object({
  /** The tokeniser's version when it was built: an index from another version is rebuilt on load. */
  version: z.number().int(),
  /** Content stems by id. */
  stems: z.array(z.string()),
  /** Content words, in order of first occurrence, and how often each occurs. */
  words: z.array(z.string()),
  wordCounts: PackedNumbersSchema,
  bySentence: StoredDocumentSetSchema,
  byParagraph: StoredDocumentSetSchema,
});

/** Lists of item numbers by key (see `Postings` in nameSearch.ts): integer keys by id (−1 where the key is text), and the text keys with their ids. */
export const StoredPostingsSchema = z.object({
  numberKeys: PackedNumbersSchema,
  textKeys: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  starts: PackedNumbersSchema,
  items: PackedNumbersSchema,
});

export const StoredNamePostingsSchema = z.object({ byPrefix: StoredPostingsSchema, byTrigram: StoredPostingsSchema });

/** The name tables /quote, /who and autocomplete search (see `EntityNameTables` in entityNames.ts), written at ingest. */
export const StoredEntityNamesSchema = z.object({
  /** The name normalisation's and ranking's version when they were built: tables from another version are rebuilt on load. */
  version: z.number().int(),
  ranked: PackedNumbersSchema,
  speakers: z.number().int().nonnegative(),
  nameKeys: z.array(z.string()),
  aliasKeys: z.array(z.string()),
  aliasRanks: PackedNumbersSchema,
  names: StoredNamePostingsSchema,
  aliases: StoredNamePostingsSchema,
});

/** The article titles and sources the `article` autocomplete searches (see articleNames.ts), written at ingest. */
export const StoredArticleNamesSchema = z.object({
  /** As for the entity name tables: tables from another version are rebuilt on load. */
  version: z.number().int(),
  titleKeys: z.array(z.string()),
  sourceKeys: z.array(z.string()),
  titles: StoredNamePostingsSchema,
  sources: StoredNamePostingsSchema,
});

/** The forms naming each entity, as word ids, that /ask looks questions up in (see nameForms.ts), written at ingest. */
export const StoredNameFormsSchema = z.object({
  /** The tokeniser's version when they were built: forms from another version are rebuilt on load. */
  version: z.number().int(),
  /** The normalised words, by id. */
  words: z.array(z.string()),
  /** Int32, one more than the forms: the words of form f are formWords[formStarts[f]] … formWords[formStarts[f + 1] − 1]. */
  formStarts: PackedNumbersSchema,
  formWords: PackedNumbersSchema,
  /** Int32 per form: its entity (index into the entities), in order. */
  formEntity: PackedNumbersSchema,
  /** Uint8 per form: 1 when it is the entity's description. */
  byDescription: PackedNumbersSchema,
});

/** The /related headline index (see headlineIndex.ts), written at ingest; the headlines themselves are collected from the articles on load. */
export const StoredHeadlineIndexSchema = z.object({
  /** The tokeniser's version when it was built: an index from another version is rebuilt on load. */
  version: z.number().int(),
  stems: z.array(z.string()),
  /** Int32, one more than the stems: the headlines holding stem s are ids[starts[s]] … ids[starts[s + 1] − 1], with Uint8 weights beside them. */
  starts: PackedNumbersSchema,
  ids: PackedNumbersSchema,
  weights: PackedNumbersSchema,
  /** The indexed words in the order first met, and (Int32) the stem id of each. */
  words: z.array(z.string()),
  wordStems: PackedNumbersSchema,
});

/** An article as the store file lists it: its paragraphs and sentence scores are packed with every other body's, in `bodies`. */
export const StoredArticleSchema = ArticleSchema.omit({ paragraphs: true, sentenceScores: true });

/** The articles' bodies, packed (see packedBodies.ts): one text per article and typed arrays, not an object per paragraph and sentence. */
export const PackedBodiesSchema = z.object({
  /** Per article, the texts of its paragraphs one after another. */
  texts: z.array(z.string()),
  /** Int32, one more than the articles: the paragraphs of article a are numbered articleParagraphs[a] … articleParagraphs[a + 1] − 1. */
  articleParagraphs: PackedNumbersSchema,
  /** Int32 per paragraph: where its text ends in its article's text. */
  paragraphEnds: PackedNumbersSchema,
  /** Int32, one more than the paragraphs: the sentences of paragraph p are numbered paragraphSentences[p] … paragraphSentences[p + 1] − 1. */
  paragraphSentences: PackedNumbersSchema,
  /** Int32 pairs per sentence: its span in its paragraph's text. */
  sentenceSpans: PackedNumbersSchema,
  /** Float64 per sentence: its summary score. */
  sentenceScores: PackedNumbersSchema,
});

/** The entities, packed (see packedEntities.ts): a list per field, and every mention as four numbers. */
export const PackedEntitiesSchema = z.object({
  ids: z.array(z.string().min(1)),
  names: z.array(z.string().min(1)),
  /** Uint8 per entity: its kind, as an index into EntityKindSchema's options. */
  kinds: PackedNumbersSchema,
  aliases: z.array(z.array(z.string())),
  descriptions: z.array(z.string().nullable()),
  genders: z.array(z.enum(["male", "female"]).nullable()),
  /** Int32, one more than the entities: the mentions of entity e are numbered entityMentions[e] … entityMentions[e + 1] − 1. */
  entityMentions: PackedNumbersSchema,
  /** Int32 quadruples per mention: article (index into the articles), paragraph, start, end. */
  mentions: PackedNumbersSchema,
});

/** The quotes, packed (see packedQuotes.ts): a quote's text and id are read off its article, so only numbers are stored. */
export const PackedQuotesSchema = z.object({
  /** The cue verbs, each once. */
  cues: z.array(z.string().min(1)),
  /**
   * Int32 octuples per quote: article (index into the articles), paragraph, start, end, speaker (index into the
   * entities, −1 for none), cue (index into cues, −1 for none), kind and attribution (indexes into their schemas' options).
   */
  quotes: PackedNumbersSchema,
  /** Int32, one more than the quotes: the entities quote q is about are about[quoteAbout[q]] … about[quoteAbout[q + 1] − 1]. */
  quoteAbout: PackedNumbersSchema,
  /** Int32: indexes into the entities. */
  about: PackedNumbersSchema,
});

/**
 * A stored index as the store file's schema takes it: any object with a version. Its own schema is checked
 * when it is read, so an index of another version or shape is rebuilt, never a reason to refuse the store.
 */
const StoredIndexSchema = z.looseObject({ version: z.number().int() });

/** The store file: the store with its bulk packed, and the indexes built from it when it was written. */
export const StoreFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  builtAt: z.string(),
  articles: z.array(StoredArticleSchema),
  bodies: PackedBodiesSchema,
  entities: PackedEntitiesSchema,
  quotes: PackedQuotesSchema,
  passageIndex: StoredIndexSchema.optional(),
  entityNames: StoredIndexSchema.optional(),
  articleNames: StoredIndexSchema.optional(),
  nameForms: StoredIndexSchema.optional(),
  headlineIndex: StoredIndexSchema.optional(),
});

export type Store = z.infer<typeof StoreSchema>;
export type StoredDocumentSet = z.infer<typeof StoredDocumentSetSchema>;
export type StoredPassageIndex = z.infer<typeof StoredPassageIndexSchema>;
export type StoredPostings = z.infer<typeof StoredPostingsSchema>;
export type StoredNamePostings = z.infer<typeof StoredNamePostingsSchema>;
export type StoredEntityNames = z.infer<typeof StoredEntityNamesSchema>;
export type StoredHeadlineIndex = z.infer<typeof StoredHeadlineIndexSchema>;
export type StoredNameForms = z.infer<typeof StoredNameFormsSchema>;
export type StoredArticleNames = z.infer<typeof StoredArticleNamesSchema>;
export type StoredArticle = z.infer<typeof StoredArticleSchema>;
export type PackedBodies = z.infer<typeof PackedBodiesSchema>;
export type PackedEntities = z.infer<typeof PackedEntitiesSchema>;
export type PackedQuotes = z.infer<typeof PackedQuotesSchema>;
export type StoreFile = z.infer<typeof StoreFileSchema>;
/** The store file as ingest writes it: every index in its own shape. */
export type WrittenStoreFile = Omit<StoreFile, "passageIndex" | "entityNames" | "articleNames" | "nameForms" | "headlineIndex"> & {
  passageIndex: StoredPassageIndex;
  entityNames: StoredEntityNames;
  articleNames: StoredArticleNames;
  nameForms: StoredNameForms;
  headlineIndex: StoredHeadlineIndex;
};
