// An article as the bot knows it: its metadata, sections, numbered paragraphs with their
// sentences, captions kept apart, the related headlines found on its page, and summary scores.
import { z } from "zod";

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

export type Span = z.infer<typeof SpanSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type RelatedHeadline = z.infer<typeof RelatedHeadlineSchema>;
export type Article = z.infer<typeof ArticleSchema>;

/** A paragraph's sentence spans; the whole paragraph when it has none. */
export function sentenceSpans(paragraph: Paragraph): Span[] {
  return paragraph.sentences.length > 0 ? paragraph.sentences : [[0, paragraph.text.length]];
}
