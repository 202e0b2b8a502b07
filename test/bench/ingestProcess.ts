// The ingesting process of the readers-while-ingesting run (a child of the bench, started with the
// plan's file): on "go" it analyses and commits the planned articles one at a time, as an ingest
// worker does, until they run out or the plan's ingest time is up, reporting when each commit
// returned, then when it started and finished, and exits.
import { readFileSync } from "node:fs";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import { contentHash } from "../../src/ingest/buildArticle.ts";
import { openBenchStore } from "./benchStore.ts";
import type { IngestPlan } from "./ingestPlan.ts";

export type FromIngest = { kind: "ready" } | { kind: "done"; started: number; finished: number; commits: number[] };

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as IngestPlan;
const send = (message: FromIngest) => process.send?.(message);
const now = () => performance.timeOrigin + performance.now();

const store = await openBenchStore(plan.location);

async function ingest(): Promise<void> {
  const started = now();
  const commits: number[] = [];
  for (const planned of plan.articles) {
    if (now() - started >= plan.ingestMs) break;
    const bytes = Buffer.from(planned.text);
    const hash = contentHash(bytes);
    const analysed = analyseFile({ path: planned.path, storedPath: planned.path, bytes, hash });
    if (!analysed.ok) throw new Error(`a planned article was refused: ${analysed.reason}`);
    await store.putArticle(analysed.analysis, { path: planned.path, hash });
    commits.push(now());
  }
  send({ kind: "done", started, finished: now(), commits });
  await store.close();
  process.disconnect();
}

process.once("message", () => void ingest());
send({ kind: "ready" });
