// One article's analysis, as ingest hands it to the store: the article, the people and
// organisations it names, and its quotes, whose speakers are indexes into those entities.
import { z } from "zod";
import { ArticleSchema } from "./article.ts";
import { EntityKindSchema } from "./entity.ts";
import { AttributionSchema, QuoteKindSchema } from "./quote.ts";

/** Where in the article a name is written: paragraph number (`n`) and character offsets there. */
export const PlaceSchema = z.object({
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ArticleEntitySchema = z.object({
  name: z.string().min(1),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  description: z.string().optional(),
  gender: z.enum(["male", "female"]).optional(),
  mentions: z.array(PlaceSchema),
});

export const ArticleQuoteSchema = PlaceSchema.extend({
  text: z.string().min(1),
  kind: QuoteKindSchema,
  /** Index into the analysis's entities, or null when the speaker is unknown. */
  speaker: z.number().int().nonnegative().nullable(),
  cue: z.string().nullable(),
  attribution: AttributionSchema,
  /** Indexes of the entities the quote mentions, the speaker excluded. */
  about: z.array(z.number().int().nonnegative()),
});

export const ArticleAnalysisSchema = z.object({
  article: ArticleSchema,
  entities: z.array(ArticleEntitySchema),
  quotes: z.array(ArticleQuoteSchema),
});

export type Place = z.infer<typeof PlaceSchema>;
export type ArticleEntity = z.infer<typeof ArticleEntitySchema>;
export type ArticleQuote = z.infer<typeof ArticleQuoteSchema>;
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;
