// `feeds`: the followed feeds as the poller last left them in the store: title, last success, last
// error and when, failures in a row, items listed, next poll. The validators stay private to the poller.
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { FeedsResult } from "../contract.ts";

export async function answerFeeds(store: CoverageStore): Promise<FeedsResult> {
  const states = await store.feedStates();
  return { feeds: states.map(({ etag: _etag, lastModified: _lastModified, ...shown }) => shown) };
}
