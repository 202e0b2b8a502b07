// One document item as embed markdown: an excerpt as a block quote with its speaker and linked
// citation (only the paragraph when the excerpt before it cites the same article), an entry as a bold (linked) title with its details. All text escaped.
import { shownCite, type ExcerptSource, type Item } from "../document.ts";
import { discordDate } from "../dates.ts";
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

/** Outlets linked side by side under one excerpt; past a few, a count, so one excerpt stays well within a page. */
const SOURCES_SHOWN = 3;
const SOURCE_MAX = 60;

function sourcesMarkdown(sources: readonly ExcerptSource[]): string {
  const shown = sources.slice(0, SOURCES_SHOWN).map((s) => linked(escapeText(truncateWords(s.label, SOURCE_MAX)), s.url));
  const more = sources.length - SOURCES_SHOWN;
  return more > 0 ? `${shown.join(" · ")} · +${more} more` : shown.join(" · ");
}

/** `text` escaped, with the spans that lie wholly inside it in bold. */
function emphasised(text: string, spans: readonly (readonly [number, number])[]): string {
  let markdown = "";
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    markdown += `${escapeText(text.slice(at, start))}**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return markdown + escapeText(text.slice(at));
}

/** `previous`: the item shown just before on the same page, if any (see `shownCite`). */
export function itemMarkdown(item: Item, previous?: Item): string {
  if (item.kind === "excerpt") {
    const speaker = item.speaker ? `**${escapeText(truncateWords(item.speaker, LINE_MAX))}**` : "";
    const description = item.description ? `, ${escapeText(truncateWords(item.description, LINE_MAX))}` : "";
    const cite =
      item.sources && item.sources.length > 1 ? sourcesMarkdown(item.sources) : linked(escapeText(truncateWords(shownCite(item, previous), LINE_MAX)), item.url);
    const attribution = speaker ? `— ${speaker}${description} · ${cite}` : `— ${cite}`;
    const shown = truncateWords(item.text, TEXT_MAX);
    const kept = shown.endsWith("…") ? shown.length - 1 : shown.length;
    const spans = (item.highlights ?? []).filter(([, end]) => end <= kept);
    return `${blockQuote(emphasised(shown, spans)) || "> …"}\n${attribution}`;
  }
  const lines = [`**${linked(escapeText(truncateWords(item.title, LINE_MAX)), item.url)}**`];
  const date = item.date ? (discordDate(item.date) ?? escapeText(item.date)) : "";
  const details = item.details ? escapeText(truncateWords(item.details, LINE_MAX)) : "";
  if (date || details) lines.push([date, details].filter(Boolean).join(" · "));
  if (item.text && item.cite) lines.push(`${blockQuote(escapeText(truncateWords(item.text, TEXT_MAX)))}\n— ${escapeText(truncateWords(item.cite, LINE_MAX))}`);
  else if (item.text) lines.push(escapeText(truncateWords(item.text, TEXT_MAX)));
  return lines.join("\n");
}
