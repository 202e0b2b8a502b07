// Promise: the gateway bot writes one info log line per interaction it handles, saying which command,
// with what options, in which server, how it ended and how long it took, with any token a user pasted
// into an option redacted (and the harness fails if any line holds a token).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUILD_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { within } from "../support/processes.ts";
import { startHarness, type Harness } from "./harness.ts";

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `6000000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

interface LogLine {
  level: number;
  msg: string;
  interaction: string;
  command: string;
  kind: string;
  options: Record<string, string>;
  guild: string | null;
  outcome: string;
  latencyMs: number;
}

const INFO = 30;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

/** The interaction lines logged so far. */
const interactionLines = (): LogLine[] => harness.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.msg === "interaction");

async function loggedFor(question: string): Promise<LogLine> {
  return within(10_000, `the log line for ${question}`, async () => interactionLines().find((line) => line.options.question === question));
}

describe("the interaction log", () => {
  it("has one info line per command: command, options, server, outcome and latency", async () => {
    const question = "How long was the call?";
    const interaction = commandInteraction("ask", { question }, asker());
    await harness.answer(interaction);
    const line = await loggedFor(question);
    expect(line).toMatchObject({ level: INFO, interaction: interaction.id, command: "ask", kind: "command", options: { question }, guild: GUILD_ID, outcome: "answered" });
    expect(line.latencyMs).toBeGreaterThanOrEqual(0);
    expect(interactionLines().filter((l) => l.options.question === question)).toHaveLength(1);
  });

  it("says when the answer was a notice only the asker sees", async () => {
    await harness.answer(commandInteraction("who", { name: "Zzyzx Qwertyuiop" }, asker()));
    const line = await within(10_000, "the log line for /who", async () => interactionLines().find((l) => l.command === "who"));
    expect(line.outcome).toBe("notice");
  });

  it("redacts a token pasted into an option", async () => {
    const question = `is this my token ${TOKEN} ok`;
    await harness.answer(commandInteraction("ask", { question }, asker()));
    const line = await within(10_000, "the log line for the pasted token", async () => interactionLines().find((l) => l.options.question?.startsWith("is this my token")));
    expect(line.options.question).toBe("is this my token [redacted] ok");
  });
});
