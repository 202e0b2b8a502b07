// The first response to an interaction when Discord's answer to it may be lost: discord.js retries a
// callback after a 5xx, and when the lost attempt went through Discord refuses the retry as already
// acknowledged (40060). That is not a failure: the bot goes on as if its callback had been answered.
// A callback after the 3-second window is refused as an unknown interaction (10062): nothing can be sent.
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";

const hasCode = (error: unknown, code: number): boolean => error instanceof DiscordAPIError && error.code === code;

/** Discord no longer knows the interaction: the 3-second window passed without a first response. */
export const isExpired = (error: unknown): boolean => hasCode(error, RESTJSONErrorCodes.UnknownInteraction);

/** Sends a callback (reply, deferReply, update, deferUpdate); false when Discord already had one for this interaction. */
export async function acknowledge(send: () => Promise<unknown>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (hasCode(error, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)) return false;
    throw error;
  }
}
