// Every command, through answer and Discord render, with whatever a user can type in its options:
// no exception, every page within Discord's limits, user text escaped and no mention able to form.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../commands/command.ts";
import { commands } from "../../commands/index.ts";
import type { DiscordMessage } from "../../src/render/discord/message.ts";
import { parsePageCustomId } from "../../src/render/discord/paging.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { messageProblems, visibleText } from "../discordRules.ts";
import { hostileText, MARKERS } from "./hostileInput.ts";
import { seedStore } from "../support/stores.ts";

let store: CoverageStore;
beforeAll(async () => {
  store = await seedStore();
});

const RUNS = 500;

const optionNames = (command: Command<unknown>) => (command.definition.toJSON().options ?? []).map((o) => o.name);

/** The rules `message` breaks, plus any of the test's markdown markers that reached it unescaped. */
function problems(message: DiscordMessage): string[] {
  const text = visibleText(message);
  return [...messageProblems(message), ...MARKERS.filter((m) => text.includes(m)).map((m) => `unescaped ${m}`)];
}

/** The custom id of the enabled Next button, if the message has one. */
function nextId(message: DiscordMessage): string | undefined {
  for (const row of message.components) {
    for (const c of row.components) if ("custom_id" in c && "label" in c && c.label === "Next" && !c.disabled) return c.custom_id;
  }
  return undefined;
}

describe.each(commands.map((c) => [c.definition.name, c] as const))("/%s with hostile options", (name, command) => {
  const names = optionNames(command);
  const options = fc.record(Object.fromEntries(names.map((n) => [n, hostileText])), { requiredKeys: [] });

  it("answers every input with pages that Discord accepts and that ping nobody", async () => {
    await fc.assert(
      fc.asyncProperty(options, fc.nat({ max: 10_000 }), async (values: Record<string, string | undefined>, farPage) => {
        const result = await command.answer(store, values);
        const args = names.map((n) => values[n] ?? "");
        const first = command.toDiscord(result, { command: name, page: 0, args });
        expect(problems(first)).toEqual([]);
        const next = nextId(first);
        if (next) {
          const ref = parsePageCustomId(next);
          expect(ref).toMatchObject({ command: name, page: 1 });
          if (ref) expect(problems(command.toDiscord(await command.answer(store, values), ref))).toEqual([]);
        }
        expect(problems(command.toDiscord(result, { command: name, page: farPage, args }))).toEqual([]);
        expect(typeof command.toTerminal(result)).toBe("string");
      }),
      { numRuns: RUNS },
    );
  });
});
