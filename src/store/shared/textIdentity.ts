// What makes two articles "the same text": the body with case, punctuation and spacing ignored,
// hashed whole (the same story at a second address, or wire copy printed as sent) and by its opening
// (wire copy an outlet trimmed at the end or added a line to), plus the site a web article comes from.
import { createHash } from "node:crypto";
import type { Article } from "../../model/article.ts";

export interface TextIdentity {
  textHash: string;
  /** The hash of the body's opening; none for a body too short for its opening to tell it apart. */
  leadHash?: string;
  /** The host (and port) of a web source, "www." aside; none for a file. */
  site?: string;
}

/** Characters of normalised body text the opening holds. */
const LEAD_CHARS = 600;

const hash = (text: string): string => createHash("sha256").update(text).digest("hex");

/** What the identity reads of an article: its paragraphs' text. */
export type Body = { paragraphs: readonly Pick<Article["paragraphs"][number], "text">[] };

/** The body as lower-case words and numbers, one space between. */
export function normalisedBody(article: Body): string {
  return article.paragraphs
    .map((p) => p.text)
    .join(" ")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function siteOf(sourcePath: string): string | undefined {
  if (!/^https?:\/\//iu.test(sourcePath)) return undefined;
  try {
    return new URL(sourcePath).host.replace(/^www\./u, "");
  } catch {
    return undefined;
  }
}

export function textIdentity(article: Body, sourcePath: string): TextIdentity {
  const body = normalisedBody(article);
  const site = siteOf(sourcePath);
  return {
    textHash: hash(body),
    ...(body.length >= 2 * LEAD_CHARS ? { leadHash: hash(body.slice(0, LEAD_CHARS)) } : {}),
    ...(site ? { site } : {}),
  };
}
