// An announcement document as channel messages: its entries packed in order into as few messages as
// Discord's limits allow (at most ten articles and about 3,800 characters of entries a message, one
// embed each), every message through `fitMessage` like any reply. A burst never takes more than three
// messages: the articles past them are counted in the last one's footer, not posted.
import { itemMarkdown } from "./items.ts";
import type { Document } from "../document.ts";
import { escapeText } from "./escape.ts";
import { fitMessage } from "./limits.ts";
import type { DiscordMessage } from "./message.ts";
import { truncateWords } from "./truncate.ts";

/** The coverage-bot colour, as on answers. */
const COLOUR = 0x2b6cb0;
/** Room for entries in one embed description (4,096), leaving space for the title and footer within 6,000. */
const MESSAGE_CHARS = 3800;
const MESSAGE_ITEMS = 10;
/** The most messages one announcement takes, however many articles arrive at once. */
export const MAX_MESSAGES = 3;

export interface AnnouncementPart {
  readonly message: DiscordMessage;
  /** How many of the document's items, in order, this message holds. */
  readonly items: number;
}

function packed(markdown: readonly string[]): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let size = 0;
  for (const entry of markdown) {
    if (part.length > 0 && (part.length === MESSAGE_ITEMS || size + entry.length > MESSAGE_CHARS)) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(entry);
    size += entry.length + 2;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

const footer = (source: string, part: number, parts: number, notShown: number): string => {
  const numbered = parts > 1 ? `${source} · part ${part} of ${parts}` : source;
  return part === parts && notShown > 0 ? `${numbered} · and ${notShown} more new article${notShown === 1 ? "" : "s"} (see /sources)` : numbered;
};

export function announcementMessages(document: Document): AnnouncementPart[] {
  const all = packed(document.groups.flatMap((group) => group.items).map((item) => itemMarkdown(item)));
  const parts = all.slice(0, MAX_MESSAGES);
  const notShown = all.slice(MAX_MESSAGES).reduce((n, part) => n + part.length, 0);
  return parts.map((part, i) => ({
    items: part.length,
    message: fitMessage({
      embeds: [
        {
          title: truncateWords(escapeText(document.title), 256),
          description: part.join("\n\n"),
          color: COLOUR,
          footer: { text: footer(document.source, i + 1, parts.length, notShown) },
        },
      ],
      components: [],
      allowed_mentions: { parse: [] },
    }),
  }));
}
