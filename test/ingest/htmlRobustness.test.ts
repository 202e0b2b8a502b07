// Odd and hostile HTML: the parser returns a page or refuses it as "not an article" with a
// reason, and never fails any other way or takes long.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";

function outcome(html: string): string {
  try {
    const page = parseHtmlPage(html, "fuzz.html");
    return page.sections.every((s) => s.paragraphs.every((p) => p.trim() === p && p.length > 0)) ? "page" : "bad paragraph";
  } catch (error) {
    return (error as Error).message.startsWith("not an article") ? "refused" : `failed: ${(error as Error).message}`;
  }
}

const sentence = "Officials said the bridge would reopen on Tuesday, after months of delays and repairs. ";
const tags = ["p", "div", "span", "figure", "figcaption", "h2", "ul", "li", "a", "b", "br", "table", "td", "script", "style", "article", "aside"];
const fragment = fc.oneof(
  fc.constantFrom(...tags).map((tag) => `<${tag} class="${tag}-x share related caption">`),
  fc.constantFrom(...tags).map((tag) => `</${tag}>`),
  fc.constant(sentence.repeat(3)),
  fc.string(),
  fc.constantFrom("<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "\u0000", "\uFFFD", "<meta property='og:title' content='X'>", '<script type="application/ld+json">{"@type":"NewsArticle","author":[{}],"publisher":null}</script>'),
);

describe("odd and hostile HTML", () => {
  it("is parsed or refused, never crashes", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const result = outcome(parts.join(""));
        expect(result === "page" || result === "refused", result).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses absurdly deep nesting quickly", () => {
    const html = `<html><body>${"<div>".repeat(20_000)}<p>${sentence.repeat(5)}</p>${"</div>".repeat(20_000)}</body></html>`;
    const started = performance.now();
    expect(() => parseHtmlPage(html, "deep.html")).toThrow(/^not an article: markup nested \d+ levels deep$/u);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("reads an article wrapped in unclosed and misnested tags", () => {
    const html = `<html><head><title>Bridge</title></head><body><article><p>${sentence.repeat(3)}<p><b><i>${sentence.repeat(3)}</b></i><div>${sentence.repeat(3)}</article>`;
    const page = parseHtmlPage(html, "messy.html");
    expect(page.sections.flatMap((s) => s.paragraphs)).toHaveLength(3);
  });
});
