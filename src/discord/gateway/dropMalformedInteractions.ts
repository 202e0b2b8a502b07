// A malformed INTERACTION_CREATE from the gateway (no user, no data, options that are not a list)
// makes discord.js throw while it builds the interaction, outside any handler of ours, and the process
// would exit. This wraps discord.js's handling of that one event: a payload it cannot build is logged
// (its id, type and what was wrong, never its token) and dropped, and the bot goes on answering.
import type { Client } from "discord.js";
import type { Logger } from "../logger.ts";

/** discord.js's handler for INTERACTION_CREATE payloads (internal: `client.actions`, checked at start). */
interface InteractionAction {
  handle(data: unknown): unknown;
}

function interactionAction(client: Client): InteractionAction {
  const action = (client as unknown as { actions?: { InteractionCreate?: InteractionAction } }).actions?.InteractionCreate;
  if (typeof action?.handle !== "function") throw new Error("discord.js no longer has actions.InteractionCreate.handle: update dropMalformedInteractions.ts");
  return action;
}

/** What of a dropped payload may be logged: its id and type, as far as they are there. */
function described(data: unknown): { id?: unknown; type?: unknown } {
  const payload = (typeof data === "object" && data !== null ? data : {}) as { id?: unknown; type?: unknown };
  return { id: payload.id, type: payload.type };
}

export function dropMalformedInteractions(client: Client, logger: Logger): void {
  const action = interactionAction(client);
  const handle = action.handle.bind(action);
  action.handle = (data) => {
    try {
      return handle(data);
    } catch (error) {
      const { id, type } = described(data);
      logger.warn({ interaction: id, type, problem: (error as Error).message }, "dropped a malformed interaction");
      return undefined;
    }
  };
}
