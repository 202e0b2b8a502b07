// A document as a Discord reply: one embed (title, notes and a page of items, source in the footer)
// and Previous/Next buttons when it runs to several pages. A reply that found nothing (the document's
// "empty" text: the reason and what to try next) is shown only to the asker, not to the channel.
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIComponentInMessageActionRow } from "discord-api-types/v10";
import { itemCount, type Document } from "../document.ts";
import { escapeText, safeUrl } from "./escape.ts";
import { fitMessage } from "./limits.ts";
import type { DiscordMessage } from "./message.ts";
import { paginate, type PageItem } from "./pages.ts";
import { pageCustomId, type PageRef } from "./paging.ts";
import { truncateWords } from "./truncate.ts";

/** The coverage-bot colour: a newsprint blue. */
const COLOUR = 0x2b6cb0;
const NOTES_MAX = 800;

function pageMarkdown(items: readonly PageItem[]): string {
  let heading: string | undefined;
  return items
    .map((item) => {
      const head = item.heading && item.heading !== heading ? `**${escapeText(item.heading)}**\n` : "";
      heading = item.heading;
      return head + item.markdown;
    })
    .join("\n\n");
}

function buttons(ref: PageRef, pages: number): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const previous = pageCustomId({ ...ref, page: Math.max(0, ref.page - 1) });
  const next = pageCustomId({ ...ref, page: Math.min(pages - 1, ref.page + 1) });
  if (pages <= 1 || !previous || !next) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "Previous", custom_id: previous, disabled: ref.page === 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "Next", custom_id: next, disabled: ref.page >= pages - 1 },
      ],
    },
  ];
}

/** The reply showing page `ref.page` (clamped to the pages there are) of `document`. */
export function documentMessage(document: Document, ref: PageRef): DiscordMessage {
  const pages = paginate(document);
  const page = Math.min(Math.max(0, ref.page), Math.max(0, pages.length - 1));
  const notes = truncateWords(document.notes.map(escapeText).join("\n"), NOTES_MAX);
  const body = pages[page] ? pageMarkdown(pages[page]) : escapeText(document.empty);
  const components = buttons({ ...ref, page }, pages.length);
  const paging = pages.length > 1 ? `Page ${page + 1} of ${pages.length}${components.length === 0 ? " (shorten the query to page through the rest)" : ""} · ` : "";
  const url = safeUrl(document.url);
  return fitMessage({
    embeds: [
      {
        title: truncateWords(escapeText(document.title), 256),
        ...(url ? { url } : {}),
        description: [notes, body].filter(Boolean).join("\n\n") || "\u200b",
        color: COLOUR,
        footer: { text: truncateWords(`${paging}${document.source}`, 300) },
      },
    ],
    components,
    allowed_mentions: { parse: [] },
    ...(itemCount(document) === 0 ? { flags: MessageFlags.Ephemeral } : {}),
  });
}
