// One bot process of the readers-while-ingesting run (a child of the bench, started with the plan's
// file): opens the store, warms up on the warm-up mix, then on "go" answers the query mix round and
// round, timing each answer, and between answers asks /quote for the next planned article's speaker
// until it answers from that article. On "stop" it looks for the rest of the `expected` articles,
// then sends its timings and sightings and exits.
import { readFileSync } from "node:fs";
import { openBenchStore } from "./benchStore.ts";
import type { Sample, Sighting } from "./contention.ts";
import type { IngestPlan } from "./ingestPlan.ts";
import { command, mixCommands } from "./mixCommands.ts";
import type { QueryMix } from "./queryMix.ts";

export type ToReader = { kind: "go" } | { kind: "stop"; expected: number };
export type FromReader = { kind: "ready" } | { kind: "done"; samples: Sample[]; sightings: Sighting[] };

/** Between two looks for the next article: each look is one /quote, not counted in the timings. */
const LOOK_EVERY_MS = 25;
const GIVE_UP_MS = 30_000;

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as IngestPlan;
const { mix, warm } = JSON.parse(readFileSync(plan.mixFile, "utf8")) as { mix: QueryMix; warm: QueryMix };
const send = (message: FromReader) => process.send?.(message);
const now = () => performance.timeOrigin + performance.now();
/** Lets the parent's messages in between answers: a SQLite answer never leaves the event loop. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

const store = await openBenchStore(plan.location);
const quote = command("quote");
const kinds = mixCommands.filter((c) => c.inputs(mix).length > 0);
for (const c of kinds) for (const input of c.inputs(warm).slice(0, 5)) await c.ask(store, input);

const samples: Sample[] = [];
const sightings: Sighting[] = [];
let next = 0;
let stop: number | null = null;

async function look(): Promise<void> {
  for (let planned = plan.articles[next]; planned; planned = plan.articles[next]) {
    const answer = JSON.stringify(await quote.answer(store, { who: planned.speaker }));
    if (!answer.includes(planned.phrase)) return;
    sightings.push({ index: next, at: now() });
    next++;
  }
}

async function read(): Promise<void> {
  let lookedAt = 0;
  for (let round = 0; stop === null; round++) {
    const c = kinds[round % kinds.length]!;
    const inputs = c.inputs(mix);
    const at = now();
    await c.ask(store, inputs[Math.floor(round / kinds.length) % inputs.length]!);
    samples.push({ command: c.name, at, ms: now() - at });
    if (now() - lookedAt >= LOOK_EVERY_MS) {
      await look();
      lookedAt = now();
    }
    await breathe();
  }
  const giveUp = now() + GIVE_UP_MS;
  while (next < stop && now() < giveUp) {
    await look();
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
  send({ kind: "done", samples, sightings });
  await store.close();
  process.disconnect();
}

process.on("message", (message: ToReader) => {
  if (message.kind === "go") void read();
  else stop = message.expected;
});
send({ kind: "ready" });
