// Reading a running process's health and metrics endpoint as Prometheus and a load balancer would: a
// free port to give it, GET requests, and one sample's value picked out of the Prometheus text format.
import { createServer } from "node:net";

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Scraped {
  readonly status: number;
  readonly type: string;
  readonly text: string;
}

export async function scrape(port: number, path: string): Promise<Scraped> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

const escaped = (value: string): string => value.replace(/\\/gu, "\\\\").replace(/"/gu, '\\"').replace(/\n/gu, "\\n");

/** The value of the sample `name` carrying every label in `labels` (in any order), or undefined when there is none. */
export function sample(metrics: string, name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${escaped(value)}"`);
  for (const line of metrics.split("\n")) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$/u.exec(line);
    if (match?.[1] !== name) continue;
    const labelText = match[2] ?? "";
    if (wanted.every((label) => labelText.includes(label))) return Number(match[3]);
  }
  return undefined;
}
