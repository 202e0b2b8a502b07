// The discord.js side of answering: routes slash commands, autocomplete and page buttons to the
// responder; defers when the 3-second window is at risk; a callback Discord took but whose answer was
// lost is followed by an edit with the answer; a first response that a rate limit would hold past the
// window is dropped and logged; a failing handler gets a short ephemeral error (cause logged with the
// interaction id) unless the window has passed, and the bot keeps running.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import { noticeMessage } from "../../render/discord/error.ts";
import type { DiscordMessage } from "../../render/discord/message.ts";
import { acknowledge, isExpired } from "./acknowledge.ts";
import { isGivenUp } from "./answerWindow.ts";
import { valuesOf } from "../commandOptions.ts";
import type { Logger } from "../logger.ts";
import { editOptions, isEphemeral, replyOptions } from "./replyOptions.ts";
import { autocompleteResponse, buttonResponse, commandResponse, FAILED, type Responder } from "../respond.ts";

export interface RouterDeps {
  readonly responder: Responder;
  readonly logger: Logger;
  /** An interaction already this old when handled (a backlog, a slow host) is deferred first. */
  readonly deferAfterMs: number;
}

/** A first response; when Discord already had one (an attempt whose answer was lost), the original is edited to hold `message`. */
async function respondOnce(interaction: ChatInputCommandInteraction | ButtonInteraction, send: () => Promise<unknown>, message: DiscordMessage): Promise<void> {
  if (await acknowledge(send)) return;
  interaction.replied = true;
  await interaction.editReply(editOptions(message));
}

export function createRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const late = (interaction: Interaction) => Date.now() - interaction.createdTimestamp > deps.deferAfterMs;

  async function chat(interaction: ChatInputCommandInteraction): Promise<void> {
    const deferred = late(interaction);
    if (deferred && !(await acknowledge(() => interaction.deferReply()))) interaction.deferred = true;
    const message = await commandResponse(deps.responder, interaction.commandName, valuesOf(interaction.options.data), interaction.user.id);
    if (!deferred) await respondOnce(interaction, () => interaction.reply(replyOptions(message)), message);
    else if (isEphemeral(message)) {
      await interaction.deleteReply();
      await interaction.followUp(replyOptions(message));
    } else await interaction.editReply(editOptions(message));
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const deferred = late(interaction);
    if (deferred && !(await acknowledge(() => interaction.deferUpdate()))) interaction.deferred = true;
    const response = await buttonResponse(deps.responder, interaction.customId, interaction.user.id);
    const { message } = response;
    if (response.kind === "reply") await (deferred ? interaction.followUp(replyOptions(message)) : respondOnce(interaction, () => interaction.reply(replyOptions(message)), message));
    else if (deferred) await interaction.editReply(editOptions(message));
    else await respondOnce(interaction, () => interaction.update(editOptions(message)), message);
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = await autocompleteResponse(deps.responder, interaction.commandName, focused.name, String(focused.value));
    await acknowledge(() => interaction.respond(choices));
  }

  async function failed(interaction: Interaction, error: unknown): Promise<void> {
    if (isExpired(error)) return;
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
      if (isGivenUp(error)) {
        log.warn({ err: error }, "answer dropped: a rate limit would hold it past the interaction's 3-second window");
        return;
      }
      if (isExpired(error)) log.error({ err: error }, "interaction expired: the 3-second window passed before the first response");
      else log.error({ err: error }, "handler failed");
      try {
        await failed(interaction, error);
      } catch (replyError) {
        log.error({ err: replyError }, "could not tell the user about the failure");
      }
    }
  };
}
