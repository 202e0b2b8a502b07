// A quote's row as both backends read it (with its speaker, its article and the article's text group),
// and the stored quote it stands for, given the entities each quote is about.
import type { Attribution, QuoteKind } from "../../model/quote.ts";
import { quoteId } from "../../model/quote.ts";
import type { StoredQuote } from "../coverageStore.ts";

export interface QuoteRow {
  rowId: number;
  n: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  attribution: Attribution;
  speakerId: string | null;
  speakerName: string | null;
  speakerDescription: string | null;
  articleId: string;
  title: string;
  outlet: string | null;
  url: string | null;
  textGroup: string | null;
}

/** The tables a quote row is read from: the quote, its article, its speaker and the article's text group. */
export const QUOTE_FROM =
  "FROM quote q JOIN article a ON a.seq = q.article_seq LEFT JOIN entity s ON s.seq = q.speaker_seq LEFT JOIN article_text t ON t.article_seq = a.seq";

/** `about`: the ids of the entities each quote (by row id) is about, its speaker among them or not. */
export function toStoredQuote(r: QuoteRow, about: ReadonlyMap<number, readonly string[]>): StoredQuote {
  return {
    quote: {
      id: quoteId(r.articleId, r.n, r.start),
      text: r.text,
      kind: r.kind,
      speakerId: r.speakerId,
      cue: r.cue,
      article: r.articleId,
      paragraph: r.n,
      start: r.start,
      end: r.end,
      attribution: r.attribution,
      about: (about.get(r.rowId) ?? []).filter((e) => e !== r.speakerId),
    },
    speaker: r.speakerName ? { name: r.speakerName, ...(r.speakerDescription ? { description: r.speakerDescription } : {}) } : null,
    article: { id: r.articleId, title: r.title, ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.url ? { url: r.url } : {}) },
    ...(r.textGroup ? { textGroup: r.textGroup } : {}),
  };
}
