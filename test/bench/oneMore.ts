// One more article into a built store, as live coverage arrives: analysed (as an ingest worker would),
// committed through a second connection (another process's ingest), and polled for by a reader that
// answers /quote as a running bot does, until the new quote shows. The article is taken out again
// (timed), so a store kept for reuse stays as it was built.
import { commands } from "../../commands/index.ts";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import { contentHash } from "../../src/ingest/buildArticle.ts";
import { openBenchStore } from "./benchStore.ts";
import { synthesize } from "./synthesize.ts";

export interface OneMore {
  analyseMs: number;
  commitMs: number;
  /** From the commit to the reader's first answer that quotes the new article. */
  answerableMs: number;
  /** Taking it out again (as --prune or a pulled story would): one transaction. */
  removeMs: number;
}

const SPEAKER = "Zephyrine Quillbrook";
const POLL_MS = 20;
const GIVE_UP_MS = 30_000;

const round = (ms: number): number => Math.round(ms * 10) / 10;

export async function oneMoreArticle(storePath: string, base: string, size: number): Promise<OneMore> {
  const quote = commands.find((c) => c.definition.name === "quote");
  if (!quote) throw new Error("no /quote command");
  const text = `${synthesize(base, size + 1, size + 1)}\n\n“The harbour will reopen next week,” said ${SPEAKER}, the port director.\n`;
  const bytes = Buffer.from(text);
  const path = `bench/one-more-${size}.txt`;
  const reader = await openBenchStore(storePath);
  const writer = await openBenchStore(storePath);
  try {
    const quoted = async (): Promise<boolean> => JSON.stringify(await quote.answer(reader, { who: SPEAKER })).includes("harbour will reopen");
    if (await quoted()) throw new Error(`${SPEAKER} is already quoted in ${storePath}`);
    const analysing = performance.now();
    const analysed = analyseFile({ path, storedPath: path, bytes, hash: contentHash(bytes) });
    if (!analysed.ok) throw new Error(`the extra article was refused: ${analysed.reason}`);
    const committing = performance.now();
    await writer.putArticle(analysed.analysis, { path, hash: contentHash(bytes) });
    const committed = performance.now();
    while (!(await quoted())) {
      if (performance.now() - committed > GIVE_UP_MS) throw new Error(`the reader did not answer from the new article within ${GIVE_UP_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const answerable = performance.now();
    await writer.removeArticle(path);
    const removed = performance.now();
    return {
      analyseMs: round(committing - analysing),
      commitMs: round(committed - committing),
      answerableMs: round(answerable - committed),
      removeMs: round(removed - answerable),
    };
  } finally {
    await writer.removeArticle(path);
    await reader.close();
    await writer.close();
  }
}
