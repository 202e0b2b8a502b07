// A story option typed as words, on a store of all twenty events of test/fixtures/stories: words that
// fit two stories equally ("Obama": his gun-control plan and Trump's call for him to resign) name
// neither, in one line listing them with the next step, shown only to the asker, in every command
// with a story option; words with a clear best story, or a name only its articles' text holds, find it.
import { MessageFlags } from "discord-api-types/v10";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { commandResponse, createResponder, type Responder } from "../../src/discord/respond.ts";
import { storiesStore } from "../support/storyPages.ts";

let responder: Responder;
beforeAll(async () => {
  responder = createResponder(await storiesStore(), commands, createCooldown(1_000_000, 1));
}, 120_000);

const AMBIGUOUS =
  /^⚠️ "Obama" fits 2 stories equally \((?=.*“Obama urges new restrictions on assault weapons)(?=.*“Donald Trump Calls On Obama To Resign).*\): pick one from the list that opens as you type in the story option, or add a word from its headline\.$/u;

describe("words that fit several stories equally", () => {
  it.each([
    ["coverage", { story: "Obama" }],
    ["summary", { story: "Obama" }],
    ["quote", { who: "Obama", story: "Obama" }],
    ["related", { story: "Obama" }],
  ])("/%s %j: one line naming the rivals, shown only to the asker", async (name, values) => {
    const message = await commandResponse(responder, name, values, "1");
    expect(message.content).toMatch(AMBIGUOUS);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe("words with a clear best story", () => {
  it("/coverage Trump: the inauguration, well ahead of the other stories that name him", async () => {
    const message = await commandResponse(responder, "coverage", { story: "Trump" }, "1");
    expect(message.flags ?? 0).toBe(0);
    expect(message.embeds?.[0]?.title).toMatch(/Trump Sworn In/u);
  });

  it("/summary Goelman: a name only the Strzok story's articles hold finds that story", async () => {
    const message = await commandResponse(responder, "summary", { story: "Goelman" }, "1");
    expect(message.embeds?.[0]?.title).toMatch(/Strzok/u);
  });
});
