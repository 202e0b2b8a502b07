// `npm run bench [-- --sizes 1,1000,10000,100000] [--backend sqlite|postgres] [--readers 2] [--json]`: builds stores of
// growing size from the seed and synthetic variations of the corpus (SQLite files in .scratch/bench/, or
// PostgreSQL databases on BENCH_DATABASE_URL's server, reused while the schema and the generator are
// unchanged: 100,000 articles take a while to build), and prints for each size the
// ingest rate, store size on disk, time to first answer, memory, per-command latency beside a naive
// fuse.js baseline, the time for one more article to be committed and answered by a running bot, and
// the latency of reader processes while another process ingests.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Command as Program } from "commander";
import { ingestSources } from "../../src/app/ingestSources.ts";
import { locationOf, openBenchStore, removeStore, storeExists, storeSizeMb, type BackendName } from "./benchStore.ts";
import { oneMoreArticle, type OneMore } from "./oneMore.ts";
import { mixSource, queryMix } from "./queryMix.ts";
import { readersWhileIngesting, type ReadersWhileIngesting } from "./readersWhileIngesting.ts";
import type { Latency } from "./stats.ts";
import { baseTexts, writeSyntheticSources } from "./synthesize.ts";

const program = new Program("npm run bench --")
  .option("--sizes <list>", "store sizes in articles", "1,1000,10000,100000")
  .option("--baseline-max <n>", "largest size the naive baseline runs at", "1000")
  .option("--backend <name>", "the store's backend: sqlite, or postgres (on BENCH_DATABASE_URL's server)", "sqlite")
  .option("--readers <n>", "reader processes running the query mix while another ingests (0: not measured)", "2")
  .option("--json", "print one JSON object instead of tables")
  .parse();
const flags = program.opts<{ sizes: string; baselineMax: string; backend: string; readers: string; json?: boolean }>();
if (flags.backend !== "sqlite" && flags.backend !== "postgres") program.error(`--backend is sqlite or postgres, not "${flags.backend}"`);
const readers = Number(flags.readers);
if (!Number.isInteger(readers) || readers < 0) program.error(`--readers is a whole number of processes, not "${flags.readers}"`);
const backend = flags.backend as BackendName;
const sizes = flags.sizes.split(",").map(Number);
const CACHE = ".scratch/bench";
const work = mkdtempSync(join(tmpdir(), "coverage-bench-"));
const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);

interface Built {
  articles: number;
  textArticlesPerSecond: number;
}

interface Measured {
  articles: number;
  paragraphs: number;
  entities: number;
  quotes: number;
  firstAnswerFromStartMs: number;
  firstAnswerFromOpenMs: number;
  rssAfterStartMb: number;
  rssAfterQueriesMb: number;
  latency: Record<string, Latency>;
  baseline?: Record<string, Latency>;
}

/**
 * What a built store is keyed on: the generator of its articles. A store built by older code is
 * migrated forward when it is opened, as an operator's store would be, and a change to the analysis
 * changes what is filed but not how much of it, so it is still a fair one to time; delete
 * .scratch/bench to build afresh.
 */
function storeKey(): string {
  return createHash("sha256").update(readFileSync("test/bench/synthesize.ts")).digest("hex").slice(0, 12);
}

async function htmlThroughput(): Promise<number> {
  const corpus = "test/fixtures/corpus";
  const dir = join(work, "html");
  mkdirSync(dir);
  const pages = readdirSync(corpus).filter((slug) => existsSync(join(corpus, slug, "source.html")));
  for (let round = 0; round < 3; round++) {
    for (const slug of pages) copyFileSync(join(corpus, slug, "source.html"), join(dir, `${round}-${slug}.html`));
  }
  const location = locationOf(backend, work, "html");
  await removeStore(location);
  const store = await openBenchStore(location);
  const start = performance.now();
  const reports = await ingestSources(store, [dir]);
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  await removeStore(location);
  return reports.filter((r) => r.status === "added").length / seconds;
}

/** The synthetic sources of a store, written once and kept beside it, so an interrupted build resumes. */
function cachedSources(size: number, bases: readonly string[], key: string): string {
  if (size === 1) return "data/sources";
  const dir = join(CACHE, `src-${size}-${key}`);
  const complete = join(dir, ".complete");
  if (!existsSync(complete)) {
    writeSyntheticSources(dir, size, bases);
    writeFileSync(complete, "");
  }
  return dir;
}

/**
 * The store of `size` articles, built now (and its ingest rate measured) or reused from an earlier run
 * of the same generator. A build cut short (a 100,000-article store takes the better part of an hour)
 * is resumed by the next run: the articles already filed are passed over as unchanged.
 */
async function builtStore(size: number, bases: readonly string[], key: string): Promise<{ path: string; built: Built; reused: boolean }> {
  const path = locationOf(backend, CACHE, `${size}-${key}`);
  /** Written once the store is complete: a store without it was interrupted, and is built again. */
  const metaPath = backend === "sqlite" ? `${path}.json` : join(CACHE, `postgres-${size}-${key}.json`);
  if (existsSync(metaPath) && (await storeExists(path))) return { path, built: JSON.parse(readFileSync(metaPath, "utf8")) as Built, reused: true };
  mkdirSync(CACHE, { recursive: true });
  const sources = cachedSources(size, bases, key);
  /** SQLite builds in a side file renamed when complete; PostgreSQL in place, the meta file saying it is complete. Either resumes. */
  const building = backend === "sqlite" ? `${path}.building` : path;
  const store = await openBenchStore(building);
  const start = performance.now();
  const reports = await ingestSources(store, [sources], {
    onFile: (index) => {
      if (index > 0 && index % 5000 === 0) log(`  ${index} of ${size} filed…`);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  if (backend === "sqlite") {
    for (const suffix of ["-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });
    renameSync(building, path);
  }
  const filedNow = reports.filter((r) => r.status === "added").length;
  const built = { articles: await articlesIn(path), textArticlesPerSecond: Math.round(filedNow / seconds) };
  writeFileSync(metaPath, JSON.stringify(built));
  return { path, built, reused: false };
}

async function articlesIn(path: string): Promise<number> {
  const store = await openBenchStore(path);
  const count = await store.articleCount();
  await store.close();
  return count;
}

async function benchSize(size: number, bases: readonly string[], key: string) {
  const { path, built, reused } = await builtStore(size, bases, key);
  const reader = await openBenchStore(path);
  const source = await mixSource(reader);
  await reader.close();
  const mixFile = join(work, `mix-${size}.json`);
  writeFileSync(mixFile, JSON.stringify({ mix: queryMix(source), warm: queryMix(source, 100, 7) }));
  const args = ["--expose-gc", "--import", "tsx", "test/bench/measure.ts", path, mixFile];
  if (size <= Number(flags.baselineMax)) args.push("--baseline");
  const measured = JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 2 ** 26 })) as Measured;
  const oneMore: OneMore = await oneMoreArticle(path, bases[0]!, size);
  const whileIngesting: ReadersWhileIngesting | undefined = readers > 0 ? await readersWhileIngesting(path, mixFile, bases, size, readers, work) : undefined;
  return {
    size,
    ...built,
    reusedStore: reused,
    storeMb: await storeSizeMb(path),
    ...measured,
    oneMore,
    ...(whileIngesting ? { whileIngesting } : {}),
  };
}

function table(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `\n${r.size} article(s): ${r.paragraphs} paragraphs, ${r.entities} entities, ${r.quotes} quotes · store ${r.storeMb} MB on disk`,
      `  ingest ${r.textArticlesPerSecond} text articles/s${r.reusedStore ? " (when this store was built)" : ""} · first answer ${r.firstAnswerFromOpenMs} ms after opening the store, ${r.firstAnswerFromStartMs} ms after the process started · RSS ${r.rssAfterStartMb} MB after the first answer, ${r.rssAfterQueriesMb} MB after the query mix`,
      `  one more article: analysed in ${r.oneMore.analyseMs} ms, committed in ${r.oneMore.commitMs} ms, answered by a running reader ${r.oneMore.answerableMs} ms after the commit, removed again in ${r.oneMore.removeMs} ms`,
      `  ${"command".padEnd(22)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"first".padStart(8)} ms${r.baseline ? "   naive p50   ×faster (p50)" : ""}`,
    );
    for (const [name, l] of Object.entries(r.latency)) {
      const naive = r.baseline?.[name];
      const ratio = naive ? `   ${naive.p50.toFixed(3).padStart(9)}   ${(naive.p50 / Math.max(l.p50, 0.001)).toFixed(0).padStart(6)}×` : "";
      lines.push(`  ${name.padEnd(22)} ${[l.p50, l.p95, l.p99, l.first].map((ms) => ms.toFixed(3).padStart(8)).join(" ")}${ratio}`);
    }
    if (r.whileIngesting) lines.push(...contentionTable(r.whileIngesting));
  }
  return lines.join("\n");
}

function contentionTable(w: ReadersWhileIngesting): string[] {
  const seen = w.visibleAfter;
  const lines = [
    `  ${w.readers} reader processes while a third ingests: ${w.articles} articles committed in ${w.ingestSeconds} s (${w.articlesPerSecond}/s); each reader answered from a new article ${seen.p50} ms (p50), ${seen.max} ms (max) after its commit${seen.unseen > 0 ? `, ${seen.unseen} of ${seen.pairs} never` : ""}`,
    `  ${"command".padEnd(22)} ${"idle p50".padStart(9)} ${"p99".padStart(8)} ${"n".padStart(5)}   ${"ingesting p50".padStart(13)} ${"p99".padStart(8)} ${"n".padStart(5)}`,
  ];
  for (const [name, idle] of Object.entries(w.idle)) {
    const busy = w.ingesting[name] ?? { n: 0, p50: 0, p99: 0 };
    lines.push(`  ${name.padEnd(22)} ${idle.p50.toFixed(2).padStart(9)} ${idle.p99.toFixed(2).padStart(8)} ${String(idle.n).padStart(5)}   ${busy.p50.toFixed(2).padStart(13)} ${busy.p99.toFixed(2).padStart(8)} ${String(busy.n).padStart(5)}`);
  }
  return lines;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
log(`coverage-bot bench on ${machine}, ${backend} store`);
const htmlPerSecond = Math.round(await htmlThroughput());
log(`HTML ingest: ${htmlPerSecond} pages/s (the corpus's saved pages, 3 rounds)`);
const bases = baseTexts("test/fixtures");
const key = storeKey();
const results = [];
for (const size of sizes) {
  log(`building (or reusing) and measuring ${size} article(s)…`);
  const result = await benchSize(size, bases, key);
  results.push(result);
  if (!flags.json) console.log(table([result]));
}
if (flags.json) console.log(JSON.stringify({ machine, backend, htmlArticlesPerSecond: htmlPerSecond, sizes: results }, null, 2));
rmSync(work, { recursive: true, force: true });
