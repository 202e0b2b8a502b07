// `npm run bench [-- --sizes 1,100,1000,10000] [--json]`: builds stores of growing size from
// the seed and synthetic variations of the corpus, and prints ingest throughput (text and
// HTML), store size, load time, memory and per-command latency, beside a naive fuse.js baseline.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Command as Program } from "commander";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { writeStoreAtomically } from "../../src/store/storeFile.ts";
import type { Latency } from "./stats.ts";
import { baseTexts, writeSyntheticSources } from "./synthesize.ts";

const program = new Program("npm run bench --")
  .option("--sizes <list>", "store sizes in articles", "1,100,1000,10000")
  .option("--baseline-max <n>", "largest size the naive baseline runs at", "1000")
  .option("--json", "print one JSON object instead of tables")
  .parse();
const flags = program.opts<{ sizes: string; baselineMax: string; json?: boolean }>();
const sizes = flags.sizes.split(",").map(Number);
const work = mkdtempSync(join(tmpdir(), "coverage-bench-"));
const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);

/** Load is timed in this many fresh processes and the median reported: one run on a shared machine can be a second off. */
const LOAD_RUNS = 3;

interface Measured {
  articles: number;
  paragraphs: number;
  entities: number;
  quotes: number;
  parseAndValidateMs: number;
  loadMs: number;
  /** Every run's load time, fastest first. */
  loadRunsMs?: number[];
  rssMb: number;
  rssAfterQueriesMb: number;
  latency: Record<string, Latency>;
  baseline?: Record<string, Latency>;
}

function htmlThroughput(): number {
  const corpus = "test/fixtures/corpus";
  const dir = join(work, "html");
  mkdirSync(dir);
  const pages = readdirSync(corpus).filter((slug) => {
    try {
      return statSync(join(corpus, slug, "source.html")).isFile();
    } catch {
      return false;
    }
  });
  for (let round = 0; round < 3; round++) {
    for (const slug of pages) copyFileSync(join(corpus, slug, "source.html"), join(dir, `${round}-${slug}.html`));
  }
  const start = performance.now();
  const { reports } = ingestSources([dir], null);
  const seconds = (performance.now() - start) / 1000;
  return reports.filter((r) => r.status === "added").length / seconds;
}

async function benchSize(size: number, bases: readonly string[]) {
  const sources = size === 1 ? ["data/sources"] : writeSyntheticSources(join(work, `src-${size}`), size, bases);
  const start = performance.now();
  const { store } = ingestSources(sources, null);
  const ingestSeconds = (performance.now() - start) / 1000;
  const path = join(work, `store-${size}.json`);
  await writeStoreAtomically(path, store);
  const args = ["--expose-gc", "--import", "tsx", "test/bench/measure.ts", path];
  if (size <= Number(flags.baselineMax)) args.push("--baseline");
  const measure = (extra: string[]) => JSON.parse(execFileSync(process.execPath, [...args, ...extra], { encoding: "utf8", maxBuffer: 2 ** 26 })) as Measured;
  const measured = measure([]);
  const runs = [measured, ...Array.from({ length: LOAD_RUNS - 1 }, () => measure(["--load-only"]))]
    .map(({ loadMs, parseAndValidateMs }) => ({ loadMs, parseAndValidateMs }))
    .sort((a, b) => a.loadMs - b.loadMs);
  const median = runs[Math.floor(runs.length / 2)] ?? measured;
  measured.loadRunsMs = runs.map((r) => r.loadMs);
  measured.loadMs = median.loadMs;
  measured.parseAndValidateMs = median.parseAndValidateMs;
  return {
    size,
    textArticlesPerSecond: Math.round(store.articles.length / ingestSeconds),
    storeMb: Math.round((statSync(path).size / 2 ** 20) * 10) / 10,
    ...measured,
  };
}

function table(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `\n${r.size} article(s): ${r.paragraphs} paragraphs, ${r.entities} entities, ${r.quotes} quotes`,
      `  ingest ${r.textArticlesPerSecond} text articles/s · store ${r.storeMb} MB · load ${r.loadMs} ms (median of ${r.loadRunsMs?.join(", ")}; parse+validate ${r.parseAndValidateMs} ms) · RSS ${r.rssMb} MB after load, ${r.rssAfterQueriesMb} MB after the queries`,
      `  ${"command".padEnd(22)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"first".padStart(8)} ms${r.baseline ? "   naive p50   ×faster (p50)" : ""}`,
    );
    for (const [name, l] of Object.entries(r.latency)) {
      const naive = r.baseline?.[name];
      const ratio = naive ? `   ${naive.p50.toFixed(3).padStart(9)}   ${(naive.p50 / Math.max(l.p50, 0.001)).toFixed(0).padStart(6)}×` : "";
      lines.push(`  ${name.padEnd(22)} ${[l.p50, l.p95, l.p99, l.first].map((ms) => ms.toFixed(3).padStart(8)).join(" ")}${ratio}`);
    }
  }
  return lines.join("\n");
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
log(`coverage-bot bench on ${machine}`);
const htmlPerSecond = Math.round(htmlThroughput());
log(`HTML ingest: ${htmlPerSecond} pages/s (the corpus's 12 saved pages, 3 rounds)`);
const bases = baseTexts("test/fixtures");
const results = [];
for (const size of sizes) {
  log(`building and measuring ${size} article(s)…`);
  results.push(await benchSize(size, bases));
}
if (flags.json) console.log(JSON.stringify({ machine, htmlArticlesPerSecond: htmlPerSecond, sizes: results }, null, 2));
else console.log(table(results));
rmSync(work, { recursive: true, force: true });
