// A document as plain terminal text: the same content the bot shows in Discord, without markup (an
// article named once for a run of excerpts from it, then only their paragraphs), and
// without the escape sequences or bidi controls an article or a query could carry.
import { shownCite, type Document, type Item } from "../document.ts";
import { humanDate } from "../dates.ts";
import { inertText } from "../inertText.ts";

const indent = (text: string, prefix: string) =>
  text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");

function itemText(item: Item, previous: Item | undefined): string {
  if (item.kind === "excerpt") {
    const who = item.speaker ? `${item.speaker}${item.description ? `, ${item.description}` : ""} · ` : "";
    const several = item.sources && item.sources.length > 1 ? item.sources : undefined;
    const cite = several ? several.map((s) => s.label).join(" · ") : shownCite(item, previous);
    const link = item.url && cite === item.cite && !several ? ` <${item.url}>` : "";
    return `${indent(item.text, "  ")}\n    — ${who}${cite}${link}`;
  }
  const lines = [`  ${item.title}`];
  const details = [item.date ? humanDate(item.date) : "", item.details ?? ""].filter(Boolean).join(" · ");
  if (details) lines.push(`    ${details}`);
  if (item.text) lines.push(indent(item.text, "    "));
  if (item.cite) lines.push(`      — ${item.cite}`);
  if (item.url) lines.push(`    <${item.url}>`);
  return lines.join("\n");
}

export function documentToTerminal(document: Document): string {
  const blocks = [[document.title, ...document.notes].join("\n")];
  const groups = document.groups.filter((g) => g.items.length > 0);
  if (groups.length === 0 && document.empty) blocks.push(document.empty);
  for (const group of groups) {
    const items = group.items.map((item, i) => itemText(item, group.items[i - 1])).join("\n\n");
    blocks.push(group.heading ? `${group.heading}\n${items}` : items);
  }
  blocks.push(document.source);
  return inertText(blocks.join("\n\n"));
}
