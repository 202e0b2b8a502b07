// The corpus the property tests answer from: data/sources ingested into memory (no store file).
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { indexStore, type Corpus } from "../../src/store/corpus.ts";

export const seedCorpus = (): Corpus => indexStore(ingestSources(["data/sources"], null).store);
