// `npm run ingest -- <files or folders> [--prune]`: builds or updates the store from source
// files, with a progress bar on long runs, a per-file report, and one atomic store write.
import { SingleBar } from "cli-progress";
import { Command as Program } from "commander";
import dotenv from "dotenv";
import { basename } from "node:path";
import { ingestSources, type FileReport, type FileStatus } from "../ingest/ingestSources.ts";
import type { Store } from "../store/schema.ts";
import { loadStore, storePath, writeStoreAtomically } from "../store/storeFile.ts";

dotenv.config({ quiet: true });

/** Runs with at least this many files show a progress bar (when stdout is a terminal). */
const PROGRESS_FROM = 10;
const STATUSES: readonly FileStatus[] = ["added", "updated", "unchanged", "skipped", "removed"];

function previousStore(path: string): Store | null {
  const loaded = loadStore(path, { indexes: false });
  if (loaded.ok) return loaded.store;
  if (loaded.reason !== "missing") console.log(`${loaded.message.replace(/: run .*$/u, "")}; rebuilding it from the files given.`);
  return null;
}

function progressBar(): { onFile: (index: number, total: number, path: string) => void; stop: () => void } {
  let bar: SingleBar | null = null;
  return {
    onFile(index, total, path) {
      if (!process.stdout.isTTY || total < PROGRESS_FROM) return;
      if (!bar) {
        bar = new SingleBar({ format: "ingesting [{bar}] {value}/{total} {file}", stream: process.stdout, hideCursor: true, clearOnComplete: true });
        bar.start(total, 0, { file: "" });
      }
      bar.update(index, { file: basename(path) });
    },
    stop: () => bar?.stop(),
  };
}

function reportTable(reports: readonly FileReport[]): string {
  const rows = reports.map((r) => [r.status, r.path, r.status === "skipped" ? (r.reason ?? "") : (r.article ?? "")]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}

const articles = (store: Store): string => `${store.articles.length} article${store.articles.length === 1 ? "" : "s"}`;

function totals(reports: readonly FileReport[]): string {
  return STATUSES.map((status) => `${reports.filter((r) => r.status === status).length} ${status}`).join(", ");
}

async function ingest(paths: string[], flags: { prune?: boolean; store?: string }): Promise<void> {
  const path = flags.store ?? storePath();
  const previous = previousStore(path);
  const progress = progressBar();
  const { store, reports, changed } = ingestSources(paths, previous, { prune: flags.prune ?? false, onFile: progress.onFile });
  progress.stop();
  if (reports.length > 0) console.log(reportTable(reports));
  console.log(`\n${totals(reports)}.`);
  const landed = reports.some((r) => r.status === "added" || r.status === "updated" || r.status === "unchanged");
  if (changed) {
    await writeStoreAtomically(path, store);
    console.log(`Store written: ${path} (${articles(store)}).`);
  } else if (previous) {
    console.log(`Store unchanged: ${path} (${articles(store)}).`);
  }
  if (!landed) {
    console.error("Nothing could be ingested from the paths given.");
    process.exitCode = 1;
  }
}

const program = new Program("npm run ingest --")
  .description("Ingest .txt/.html/.htm files (or folders of them) into the store.")
  .argument("<paths...>", "files or folders to ingest")
  .option("--prune", "drop stored articles whose source files are gone")
  .option("--store <path>", "store file (default: STORE_PATH or data/store.json)")
  .showHelpAfterError()
  .action(ingest);

try {
  await program.parseAsync();
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
