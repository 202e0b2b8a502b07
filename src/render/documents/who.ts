// /who as a document: who a person or organisation is in the coverage, and where they first appear.
import type { WhoResult } from "../../answer/contract.ts";
import { sourcesOf, type Document } from "../document.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function whoDocument(result: WhoResult): Document {
  const entity = result.entity;
  if (!entity) {
    return {
      title: `Who: ${result.query}`,
      notes: [
        `Nobody called "${result.query}" appears in the coverage.`,
        ...(result.suggestions.length > 0 ? [`Did you mean: ${result.suggestions.join(", ")}?`] : []),
      ],
      groups: [],
      empty: "See /sources for what is covered.",
      source: "coverage-bot",
    };
  }
  const first = entity.firstMention;
  return {
    title: entity.name,
    notes: [
      entity.description ? `${entity.kind === "person" ? "Person" : "Organisation"}: ${entity.description}` : entity.kind === "person" ? "Person" : "Organisation",
      ...(entity.aliases.length > 0 ? [`Also called: ${entity.aliases.join(", ")}`] : []),
      `Quoted ${plural(entity.quotes, "time")} · mentioned ${plural(entity.mentions, "time")}`,
    ],
    groups: first
      ? [{ heading: "First mention", items: [{ kind: "excerpt", text: first.text, cite: first.cite, ...(first.url ? { url: first.url } : {}) }] }]
      : [],
    empty: "",
    source: sourcesOf(first ? [first] : [], "coverage-bot"),
  };
}
