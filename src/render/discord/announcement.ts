// An announcement document as channel messages: its entries packed in order into as few messages as
// Discord's limits allow (at most ten articles and about 3,800 characters of entries a message, one
// embed each), every message through `fitMessage` like any reply. Each part says how many articles it holds.
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

export function announcementMessages(document: Document): AnnouncementPart[] {
  const parts = packed(document.groups.flatMap((group) => group.items).map((item) => itemMarkdown(item)));
  return parts.map((part, i) => ({
    items: part.length,
    message: fitMessage({
      embeds: [
        {
          title: truncateWords(escapeText(document.title), 256),
          description: part.join("\n\n"),
          color: COLOUR,
          footer: { text: parts.length > 1 ? `${document.source} · part ${i + 1} of ${parts.length}` : document.source },
        },
      ],
      components: [],
      allowed_mentions: { parse: [] },
    }),
  }));
}
