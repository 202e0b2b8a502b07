// Promise: both backends keep the announce channel's queue alike: articles in the order they were
// queued, each once however often it is queued (keeping its first place), until they are dropped.
import { afterEach, beforeEach, expect, it } from "vitest";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { describeEachBackend } from "../support/backends.ts";

describeEachBackend("the announcement queue", (backend) => {
  let store: CoverageStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it("gives the queued articles oldest first, each once, until they are dropped", async () => {
    expect(await store.pendingAnnouncements(10)).toEqual([]);
    await store.queueAnnouncements(["b-article", "a-article"]);
    await store.queueAnnouncements(["a-article", "c-article"]);
    expect(await store.pendingAnnouncements(10)).toEqual(["b-article", "a-article", "c-article"]);
    expect(await store.pendingAnnouncements(2)).toEqual(["b-article", "a-article"]);
    await store.dropAnnouncements(["a-article", "not-queued"]);
    expect(await store.pendingAnnouncements(10)).toEqual(["b-article", "c-article"]);
    await store.dropAnnouncements([]);
    await store.queueAnnouncements(["a-article"]);
    expect(await store.pendingAnnouncements(10)).toEqual(["b-article", "c-article", "a-article"]);
  });
});
