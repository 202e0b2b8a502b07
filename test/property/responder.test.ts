// What arrives from outside besides option values: any button custom id, any command name, any
// interaction JSON at the HTTP endpoint. Each gets a reply Discord accepts, or a clean refusal.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { dispatchInteraction, InteractionSchema } from "../../src/discord/http/dispatchInteraction.ts";
import { buttonResponse, commandResponse, createResponder, type Responder } from "../../src/discord/respond.ts";
import { choiceProblems, messageProblems } from "../discordRules.ts";
import { hostileText } from "./hostileInput.ts";
import { seedStore } from "../support/stores.ts";

let responder: Responder;
beforeAll(async () => {
  responder = createResponder(await seedStore(), commands, createCooldown(1_000_000, 1));
});

const names = fc.oneof(fc.constantFrom(...commands.map((c) => c.definition.name)), hostileText);
/** Custom ids shaped like page ids (some valid, most not) and arbitrary ones. */
const customIds = fc.oneof(
  fc.tuple(names, fc.oneof(fc.nat({ max: 99_999 }).map(String), hostileText), fc.array(hostileText, { maxLength: 4 })).map(([c, p, args]) => `page:${c}:${p}:${args.join("|")}`),
  hostileText,
);

describe("the responder", () => {
  it("answers any button custom id with a message Discord accepts", async () => {
    await fc.assert(
      fc.asyncProperty(customIds, async (id) => {
        expect(messageProblems((await buttonResponse(responder, id, "1")).message)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("answers any command name with a message Discord accepts", async () => {
    await fc.assert(
      fc.asyncProperty(names, fc.dictionary(hostileText, hostileText, { maxKeys: 3 }), async (name, values) => {
        expect(messageProblems(await commandResponse(responder, name, values, "1"))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const option = fc.record(
  { name: fc.oneof(fc.constantFrom("who", "name", "article", "question", "topic", "length"), hostileText), type: fc.constant(3), value: fc.oneof(hostileText, fc.integer(), fc.boolean()), focused: fc.boolean() },
  { requiredKeys: ["name", "type"] },
);
const interaction = fc.record(
  {
    id: fc.stringMatching(/^\d{17,20}$/u),
    type: fc.integer({ min: 0, max: 6 }),
    data: fc.record({ name: names, options: fc.array(option, { maxLength: 3 }), custom_id: customIds }, { requiredKeys: [] }),
    member: fc.record({ user: fc.record({ id: fc.string() }) }),
  },
  { requiredKeys: ["id", "type"] },
);

describe("the HTTP endpoint's dispatch", () => {
  it("answers any well-formed interaction with a response Discord accepts", async () => {
    await fc.assert(
      fc.asyncProperty(interaction, async (body) => {
        const parsed = InteractionSchema.safeParse(JSON.parse(JSON.stringify(body)));
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const response = await dispatchInteraction(responder, parsed.data);
        if (response.type === 1) expect(body.type).toBe(1);
        else if (response.type === 8) expect(choiceProblems(response.data.choices)).toEqual([]);
        else expect(messageProblems(response.data)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses (rather than crashes on) any JSON that is not an interaction", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (json) => {
        const parsed = InteractionSchema.safeParse(json);
        if (parsed.success) await expect(dispatchInteraction(responder, parsed.data)).resolves.toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});
