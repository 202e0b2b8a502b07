// Every autocomplete option with whatever is typed so far: no exception, and a choice list Discord
// accepts (at most 25, names and values of 1 to 100 characters).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { autocompleteResponse, createResponder, type Responder } from "../../src/discord/respond.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { choiceProblems } from "../discordRules.ts";
import { hostileText } from "./hostileInput.ts";
import { seedStore } from "../support/stores.ts";

let responder: Responder;
beforeAll(async () => {
  responder = createResponder(await seedStore(), commands, createCooldown(1, 1));
});

const autocompleted = commands.flatMap((command) =>
  (command.definition.toJSON().options ?? []).filter((o) => "autocomplete" in o && o.autocomplete).map((o) => [`/${command.definition.name} ${o.name}`, command, o.name] as const),
);

describe.each(autocompleted)("%s autocomplete", (_label, command, option) => {
  it("offers choices Discord accepts for anything typed", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (typed) => {
        const choices = (await command.autocomplete?.(responder.store, option, typed)) ?? [];
        expect(choiceProblems(choices)).toEqual([]);
        expect(choiceProblems(await autocompleteResponse(responder, command.definition.name, option, typed))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

it("every command with an autocomplete option is covered", () => {
  expect(autocompleted.length).toBeGreaterThanOrEqual(4);
});

