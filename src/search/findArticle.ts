// Finds the article a command's `article` option names: its id, or a title typed loosely (fuse.js
// over the articles whose title or source words start like the typed ones).
import Fuse from "fuse.js";
import type { ArticleSummary, CoverageStore } from "../store/coverageStore.ts";

const SHORTLIST = 50;

export async function findArticle(store: CoverageStore, wanted: string): Promise<ArticleSummary | undefined> {
  const candidates = await store.searchArticles(wanted, SHORTLIST);
  const exact = candidates.find((a) => a.id === wanted);
  if (exact) return exact;
  const fuse = new Fuse(candidates, { keys: ["title", "id"], threshold: 0.4, ignoreLocation: true });
  return fuse.search(wanted, { limit: 1 })[0]?.item;
}
