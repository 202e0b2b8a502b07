import { beforeAll, describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/console.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { seedStore } from "../support/stores.ts";

let store: CoverageStore;

beforeAll(async () => {
  store = await seedStore();
});

describe("the console", () => {
  it("answers /ask with the seed's paragraph about the call's length, cited", async () => {
    const answer = (await answerLine(store, "/ask how long was the call?"));
    expect(answer).toContain("more than two-hour chat");
    expect(answer).toContain("¶2");
  });

  it("answers the same command typed without its slash", async () => {
    expect((await answerLine(store, "related gaza"))).toBe((await answerLine(store, "/related gaza")));
  });

  it("reads name:value options as Discord does", async () => {
    const full = (await answerLine(store, "/summary length:full")) ?? "";
    const brief = (await answerLine(store, "/summary")) ?? "";
    expect(full).toContain("Summary (full)");
    expect(brief).toContain("Summary (brief)");
  });

  it("lists the commands for a mistyped one", async () => {
    const answer = (await answerLine(store, "/qoute Putin")) ?? "";
    expect(answer).toMatch(/^Unknown command "qoute"/u);
    for (const name of ["/quote", "/summary", "/related", "/ask", "/who", "/sources"]) expect(answer).toContain(name);
  });

  it("shows help, and stops on exit", async () => {
    expect((await answerLine(store, "help"))).toContain("/quote");
    expect((await answerLine(store, "exit"))).toBeNull();
  });
});
