// The typed results of every command: the stable `--json` contract of DESIGN.md (extend,
// never rename). Result types derive from these schemas; tests validate CLI output with them.
import { z } from "zod";
import { QuoteKindSchema } from "../model/quote.ts";
import { SpanSchema } from "../model/article.ts";

/** Where an excerpt comes from; `cite` is the human form: `AP — The Trump-Putin phone call… ¶14`. */
const cited = {
  article: z.string(),
  paragraph: z.number().int().positive(),
  cite: z.string(),
  url: z.string().optional(),
};

export const QuoteItemSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  speakerDescription: z.string().optional(),
  kind: QuoteKindSchema,
  attribution: z.enum(["explicit", "pronoun", "continuation", "unknown"]),
  ...cited,
});

export const QuoteResultSchema = z.object({
  query: z.string(),
  speaker: z.object({ name: z.string(), description: z.string().optional() }).nullable(),
  by: z.array(QuoteItemSchema),
  about: z.array(QuoteItemSchema),
  suggestions: z.array(z.string()),
});

export const QuotesResultSchema = z.object({ quotes: z.array(QuoteItemSchema) });

export const AskAnswerSchema = z.object({
  text: z.string(),
  score: z.number(),
  /** Spans of `text` that matched the question's terms, for highlighting. */
  highlights: z.array(SpanSchema),
  ...cited,
});

export const AskResultSchema = z.object({
  question: z.string(),
  /** The question as understood after typo correction, when it changed. */
  corrected: z.string().optional(),
  /** Passages that answer, best first; empty when nothing really answers. */
  answers: z.array(AskAnswerSchema),
  /** When nothing answers: the closest passages, offered as "maybe related", never as answers. */
  maybeRelated: z.array(AskAnswerSchema),
});

export const SummaryLengthSchema = z.enum(["brief", "full"]);

export const SummaryResultSchema = z.object({
  article: z.string(),
  title: z.string(),
  length: SummaryLengthSchema,
  points: z.array(
    z.object({
      text: z.string(),
      paragraphs: z.array(z.number().int().positive()),
      cite: z.string(),
      url: z.string().optional(),
    }),
  ),
});

export const RelatedResultSchema = z.object({
  topic: z.string().nullable(),
  headlines: z.array(
    z.object({
      title: z.string(),
      snippet: z.string().optional(),
      outlet: z.string().optional(),
      /** The stored article this headline was found with (or is, for stored articles). */
      article: z.string(),
    }),
  ),
});

export const WhoResultSchema = z.object({
  query: z.string(),
  entity: z
    .object({
      name: z.string(),
      kind: z.enum(["person", "organisation"]),
      aliases: z.array(z.string()),
      description: z.string().optional(),
      quotes: z.number().int().nonnegative(),
      mentions: z.number().int().nonnegative(),
      firstMention: z.object({ text: z.string(), ...cited }).optional(),
    })
    .nullable(),
  suggestions: z.array(z.string()),
});

export const SourcesResultSchema = z.object({
  /** How many articles are stored (more than `articles` lists when there are very many). */
  total: z.number().int().nonnegative(),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      paragraphs: z.number().int().nonnegative(),
      quotes: z.number().int().nonnegative(),
    }),
  ),
});

/** The stories, latest first: each event's coverage, its articles in publication order. */
export const StoriesResultSchema = z.object({
  stories: z.array(
    z.object({
      id: z.string(),
      /** The most representative of its headlines. */
      title: z.string(),
      /** First and last publication time of its articles (ISO). */
      first: z.string(),
      last: z.string(),
      articles: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          outlet: z.string().optional(),
          published: z.string().optional(),
          url: z.string().optional(),
        }),
      ),
    }),
  ),
});

/** The followed feeds as the poller left them (ISO times): `npm run cli -- feeds`. */
export const FeedsResultSchema = z.object({
  feeds: z.array(
    z.object({
      url: z.string(),
      title: z.string().optional(),
      lastSuccess: z.string().optional(),
      lastError: z.string().optional(),
      lastErrorAt: z.string().optional(),
      /** Failed polls in a row. */
      failures: z.number().int().nonnegative(),
      /** Items the feed listed when last read. */
      items: z.number().int().nonnegative(),
      nextPoll: z.string().optional(),
    }),
  ),
});

export const ArticleResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
  sections: z.array(z.object({ heading: z.string().optional(), paragraphs: z.array(z.number().int()) })),
  paragraphs: z.array(z.object({ n: z.number().int().positive(), text: z.string() })),
  captions: z.array(z.string()),
  related: z.array(z.object({ title: z.string(), snippet: z.string().optional(), outlet: z.string().optional() })),
});

export const HelpResultSchema = z.object({
  /** How many articles the store holds. */
  articles: z.number().int().nonnegative(),
  commands: z.array(z.object({ name: z.string(), description: z.string(), usage: z.string(), example: z.string().optional() })),
});

export type QuoteItem = z.infer<typeof QuoteItemSchema>;
export type QuoteResult = z.infer<typeof QuoteResultSchema>;
export type QuotesResult = z.infer<typeof QuotesResultSchema>;
export type AskAnswer = z.infer<typeof AskAnswerSchema>;
export type AskResult = z.infer<typeof AskResultSchema>;
export type SummaryLength = z.infer<typeof SummaryLengthSchema>;
export type SummaryResult = z.infer<typeof SummaryResultSchema>;
export type RelatedResult = z.infer<typeof RelatedResultSchema>;
export type WhoResult = z.infer<typeof WhoResultSchema>;
export type SourcesResult = z.infer<typeof SourcesResultSchema>;
export type StoriesResult = z.infer<typeof StoriesResultSchema>;
export type ArticleResult = z.infer<typeof ArticleResultSchema>;
export type FeedsResult = z.infer<typeof FeedsResultSchema>;
export type HelpResult = z.infer<typeof HelpResultSchema>;

/** What an answer function says when its input names something the store lacks. */
export interface AnswerError {
  error: string;
}
