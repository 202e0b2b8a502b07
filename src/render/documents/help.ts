// /help as a document: one entry per command, how to type it, what it answers and an example.
import type { HelpResult } from "../../answer/contract.ts";
import type { Document } from "../document.ts";

export function helpDocument(result: HelpResult): Document {
  const stored = result.articles === 1 ? "1 article is stored" : `${result.articles} articles are stored`;
  return {
    title: "coverage-bot: what you can ask",
    notes: [`Answers come from the news articles this bot has read (${stored}); every excerpt names its article and paragraph.`],
    groups: [
      {
        items: result.commands.map((c) => ({
          kind: "entry",
          title: c.usage,
          details: c.example ? `${c.description} · e.g. ${c.example}` : c.description,
        })),
      },
    ],
    empty: "No commands are available.",
    source: "coverage-bot help",
  };
}
