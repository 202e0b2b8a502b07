// What the bench times for each kind of request a bot serves: a command answered and rendered for
// Discord, or an autocomplete, over its inputs from the query mix. The one-process measurement and the
// reader processes that run beside an ingest ask the store the same way.
import { commands } from "../../commands/index.ts";
import type { Command } from "../../commands/command.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import type { QueryMix } from "./queryMix.ts";

export interface MixCommand {
  name: string;
  inputs(mix: QueryMix): readonly string[];
  ask(store: CoverageStore, input: string): Promise<unknown>;
}

export const command = (name: string): Command<unknown> => {
  const found = commands.find((c) => c.definition.name === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
};

/** A command answered and rendered as the bot replies, first page. */
export async function run(store: CoverageStore, name: string, options: Record<string, string>): Promise<unknown> {
  const cmd = command(name);
  const result = await cmd.answer(store, options);
  return cmd.toDiscord(result, { command: name, page: 0, args: Object.values(options) });
}

const answered = (name: string, option: string, inputs: (mix: QueryMix) => readonly string[]): MixCommand => ({
  name,
  inputs,
  ask: (store, input) => run(store, name, { [option]: input }),
});

const completed = (name: string, commandName: string, option: string, inputs: (mix: QueryMix) => readonly string[]): MixCommand => ({
  name,
  inputs,
  ask: async (store, input) => command(commandName).autocomplete?.(store, option, input),
});

/** In the order the bench prints them. `/sources` takes no input: it is asked once per listed article, 50 at most. */
export const mixCommands: readonly MixCommand[] = [
  answered("quote", "who", (m) => m.names),
  answered("who", "name", (m) => m.names),
  answered("ask", "question", (m) => m.questions),
  answered("summary", "article", (m) => m.articles),
  answered("related", "topic", (m) => m.topics),
  { name: "sources", inputs: (m) => m.articles.slice(0, 50), ask: (store) => run(store, "sources", {}) },
  completed("autocomplete who", "quote", "who", (m) => m.namePrefixes),
  completed("autocomplete article", "summary", "article", (m) => m.titlePrefixes),
  answered("coverage", "story", (m) => m.stories),
  completed("autocomplete story", "coverage", "story", (m) => m.storyPrefixes),
];
