// Every command over long and hostile input: through answer and render (Discord and terminal) on
// the seed store, and over synthetic results of every shape, no exception, every payload within
// Discord's limits, no mention able to form, every page reachable through its buttons.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../commands/command.ts";
import { commands } from "../../commands/index.ts";
import { ask } from "../../commands/ask.ts";
import { quote } from "../../commands/quote.ts";
import { related } from "../../commands/related.ts";
import { sources } from "../../commands/sources.ts";
import { summary } from "../../commands/summary.ts";
import { who } from "../../commands/who.ts";
import { optionNames } from "../../src/discord/commandOptions.ts";
import type { DiscordMessage } from "../../src/render/discord/message.ts";
import { parsePageCustomId } from "../../src/render/discord/paging.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { seedStore } from "../support/stores.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { hostileText, RAW_MENTION } from "../render/hostile.ts";

let store: CoverageStore;

beforeAll(async () => {
  store = await seedStore();
});

function assertSafe(message: DiscordMessage): void {
  assertWithinLimits(message);
  for (const embed of message.embeds) expect(`${embed.title ?? ""}\n${embed.description ?? ""}`).not.toMatch(RAW_MENTION);
  expect(message.content ?? "").not.toMatch(RAW_MENTION);
}

/** Renders page 0, then follows every Next button, checking each page; returns the page count. */
function walkPages<R>(command: Command<R>, result: R, args: string[]): number {
  let message = command.toDiscord(result, { command: command.definition.name, page: 0, args });
  let pages = 1;
  for (;;) {
    assertSafe(message);
    const next = message.components[0]?.components.find((c) => "label" in c && c.label === "Next");
    if (!next || !("custom_id" in next) || next.disabled) return pages;
    const ref = parsePageCustomId(next.custom_id);
    expect(ref?.command).toBe(command.definition.name);
    if (!ref) return pages;
    message = command.toDiscord(result, ref);
    pages += 1;
    expect(pages).toBeLessThan(200);
  }
}

describe("commands on the seed store with hostile options", () => {
  it.each(commands.map((c) => [c.definition.name, c] as const))("/%s", async (_name, command) => {
    const names = optionNames(command);
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: names.length, maxLength: names.length }), async (values) => {
        const options = Object.fromEntries(names.map((n, i) => [n, values[i]]));
        const result = await command.answer(store, options);
        expect(typeof command.toTerminal(result)).toBe("string");
        walkPages(command, result, names.map((n) => options[n] ?? ""));
        for (const name of names) {
          const choices = await command.autocomplete?.(store, name, options[name] ?? "");
          if (choices) assertWithinLimits({}, choices);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("definitions are valid slash commands", () => {
    for (const command of commands) {
      const json = command.definition.toJSON();
      expect(json.description.length).toBeLessThanOrEqual(100);
      for (const option of json.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });
});

const cited = { article: hostileText, paragraph: fc.integer({ min: 1, max: 999 }), cite: hostileText, url: fc.option(fc.oneof(hostileText, fc.webUrl()), { nil: undefined }) };
const quoteItem = fc.record({
  text: hostileText,
  speaker: fc.option(hostileText, { nil: null }),
  speakerDescription: fc.option(hostileText, { nil: undefined }),
  kind: fc.constantFrom("direct" as const, "mixed" as const, "reported" as const),
  attribution: fc.constantFrom("explicit" as const, "pronoun" as const, "continuation" as const, "unknown" as const),
  ...cited,
}, { requiredKeys: ["text", "speaker", "kind", "attribution", "article", "paragraph", "cite"] });
const askAnswer = fc.record({ text: hostileText, score: fc.double({ noNaN: true }), highlights: fc.constant([] as [number, number][]), ...cited }, { requiredKeys: ["text", "score", "highlights", "article", "paragraph", "cite"] });
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 25 });
const names = fc.array(hostileText, { maxLength: 30 });

describe("synthetic results of every shape", () => {
  const runs = { numRuns: 25 };
  it("/quote", () => {
    fc.assert(
      fc.property(
        fc.record({ query: hostileText, speaker: fc.option(fc.record({ name: hostileText, description: hostileText }, { requiredKeys: ["name"] }), { nil: null }), by: list(quoteItem), about: list(quoteItem), suggestions: names }),
        (result) => void walkPages(quote, result, [result.query, ""]),
      ),
      runs,
    );
  });
  it("/ask", () => {
    fc.assert(
      fc.property(fc.record({ question: hostileText, corrected: hostileText, answers: list(askAnswer), maybeRelated: list(askAnswer) }, { requiredKeys: ["question", "answers", "maybeRelated"] }), (result) =>
        void walkPages(ask, result, [result.question]),
      ),
      runs,
    );
  });
  it("/summary", () => {
    const point = fc.record({ text: hostileText, paragraphs: fc.array(fc.integer({ min: 1, max: 99 })), cite: hostileText, url: fc.option(fc.webUrl(), { nil: undefined }) }, { requiredKeys: ["text", "paragraphs", "cite"] });
    fc.assert(
      fc.property(fc.record({ article: hostileText, title: hostileText, length: fc.constantFrom("brief" as const, "full" as const), points: list(point) }), (result) => void walkPages(summary, result, ["", result.length])),
      runs,
    );
  });
  it("/related", () => {
    const headline = fc.record({ title: hostileText, snippet: hostileText, outlet: hostileText, article: hostileText }, { requiredKeys: ["title", "article"] });
    fc.assert(fc.property(fc.record({ topic: fc.option(hostileText, { nil: null }), headlines: list(headline) }), (result) => void walkPages(related, result, [result.topic ?? ""])), runs);
  });
  it("/who", () => {
    const entity = fc.record(
      {
        name: hostileText,
        kind: fc.constantFrom("person" as const, "organisation" as const),
        aliases: names,
        description: hostileText,
        quotes: fc.nat(),
        mentions: fc.nat(),
        firstMention: fc.record({ text: hostileText, ...cited }, { requiredKeys: ["text", "article", "paragraph", "cite"] }),
      },
      { requiredKeys: ["name", "kind", "aliases", "quotes", "mentions"] },
    );
    fc.assert(fc.property(fc.record({ query: hostileText, entity: fc.option(entity, { nil: null }), suggestions: names }), (result) => void walkPages(who, result, [result.query])), runs);
  });
  it("/sources", () => {
    const article = fc.record(
      { id: hostileText, title: hostileText, outlet: hostileText, url: fc.oneof(hostileText, fc.webUrl()), published: hostileText, paragraphs: fc.nat(), quotes: fc.nat() },
      { requiredKeys: ["id", "title", "paragraphs", "quotes"] },
    );
    fc.assert(fc.property(fc.record({ total: fc.nat(), articles: list(article) }), (result) => void walkPages(sources, result, [])), runs);
  });
});
