// `npm run ingest -- <files, folders or URLs> [--prune]`: files articles into the live store one at a
// time (a running bot answers from each as soon as it lands; a URL's page is fetched, a feed's item
// pages each), with a progress bar on long runs and a per-source report (odd characters in a file
// name or URL shown as escapes, never raw). With --remove, takes the articles from those sources out.
import { SingleBar } from "cli-progress";
import { Command as Program } from "commander";
import dotenv from "dotenv";
import { basename } from "node:path";
import { fetchConfig } from "./fetchConfig.ts";
import { ingestSources, type FileReport, type FileStatus } from "./ingestSources.ts";
import { openStore } from "./openStore.ts";
import { removeSources } from "./removeSources.ts";
import { visibleName } from "../render/inertText.ts";

dotenv.config({ quiet: true });

/** Runs with at least this many files show a progress bar (when stdout is a terminal). */
const PROGRESS_FROM = 10;
const STATUSES: readonly FileStatus[] = ["added", "updated", "unchanged", "skipped", "removed"];

function progressBar(): { onFile: (index: number, total: number, path: string) => void; stop: () => void } {
  let bar: SingleBar | null = null;
  return {
    onFile(index, total, path) {
      if (!process.stdout.isTTY || total < PROGRESS_FROM) return;
      if (!bar) {
        bar = new SingleBar({ format: "ingesting [{bar}] {value}/{total} {file}", stream: process.stdout, hideCursor: true, clearOnComplete: true });
        bar.start(total, 0, { file: "" });
      }
      bar.update(index, { file: visibleName(basename(path)) });
    },
    stop: () => bar?.stop(),
  };
}

function reportTable(reports: readonly FileReport[]): string {
  const rows = reports.map((r) => [r.status, visibleName(r.path), visibleName(r.status === "skipped" ? (r.reason ?? "") : (r.article ?? ""))]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}

const totals = (reports: readonly FileReport[]): string =>
  STATUSES.map((status) => `${reports.filter((r) => r.status === status).length} ${status}`).join(", ");

async function ingest(paths: string[], flags: { prune?: boolean; remove?: boolean; store?: string }): Promise<void> {
  const fetching = fetchConfig();
  if (!fetching.ok) {
    console.error(fetching.message);
    process.exitCode = 1;
    return;
  }
  const opened = await openStore(flags.store ? { ...process.env, STORE_PATH: flags.store, DATABASE_URL: "" } : process.env, { seed: false });
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
    return;
  }
  const progress = progressBar();
  try {
    const reports = flags.remove
      ? await removeSources(opened.store, paths)
      : await ingestSources(opened.store, paths, { prune: flags.prune ?? false, onFile: progress.onFile, fetch: fetching.limits });
    progress.stop();
    if (reports.length > 0) console.log(reportTable(reports));
    const count = await opened.store.articleCount();
    console.log(`\n${totals(reports)}.\nStore: ${opened.path} (${count} article${count === 1 ? "" : "s"}).`);
    if (!reports.some((r) => r.status !== "skipped")) {
      console.error(flags.remove ? "Nothing was removed: no stored article came from the paths given." : "Nothing could be ingested from the paths given.");
      process.exitCode = 1;
    }
  } finally {
    progress.stop();
    await opened.store.close();
  }
}

const program = new Program("npm run ingest --")
  .description("Ingest .txt/.html/.htm files (or folders of them), web pages and feeds (RSS, Atom, JSON Feed) into the store.")
  .argument("<paths...>", "files, folders or http(s) URLs of pages or feeds to ingest")
  .option("--prune", "drop stored articles whose source files are gone")
  .option("--remove", "take the articles that came from these files or URLs out of the store instead")
  .option("--store <path>", "SQLite store file (default: STORE_PATH or data/coverage.db; overrides DATABASE_URL)")
  .showHelpAfterError()
  .action(ingest);

try {
  await program.parseAsync();
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
