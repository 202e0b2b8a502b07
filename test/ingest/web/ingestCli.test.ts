// `npm run ingest -- <url>` end to end against the local test web: a feed's items and a saved file in
// one run, a row per page (a gone page skipped with its reason while the others land), unchanged the
// second time, and a run with only failing URLs exiting 1. The CLI runs as a child process, so this
// process's test server can answer it.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../../eval/extraction/extraction-corpus.ts";
import { startFakeWeb, type FakeWeb } from "../../fakeWeb/fakeWeb.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const run = promisify(execFile);

let web: FakeWeb;
let dir: string;
let store: string;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(async () => {
  await web.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-web-cli-"));
  store = join(dir, "coverage.db");
  copyFileSync(join(CORPUS_DIR, "guardian-maori-whale-strandings", "source.html"), join(dir, "whales.html"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function ingest(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/app/ingest.ts"), ...args], { cwd: dir, env: { ...process.env, STORE_PATH: store } });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run ingest -- <url>", { timeout: 60_000 }, () => {
  it("ingests every item of a feed and a file in one run, skipping the item whose page is gone", async () => {
    const first = await ingest(web.url("/feeds/rss.xml"), "whales.html");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^added\s+whales\.html\s+what-is-the-sea-telling-us/mu);
    expect(first.stdout).toContain(`added    ${web.url("/news/obama-guns")}`);
    expect(first.stdout).toMatch(new RegExp(`^skipped\\s+${web.url("/news/taken-down")}\\s+HTTP 404 Not Found$`, "mu"));
    expect(first.stdout).toContain("4 added, 0 updated, 0 unchanged, 1 skipped, 0 removed.");
    const opened = openSqliteStore(store);
    expect(await opened.storedSource(web.url("/news/sudan"))).toBeDefined();
    await opened.close();
    const second = await ingest(web.url("/feeds/rss.xml"), "whales.html", "--prune");
    expect(second.stdout).toContain("0 added, 0 updated, 4 unchanged, 1 skipped, 0 removed.");
  });

  it("exits 1 when no URL could be ingested, with each reason in the table", async () => {
    const failed = await ingest(web.url("/nowhere"), web.url("/loop/a"), web.url("/photo.png"), web.url("/huge"), "http://no-such-host.invalid/news");
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^skipped\s+\S+\/nowhere\s+HTTP 404 Not Found$/mu);
    expect(failed.stdout).toMatch(/^skipped\s+\S+\/loop\/a\s+redirect loop/mu);
    expect(failed.stdout).toMatch(/^skipped\s+\S+\/photo\.png\s+not a web page or a feed \(Content-Type image\/png\)$/mu);
    expect(failed.stdout).toMatch(/^skipped\s+\S+\/huge\s+too large \(over 20 MB\)$/mu);
    expect(failed.stdout).toMatch(/^skipped\s+http:\/\/no-such-host\.invalid\/news\s+host not found/mu);
    expect(failed.stderr).toContain("Nothing could be ingested from the paths given.");
  });
});
