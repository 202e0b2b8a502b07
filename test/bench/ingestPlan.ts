// The articles the ingesting process files while readers run, each quoting a speaker of its own with
// words of its own, so a reader can tell by one /quote whether it answers from that article yet. Shared
// by the three processes through a JSON file the bench writes.
import { synthesize } from "./synthesize.ts";

export interface PlannedArticle {
  path: string;
  text: string;
  speaker: string;
  /** Words only this article's quote holds. */
  phrase: string;
}

export interface IngestPlan {
  /** The store, as benchStore names it. */
  location: string;
  /** The query mix the readers run, as measure.ts reads it. */
  mixFile: string;
  /** How long the ingest lasts at most. */
  ingestMs: number;
  articles: PlannedArticle[];
}

const FIRST = ["Zephyrine", "Odalric", "Marisol", "Thaddeus", "Ysolde", "Casimir", "Perpetua", "Leofric", "Ottoline", "Barnaby", "Clementia", "Isidore"];
const LAST = ["Quillbrook", "Fenwhistle", "Ashcombe", "Drumlanrig", "Pellworth", "Marchbank", "Tregarthen", "Vosburgh", "Hollingrake", "Stanwix"];

/** `count` new articles for a store of `size` articles, varied from `bases` as its own were. */
export function plannedArticles(bases: readonly string[], size: number, count: number): PlannedArticle[] {
  if (count > FIRST.length * LAST.length) throw new Error(`at most ${FIRST.length * LAST.length} planned articles`);
  return Array.from({ length: count }, (_, i) => {
    const speaker = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length)]}`;
    const phrase = `Pier ${i + 1} will reopen next week`;
    const body = synthesize(bases[i % bases.length]!, size + 2 + i, size + 2 + i);
    /** After the opening paragraph: a base's last lines may be a "Read more" block, which ingest keeps out of the body. */
    const cut = body.includes("\n\n") ? body.indexOf("\n\n") : body.length;
    const text = `${body.slice(0, cut)}\n\n“${phrase},” said ${speaker}, the port director.${body.slice(cut)}`;
    return { path: `bench/while-reading-${size}-${i + 1}.txt`, text, speaker, phrase };
  });
}
