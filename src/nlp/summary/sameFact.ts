// Whether two outlets' sentences report the same fact in their own words: they share several content
// words, most of the shorter one's, and a fair share of both together (so a short sentence naming the
// story's main people is not taken for every longer one that names them too).
const MIN_SHARED = 3;
/** Shared stems over the shorter sentence's. */
const MIN_CONTAINED = 0.5;
/** Shared stems over both sentences' (Jaccard). */
const MIN_JACCARD = 0.2;

/** How much two sets of content stems say the same, 0 (nothing) to 1; 0 when they are not the same fact. */
export function factOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_CONTAINED && jaccard >= MIN_JACCARD ? jaccard : 0;
}

/**
 * `factOverlap` for the opening sentences of two articles of one story: both report the story's event, so a
 * few shared content words are enough ("Donald Trump assumed the nation's highest office Friday as the 45th
 * president…" and "Donald John Trump was inaugurated as the 45th president… on Friday").
 */
export function ledeOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared >= MIN_SHARED ? shared / (a.size + b.size - shared) : 0;
}
