// Every Discord size limit, and the one place that enforces them: each payload the bot sends and
// each autocomplete answer passes through `fitMessage` or `fitChoices` last, which also take out the
// control and bidi characters of every text in it (see inertText.ts).
import type { APIEmbed } from "discord-api-types/v10";
import { inertText } from "../inertText.ts";
import type { Choice, DiscordMessage } from "./message.ts";
import { truncateWords } from "./truncate.ts";

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** `text` made inert, then cut at a word to `max`. */
const fit = (text: string, max: number): string => truncateWords(inertText(text), max);

function clampEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: fit(embed.title, LIMITS.embedTitle) } : {}),
    ...(embed.description !== undefined ? { description: fit(embed.description, LIMITS.embedDescription) } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: fit(embed.footer.text, LIMITS.footer) } } : {}),
    ...(embed.author ? { author: { ...embed.author, name: fit(embed.author.name, LIMITS.author) } } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, LIMITS.embedFields).map((f) => ({
            ...f,
            name: fit(f.name, LIMITS.fieldName) || "\u200b",
            value: fit(f.value, LIMITS.fieldValue) || "\u200b",
          })),
        }
      : {}),
  };
}

/** `text` shortened by `excess` characters (at a word), or undefined when nothing would be left. */
const shorten = (text: string, excess: number): string | undefined => truncateWords(text, Math.max(0, text.length - excess)) || undefined;

/**
 * The embed within `room` characters in total: its description shortened first, then fields dropped
 * from the end, then its footer and title shortened; null when nothing fits.
 */
function fitEmbed(embed: APIEmbed, room: number): APIEmbed | null {
  const fitted = clampEmbed(embed);
  const excess = () => embedLength(fitted) - room;
  if (excess() > 0 && fitted.description !== undefined) {
    const description = shorten(fitted.description, excess());
    if (description) fitted.description = description;
    else delete fitted.description;
  }
  while (excess() > 0 && fitted.fields?.length) fitted.fields = fitted.fields.slice(0, -1);
  if (excess() > 0 && fitted.footer) {
    const text = shorten(fitted.footer.text, excess());
    if (text) fitted.footer = { ...fitted.footer, text };
    else delete fitted.footer;
  }
  if (excess() > 0 && fitted.author) delete fitted.author;
  if (excess() > 0 && fitted.title !== undefined) {
    const title = shorten(fitted.title, excess());
    if (title) fitted.title = title;
    else delete fitted.title;
  }
  return excess() > 0 || embedLength(fitted) === 0 ? null : fitted;
}

/** The message with every text cut (at a word) to Discord's limits; too many embeds, rows or buttons dropped. */
export function fitMessage(message: DiscordMessage): DiscordMessage {
  let room: number = LIMITS.embedTotal;
  const embeds: APIEmbed[] = [];
  for (const embed of message.embeds.slice(0, LIMITS.embeds)) {
    const fitted = fitEmbed(embed, room);
    if (!fitted) continue;
    embeds.push(fitted);
    room -= embedLength(fitted);
  }
  const components = message.components.slice(0, LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components
      .slice(0, LIMITS.buttonsPerRow)
      .filter((c) => !("custom_id" in c) || c.custom_id.length <= LIMITS.customId)
      .map((c) => ("label" in c && c.label !== undefined ? { ...c, label: fit(c.label, LIMITS.buttonLabel) } : c)),
  }));
  return {
    ...message,
    ...(message.content !== undefined ? { content: fit(message.content, LIMITS.content) } : {}),
    embeds,
    components: components.filter((row) => row.components.length > 0),
    allowed_mentions: { parse: [] },
  };
}

/** At most 25 choices, names and values within 100 characters, no empty or repeated value. */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const fitted: Choice[] = [];
  for (const choice of choices) {
    const name = fit(choice.name.trim(), LIMITS.choiceName);
    const value = choice.value.slice(0, LIMITS.choiceValue);
    if (!name || !value.trim() || seen.has(value)) continue;
    seen.add(value);
    fitted.push({ name, value });
    if (fitted.length === LIMITS.choices) break;
  }
  return fitted;
}
