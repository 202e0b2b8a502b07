// /sources: the stored articles, with outlet, date and counts.
import { answerSources } from "../src/answer/listings/sources.ts";
import type { SourcesResult } from "../src/answer/contract.ts";
import { sourcesDocument } from "../src/render/documents/sources.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";

export const sources: Command<SourcesResult> = {
  definition: commandDefinition("sources", "The articles the bot knows, with outlet and date"),
  answer: (store) => answerSources(store),
  toTerminal: (result) => documentToTerminal(sourcesDocument(result)),
  toDiscord: (result, ref) => documentMessage(sourcesDocument(result), ref),
};
