// The discord.js side of answering: routes slash commands, autocomplete and page buttons to the
// responder; defers when the 3-second window is at risk; a failing handler gets a short ephemeral
// error (cause logged with the interaction id) and the bot keeps running.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import { noticeMessage } from "../render/discord/error.ts";
import { valuesOf } from "./commandOptions.ts";
import type { Logger } from "./logger.ts";
import { editOptions, isEphemeral, replyOptions } from "./replyOptions.ts";
import { autocompleteResponse, buttonResponse, commandResponse, FAILED, type Responder } from "./respond.ts";

export interface RouterDeps {
  readonly responder: Responder;
  readonly logger: Logger;
  /** An interaction already this old when handled (a backlog, a slow host) is deferred first. */
  readonly deferAfterMs: number;
}

export function createRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const late = (interaction: Interaction) => Date.now() - interaction.createdTimestamp > deps.deferAfterMs;

  async function chat(interaction: ChatInputCommandInteraction): Promise<void> {
    const deferred = late(interaction);
    if (deferred) await interaction.deferReply();
    const message = commandResponse(deps.responder, interaction.commandName, valuesOf(interaction.options.data), interaction.user.id);
    if (!deferred) await interaction.reply(replyOptions(message));
    else if (isEphemeral(message)) {
      await interaction.deleteReply();
      await interaction.followUp(replyOptions(message));
    } else await interaction.editReply(editOptions(message));
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const deferred = late(interaction);
    if (deferred) await interaction.deferUpdate();
    const response = buttonResponse(deps.responder, interaction.customId, interaction.user.id);
    if (response.kind === "reply") await (deferred ? interaction.followUp(replyOptions(response.message)) : interaction.reply(replyOptions(response.message)));
    else if (deferred) await interaction.editReply(editOptions(response.message));
    else await interaction.update(editOptions(response.message));
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(autocompleteResponse(deps.responder, interaction.commandName, focused.name, String(focused.value)));
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
