import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/parseCommandLine.ts";

const options: Record<string, string[]> = { summary: ["article", "length"], ask: ["question"], quote: ["who", "article"] };
const parse = (line: string) => parseCommandLine(line, (name) => options[name] ?? []);

describe("reading a console line like a slash command", () => {
  it("puts free text into the main option", () => {
    expect(parse("/quote Putin")).toEqual({ name: "quote", text: "Putin", options: {} });
  });

  it("accepts the command without its slash and in any case", () => {
    expect(parse("  QUOTE   Gould Davies ")).toEqual({ name: "quote", text: "Gould Davies", options: {} });
  });

  it("reads name:value options, values running to the next option", () => {
    expect(parse("/summary length:full article: the trump putin call")).toEqual({
      name: "summary",
      text: "",
      options: { length: "full", article: "the trump putin call" },
    });
  });

  it("leaves a colon that is not one of the command's options inside the text", () => {
    expect(parse("/ask note: what happened at 10:30?")).toEqual({ name: "ask", text: "note: what happened at 10:30?", options: {} });
  });

  it("ignores an empty line", () => {
    expect(parse("   ")).toBeNull();
  });
});
