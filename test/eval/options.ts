// `npm run eval` options: the held-out sets are scored only when asked for (--heldout, or one set with
// --set 1|2|3|4|5), the development set only with --dev, their figures can be saved under a label (--save
// first-run), and --misses lists their failures; --benchmark <dir> (or EXTRACTION_BENCHMARK) adds the
// 181-page extraction benchmark.
import { parseArgs } from "node:util";

export interface EvalOptions {
  heldout: boolean;
  /** Score the development set (test/eval/dev/), which rules may be tuned on. */
  dev?: true;
  /** Only this held-out set (its id: 1, 2, 3, 4 or 5); when absent, every set whose first run is recorded. */
  set?: string;
  /** Label of the held-out results file to write (results/<label>.json). */
  save?: string;
  misses: boolean;
  /** A scrapinghub/article-extraction-benchmark checkout to score extraction on. */
  benchmark?: string;
}

export const EVAL_USAGE = "usage: npm run eval [-- [--heldout [--set 1|2|3|4|5] | --dev] [--save <label>] [--misses] [--benchmark <dir>]]";
const LABEL = /^[A-Za-z0-9][\w.-]*$/u;

export function readEvalOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): EvalOptions | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { heldout: { type: "boolean" }, dev: { type: "boolean" }, set: { type: "string" }, save: { type: "string" }, misses: { type: "boolean" }, benchmark: { type: "string" } } }));
  } catch (error) {
    return { error: `${(error as Error).message}\n${EVAL_USAGE}` };
  }
  const heldout = values.heldout ?? false;
  const dev = values.dev ?? false;
  if (values.save !== undefined && !heldout && !dev) return { error: `--save writes the held-out figures: give --heldout too\n${EVAL_USAGE}` };
  if (values.save !== undefined && heldout && dev) return { error: `--save writes one set's figures: give --heldout or --dev, not both\n${EVAL_USAGE}` };
  if (values.save !== undefined && !LABEL.test(values.save)) {
    return { error: `--save ${JSON.stringify(values.save)}: a label is letters, digits, ".", "_" or "-" (e.g. first-run)\n${EVAL_USAGE}` };
  }
  if (values.set !== undefined && !heldout) return { error: `--set chooses a held-out set: give --heldout too\n${EVAL_USAGE}` };
  if (values.set !== undefined && !["1", "2", "3", "4", "5"].includes(values.set)) return { error: `--set ${JSON.stringify(values.set)}: the held-out sets are 1, 2, 3, 4 and 5\n${EVAL_USAGE}` };
  const benchmark = values.benchmark ?? (env.EXTRACTION_BENCHMARK?.trim() || undefined);
  return { heldout, ...(dev ? { dev: true as const } : {}), ...(values.set !== undefined ? { set: values.set } : {}), misses: values.misses ?? false, ...(values.save !== undefined ? { save: values.save } : {}), ...(benchmark ? { benchmark } : {}) };
}
