// Text from users and from scraped articles, made inert for Discord: markdown shows literally and
// no mention (`@everyone`, `<@123>`, `<@&123>`, `<#123>`) can form, whatever allowed_mentions says.
import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gmu, "$1\\>")
    .replace(/@/gu, `@${ZERO_WIDTH_SPACE}`)
    .replace(/</gu, `<${ZERO_WIDTH_SPACE}`);
}

/** A link target Discord accepts (http or https, a sane length), or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 512) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return parsed.href.replace(/\(/gu, "%28").replace(/\)/gu, "%29");
  } catch {
    return undefined;
  }
}
