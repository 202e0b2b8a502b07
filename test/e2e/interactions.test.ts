// The router end to end: page buttons, an unknown command, a throwing handler, deferral of a late
// interaction, the per-user cooldown and hostile input, all through the real discord.js client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../commands/command.ts";
import { commands } from "../../commands/index.ts";
import { SlashCommandBuilder } from "@discordjs/builders";
import { TOKEN } from "../fakeDiscord/ids.ts";
import { buttonInteraction, commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { startHarness, type Harness } from "./harness.ts";

const boom: Command<never> = {
  definition: new SlashCommandBuilder().setName("boom").setDescription("Always fails"),
  answer() {
    throw new Error("the answer exploded");
  },
  toTerminal: () => "",
  toDiscord: () => ({ embeds: [], components: [], allowed_mentions: { parse: [] } }),
};

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `6000000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

interface Message {
  content?: string;
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
  components?: { components: { custom_id: string; disabled?: boolean; label: string }[] }[];
  allowed_mentions?: unknown;
  flags?: number;
}
const callbackOf = (body: unknown) => body as { type: number; data: Message };

beforeAll(async () => {
  harness = await startHarness({ commands: [...commands, boom] });
});
afterAll(async () => {
  await harness.stop();
});

describe("interaction router", () => {
  it("pages /related with Next, re-running the answer from the button's custom id", async () => {
    const user = asker();
    const first = callbackOf((await harness.interact(commandInteraction("related", {}, user))).body);
    const next = first.data.components?.[0]?.components.find((c) => c.label === "Next");
    expect(first.data.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of \d+/u);
    expect(next?.custom_id).toBe("page:related:1:|");
    const clicked = callbackOf((await harness.interact(buttonInteraction(next?.custom_id ?? "", first.data as Record<string, unknown>, user))).body);
    expect(clicked.type).toBe(7);
    expect(clicked.data.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of \d+/u);
    expect(clicked.data.embeds?.[0]?.description).not.toBe(first.data.embeds?.[0]?.description);
    expect(clicked.data.allowed_mentions).toEqual({ parse: [] });
    assertWithinLimits(clicked.data);
  });

  it("answers an unknown command with a short ephemeral notice", async () => {
    const reply = callbackOf((await harness.interact(commandInteraction("frobnicate", {}, asker()))).body);
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(64);
    expect(reply.data.content).toContain("Unknown command /frobnicate");
  });

  it("answers a stale button with a notice", async () => {
    const reply = callbackOf((await harness.interact(buttonInteraction("page:gone:1:", {}, asker()))).body);
    expect(reply.data.flags).toBe(64);
    expect(reply.data.content).toContain("no longer works");
  });

  it("a handler that throws gets an ephemeral error, is logged with the interaction id, and the bot keeps answering", async () => {
    const interaction = commandInteraction("boom", {}, asker());
    const reply = callbackOf((await harness.interact(interaction)).body);
    expect(reply.data.flags).toBe(64);
    expect(reply.data.content).toContain("something went wrong");
    const failure = harness.logs.find((line) => line.includes("handler failed"));
    expect(failure).toContain(interaction.id);
    expect(failure).toContain("the answer exploded");
    const after = callbackOf((await harness.interact(commandInteraction("sources", {}, asker()))).body);
    expect(after.type).toBe(4);
  });

  it("defers an interaction that arrives late, then edits the original reply", async () => {
    const interaction = commandInteraction("sources", {}, asker(), 2_000);
    const callback = callbackOf((await harness.interact(interaction)).body);
    expect(callback.type).toBe(5);
    const edit = await harness.fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(`/webhooks/`) && r.path.endsWith("/messages/@original"));
    const body = edit.body as Message;
    expect(body.embeds?.[0]?.title).toContain("Stored articles");
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it("a late interaction whose answer is a notice gets it as an ephemeral follow-up", async () => {
    const interaction = commandInteraction("frobnicate", {}, asker(), 2_000);
    expect(callbackOf((await harness.interact(interaction)).body).type).toBe(5);
    const token = interaction.token;
    await harness.fake.waitForRequest((r) => r.method === "DELETE" && r.path.includes(token));
    const followUp = await harness.fake.waitForRequest((r) => r.method === "POST" && r.path.endsWith(`/webhooks/${interaction.application_id}/${token}`));
    expect((followUp.body as Message).flags).toBe(64);
    expect((followUp.body as Message).content).toContain("Unknown command");
  });

  it("asks a flooding user to slow down", async () => {
    const user = asker();
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push(callbackOf((await harness.interact(commandInteraction("sources", {}, user))).body));
    expect(replies.slice(0, 5).every((r) => r.data.embeds?.length === 1)).toBe(true);
    expect(replies[5]?.data.flags).toBe(64);
    expect(replies[5]?.data.content).toContain("try again in");
  });

  it("echoes hostile input escaped: no mention or markdown survives", async () => {
    const hostile = "@everyone <@&123456789012345678> <@123456789012345678> **bold** [x](https://evil.example) `code`";
    const reply = callbackOf((await harness.interact(commandInteraction("quote", { who: hostile }, asker()))).body);
    const text = `${reply.data.embeds?.[0]?.title}\n${reply.data.embeds?.[0]?.description}`;
    expect(text).not.toMatch(/@everyone|<@&?\d|(?<!\\)\*\*|(?<!\\)\[|(?<!\\)`/u);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("never logs the token", () => {
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(harness.logs.join("\n")).not.toContain(TOKEN);
  });
});
