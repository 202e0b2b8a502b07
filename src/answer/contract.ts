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

/**
 * One outlet's place for an item several outlets carry (a story's summary point, a quote, an answer): the item's
 * own `article`/`paragraph`/`cite` fields name the first of them; `cites` lists them all, one per article. The
 * answers always set `cites`; it is optional so that results written before it existed still validate.
 */
export const CiteSchema = z.object({ ...cited, outlet: z.string().optional() });

export const QuoteItemSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  speakerDescription: z.string().optional(),
  kind: QuoteKindSchema,
  attribution: z.enum(["explicit", "pronoun", "continuation", "unknown"]),
  ...cited,
  /** Every article carrying this quote (or this reported statement), the first one first. */
  cites: z.array(CiteSchema).optional(),
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
  /** Every article whose passage gives this answer (outlets that agree), the best passage first. */
  cites: z.array(CiteSchema).optional(),
});

export const AskResultSchema = z.object({
  question: z.string(),
  /** The question as understood after typo correction, when it changed. */
  corrected: z.string().optional(),
  /** Passages that answer, best first; empty when nothing really answers. */
  answers: z.array(AskAnswerSchema),
  /** When nothing answers: the closest passages, offered as "maybe related", never as answers. */
  maybeRelated: z.array(AskAnswerSchema),
  /** Outlets stating different numbers for what was asked ("more than two hours" and "90 minutes"), each side cited. */
  disagreements: z
    .array(z.object({ about: z.string(), claims: z.array(z.object({ value: z.string(), text: z.string(), cites: z.array(CiteSchema) })) }))
    .optional(),
  /**
   * For a question about the coverage itself ("which outlets covered …", "who reported …", "when was … first
   * reported"): the story it is about and its articles in publication order; `answers` hold each one's passage.
   */
  coverage: z
    .object({
      asks: z.enum(["outlets", "first"]),
      story: z.object({ id: z.string(), title: z.string() }),
      /** Its later articles not listed: a story of hundreds lists its earliest. */
      more: z.number().optional(),
      articles: z.array(
        z.object({ id: z.string(), title: z.string(), outlet: z.string().optional(), published: z.string().optional(), url: z.string().optional() }),
      ),
    })
    .optional(),
});

export const SummaryLengthSchema = z.enum(["brief", "full"]);

export const SummaryResultSchema = z.object({
  /** The summarised article; for a story, the story's id (its first article's id). */
  article: z.string(),
  title: z.string(),
  length: SummaryLengthSchema,
  /** Set when the summary is of a story: its id and outlets. */
  story: z.object({ id: z.string(), outlets: z.array(z.string()) }).optional(),
  points: z.array(
    z.object({
      text: z.string(),
      /** The paragraphs of the point's own text (in the first cited article). */
      paragraphs: z.array(z.number().int().positive()),
      cite: z.string(),
      url: z.string().optional(),
      /** Every article reporting the point: one for an article's summary, each outlet's paragraph for a story's. */
      cites: z.array(CiteSchema).optional(),
    }),
  ),
});

const StoryArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
});

export const RelatedResultSchema = z.object({
  topic: z.string().nullable(),
  /** The story asked about (or the one the topic is most about, or the latest): its articles, listed first. */
  story: z.object({ id: z.string(), title: z.string(), articles: z.array(StoryArticleSchema), /** Its later articles not listed. */ more: z.number().optional() }).optional(),
  /** Other stories whose articles say much of the same, best first. */
  stories: z.array(z.object({ id: z.string(), title: z.string(), first: z.string(), last: z.string(), outlets: z.array(z.string()) })).optional(),
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
      /** The story the article belongs to: the articles of one story are listed together. */
      story: z.object({ id: z.string(), title: z.string() }).optional(),
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
      /** Its later articles not listed: a story of hundreds lists its earliest. */
      more: z.number().optional(),
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

/** A sentence one outlet wrote, cited (`Fox News ¶11`, or the whole citation when the outlet has several articles in the story). */
const outletSentence = { outlet: z.string(), text: z.string(), ...cited };

/** A fact several outlets state with a number, duration, count or date; `stated` is the quantity as the sentence words it. */
const FactSchema = z.object({
  about: z.string(),
  claims: z.array(z.object({ ...outletSentence, stated: z.string() })),
});

/** One story's coverage compared across outlets: who carried it, whom each quoted, where their facts differ or agree, what one alone reports. */
export const CoverageResultSchema = z.object({
  story: z.object({
    id: z.string(),
    title: z.string(),
    first: z.string(),
    last: z.string(),
    /** Its later articles not listed: a story of hundreds lists its earliest, and compares their outlets. */
    more: z.number().optional(),
  }),
  outlets: z.array(
    z.object({
      outlet: z.string(),
      articles: z.array(z.object({ id: z.string(), title: z.string(), published: z.string().optional(), url: z.string().optional() })),
      /** The people and organisations its articles quote, the most quoted first. */
      quoted: z.array(z.string()),
    }),
  ),
  differences: z.array(FactSchema),
  agreements: z.array(FactSchema),
  only: z.array(z.object(outletSentence)),
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

/** Newly followed articles as the announce channel shows them: each with its first summary point, cited. */
export const AnnouncementResultSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      point: z.object({ text: z.string(), ...cited }).optional(),
    }),
  ),
});

export type Cite = z.infer<typeof CiteSchema>;
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
export type CoverageResult = z.infer<typeof CoverageResultSchema>;
export type ArticleResult = z.infer<typeof ArticleResultSchema>;
export type FeedsResult = z.infer<typeof FeedsResultSchema>;
export type HelpResult = z.infer<typeof HelpResultSchema>;
export type AnnouncementResult = z.infer<typeof AnnouncementResultSchema>;

/** What an answer function says when its input names something the store lacks. */
export interface AnswerError {
  error: string;
}
