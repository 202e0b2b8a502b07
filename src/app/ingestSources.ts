// Ingest into the live store, one article at a time: each source file (or fetched web page) is read and
// analysed (in worker threads, within a time and memory budget) and filed in its own transaction, so a
// running bot sees it at once and an interrupted run loses at most the file in flight. Unchanged files
// (same content hash) are not redone, a changed file updates its article in place, a bad file is reported
// and skipped while the others land (keeping its earlier article), and `prune` drops the articles whose
// files are gone (never those fetched from URLs).
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { analyseSources, type FileBudget } from "../ingest/analyseSources.ts";
import type { UrlFetch } from "../ingest/web/analyseUrls.ts";
import type { FetchLimits } from "../ingest/web/fetchLimits.ts";
import type { Validators } from "../ingest/web/fetchUrl.ts";
import type { CoverageStore } from "../store/coverageStore.ts";

export type FileStatus = "added" | "updated" | "unchanged" | "skipped" | "removed";

export interface FileReport {
  path: string;
  status: FileStatus;
  article?: string;
  reason?: string;
}

export interface IngestOptions {
  /** Drop stored articles whose source files no longer exist. */
  prune?: boolean;
  /** Called as each file is taken up: for a progress bar. */
  onFile?: (index: number, total: number, path: string) => void;
  /** Base for the stored (relative) source paths; defaults to the working directory. */
  cwd?: string;
  budget?: Partial<FileBudget>;
  workers?: number;
  /** Limits for fetching http(s) sources (pages and feeds). */
  fetch?: Partial<FetchLimits>;
  /** Pass over a feed's items already stored without fetching them (following a feed), unless the feed says one changed since it was filed. */
  newItemsOnly?: boolean;
  /** The validators of a URL's last fetch, for a conditional GET (a followed feed). */
  urlValidators?: (url: string) => Validators | undefined;
  /** Told what fetching each URL given found of the URL itself. */
  onUrlFetched?: (fetch: UrlFetch) => void;
  /** The URLs given must be feeds (followed ones): a web page there is refused, not filed. */
  feedsOnly?: boolean;
}

/** A stored source that is a file (not a fetched URL) whose file is gone. */
const fileGone = (path: string, cwd: string): boolean => !/^https?:\/\//iu.test(path) && !existsSync(isAbsolute(path) ? path : resolve(cwd, path));

async function pruneMissing(store: CoverageStore, cwd: string): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const path of await store.sourcePaths()) {
    const removed = fileGone(path, cwd) ? await store.removeArticle(path) : null;
    if (removed) reports.push({ path, status: "removed", article: removed, reason: "source file is gone" });
  }
  return reports;
}

export async function ingestSources(store: CoverageStore, paths: readonly string[], options: IngestOptions = {}): Promise<FileReport[]> {
  const cwd = options.cwd ?? process.cwd();
  const reports: FileReport[] = options.prune ? await pruneMissing(store, cwd) : [];
  const known = async (storedPath: string): Promise<string | undefined> => (await store.storedSource(storedPath))?.hash;
  const storedItem = async (url: string): Promise<{ checkedAt: string } | undefined> => {
    const stored = await store.storedSource(url);
    return stored ? { checkedAt: stored.checkedAt } : undefined;
  };
  const outcomes = analyseSources(paths, {
    known,
    cwd,
    onFile: options.onFile,
    budget: options.budget,
    workers: options.workers,
    fetch: options.fetch,
    urlValidators: options.urlValidators,
    onUrlFetched: options.onUrlFetched,
    feedsOnly: options.feedsOnly,
    ...(options.newItemsOnly ? { storedItem } : {}),
  });
  for await (const outcome of outcomes) {
    if (outcome.status === "analysed") {
      const { status, id } = await store.putArticle(outcome.analysis, { path: outcome.path, hash: outcome.hash, ...(outcome.alsoAt ? { alsoAt: outcome.alsoAt } : {}) });
      reports.push({ path: outcome.path, status, article: id });
    } else if (outcome.status === "unchanged") {
      // A followed item fetched again because its feed said it changed: not fetched again until it changes later still.
      if (options.newItemsOnly && outcome.hash) await store.markChecked(outcome.path);
      reports.push({ path: outcome.path, status: "unchanged", article: (await store.storedSource(outcome.path))?.id });
    } else {
      const kept = await store.storedSource(outcome.path);
      reports.push({ path: outcome.path, status: "skipped", reason: kept ? `${outcome.reason} (its previous article is kept)` : outcome.reason });
    }
  }
  return reports;
}
