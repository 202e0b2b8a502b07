// The project's entry points run as their own processes, as an operator runs them (`npm run ingest`,
// `npm run cli`, `npm start`), each on the store file the test chooses: to show what another process
// sees, never what the test's own connection sees.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * tsx's loader, for `node --import`: started through the tsx CLI, a child gets a signal relayed only if it
 * confirms within 30 ms, and a loaded machine misses that and sees it killed (exit 143).
 */
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a child: this one's, with the store at `storePath` (or at the default path when
 * null; PostgreSQL only when `extra` names a DATABASE_URL) and no Discord token or interactions port,
 * so `npm start` runs the console.
 */
export function childEnv(storePath: string | null, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (extra.DATABASE_URL === undefined) delete env.DATABASE_URL;
  delete env.DISCORD_TOKEN;
  delete env.INTERACTIONS_PORT;
  delete env.SHARD_COUNT;
  if (storePath === null) delete env.STORE_PATH;
  else env.STORE_PATH = storePath;
  return env;
}

/** Starts `src/app/<script>` with `args`; the caller reads and ends it. */
export function startApp(script: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", TSX_LOADER, join(ROOT, "src/app", script), ...args], { cwd: options.cwd ?? ROOT, env: options.env });
}

/** Runs `src/app/<script>` with `args` to the end and gives its exit code and output. */
export function runApp(script: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<Finished> {
  const child = startApp(script, args, options);
  child.stdin.end();
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npm run ingest -- <args>` on the store at `storePath`. */
export const runIngest = (storePath: string, args: readonly string[], cwd = ROOT): Promise<Finished> =>
  runApp("ingest.ts", args, { env: childEnv(storePath), cwd });

/** `npm run cli -- <args>`, on the store at `storePath` (the default path, relative to `cwd`, when null). */
export const runCli = (storePath: string | null, args: readonly string[], cwd = ROOT): Promise<Finished> =>
  runApp("oneShot.ts", args, { env: childEnv(storePath), cwd });

/** A process's failure shown to an operator: exactly one line, and no stack frame anywhere. */
export function isOneLine(text: string): boolean {
  return text.trim().split("\n").length === 1 && !/^\s+at /mu.test(text);
}

/**
 * Asks `probe` again and again until it returns something other than undefined, for at most
 * `withinMs`; then fails with `what` and the last answer seen.
 */
export async function within<T>(withinMs: number, what: string, probe: () => Promise<T | undefined>, describe: () => string = () => ""): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs / 1000} s: ${what}${describe() ? `; last seen:\n${describe()}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
