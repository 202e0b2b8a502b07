// The outlet named by a related snippet's opening byline: "Nadine Yousif BBC News, Toronto …"
// → "BBC News", "Reuters At least 27 …" → "Reuters". Photo agencies (Getty Images, EPA) are credits, not outlets.

/** News organisations and wire agencies whose names appear in bylines; "BBC Korean"-style services included. */
const OUTLET =
  /\b(BBC(?: News| [A-Z][a-z]+)?|Reuters|The Associated Press|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|CNN|Sky News|Al Jazeera|The Guardian|The Independent|The Telegraph|The New York Times|The Washington Post|NPR|ABC News|CBS News|NBC News|Fox News|Politico|Axios|PA Media|Press Association|Euronews|Deutsche Welle|France 24|Kyodo|Yonhap|Xinhua)\b/gu;
/** A byline is the opening of a snippet: names, roles and a dateline before the story starts. */
const BYLINE_WORDS = 20;

/**
 * The first outlet named within the snippet's opening words, at the start or right after a
 * name, role or dateline (a capitalised word, a comma, "&"). After a lower-case word ("told
 * Reuters") the name is part of a sentence, not a byline.
 */
export function snippetOutlet(snippet: string): string | undefined {
  const opening = snippet.split(" ").slice(0, BYLINE_WORDS).join(" ");
  for (const match of opening.matchAll(OUTLET)) {
    const before = opening.slice(0, match.index).trimEnd().split(" ").at(-1) ?? "";
    if (before === "" || /^[\p{Lu}&]|[,&]$/u.test(before)) return match[1];
  }
  return undefined;
}
