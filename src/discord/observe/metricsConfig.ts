// Where the health and metrics endpoint listens, read from the environment in one place: METRICS_PORT
// (unset or blank: no endpoint; 0 picks a free port) and METRICS_HOST (default 127.0.0.1, so only the
// machine itself can scrape it unless the operator says otherwise). A bad value is one line naming it.
import { z } from "zod";
import { optional, problemsOf } from "../config.ts";

export const DEFAULT_METRICS_HOST = "127.0.0.1";

const PORT_ERROR = "METRICS_PORT is malformed: give a port number from 1 to 65535 (0 picks any free port), or leave it unset for no metrics endpoint.";

const MetricsConfigSchema = z.object({
  METRICS_PORT: z.preprocess(
    optional,
    z
      .string()
      .trim()
      .regex(/^\d{1,5}$/u, { error: PORT_ERROR })
      .transform(Number)
      .refine((port) => port <= 65535, { error: PORT_ERROR })
      .optional(),
  ),
  METRICS_HOST: z.preprocess(optional, z.string().trim().default(DEFAULT_METRICS_HOST)),
});

export interface MetricsConfig {
  readonly port: number;
  readonly host: string;
}

/** The endpoint's address, null when METRICS_PORT is unset, or every problem with the values. */
export type MetricsConfigResult = { ok: true; config: MetricsConfig | null } | { ok: false; problems: string[] };

export function readMetricsConfig(env: NodeJS.ProcessEnv): MetricsConfigResult {
  const parsed = MetricsConfigSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const { METRICS_PORT: port, METRICS_HOST: host } = parsed.data;
  return { ok: true, config: port === undefined ? null : { port, host } };
}
