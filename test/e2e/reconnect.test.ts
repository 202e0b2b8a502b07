// A gateway connection the fake drops: the bot resumes its session and answers the next interaction.
import { afterAll, beforeAll, expect, it } from "vitest";
import { commandInteraction } from "../fakeDiscord/payloads.ts";
import { startHarness, type Harness } from "./harness.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

it("resumes after the fake drops the connection and answers the next interaction", async () => {
  const reader = { id: "700000000000000001", username: "reader" };
  expect(((await harness.interact(commandInteraction("sources", {}, reader))).body as { type: number }).type).toBe(4);
  harness.fake.dropConnection(4000);
  await harness.fake.waitForSession(15_000);
  expect(harness.fake.opcodes).toContain(6);
  const reply = await harness.interact(commandInteraction("ask", { question: "How long was the call?" }, reader));
  expect((reply.body as { type: number }).type).toBe(4);
});
