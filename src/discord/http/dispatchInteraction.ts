// One verified interaction, as Discord POSTs it, to the response body Discord expects: PING → PONG,
// slash commands, autocomplete and page buttons through the same responder the gateway bot uses.
import { InteractionResponseType, InteractionType, MessageFlags } from "discord-api-types/v10";
import { z } from "zod";
import type { OptionValues } from "../../../commands/command.ts";
import { noticeMessage } from "../../render/discord/error.ts";
import type { Choice, DiscordMessage } from "../../render/discord/message.ts";
import { parsePageCustomId } from "../../render/discord/paging.ts";
import type { InteractionRecord, Outcome } from "../observe/interactionRecord.ts";
import { autocompleteResponse, buttonResponse, commandResponse, FAILED, type Responder } from "../respond.ts";

const OptionSchema = z.object({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const UserSchema = z.object({ id: z.string() });

/** The parts of Discord's interaction object the bot reads; anything else is ignored. */
export const InteractionSchema = z.object({
  id: z.string().min(1),
  type: z.number().int(),
  data: z
    .object({ name: z.string().optional(), options: z.array(OptionSchema).optional(), custom_id: z.string().optional() })
    .optional(),
  guild_id: z.string().optional(),
  member: z.object({ user: UserSchema }).optional(),
  user: UserSchema.optional(),
});

export type Interaction = z.infer<typeof InteractionSchema>;

export type InteractionResponse =
  | { type: InteractionResponseType.Pong }
  | { type: InteractionResponseType.ChannelMessageWithSource | InteractionResponseType.UpdateMessage; data: DiscordMessage }
  | { type: InteractionResponseType.ApplicationCommandAutocompleteResult; data: { choices: Choice[] } };

const userOf = (interaction: Interaction): string => interaction.member?.user.id ?? interaction.user?.id ?? "unknown";

/** Option values by name (the discord.js router's `valuesOf` does the same for discord.js's types). */
function valuesOf(options: readonly z.infer<typeof OptionSchema>[] | undefined): OptionValues {
  const values: Record<string, string> = {};
  for (const option of options ?? []) if (option.value !== undefined) values[option.name] = String(option.value);
  return values;
}

const reply = (data: DiscordMessage): InteractionResponse => ({ type: InteractionResponseType.ChannelMessageWithSource, data });

/** The response to `interaction`; throws only when a command itself fails (see `failureResponse`). */
export async function dispatchInteraction(responder: Responder, interaction: Interaction): Promise<InteractionResponse> {
  const name = interaction.data?.name ?? "";
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };
    case InteractionType.ApplicationCommand:
      return reply(await commandResponse(responder, name, valuesOf(interaction.data?.options), userOf(interaction)));
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = interaction.data?.options?.find((o) => o.focused);
      const choices = focused ? await autocompleteResponse(responder, name, focused.name, String(focused.value ?? "")) : [];
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
    }
    case InteractionType.MessageComponent: {
      const response = await buttonResponse(responder, interaction.data?.custom_id ?? "", userOf(interaction));
      return response.kind === "update" ? { type: InteractionResponseType.UpdateMessage, data: response.message } : reply(response.message);
    }
    default:
      return reply(noticeMessage("This kind of interaction is not something the bot answers.", true));
  }
}

/** What the interaction's record says before it is answered: its command, kind, options and server. */
export function described(interaction: Interaction): Pick<InteractionRecord, "command" | "kind" | "options" | "guild"> {
  const guild = interaction.guild_id ?? null;
  const options = valuesOf(interaction.data?.options);
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return { command: interaction.data?.name ?? "", kind: "command", options, guild };
    case InteractionType.ApplicationCommandAutocomplete:
      return { command: interaction.data?.name ?? "", kind: "autocomplete", options, guild };
    case InteractionType.MessageComponent: {
      const button = interaction.data?.custom_id ?? "";
      return { command: parsePageCustomId(button)?.command ?? "", kind: "button", options: { button }, guild };
    }
    default:
      return { command: "", kind: "other", options: {}, guild };
  }
}

/** A public answer, or a notice only its asker sees (an ephemeral message). */
export function outcomeOf(response: InteractionResponse): Outcome {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource && response.type !== InteractionResponseType.UpdateMessage) return "answered";
  return ((response.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0 ? "notice" : "answered";
}

/** What the user sees when answering `interaction` failed: an empty choice list, or a short ephemeral error. */
export function failureResponse(interaction: Interaction): InteractionResponse {
  return interaction.type === InteractionType.ApplicationCommandAutocomplete
    ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
    : reply(noticeMessage(FAILED, true));
}
