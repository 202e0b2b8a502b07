// Bot processes reading while another ingests: `readers` reader processes run the query mix against
// one store, first alone (idle), then while a third process analyses and commits new articles; the
// result is the readers' latency in each phase, the ingest rate under their load, and how long after
// each commit every reader answered from the new article. The new articles are taken out again
// afterwards, so a store kept for reuse stays as it was built.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openBenchStore } from "./benchStore.ts";
import { spreadIn, visibility, type Spread, type Visibility } from "./contention.ts";
import type { FromIngest } from "./ingestProcess.ts";
import { plannedArticles, type IngestPlan } from "./ingestPlan.ts";
import type { FromReader, ToReader } from "./readerProcess.ts";

export interface ReadersWhileIngesting {
  readers: number;
  /** Articles committed during the ingest, and over how long. */
  articles: number;
  ingestSeconds: number;
  articlesPerSecond: number;
  idle: Record<string, Spread>;
  ingesting: Record<string, Spread>;
  visibleAfter: Visibility;
}

const IDLE_MS = 10_000;
const INGEST_MS = 10_000;
const PLANNED = 120;

function start(script: string, planFile: string): ChildProcess {
  return fork(join("test/bench", script), [planFile], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/** The child's next message of `kind`; rejects when the child has exited, or exits first. */
function next<M extends { kind: string }, K extends M["kind"]>(child: ChildProcess, kind: K): Promise<Extract<M, { kind: K }>> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return reject(new Error(`a bench child (${child.spawnargs.join(" ")}) exited with ${child.exitCode} before "${kind}"`));
    const onMessage = (message: M) => {
      if (message.kind !== kind) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message as Extract<M, { kind: K }>);
    };
    const onExit = (code: number | null) => reject(new Error(`a bench child (${child.spawnargs.join(" ")}) exited with ${code} before "${kind}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function takeOut(location: string, paths: readonly string[]): Promise<void> {
  const store = await openBenchStore(location);
  try {
    for (const path of paths) await store.removeArticle(path);
  } finally {
    await store.close();
  }
}

export async function readersWhileIngesting(location: string, mixFile: string, bases: readonly string[], size: number, readers: number, work: string): Promise<ReadersWhileIngesting> {
  const plan: IngestPlan = { location, mixFile, ingestMs: INGEST_MS, articles: plannedArticles(bases, size, PLANNED) };
  const planFile = join(work, `plan-${size}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const paths = plan.articles.map((a) => a.path);
  await takeOut(location, paths);
  const children: ChildProcess[] = [];
  try {
    const readerProcesses = Array.from({ length: readers }, () => start("readerProcess.ts", planFile));
    const ingester = start("ingestProcess.ts", planFile);
    children.push(...readerProcesses, ingester);
    await Promise.all([...readerProcesses.map((r) => next<FromReader, "ready">(r, "ready")), next<FromIngest, "ready">(ingester, "ready")]);
    const tell = (message: ToReader) => readerProcesses.forEach((r) => r.send(message));
    const idleFrom = performance.timeOrigin + performance.now();
    tell({ kind: "go" });
    await pause(IDLE_MS);
    const ingested = next<FromIngest, "done">(ingester, "done");
    ingester.send({ kind: "go" });
    const { started, finished, commits } = await ingested;
    const readersDone = readerProcesses.map((r) => next<FromReader, "done">(r, "done"));
    tell({ kind: "stop", expected: commits.length });
    const reports = await Promise.all(readersDone);
    const samples = reports.flatMap((r) => r.samples);
    const seconds = (finished - started) / 1000;
    return {
      readers,
      articles: commits.length,
      ingestSeconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round((commits.length / seconds) * 10) / 10,
      idle: spreadIn(samples, { from: idleFrom, to: started }),
      ingesting: spreadIn(samples, { from: started, to: finished }),
      visibleAfter: visibility(commits, reports.map((r) => r.sightings)),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await takeOut(location, paths);
  }
}
