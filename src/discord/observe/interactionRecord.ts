// What the bot notes about each interaction it handles, in every mode: which command, with what
// options, where, how it ended and how long it took. Logged as one info line (secrets in the options
// redacted) and counted in the metrics.
import type { Logger } from "../logger.ts";
import { redactSecrets } from "../redactSecrets.ts";

/** How an interaction ended: a public answer, a notice only the asker sees (nothing found, slow down, unknown command), a failure, or a response given up. */
export type Outcome = "answered" | "notice" | "failed" | "dropped";

export interface InteractionRecord {
  /** Discord's id for the interaction (none in the console), as the bot's other lines about it give it. */
  readonly id?: string;
  /** The slash command's name ("" when the interaction named none). */
  readonly command: string;
  readonly kind: "command" | "autocomplete" | "button" | "other";
  readonly options: Readonly<Record<string, string | undefined>>;
  /** The server it came from; null in DMs and in the console. */
  readonly guild: string | null;
  readonly outcome: Outcome;
  readonly latencyMs: number;
}

/** Option values are what people typed: a pasted token or webhook URL is taken out before it is logged. */
const redactedOptions = (options: InteractionRecord["options"]): Record<string, string> =>
  Object.fromEntries(Object.entries(options).flatMap(([name, value]) => (value === undefined ? [] : [[name, redactSecrets(value)]])));

/** One line per interaction: at info level, but autocomplete (a line per keystroke) at debug. */
export function logInteraction(logger: Logger, record: InteractionRecord): void {
  const { id, ...rest } = record;
  const line = { ...(id ? { interaction: id } : {}), ...rest, options: redactedOptions(record.options), latencyMs: Math.round(record.latencyMs * 10) / 10 };
  if (record.kind === "autocomplete") logger.debug(line, "interaction");
  else logger.info(line, "interaction");
}
