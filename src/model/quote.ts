// A quotation in an article: the exact words (or the reported clause), who said them and how that
// was found, and where they stand, so every quote can be cited and a wrong attribution traced.
import { z } from "zod";

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

/** The id every quote carries: its article, paragraph and where it starts there. */
export const quoteId = (article: string, paragraph: number, start: number): string => `${article}#${paragraph}:${start}`;

export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
