// Autocomplete choices from the store, labelled with what the user will get: speakers with their
// quote counts, people and organisations with quotes and mentions, and article titles.
import { fitChoices } from "../src/render/discord/limits.ts";
import type { Choice } from "../src/render/discord/message.ts";
import { suggestArticles, suggestEntities } from "../src/search/suggest.ts";
import type { CoverageStore } from "../src/store/coverageStore.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Speakers for `/quote who`: "Tatiana Stanovaya — 5 quotes". */
export async function speakerChoices(store: CoverageStore, typed: string): Promise<Choice[]> {
  return fitChoices((await suggestEntities(store, typed, true)).map((e) => ({ name: `${e.name} — ${plural(e.quotes, "quote")}`, value: e.name })));
}

/** People and organisations for `/who name`: "Dmitry Peskov — 3 quotes, 5 mentions". */
export async function entityChoices(store: CoverageStore, typed: string): Promise<Choice[]> {
  return fitChoices(
    (await suggestEntities(store, typed, false)).map((e) => ({ name: `${e.name} — ${plural(e.quotes, "quote")}, ${plural(e.mentions, "mention")}`, value: e.name })),
  );
}

/** Stored articles for `article` options: "AP — The Trump-Putin phone call…", the id as value. */
export async function articleChoices(store: CoverageStore, typed: string): Promise<Choice[]> {
  return fitChoices((await suggestArticles(store, typed)).map((a) => ({ name: a.outlet ? `${a.outlet} — ${a.title}` : a.title, value: a.id })));
}
