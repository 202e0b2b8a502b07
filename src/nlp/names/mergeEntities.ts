// One entity per person or organisation across articles: the same name in two outlets is one
// entity; a lone surname ("Putin") joins the one full name it ends ("Vladimir Putin"), or, when
// several end it, the one written with the same title elsewhere ("Vice President Biden").
import type { Entity } from "../../model/entity.ts";
import type { ArticleEntity } from "../../model/analysis.ts";
import { normalToken } from "./entities.ts";

/** Transliterations differ by a doubled letter ("Zelenskyy", "Zelensky"), names by a middle initial: the key ignores both. */
const keyOf = (name: string): string =>
  name
    .split(/\s+/u)
    .map((t) => normalToken(t).replace(/(\p{L})\1+/gu, "$1"))
    .filter((t, i, all) => t.length > 1 || i === 0 || i === all.length - 1)
    .join(" ");

/** The key that makes two names one entity: its kind and its name, loosely compared. */
export const mergeKey = (kind: string, name: string): string => `${kind}:${keyOf(name)}`;

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u00AD]/gu, "")
    .toLowerCase()
    .replace(/['’.]/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** An article's entity, with the id of the article it is in. */
export interface Located {
  article: string;
  entity: ArticleEntity;
}

/** Merges the articles' entities; returns the stored entities and each article entity's id. */
export function mergeEntities(locals: readonly Located[]): { entities: Entity[]; idOf: Map<ArticleEntity, string> } {
  const groups = new Map<string, ArticleEntity[]>();
  const articleOf = new Map(locals.map((l) => [l.entity, l.article]));
  for (const { entity: local } of locals) {
    const key = mergeKey(local.kind, local.name);
    groups.set(key, [...(groups.get(key) ?? []), local]);
  }
  const full = [...groups.entries()].filter(([key]) => key.startsWith("person:") && key.includes(" "));
  for (const [key, members] of [...groups.entries()]) {
    if (!key.startsWith("person:") || key.includes(" ")) continue;
    const surname = key.slice("person:".length);
    const targets = full.filter(([k]) => k.endsWith(` ${surname}`));
    const titled = new Set(members.flatMap((m) => [...m.aliases].filter((alias) => alias.includes(" "))));
    const sameTitle = targets.filter(([, people]) => people.some((p) => [...p.aliases].some((alias) => titled.has(alias))));
    const target = targets.length === 1 ? targets[0] : sameTitle.length === 1 ? sameTitle[0] : undefined;
    if (!target) continue;
    target[1].push(...members);
    groups.delete(key);
  }
  const entities: Entity[] = [];
  const idOf = new Map<ArticleEntity, string>();
  const used = new Set<string>();
  for (const members of groups.values()) {
    const head = [...members].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length)[0];
    if (!head) continue;
    let id = slug(head.name) || "entity";
    for (let i = 2; used.has(id); i += 1) id = `${slug(head.name)}-${i}`;
    used.add(id);
    const aliases = new Set<string>();
    for (const m of members) {
      if (m.name !== head.name) aliases.add(m.name);
      for (const a of m.aliases) if (a !== head.name) aliases.add(a);
    }
    const description = members.find((m) => m.description)?.description;
    const gender = members.find((m) => m.gender)?.gender;
    entities.push({
      id,
      name: head.name,
      kind: head.kind,
      aliases: [...aliases],
      ...(description ? { description } : {}),
      ...(gender ? { gender } : {}),
      mentions: members.flatMap((m) => m.mentions.map((place) => ({ article: articleOf.get(m) ?? "", ...place }))),
    });
    for (const m of members) idOf.set(m, id);
  }
  return { entities, idOf };
}
