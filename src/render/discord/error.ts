// Short replies that are not answers: an answer's error (an unknown story or article, an empty store), a
// failed handler, a flood; one escaped line, ephemeral when only the asker needs to see it.
import { MessageFlags } from "discord-api-types/v10";
import type { AnswerError } from "../../answer/contract.ts";
import { escapeText } from "./escape.ts";
import { fitMessage } from "./limits.ts";
import type { DiscordMessage } from "./message.ts";

export const noticeMessage = (text: string, ephemeral: boolean): DiscordMessage =>
  fitMessage({
    content: escapeText(text),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });

/** An answer's error is about what the asker typed: only they see it, not the channel. */
export const errorMessage = (error: AnswerError): DiscordMessage => noticeMessage(`⚠️ ${error.error}`, true);
