// The shape of the hand-made gold, one zod schema: a gold quote (as in test/fixtures/quotes-gold/)
// and a held-out article's gold.json (its quotes, the people it names, and /ask questions).
import { z } from "zod";
import { QuoteKindSchema } from "../../../src/model/quote.ts";

export const GoldQuoteSchema = z.object({
  /** A distinctive verbatim substring of the quote. */
  text: z.string().min(1),
  /** Longer verbatim text around `text`, when `text` repeats in the article. */
  context: z.string().min(1).optional(),
  kind: QuoteKindSchema,
  /** The speaker's fullest name in the article, or null when the text names nobody. */
  speaker: z.string().min(1).nullable(),
  /** Other speakers that are right too, where the text leaves two answers (null: "unknown" is right). */
  alsoRight: z.array(z.string().min(1).nullable()).optional(),
});

export const GoldQuestionSchema = z.object({
  question: z.string().min(1),
  /** Distinctive substrings of the answering paragraph(s); empty when the article does not answer. */
  answeredBy: z.array(z.string().min(1)),
  tags: z.array(z.string()),
});

export const HeldoutGoldSchema = z.object({
  article: z.string().min(1),
  note: z.string(),
  quotes: z.array(GoldQuoteSchema),
  /** Every person the article names, by the fullest name it gives. */
  people: z.array(z.string().min(1)),
  /** Capitalised names a name finder could take for people (for reading the errors). */
  notPeople: z.array(z.string().min(1)),
  questions: z.array(GoldQuestionSchema),
});

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldQuestion = z.infer<typeof GoldQuestionSchema>;
export type HeldoutGold = z.infer<typeof HeldoutGoldSchema>;
