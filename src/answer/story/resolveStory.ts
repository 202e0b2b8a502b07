// The story a command is about: the one its `story` option names, else the latest story (the only one
// when one is stored); a clear error with the next step when there is none.
import { findStory } from "../../search/findStory.ts";
import type { CoverageStore, StoredStory } from "../../store/coverageStore.ts";
import type { AnswerError } from "../contract.ts";
import { noStory } from "../notFound.ts";

export async function resolveStory(store: CoverageStore, query: string | undefined): Promise<StoredStory | AnswerError> {
  const wanted = query?.trim();
  if (!wanted) {
    const [latest] = await store.stories(1);
    return latest ?? { error: "No articles are stored yet: ingest some with `npm run ingest -- <files or folders>`." };
  }
  const found = await findStory(store, wanted);
  return found ?? noStory(wanted);
}
