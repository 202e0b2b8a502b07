// /help: every command with how to type it and an example drawn from the coverage itself (its most
// quoted name, its latest headline), so the examples fit whatever the store holds.
import type { CoverageStore } from "../store/coverageStore.ts";
import type { HelpResult } from "./contract.ts";

/** What help needs to know of a command: its name, description and options. */
export interface CommandOutline {
  name: string;
  description: string;
  options: readonly { name: string; required: boolean }[];
}

/** Options whose value is a name of the coverage, and the option that takes a question. */
const NAME_OPTIONS = new Set(["who", "name"]);

function usage(command: CommandOutline): string {
  const options = command.options.map((o) => (o.required ? `${o.name}:<${o.name}>` : `[${o.name}:<${o.name}>]`));
  return [`/${command.name}`, ...options].join(" ");
}

function example(command: CommandOutline, name: string | undefined, headline: string | undefined): string | undefined {
  const required = command.options.find((o) => o.required);
  if (!required) return undefined;
  if (NAME_OPTIONS.has(required.name)) return name ? `/${command.name} ${required.name}:${name}` : undefined;
  if (required.name === "question") return name ? `/${command.name} ${required.name}:What did ${name} say?` : headline ? `/${command.name} ${required.name}:What happened?` : undefined;
  return undefined;
}

export async function answerHelp(store: CoverageStore, commands: readonly CommandOutline[]): Promise<HelpResult> {
  const [articles, speakers, latest] = await Promise.all([store.articleCount(), store.topEntities({ speakers: true, limit: 1 }), store.listArticles(1)]);
  const name = speakers[0]?.name;
  return {
    articles,
    commands: commands.map((command) => {
      const shown = example(command, name, latest[0]?.title);
      return { name: command.name, description: command.description, usage: usage(command), ...(shown ? { example: shown } : {}) };
    }),
  };
}
