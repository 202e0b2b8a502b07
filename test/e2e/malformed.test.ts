// Gateway payloads a broken or hostile sender could deliver as INTERACTION_CREATE: no user at all, a
// member without its user, no data, options that are not a list. Each is logged and dropped, the
// process stays up, and the bot answers the next interaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { startHarness, type Harness } from "./harness.ts";

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `7200000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

type Payload = ReturnType<typeof commandInteraction>;

const MALFORMED: Record<string, (good: Payload) => unknown> = {
  "no member and no user": ({ member: _member, ...rest }) => rest,
  "a member without its user": (good) => ({ ...good, member: { ...good.member, user: undefined } }),
  "no data": ({ data: _data, ...rest }) => rest,
  "options that are not a list": (good) => ({ ...good, data: { ...good.data, options: { who: "Putin" } } }),
  "a button with no data": (good) => ({ ...good, type: 3, data: undefined }),
};

describe("a malformed INTERACTION_CREATE", () => {
  for (const [what, breakIt] of Object.entries(MALFORMED)) {
    it(`with ${what} is logged and dropped, and the next interaction is answered`, async () => {
      const bad = commandInteraction("quote", { who: "Putin" }, asker());
      harness.fake.dispatch("INTERACTION_CREATE", breakIt(bad));
      await expect.poll(() => harness.logs.find((l) => l.includes("dropped a malformed interaction") && l.includes(bad.id)), { timeout: 10_000 }).toBeTruthy();
      const next = commandInteraction("sources", {}, asker());
      const reply = (await harness.interact(next)).body as { type: number; data?: { embeds?: { title?: string }[] } };
      expect(reply.data?.embeds?.[0]?.title).toContain("Stored articles");
      expect(harness.fake.requests.filter((r) => r.path.includes(`/interactions/${bad.id}/`))).toEqual([]);
    });
  }
});
