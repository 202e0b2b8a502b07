// What the bot answers, independent of how interactions arrive (discord.js gateway today, an HTTP
// interactions endpoint later): slash commands, page buttons and autocomplete, as Discord JSON.
import type { Command, OptionValues } from "../../commands/command.ts";
import { noticeMessage } from "../render/discord/error.ts";
import { fitChoices } from "../render/discord/limits.ts";
import type { Choice, DiscordMessage } from "../render/discord/message.ts";
import { parsePageCustomId } from "../render/discord/paging.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import { argsOf, valuesFromArgs } from "./commandOptions.ts";
import type { Cooldown } from "./cooldown.ts";

export interface Responder {
  readonly store: CoverageStore;
  readonly commands: ReadonlyMap<string, Command<unknown>>;
  readonly cooldown: Cooldown;
}

/** A new message in reply, or the clicked message updated in place. */
export type ButtonResponse = { kind: "reply"; message: DiscordMessage } | { kind: "update"; message: DiscordMessage };

export const FAILED = "Sorry, something went wrong answering that. It has been logged; please try again.";

export function createResponder(store: CoverageStore, commands: readonly Command<unknown>[], cooldown: Cooldown): Responder {
  return { store, commands: new Map(commands.map((c) => [c.definition.name, c])), cooldown };
}

function slowDown(responder: Responder, userId: string): DiscordMessage | null {
  const wait = responder.cooldown.take(userId);
  return wait > 0 ? noticeMessage(`You are asking quickly: try again in ${Math.ceil(wait / 1000)} s.`, true) : null;
}

export async function commandResponse(responder: Responder, name: string, values: OptionValues, userId: string): Promise<DiscordMessage> {
  const command = responder.commands.get(name);
  if (!command) return noticeMessage(`Unknown command /${name}: the bot may be updating, try again in a minute.`, true);
  const flood = slowDown(responder, userId);
  if (flood) return flood;
  return command.toDiscord(await command.answer(responder.store, values), { command: name, page: 0, args: argsOf(command, values) });
}

export async function buttonResponse(responder: Responder, customId: string, userId: string): Promise<ButtonResponse> {
  const ref = parsePageCustomId(customId);
  const command = ref ? responder.commands.get(ref.command) : undefined;
  if (!ref || !command) return { kind: "reply", message: noticeMessage("This button no longer works: run the command again.", true) };
  const flood = slowDown(responder, userId);
  if (flood) return { kind: "reply", message: flood };
  return { kind: "update", message: command.toDiscord(await command.answer(responder.store, valuesFromArgs(command, ref.args)), ref) };
}

export async function autocompleteResponse(responder: Responder, name: string, option: string, typed: string): Promise<Choice[]> {
  return fitChoices((await responder.commands.get(name)?.autocomplete?.(responder.store, option, typed)) ?? []);
}
