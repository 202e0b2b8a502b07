// The interaction router: slash commands, autocomplete and page buttons go to the command modules;
// answers are deferred when the 3-second window is at risk; a failing handler gets a short
// ephemeral error (cause logged with the interaction id) and the bot keeps running.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import type { Command } from "../../commands/command.ts";
import { noticeMessage } from "../render/discord/error.ts";
import { fitChoices } from "../render/discord/limits.ts";
import type { DiscordMessage } from "../render/discord/message.ts";
import { parsePageCustomId } from "../render/discord/paging.ts";
import type { Corpus } from "../store/corpus.ts";
import { argsOf, valuesFromArgs, valuesOf } from "./commandOptions.ts";
import type { Cooldown } from "./cooldown.ts";
import type { Logger } from "./logger.ts";
import { editOptions, replyOptions } from "./replyOptions.ts";

export interface RouterDeps {
  readonly corpus: Corpus;
  readonly commands: readonly Command<unknown>[];
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  /** An interaction already this old when handled (a backlog, a slow host) is deferred first. */
  readonly deferAfterMs: number;
}

const FAILED = "Sorry, something went wrong answering that. It has been logged; please try again.";

export function createRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const byName = new Map(deps.commands.map((c) => [c.definition.name, c]));
  const late = (interaction: Interaction) => Date.now() - interaction.createdTimestamp > deps.deferAfterMs;

  function slowDown(userId: string): DiscordMessage | null {
    const wait = deps.cooldown.take(userId);
    return wait > 0 ? noticeMessage(`You are asking quickly: try again in ${Math.ceil(wait / 1000)} s.`, true) : null;
  }

  async function chat(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    if (!command) {
      await interaction.reply(replyOptions(noticeMessage(`Unknown command /${interaction.commandName}: the bot may be updating, try again in a minute.`, true)));
      return;
    }
    const flood = slowDown(interaction.user.id);
    if (flood) {
      await interaction.reply(replyOptions(flood));
      return;
    }
    const deferred = late(interaction);
    if (deferred) await interaction.deferReply();
    const values = valuesOf(interaction.options.data);
    const message = command.toDiscord(command.answer(deps.corpus, values), {
      command: command.definition.name,
      page: 0,
      args: argsOf(command, values),
    });
    if (deferred) await interaction.editReply(editOptions(message));
    else await interaction.reply(replyOptions(message));
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const ref = parsePageCustomId(interaction.customId);
    const command = ref ? byName.get(ref.command) : undefined;
    if (!ref || !command) {
      await interaction.reply(replyOptions(noticeMessage("This button no longer works: run the command again.", true)));
      return;
    }
    const flood = slowDown(interaction.user.id);
    if (flood) {
      await interaction.reply(replyOptions(flood));
      return;
    }
    const deferred = late(interaction);
    if (deferred) await interaction.deferUpdate();
    const message = command.toDiscord(command.answer(deps.corpus, valuesFromArgs(command, ref.args)), ref);
    if (deferred) await interaction.editReply(editOptions(message));
    else await interaction.update(editOptions(message));
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const choices = command?.autocomplete?.(deps.corpus, focused.name, String(focused.value)) ?? [];
    await interaction.respond(fitChoices(choices));
  }

  async function failed(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const notice = replyOptions(noticeMessage(FAILED, true));
    if (interaction.deferred || interaction.replied) await interaction.followUp(notice);
    else await interaction.reply(notice);
  }

  return async (interaction) => {
    const log = deps.logger.child({ interaction: interaction.id, user: interaction.user.id });
    try {
      if (interaction.isChatInputCommand()) await chat(interaction);
      else if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isButton()) await button(interaction);
      log.debug("answered");
    } catch (error) {
      log.error({ err: error }, "handler failed");
      try {
        await failed(interaction);
      } catch (replyError) {
        log.error({ err: replyError }, "could not tell the user about the failure");
      }
    }
  };
}
