// One document item as embed markdown: an excerpt as a block quote with its speaker and linked
// citation, an entry as a bold (linked) title with its details. All text escaped.
import type { Item } from "../document.ts";
import { escapeText, safeUrl } from "./escape.ts";
import { truncateWords } from "./truncate.ts";

/** Longest excerpt or snippet text shown; longer ones end at a word with "…". */
const TEXT_MAX = 900;
const LINE_MAX = 300;

const blockQuote = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => `> ${line}`)
    .join("\n");

const linked = (label: string, url: string | undefined) => {
  const target = safeUrl(url);
  return target ? `[${label}](${target})` : label;
};

export function itemMarkdown(item: Item): string {
  if (item.kind === "excerpt") {
    const speaker = item.speaker ? `**${escapeText(truncateWords(item.speaker, LINE_MAX))}**` : "";
    const description = item.description ? `, ${escapeText(truncateWords(item.description, LINE_MAX))}` : "";
    const cite = linked(escapeText(truncateWords(item.cite, LINE_MAX)), item.url);
    const attribution = speaker ? `— ${speaker}${description} · ${cite}` : `— ${cite}`;
    return `${blockQuote(escapeText(truncateWords(item.text, TEXT_MAX))) || "> …"}\n${attribution}`;
  }
  const lines = [`**${linked(escapeText(truncateWords(item.title, LINE_MAX)), item.url)}**`];
  if (item.details) lines.push(escapeText(truncateWords(item.details, LINE_MAX)));
  if (item.text) lines.push(escapeText(truncateWords(item.text, TEXT_MAX)));
  return lines.join("\n");
}
