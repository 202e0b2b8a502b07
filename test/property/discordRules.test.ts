// The property tests' rule checker catches what it must: each broken rule is named, a clean reply passes.
import { describe, expect, it } from "vitest";
import { choiceProblems, messageProblems } from "../discordRules.ts";

const ok = { embeds: [{ title: "t", description: "d" }], components: [], allowed_mentions: { parse: [] } };

describe("the Discord rule checker", () => {
  it("passes a small reply", () => {
    expect(messageProblems(ok)).toEqual([]);
    expect(choiceProblems([{ name: "Putin", value: "Vladimir Putin" }])).toEqual([]);
  });

  it("names each limit broken", () => {
    const long = (n: number) => "x".repeat(n);
    const cases: [object, RegExp][] = [
      [{ ...ok, content: long(2001) }, /^content/u],
      [{ ...ok, embeds: [{ title: long(257) }] }, /title/u],
      [{ ...ok, embeds: [{ description: long(4097) }] }, /description/u],
      [{ ...ok, embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) }] }, /fields is 26/u],
      [{ ...ok, embeds: [{ fields: [{ name: long(257), value: "v" }] }] }, /name/u],
      [{ ...ok, embeds: [{ fields: [{ name: "n", value: long(1025) }] }] }, /value/u],
      [{ ...ok, embeds: [{ title: "t", footer: { text: long(2049) } }] }, /footer/u],
      [{ ...ok, embeds: [{ title: "t", author: { name: long(257) } }] }, /author/u],
      [{ ...ok, embeds: [{ description: long(4000) }, { description: long(2001) }] }, /all embed text/u],
      [{ ...ok, embeds: Array.from({ length: 11 }, () => ({ title: "t" })) }, /^embeds is 11/u],
      [{ ...ok, components: [{ components: [{ custom_id: long(101), label: "Next" }] }] }, /custom_id/u],
      [{ ...ok, components: [{ components: [{ custom_id: "a", label: long(81) }] }] }, /label/u],
      [{ ...ok, components: Array.from({ length: 6 }, (_, i) => ({ components: [{ custom_id: `${i}` }] })) }, /action rows/u],
      [{ ...ok, allowed_mentions: undefined }, /allowed_mentions/u],
      [{ ...ok, allowed_mentions: { parse: ["users"] } }, /allowed_mentions/u],
      [{ ...ok, embeds: [] }, /nothing to show/u],
    ];
    for (const [payload, rule] of cases) expect(messageProblems(payload).join("; ")).toMatch(rule);
  });

  it("spots a mention that could form, and not an escaped one", () => {
    for (const raw of ["@everyone", "hi @here", "<@123>", "<@!123>", "<@&123>", "<#1>"]) {
      expect(messageProblems({ ...ok, content: raw }).join()).toMatch(/raw mention/u);
    }
    expect(messageProblems({ ...ok, content: "@\u200beveryone <\u200b@123>" })).toEqual([]);
  });

  it("spots autocomplete choices Discord refuses", () => {
    const choice = { name: "a", value: "a" };
    expect(choiceProblems(Array.from({ length: 26 }, () => choice))).toHaveLength(1);
    expect(choiceProblems([{ name: "", value: "a" }, { name: "a", value: "x".repeat(101) }])).toHaveLength(2);
  });
});
