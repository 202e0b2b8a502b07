// A followed feed's state as the poller keeps it in the store, so that a restart keeps its backoff,
// its conditional GET and its history: when it last answered, why it last failed, what it brought.
import { z } from "zod";

export const FeedStateSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  /** The validators of the last full answer, sent back to ask "changed since?". */
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** ISO times. */
  lastSuccess: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorAt: z.string().optional(),
  /** Failed polls in a row: the backoff doubles with each. */
  failures: z.number().int().nonnegative(),
  /** Items the feed listed at its last full answer. */
  items: z.number().int().nonnegative(),
  nextPoll: z.string().optional(),
});

export type FeedState = z.infer<typeof FeedStateSchema>;
