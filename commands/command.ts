// The shape of a command module: its slash-command definition and the glue from options to an
// answer and its renderings. One module per command serves Discord, the console and the CLI.
import type { SlashCommandOptionsOnlyBuilder } from "@discordjs/builders";
import type { Choice, DiscordMessage } from "../src/render/discord/message.ts";
import type { PageRef } from "../src/render/discord/paging.ts";
import type { CoverageStore } from "../src/store/coverageStore.ts";

export type OptionValues = Readonly<Record<string, string | undefined>>;

export interface Command<Result> {
  readonly definition: SlashCommandOptionsOnlyBuilder;
  /** The option that a console line's free text fills: `/quote Putin` sets `who` to "Putin". */
  readonly textOption?: string;
  answer(store: CoverageStore, options: OptionValues): Promise<Result>;
  /** Plain text for the console: the same content the bot shows in Discord. */
  toTerminal(result: Result): string;
  /** The Discord reply showing page `ref.page` of the result, within every Discord limit. */
  toDiscord(result: Result, ref: PageRef): DiscordMessage;
  /** Choices for an autocomplete option, best first, for what the user has typed so far. */
  autocomplete?(store: CoverageStore, option: string, typed: string): Promise<Choice[]>;
}
