// A slash command's definition as every command starts it: usable where the bot is installed in a
// server and where a member installed it for themselves, in servers, in DMs with the bot and in
// group DMs (Discord's integration_types and contexts).
import { SlashCommandBuilder } from "@discordjs/builders";
import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";

export const commandDefinition = (name: string, description: string): SlashCommandBuilder =>
  new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel);
