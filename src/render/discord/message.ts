// The reply payload the bot sends, in Discord's own JSON shape so the gateway bot and an HTTP
// interactions endpoint can send it as it is.
import type { APIActionRowComponent, APIApplicationCommandOptionChoice, APIComponentInMessageActionRow, APIEmbed } from "discord-api-types/v10";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Always `{ parse: [] }`: nothing in a reply can ping anyone. */
  allowed_mentions: { parse: [] };
  /** `MessageFlags.Ephemeral` for replies only the asker sees. */
  flags?: number;
}

export type Choice = APIApplicationCommandOptionChoice<string>;
