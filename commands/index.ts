// Every slash command, in the order help lists them; the bot, the console and the CLI all use this list.
import { ask } from "./ask.ts";
import type { Command } from "./command.ts";
import { coverage } from "./coverage.ts";
import { helpCommand } from "./help.ts";
import { quote } from "./quote.ts";
import { related } from "./related.ts";
import { sources } from "./sources.ts";
import { summary } from "./summary.ts";
import { who } from "./who.ts";

const answering: readonly Command<unknown>[] = [quote, who, summary, ask, related, coverage, sources];

export const commands: readonly Command<unknown>[] = [...answering, helpCommand(answering)];
