// The story a command is about: the one its `story` option names, else the latest story (the only one
// when one is stored); a clear error with the next step when there is none, or when the words typed
// fit several stories equally.
import { findStory } from "../../search/findStory.ts";
import type { CoverageStore, StoredStory } from "../../store/coverageStore.ts";
import type { AnswerError } from "../contract.ts";
import { manyStories, noStory } from "../notFound.ts";

export async function resolveStory(store: CoverageStore, query: string | undefined): Promise<StoredStory | AnswerError> {
  const wanted = query?.trim();
  if (!wanted) {
    const [latest] = await store.stories(1);
    return latest ?? { error: "No articles are stored yet: ingest some with `npm run ingest -- <files or folders>`." };
  }
  const lookup = await findStory(store, wanted);
  if ("ambiguous" in lookup) return manyStories(wanted, lookup.ambiguous);
  return lookup.found ?? noStory(wanted);
}
