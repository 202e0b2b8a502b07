// An ingest killed outright (SIGKILL, no chance to clean up) while it writes the store: the previous
// store still loads, whole, and the next write clears away the temp file the killed run left.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import type { Store } from "../../src/store/schema.ts";
import { loadStore, writeStoreAtomically } from "../../src/store/storeFile.ts";
import { baseTexts, writeSyntheticSources } from "../bench/synthesize.ts";
import { plainStore } from "../store/writtenStore.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Enough articles that writing the store takes a while (several MB, validated, flushed). */
const ARTICLES = 200;

let dir: string;
let storeDir: string;
let storePath: string;
let previous: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "ingest-kill-"));
  storeDir = join(dir, "store");
  storePath = join(storeDir, "store.json");
  mkdirSync(join(dir, "seed"));
  copyFileSync(join(ROOT, "data/sources/000_763f98cca8341530.txt"), join(dir, "seed", "seed.txt"));
  previous = ingestSources([join(dir, "seed")], null, { cwd: dir }).store;
  await writeStoreAtomically(storePath, previous);
  writeSyntheticSources(join(dir, "many"), ARTICLES, baseTexts(join(ROOT, "test/fixtures")));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tempFiles = () => readdirSync(storeDir).filter((name) => name.includes(".tmp-"));

/** Runs the ingest CLI over the synthetic sources and SIGKILLs it when `when` fires; resolves how it ended. */
function ingestKilled(when: (kill: () => void) => () => void): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/ingest.ts"), join(dir, "many"), "--store", storePath], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const stop = when(() => child.kill("SIGKILL"));
  return new Promise((resolve) => {
    child.once("exit", (_code, signal) => {
      stop();
      resolve(signal);
    });
  });
}

function expectPreviousStore(): void {
  const loaded = loadStore(storePath);
  expect(loaded.ok).toBe(true);
  if (loaded.ok) expect(plainStore(loaded.store)).toEqual(plainStore(previous));
}

describe("an ingest killed with SIGKILL", { timeout: 120_000 }, () => {
  it("while the new store is being written leaves the previous store loadable", async () => {
    let sawTemp = false;
    const signal = await ingestKilled((kill) => {
      const watcher = watch(storeDir, () => {
        if (!sawTemp && tempFiles().length > 0) {
          sawTemp = true;
          kill();
        }
      });
      return () => watcher.close();
    });
    expect(signal).toBe("SIGKILL");
    expect(sawTemp).toBe(true);
    expectPreviousStore();
    expect(tempFiles()).toHaveLength(1);
    await writeStoreAtomically(storePath, previous);
    expect(tempFiles()).toEqual([]);
  });

  it("while it is still reading and analysing leaves the previous store untouched", async () => {
    const signal = await ingestKilled((kill) => {
      const timer = setTimeout(kill, 1_500);
      return () => clearTimeout(timer);
    });
    expect(signal).toBe("SIGKILL");
    expectPreviousStore();
    expect(tempFiles()).toEqual([]);
  });
});
