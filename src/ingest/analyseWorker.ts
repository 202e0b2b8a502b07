// The ingest worker thread (run by piscina, see analyseSources.ts): analyses one file per task, first
// saying on the task's port that it has begun, so that the file's time budget starts then.
import type { MessagePort } from "node:worker_threads";
import { analyseFile, type FileAnalysis, type FileToAnalyse } from "./analyseFile.ts";

export interface AnalysisTask {
  readonly file: FileToAnalyse;
  /** Told once, as the work begins. */
  readonly started: MessagePort;
}

export default function analyseInWorker({ file, started }: AnalysisTask): FileAnalysis {
  started.postMessage("started");
  started.close();
  return analyseFile(file);
}
