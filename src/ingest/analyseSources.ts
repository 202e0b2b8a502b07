// Ingest's per-file step, for a batch or an incremental pipeline: each source file read safely (or each
// http(s) URL fetched, see web/analyseUrls.ts), passed over when its content is unchanged, else parsed
// and analysed in a worker thread within a time and memory budget, so that a hostile file or page is
// skipped with a reason and never stops the rest of the batch.
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { pMapIterable } from "p-map";
import { Piscina } from "piscina";
import type { ArticleAnalysis } from "../model/analysis.ts";
import type { FileAnalysis, FileToAnalyse } from "./analyseFile.ts";
import type { AnalysisTask } from "./analyseWorker.ts";
import { contentHash } from "./buildArticle.ts";
import { readSourceFile } from "./readSourceFile.ts";
import { listSourceFiles, storedSourcePath } from "./sourceFiles.ts";
import type { UrlFetch } from "./web/analyseUrls.ts";
import type { FetchLimits } from "./web/fetchLimits.ts";
import type { Validators } from "./web/fetchUrl.ts";
import { isWebUrl } from "./web/webUrl.ts";

export interface FileBudget {
  /** Wall time for parsing and analysing one file, from when a worker takes it up. */
  readonly timeMs: number;
  /** The heap a worker may grow to while it analyses one file. */
  readonly memoryMb: number;
}

/** A real page takes well under a second and a few tens of MB; the budget leaves room for a loaded machine. */
export const DEFAULT_BUDGET: FileBudget = { timeMs: 30_000, memoryMb: 1_024 };

/** The outcome for one file; `path` is the path the article stores (or, for a path that could not be listed, the path as given). */
export type SourceOutcome =
  | { path: string; status: "unchanged"; hash: string }
  | { path: string; status: "analysed"; analysis: ArticleAnalysis; hash: string; alsoAt?: readonly string[] }
  | { path: string; status: "skipped"; reason: string };

export interface AnalyseSourcesOptions {
  /** The content hash stored for the article from this stored path, if any: the same hash means "unchanged". */
  readonly known?: (storedPath: string) => Promise<string | undefined> | string | undefined;
  /** When a feed item's link was filed, if it is stored, so that it is fetched again only when changed; every item is fetched when absent. */
  readonly storedItem?: (url: string) => Promise<{ checkedAt: string } | undefined>;
  /** Base for the stored (relative) source paths; defaults to the working directory. */
  readonly cwd?: string;
  /** Called as each file is taken up: for a progress bar. */
  readonly onFile?: (index: number, total: number, path: string) => void;
  readonly budget?: Partial<FileBudget>;
  /** Worker threads; one per core by default, at most two (see the README's ingest figures). */
  readonly workers?: number;
  /** Limits for fetching http(s) sources. */
  readonly fetch?: Partial<FetchLimits>;
  /** For URLs fetched before (a followed feed): the validators of the last fetch, for a conditional GET. */
  readonly urlValidators?: (url: string) => Validators | undefined;
  /** Told what fetching each URL given found of the URL itself (not of a feed's items). */
  readonly onUrlFetched?: (fetch: UrlFetch) => void;
  /** The URLs given must be feeds: a web page there is refused, not filed. */
  readonly feedsOnly?: boolean;
}

const WORKER_FILE = fileURLToPath(new URL("./analyseWorker.ts", import.meta.url));
/** Worker threads run the TypeScript sources through tsx's loader, however the parent runs (tsx, vitest). */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const DEFAULT_WORKERS = Math.min(2, availableParallelism());
/** Results held for the caller while an earlier, slower file is still being analysed. */
const READ_AHEAD = 32;

/** Idle worker threads end after this; they never keep the process alive meanwhile. */
const IDLE_MS = 10_000;
const pools = new Map<string, Piscina>();

/**
 * The worker pool for a thread count and memory budget, made once and shared by later runs: a new worker
 * takes about a second to load the parsers. Threads start as files arrive and are replaced when stopped.
 */
function poolFor(threads: number, memoryMb: number): Piscina {
  const key = `${threads}/${memoryMb}`;
  const existing = pools.get(key);
  if (existing) return existing;
  const pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: IDLE_MS,
    execArgv: ["--import", TSX_LOADER],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  pools.set(key, pool);
  return pool;
}

export type Analyse = (file: FileToAnalyse) => Promise<FileAnalysis>;

/**
 * Runs each file's analysis on `pool`. The time budget starts when a worker takes the file up (it says so
 * on its own port), so a worker still starting never eats into it; when it runs out the thread is stopped.
 * A stopped or failed analysis becomes the reason the file is skipped.
 */
function withinBudget(pool: Piscina, budget: FileBudget): Analyse {
  return async (file) => {
    const stop = new AbortController();
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    started.once("message", () => {
      timer = setTimeout(() => stop.abort(), budget.timeMs);
    });
    try {
      const task: AnalysisTask = { file, started: startedInWorker };
      return (await pool.run(task, { signal: stop.signal, transferList: [startedInWorker] })) as FileAnalysis;
    } catch (error) {
      if (stop.signal.aborted) return { ok: false, reason: `took longer than ${budget.timeMs / 1000} s to analyse: stopped` };
      if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") return { ok: false, reason: `needed more than ${budget.memoryMb} MB to analyse: stopped` };
      return { ok: false, reason: `could not be analysed (${(error as Error).message})` };
    } finally {
      clearTimeout(timer);
      started.close();
    }
  };
}

async function outcomeOf(path: string, options: AnalyseSourcesOptions, cwd: string, analyse: Analyse): Promise<SourceOutcome> {
  const storedPath = storedSourcePath(path, cwd);
  const read = await readSourceFile(path);
  if (!read.ok) return { path: storedPath, status: "skipped", reason: read.reason };
  const hash = contentHash(read.bytes);
  if ((await options.known?.(storedPath)) === hash) return { path: storedPath, status: "unchanged", hash };
  const analysed = await analyse({ path, storedPath, bytes: read.bytes, hash });
  return analysed.ok ? { path: storedPath, status: "analysed", analysis: analysed.analysis, hash } : { path: storedPath, status: "skipped", reason: analysed.reason };
}

/**
 * One outcome per source file under `paths` (listing problems first), in listing order, then one per page
 * fetched from the http(s) URLs among `paths` (a feed's items each have theirs).
 */
export async function* analyseSources(paths: readonly string[], options: AnalyseSourcesOptions = {}): AsyncGenerator<SourceOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const urls = paths.filter(isWebUrl);
  const { files, problems } = listSourceFiles(paths.filter((path) => !isWebUrl(path)));
  for (const problem of problems) yield { path: problem.path, status: "skipped", reason: problem.reason };
  if (files.length === 0 && urls.length === 0) return;
  const analyse = withinBudget(poolFor(Math.max(1, options.workers ?? DEFAULT_WORKERS), budget.memoryMb), budget);
  const threads = Math.max(1, Math.min(options.workers ?? DEFAULT_WORKERS, files.length));
  yield* pMapIterable(
    files.entries(),
    ([index, path]) => {
      options.onFile?.(index, files.length, path);
      return outcomeOf(path, options, cwd, analyse);
    },
    { concurrency: threads * 2, backpressure: threads * 2 + READ_AHEAD },
  );
  if (urls.length === 0) return;
  // Loaded only for URLs: the feed parser adds a noticeable share to the start-up of a run over files.
  const { analyseUrls } = await import("./web/analyseUrls.ts");
  const { known, storedItem, urlValidators, onUrlFetched, feedsOnly } = options;
  yield* analyseUrls(urls, analyse, { known, storedItem, validators: urlValidators, onFetched: onUrlFetched, feedsOnly, limits: options.fetch });
}
