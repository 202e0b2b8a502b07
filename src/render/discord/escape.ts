// Text from users and from scraped articles, made inert for Discord: every markdown character is
// backslash-escaped (Discord drops the backslash before punctuation) and no mention (`@everyone`,
// `<@123>`, `<@&123>`, `<#123>`) can form, whatever allowed_mentions says. Linear in the text's length.

const ZERO_WIDTH_SPACE = "\u200b";
/** A UTF-16 surrogate without its pair: not text, so it becomes the replacement character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/[\\*_~|`[\]#>]/gu, "\\$&")
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gmu, "$1\\$2")
    .replace(/[@<]/gu, `$&${ZERO_WIDTH_SPACE}`);
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
