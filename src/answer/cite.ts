// Citations: every excerpt names its outlet, article title and paragraph, e.g.
// `AP — The Trump-Putin phone call gave the Kremlin leader… ¶14`.
import type { Citable } from "../store/coverageStore.ts";
import type { Cite } from "./contract.ts";

const TITLE_MAX = 60;

export function shortTitle(title: string, max = TITLE_MAX): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/u, "")}…`;
}

export function cite(article: Citable, paragraph: number): string {
  const source = article.outlet ? `${article.outlet} — ${shortTitle(article.title)}` : shortTitle(article.title);
  return `${source} ¶${paragraph}`;
}

/** The citation fields every answer item carries. */
export function citedFields(article: Citable, paragraph: number) {
  return {
    article: article.id,
    paragraph,
    cite: cite(article, paragraph),
    ...(article.url ? { url: article.url } : {}),
  };
}

/** One article's entry in an item's `cites`. */
export function citeOf(article: Citable, paragraph: number): Cite {
  return { ...citedFields(article, paragraph), ...(article.outlet ? { outlet: article.outlet } : {}) };
}

const OUTLETLESS_TITLE = 30;

/** The short form of several outlets' citations: `The New York Times ¶2 · Fox News ¶1`; one alone keeps its whole citation. */
export function citeLine(cites: readonly Cite[]): string {
  const [only] = cites;
  if (cites.length === 1 && only) return only.cite;
  return cites.map((c) => `${c.outlet ?? shortTitle(c.cite.replace(/\s*¶\d+$/u, ""), OUTLETLESS_TITLE)} ¶${c.paragraph}`).join(" · ");
}
