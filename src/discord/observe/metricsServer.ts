// The operator's window on a running process (node:http, 127.0.0.1 unless METRICS_HOST says otherwise):
// `GET /healthz` answers 200 with {ok, articles, uptimeSeconds} while the store can be read and 503 when
// it cannot; `GET /metrics` answers the Prometheus text format. Nothing else is served.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { Logger } from "../logger.ts";
import type { MetricsConfig } from "./metricsConfig.ts";
import { storedCount, type Metrics } from "./metrics.ts";

export interface RunningMetricsServer {
  /** The port listened on (the one picked when METRICS_PORT is 0). */
  readonly port: number;
  stop(): Promise<void>;
}

export type MetricsServerResult = { ok: true; server: RunningMetricsServer } | { ok: false; message: string };

interface Reply {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

const json = (status: number, value: unknown): Reply => ({ status, type: "application/json", body: `${JSON.stringify(value)}\n` });
const text = (status: number, body: string): Reply => ({ status, type: "text/plain; charset=utf-8", body });

async function health(store: CoverageStore, startedAt: number): Promise<Reply> {
  const uptimeSeconds = Math.round((Date.now() - startedAt) / 1000);
  const articles = await storedCount(store);
  if (articles === null) return json(503, { ok: false, error: "the store cannot be read", uptimeSeconds });
  return json(200, { ok: true, articles, uptimeSeconds });
}

function createMetricsServer(metrics: Metrics, store: CoverageStore, logger: Logger): Server {
  const startedAt = Date.now();
  async function reply(method: string | undefined, path: string): Promise<Reply> {
    if (method !== "GET" && method !== "HEAD") return text(405, "GET /healthz or /metrics\n");
    if (path === "/healthz") return health(store, startedAt);
    if (path === "/metrics") return { status: 200, type: metrics.registry.contentType, body: await metrics.registry.metrics() };
    return text(404, "GET /healthz or /metrics\n");
  }
  return createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    void reply(request.method, path)
      .catch((error: unknown) => {
        logger.error({ err: error, path }, "metrics request failed");
        return text(500, "internal error\n");
      })
      .then(({ status, type, body }) => {
        response.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
        response.end(request.method === "HEAD" ? undefined : body);
      });
  });
}

export async function startMetricsServer(config: MetricsConfig, metrics: Metrics, store: CoverageStore, logger: Logger): Promise<MetricsServerResult> {
  const server = createMetricsServer(metrics, store, logger);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    return { ok: false, message: `Could not serve metrics on ${config.host}:${config.port} (METRICS_PORT, METRICS_HOST): ${(error as Error).message}` };
  }
  const port = (server.address() as AddressInfo).port;
  // The endpoint never keeps a process alive by itself: the process ends when its bot or console does.
  server.unref();
  logger.info({ host: config.host, port }, "metrics and health listening");
  return {
    ok: true,
    server: {
      port,
      stop: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    },
  };
}
