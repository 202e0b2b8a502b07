// What a process does besides answering, set up in one place for every mode: the health and metrics
// endpoint (METRICS_PORT, METRICS_HOST), each feed poll logged and counted, and each newly followed
// article announced in ANNOUNCE_CHANNEL_ID when the process has a bot token. A bad value is one line.
import { announcementsFrom, createAnnouncer, channelPoster, type Announcer } from "../discord/announce/announcer.ts";
import { readAnnounceConfig } from "../discord/announce/announceConfig.ts";
import type { Logger } from "../discord/logger.ts";
import { createMetrics, type Metrics } from "../discord/observe/metrics.ts";
import { readMetricsConfig } from "../discord/observe/metricsConfig.ts";
import { startMetricsServer, type RunningMetricsServer } from "../discord/observe/metricsServer.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import type { PollEvent } from "./following.ts";
import { logPoll } from "./pollReport.ts";

export interface Operations {
  readonly metrics: Metrics;
  /** The metrics endpoint's port, when there is one. */
  readonly metricsPort?: number;
  /** Each poll logged, counted, and its new articles announced. */
  polled(event: PollEvent): void;
  stop(): Promise<void>;
}

export interface OperationsOptions {
  /** Announce newly followed articles (the bot modes and `npm run follow`; not the console). */
  readonly announce: boolean;
}

export type OperationsResult = { ok: true; operations: Operations } | { ok: false; message: string };

export async function startOperations(env: NodeJS.ProcessEnv, store: CoverageStore, logger: Logger, options: OperationsOptions): Promise<OperationsResult> {
  const metricsConfig = readMetricsConfig(env);
  if (!metricsConfig.ok) return { ok: false, message: metricsConfig.problems.join("\n") };
  const announceConfig = options.announce ? readAnnounceConfig(env) : { ok: true as const, config: null };
  if (!announceConfig.ok) return { ok: false, message: announceConfig.problems.join("\n") };
  const metrics = createMetrics(store);
  let server: RunningMetricsServer | undefined;
  if (metricsConfig.config) {
    const started = await startMetricsServer(metricsConfig.config, metrics, store, logger);
    if (!started.ok) return { ok: false, message: started.message };
    server = started.server;
  }
  const announcer: Announcer | undefined = announceConfig.config
    ? createAnnouncer({ compose: announcementsFrom(store), post: channelPoster(announceConfig.config), queue: store, logger })
    : undefined;
  if (announceConfig.config) logger.info({ channel: announceConfig.config.channelId }, "announcing new articles");
  return {
    ok: true,
    operations: {
      metrics,
      ...(server ? { metricsPort: server.port } : {}),
      polled(event) {
        logPoll(logger, event);
        metrics.countPoll(event);
        announcer?.announce(event.addedArticles);
      },
      async stop() {
        await announcer?.stop();
        await server?.stop();
      },
    },
  };
}
