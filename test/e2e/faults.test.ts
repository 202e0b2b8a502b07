// Faults from Discord, injected by the fake: rate limits, server errors (and answers lost after the work
// was done), invalid sessions, a connection dropped mid-interaction and answers near the 3-second window.
// Each test holds the bot to what the user sees: the interaction gets its reply when one can still be
// sent, otherwise the failure is logged with the interaction id, and the next interaction is answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlashCommandBuilder } from "@discordjs/builders";
import type { Command } from "../../commands/command.ts";
import { commands } from "../../commands/index.ts";
import { rateLimited, serverError } from "../fakeDiscord/faults.ts";
import { autocompleteInteraction, buttonInteraction, commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import type { RecordedRequest, RestRequest } from "../fakeDiscord/server.ts";
import { startHarness, type Harness } from "./harness.ts";

/** How long the test-only /slow command blocks the process: past the deferral threshold, inside the window. */
const SLOW_MS = 1_700;

const slow: Command<never> = {
  definition: new SlashCommandBuilder().setName("slow").setDescription("Answers after blocking the process"),
  answer() {
    const until = Date.now() + SLOW_MS;
    while (Date.now() < until);
    return undefined as never;
  },
  toTerminal: () => "",
  toDiscord: () => ({ content: "slow but sure", embeds: [], components: [], allowed_mentions: { parse: [] } }),
};

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `7100000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

/** What the matchers need of an interaction. */
interface Interaction {
  readonly id: string;
  readonly token: string;
  readonly application_id: string;
}
interface Message {
  content?: string;
  embeds?: { title?: string }[];
  flags?: number;
}
interface Callback {
  type: number;
  data?: Message;
}

const sources = (ageMs = 0) => commandInteraction("sources", {}, asker(), ageMs);
const callbackOf = (interaction: Interaction) => (r: RestRequest) => r.method === "POST" && r.path.includes(`/interactions/${interaction.id}/`);
const editOf = (interaction: Interaction) => (r: RestRequest) => r.method === "PATCH" && r.path.endsWith(`/${interaction.token}/messages/@original`);
const attempts = (match: (r: RestRequest) => boolean) => harness.fake.requests.filter(match);
const accepted = (match: (r: RestRequest) => boolean) => harness.fake.waitForRequest((r) => match(r) && r.status < 300, 10_000);
const title = (request: RecordedRequest) => ((request.body as Callback).data ?? (request.body as Message)).embeds?.[0]?.title;

/** The bot still answers: a fresh /sources gets its embed at once. */
async function answersNext(): Promise<void> {
  const reply = (await harness.interact(sources())).body as Callback;
  expect(reply.type).toBe(4);
  expect(reply.data?.embeds?.[0]?.title).toContain("Stored articles");
}

beforeAll(async () => {
  harness = await startHarness({ commands: [...commands, slow] });
});
afterAll(async () => {
  await harness.stop();
});

describe("REST faults", () => {
  it("a 429 on the callback: the reply goes out after Retry-After, within the window", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), rateLimited(1));
    const reply = await harness.interact(interaction);
    const [limited, ...rest] = attempts(callbackOf(interaction));
    expect([limited?.status, ...rest.map((r) => r.status)]).toEqual([429, 204]);
    expect(reply.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect((reply.body as Callback).type).toBe(4);
    expect(title(reply)).toContain("Stored articles");
  });

  it("a 429 whose wait outlasts the window: the answer is dropped, not sent late, the drop is logged and other users are answered", async () => {
    const interaction = sources(1_000);
    harness.fake.failNext(callbackOf(interaction), rateLimited(3));
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await expect.poll(() => harness.logs.find((l) => l.includes("answer dropped") && l.includes(interaction.id)), { timeout: 10_000 }).toBeTruthy();
    await answersNext();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([429]);
  });

  it("a 429 with a 30-second retry_after: the answer is dropped at once, and nothing is sent for it", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), rateLimited(30));
    const dispatched = Date.now();
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await expect.poll(() => harness.logs.find((l) => l.includes("answer dropped") && l.includes(interaction.id)), { timeout: 10_000 }).toBeTruthy();
    expect(Date.now() - dispatched).toBeLessThan(10_000);
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([429]);
    expect(attempts((r) => r.path.includes(interaction.token))).toHaveLength(1);
  });

  it("a 429 on the edit after a deferral: the edit is retried after the bucket resets", async () => {
    const interaction = sources(2_000);
    harness.fake.failNext(editOf(interaction), rateLimited(0.5));
    expect(((await harness.interact(interaction)).body as Callback).type).toBe(5);
    const edit = await accepted(editOf(interaction));
    expect(attempts(editOf(interaction)).map((r) => r.status)).toEqual([429, 200]);
    expect(title(edit)).toContain("Stored articles");
  });

  it("a 500 on the callback: discord.js retries and the reply goes out", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), serverError);
    const reply = await harness.interact(interaction);
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([500, 204]);
    expect(title(reply)).toContain("Stored articles");
  });

  it("a reply Discord posted but answered 500 for: the answer stands, and no error is shown", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), { ...serverError, applied: true });
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await accepted(editOf(interaction));
    expect(title(edit)).toContain("Stored articles");
    await answersNext();
    expect(attempts((r) => r.method === "POST" && r.path.endsWith(`/webhooks/${interaction.application_id}/${interaction.token}`))).toEqual([]);
    expect(harness.logs.filter((l) => l.includes(interaction.id) && l.includes('"level":50'))).toEqual([]);
  });

  it("a deferral Discord took but answered 500 for: the answer is still edited in", async () => {
    const interaction = sources(2_000);
    harness.fake.failNext(callbackOf(interaction), { ...serverError, applied: true });
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    const edit = await accepted(editOf(interaction));
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([500, 400]);
    expect(title(edit)).toContain("Stored articles");
  });

  it("a page button whose update Discord made but answered 500 for: the page is edited in, no error shown", async () => {
    const user = asker();
    const first = ((await harness.interact(commandInteraction("related", {}, user))).body as Callback).data as Record<string, unknown>;
    const click = buttonInteraction("page:related:1:", first, user);
    harness.fake.failNext(callbackOf(click), { ...serverError, applied: true });
    harness.fake.dispatch("INTERACTION_CREATE", click);
    const edit = (await accepted(editOf(click))).body as { embeds?: { footer?: { text: string } }[] };
    expect(edit.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of/u);
    expect(harness.logs.filter((l) => l.includes(click.id) && l.includes('"level":50'))).toEqual([]);
  });

  it("autocomplete whose choices Discord took but answered 500 for: nothing logged as failed", async () => {
    const interaction = autocompleteInteraction("quote", { who: "Put" }, "who", asker());
    harness.fake.failNext(callbackOf(interaction), { ...serverError, applied: true });
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await expect.poll(() => harness.logs.find((l) => l.includes(interaction.id) && l.includes("answered")), { timeout: 10_000 }).toBeTruthy();
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([500, 400]);
    expect(harness.logs.filter((l) => l.includes(interaction.id) && l.includes('"level":50'))).toEqual([]);
  });

  it("a callback that fails on every discord.js attempt: the fallback tells the user once Discord recovers", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), serverError, 4);
    const notice = (await harness.interact(interaction)).body as Callback;
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
    expect(notice.data?.flags).toBe(64);
    expect(notice.data?.content).toContain("something went wrong");
    expect(harness.logs.find((l) => l.includes("handler failed") && l.includes(interaction.id))).toContain("Internal Server Error");
  });

  it("an edit that fails on every attempt after a deferral: the fallback is an ephemeral follow-up", async () => {
    const interaction = sources(2_000);
    harness.fake.failNext(editOf(interaction), serverError, 4);
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    const followUp = await accepted((r) => r.method === "POST" && r.path.endsWith(`/webhooks/${interaction.application_id}/${interaction.token}`));
    expect((followUp.body as Message).flags).toBe(64);
    expect((followUp.body as Message).content).toContain("something went wrong");
  });

  it("a callback that keeps failing with 500: logged with the interaction id, and the next interaction is answered", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), serverError, 8);
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await expect.poll(() => harness.logs.find((l) => l.includes("could not tell the user") && l.includes(interaction.id)), { timeout: 10_000 }).toBeTruthy();
    expect(harness.logs.find((l) => l.includes("handler failed") && l.includes(interaction.id))).toContain("Internal Server Error");
    await answersNext();
  });

  it("an interaction that arrives after the window: logged as expired once, and the next interaction is answered", async () => {
    const interaction = sources(3_500);
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await expect.poll(() => harness.logs.find((l) => l.includes("expired") && l.includes(interaction.id)), { timeout: 10_000 }).toBeTruthy();
    await answersNext();
    expect(attempts(callbackOf(interaction)).map((r) => r.status)).toEqual([404]);
  });
});

describe("the 3-second window", () => {
  it("an interaction 2.3 s old is deferred inside the window, then edited", async () => {
    const interaction = sources(2_300);
    expect(((await harness.interact(interaction)).body as Callback).type).toBe(5);
    expect(title(await accepted(editOf(interaction)))).toContain("Stored articles");
  });

  it("a slow answer replies inside the window, and the interaction queued behind it is deferred, then edited", async () => {
    const blocking = commandInteraction("slow", {}, asker());
    const queued = sources();
    harness.fake.dispatch("INTERACTION_CREATE", blocking);
    harness.fake.dispatch("INTERACTION_CREATE", queued);
    const slowReply = (await accepted(callbackOf(blocking))).body as Callback;
    expect(slowReply.type).toBe(4);
    expect(slowReply.data?.content).toBe("slow but sure");
    expect(((await accepted(callbackOf(queued))).body as Callback).type).toBe(5);
    expect(title(await accepted(editOf(queued)))).toContain("Stored articles");
  });
});

describe("gateway faults", () => {
  it("a connection dropped while a reply is in flight: the reply still goes out, the bot resumes and answers the next", async () => {
    const interaction = sources();
    harness.fake.failNext(callbackOf(interaction), { delayMs: 500 });
    const resumesBefore = harness.fake.opcodes.filter((op) => op === 6).length;
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    harness.fake.dropConnection(4000);
    expect(title(await accepted(callbackOf(interaction)))).toContain("Stored articles");
    await harness.fake.waitForSession(15_000);
    expect(harness.fake.opcodes.filter((op) => op === 6).length).toBe(resumesBefore + 1);
    await answersNext();
  });

  it("an interaction created while the connection is down is replayed on resume and answered", async () => {
    harness.fake.dropConnection(4000);
    const interaction = sources();
    harness.fake.dispatch("INTERACTION_CREATE", interaction);
    await harness.fake.waitForSession(15_000);
    expect(title(await accepted(callbackOf(interaction)))).toContain("Stored articles");
  });

  it("op 9 invalid session, resumable: the bot resumes on the same connection and answers the next", async () => {
    const before = [...harness.fake.opcodes];
    harness.fake.invalidateSession(true);
    await harness.fake.waitForSession(15_000);
    expect(harness.fake.opcodes.slice(before.length)).toContain(6);
    expect(harness.fake.opcodes.slice(before.length)).not.toContain(2);
    await answersNext();
  });

  it("op 9 invalid session, not resumable: the bot identifies again and answers the next", async () => {
    const before = harness.fake.opcodes.length;
    harness.fake.invalidateSession(false);
    await harness.fake.waitForSession(15_000);
    expect(harness.fake.opcodes.slice(before)).toContain(2);
    await answersNext();
  }, 20_000);
});
