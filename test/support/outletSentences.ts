// One event's sentences as /coverage compares them: each page of test/fixtures/stories whose file name
// starts with a prefix, analysed as ingest does, split into sentences with its outlet and publication time.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { sentenceSpans } from "../../src/model/article.ts";
import type { OutletSentence } from "../../src/nlp/facts/compareFacts.ts";
import { analysePage, STORY_PAGES } from "./storyPages.ts";

/** The sentences of the pages whose file names start with `prefix` (one event's three outlets). */
export function eventSentences(prefix: string): OutletSentence[] {
  return readdirSync(STORY_PAGES)
    .filter((f) => f.startsWith(prefix))
    .flatMap((f) => {
      const { article } = analysePage(join(STORY_PAGES, f));
      return article.paragraphs.flatMap((p) =>
        sentenceSpans(p).map(([start, end]) => ({
          outlet: article.outlet ?? f,
          article: article.id,
          paragraph: p.n,
          text: p.text.slice(start, end).trim(),
          ...(article.published ? { published: article.published } : {}),
        })),
      );
    });
}
