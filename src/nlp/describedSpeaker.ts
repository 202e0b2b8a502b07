// A definite description as speaker ("the president said", "Iraq's ambassador … warned") linked
// to the article's entity whose title or description has that role.
import type { LocalEntity } from "./entities.ts";
import { ROLE_NOUNS } from "./nameLexicon.ts";

/** "the company", "the firm": the article's main organisation, not one whose name happens to hold the word. */
const GENERIC_ORG_ROLES = new Set(["company", "firm", "chain", "retailer", "group", "agency", "network"]);
const DEFINITE = /^(?:the|The|[\p{L}.]+['’]s)\s/u;

function hasRole(entity: LocalEntity, role: string): boolean {
  const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u);
  if (entity.description && words(entity.description).includes(role)) return true;
  if (entity.kind === "organisation" && words(entity.name).includes(role)) return true;
  return [...entity.aliases].some((alias) => words(alias).includes(role));
}

/** The entity a description such as "the president" stands for, preferring the last speaker. */
export function describedSpeaker(phrase: string, entities: readonly LocalEntity[], last: LocalEntity | undefined): LocalEntity | undefined {
  if (!DEFINITE.test(phrase)) return undefined;
  const role = phrase
    .split(/\s+/u)
    .slice(1)
    .map((w) => w.toLowerCase())
    .find((w) => ROLE_NOUNS.has(w));
  if (!role) return undefined;
  const generic = GENERIC_ORG_ROLES.has(role);
  const candidates = entities.filter((e) => !e.weak && (generic ? e.kind === "organisation" : hasRole(e, role)));
  if (last && candidates.includes(last)) return last;
  return candidates.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}
