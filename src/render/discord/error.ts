// Short replies that are not answers: an answer's error (unknown article, empty store), a failed
// handler, a flood; one escaped line, ephemeral when only the asker needs to see it.
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

export const errorMessage = (error: AnswerError): DiscordMessage => noticeMessage(`⚠️ ${error.error}`, false);
