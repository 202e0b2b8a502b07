// A rendered reply in the form discord.js methods take (reply, editReply, update, followUp).
import { MessageFlags, type InteractionEditReplyOptions, type InteractionReplyOptions, type InteractionUpdateOptions } from "discord.js";
import type { DiscordMessage } from "../../render/discord/message.ts";

/** For `update` and `editReply`: the message's content, embeds and components, mentioning nobody. */
export function editOptions(message: DiscordMessage): InteractionUpdateOptions & InteractionEditReplyOptions {
  return {
    content: message.content ?? null,
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] },
  };
}

/** For `reply` and `followUp`: as `editOptions`, and ephemeral when the message says so. */
export function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [] },
    ...(isEphemeral(message) ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export const isEphemeral = (message: DiscordMessage): boolean => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
