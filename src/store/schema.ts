// The store's one schema: every stored type is derived from these zod schemas, and a
// store file is validated against them on load.
import { z } from "zod";

export const SCHEMA_VERSION = 1;

/** [start, end) character offsets into a paragraph's text. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const ParagraphSchema = z.object({
  /** 1-based paragraph number used in citations. */
  n: z.number().int().positive(),
  text: z.string().min(1),
  /** Sentence offsets within `text`, in order. */
  sentences: z.array(SpanSchema),
});

export const SectionSchema = z.object({
  heading: z.string().optional(),
  /** Paragraph numbers (`n`) in this section, in order. */
  paragraphs: z.array(z.number().int().positive()),
});

export const RelatedHeadlineSchema = z.object({
  title: z.string().min(1),
  snippet: z.string().optional(),
  outlet: z.string().optional(),
});

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
  byline: z.string().optional(),
  sourcePath: z.string(),
  /** sha256 of the source file's bytes: unchanged content is not re-ingested. */
  contentHash: z.string(),
  sections: z.array(SectionSchema),
  paragraphs: z.array(ParagraphSchema),
  captions: z.array(z.string()),
  related: z.array(RelatedHeadlineSchema),
  /** Summary ranking precomputed at ingest: sentenceScores[n - 1][i] scores sentence i of paragraph n. */
  sentenceScores: z.array(z.array(z.number())),
});

export const MentionSchema = z.object({
  article: z.string(),
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const EntityKindSchema = z.enum(["person", "organisation"]);

export const EntitySchema = z.object({
  /** Stable id: slug of the canonical name. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Other ways the coverage names it: surname, titled forms, short forms. */
  aliases: z.array(z.string()),
  /** The appositive or title the article gives ("Kremlin spokesman"). */
  description: z.string().optional(),
  gender: z.enum(["male", "female"]).optional(),
  mentions: z.array(MentionSchema),
});

export const QuoteKindSchema = z.enum(["direct", "mixed", "reported"]);
export const AttributionSchema = z.enum(["explicit", "pronoun", "continuation", "unknown"]);

export const QuoteSchema = z.object({
  id: z.string().min(1),
  /** The exact quoted words (direct, mixed) or the reported clause. */
  text: z.string().min(1),
  kind: QuoteKindSchema,
  /** Entity id of the speaker, or null when the speaker could not be found. */
  speakerId: z.string().nullable(),
  /** The cue verb ("said", "told", "deplored"), when there is one. */
  cue: z.string().nullable(),
  article: z.string(),
  paragraph: z.number().int().positive(),
  /** Offsets of `text` within the paragraph's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** How the speaker was found, so a wrong attribution can be traced. */
  attribution: AttributionSchema,
  /** Entity ids mentioned by the quote (its text or its sentence), the speaker excluded: quotes "about" them. */
  about: z.array(z.string()),
});

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

/** The store file: the store, and the indexes built from it when it was written. */
export const StoreFileSchema = StoreSchema.extend({
  passageIndex: StoredPassageIndexSchema.optional(),
  entityNames: StoredEntityNamesSchema.optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type RelatedHeadline = z.infer<typeof RelatedHeadlineSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Store = z.infer<typeof StoreSchema>;
export type StoredDocumentSet = z.infer<typeof StoredDocumentSetSchema>;
export type StoredPassageIndex = z.infer<typeof StoredPassageIndexSchema>;
export type StoredPostings = z.infer<typeof StoredPostingsSchema>;
export type StoredNamePostings = z.infer<typeof StoredNamePostingsSchema>;
export type StoredEntityNames = z.infer<typeof StoredEntityNamesSchema>;
export type StoreFile = z.infer<typeof StoreFileSchema>;
