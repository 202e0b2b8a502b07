// Page state kept in a button's custom id, so Previous/Next work after a restart:
// `page:<command>:<page>:<option values, "|"-separated, "\"-escaped>`, at most 100 characters.
import { LIMITS } from "./limits.ts";

export interface PageRef {
  readonly command: string;
  readonly page: number;
  /** The command's option values in definition order; "" for an option left out. */
  readonly args: readonly string[];
}

const PREFIX = "page";

const escapeArg = (arg: string) => arg.replace(/\\/gu, "\\\\").replace(/\|/gu, "\\|");

/** The custom id for `ref`, or null when its arguments are too long to fit. */
export function pageCustomId(ref: PageRef): string | null {
  const id = `${PREFIX}:${ref.command}:${ref.page}:${ref.args.map(escapeArg).join("|")}`;
  return id.length <= LIMITS.customId ? id : null;
}

function splitArgs(encoded: string): string[] {
  const args: string[] = [];
  let current = "";
  for (let i = 0; i < encoded.length; i += 1) {
    const char = encoded[i];
    if (char === "\\") {
      current += encoded[i + 1] ?? "";
      i += 1;
    } else if (char === "|") {
      args.push(current);
      current = "";
    } else current += char;
  }
  args.push(current);
  return args;
}

export function parsePageCustomId(id: string): PageRef | null {
  const match = /^page:([a-z0-9_-]{1,32}):(\d{1,4}):(.*)$/su.exec(id);
  if (!match?.[1] || !match[2] || match[3] === undefined) return null;
  return { command: match[1], page: Number(match[2]), args: splitArgs(match[3]) };
}
