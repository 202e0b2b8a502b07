// The discord.js side of answering: routes slash commands, autocomplete and page buttons to the
// responder; defers when the 3-second window is at risk; a callback Discord took but whose answer was
// lost is followed by an edit with the answer; a first response that a rate limit would hold past the
// window is dropped and logged; a failing handler gets a short ephemeral error (cause logged with the
// interaction id) unless the window has passed, and the bot keeps running. Each interaction is
// observed once, when it is done: its command, options, server, outcome and latency.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import { noticeMessage } from "../../render/discord/error.ts";
import type { DiscordMessage } from "../../render/discord/message.ts";
import { parsePageCustomId } from "../../render/discord/paging.ts";
import { acknowledge, isExpired } from "./acknowledge.ts";
import { isGivenUp } from "./answerWindow.ts";
import { valuesOf } from "../commandOptions.ts";
import type { Logger } from "../logger.ts";
import type { InteractionRecord, Outcome } from "../observe/interactionRecord.ts";
import { editOptions, isEphemeral, replyOptions } from "./replyOptions.ts";
import { autocompleteResponse, buttonResponse, commandResponse, FAILED, type Responder } from "../respond.ts";

export interface RouterDeps {
  readonly responder: Responder;
  readonly logger: Logger;
  /** An interaction already this old when handled (a backlog, a slow host) is deferred first. */
  readonly deferAfterMs: number;
  /** Told of each interaction once it is done (logs and metrics). */
  readonly observe: (record: InteractionRecord) => void;
}

/** A public answer, or a notice only the asker sees. */
const outcomeOf = (message: DiscordMessage): Outcome => (isEphemeral(message) ? "notice" : "answered");

/** What the record says about an interaction before it is answered. */
function described(interaction: Interaction): Pick<InteractionRecord, "command" | "kind" | "options" | "guild"> {
  const guild = interaction.guildId;
  if (interaction.isChatInputCommand()) return { command: interaction.commandName, kind: "command", options: valuesOf(interaction.options.data), guild };
  if (interaction.isAutocomplete()) return { command: interaction.commandName, kind: "autocomplete", options: valuesOf(interaction.options.data), guild };
  if (interaction.isButton()) return { command: parsePageCustomId(interaction.customId)?.command ?? "", kind: "button", options: { button: interaction.customId }, guild };
  return { command: "", kind: "other", options: {}, guild };
}

/** A first response; when Discord already had one (an attempt whose answer was lost), the original is edited to hold `message`. */
async function respondOnce(interaction: ChatInputCommandInteraction | ButtonInteraction, send: () => Promise<unknown>, message: DiscordMessage): Promise<void> {
  if (await acknowledge(send)) return;
  interaction.replied = true;
  await interaction.editReply(editOptions(message));
}

export function createRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const late = (interaction: Interaction) => Date.now() - interaction.createdTimestamp > deps.deferAfterMs;

  async function chat(interaction: ChatInputCommandInteraction): Promise<Outcome> {
    const deferred = late(interaction);
    if (deferred && !(await acknowledge(() => interaction.deferReply()))) interaction.deferred = true;
    const message = await commandResponse(deps.responder, interaction.commandName, valuesOf(interaction.options.data), interaction.user.id);
    if (!deferred) await respondOnce(interaction, () => interaction.reply(replyOptions(message)), message);
    else if (isEphemeral(message)) {
      await interaction.deleteReply();
      await interaction.followUp(replyOptions(message));
    } else await interaction.editReply(editOptions(message));
    return outcomeOf(message);
  }

  async function button(interaction: ButtonInteraction): Promise<Outcome> {
    const deferred = late(interaction);
    if (deferred && !(await acknowledge(() => interaction.deferUpdate()))) interaction.deferred = true;
    const response = await buttonResponse(deps.responder, interaction.customId, interaction.user.id);
    const { message } = response;
    if (response.kind === "reply") await (deferred ? interaction.followUp(replyOptions(message)) : respondOnce(interaction, () => interaction.reply(replyOptions(message)), message));
    else if (deferred) await interaction.editReply(editOptions(message));
    else await respondOnce(interaction, () => interaction.update(editOptions(message)), message);
    return response.kind === "update" ? "answered" : "notice";
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const focused = interaction.options.getFocused(true);
    const choices = await autocompleteResponse(deps.responder, interaction.commandName, focused.name, String(focused.value));
    await acknowledge(() => interaction.respond(choices));
    return "answered";
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

  async function handle(interaction: Interaction, log: Logger): Promise<Outcome> {
    try {
      if (interaction.isChatInputCommand()) return await chat(interaction);
      if (interaction.isAutocomplete()) return await autocomplete(interaction);
      if (interaction.isButton()) return await button(interaction);
      return "notice";
    } catch (error) {
      if (isGivenUp(error)) {
        log.warn({ err: error }, "answer dropped: a rate limit would hold it past the interaction's 3-second window");
        return "dropped";
      }
      if (isExpired(error)) log.error({ err: error }, "interaction expired: the 3-second window passed before the first response");
      else log.error({ err: error }, "handler failed");
      try {
        await failed(interaction, error);
      } catch (replyError) {
        log.error({ err: replyError }, "could not tell the user about the failure");
      }
      return isExpired(error) ? "dropped" : "failed";
    }
  }

  return async (interaction) => {
    const started = performance.now();
    const outcome = await handle(interaction, deps.logger.child({ interaction: interaction.id, user: interaction.user.id }));
    deps.observe({ id: interaction.id, ...described(interaction), outcome, latencyMs: performance.now() - started });
  };
}
