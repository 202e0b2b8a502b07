// Faults the fake Discord can answer a REST request with: a status, body and headers instead of the
// normal response, an answer held back for a while, a request carried out whose answer is then lost,
// or the connection closed with no answer at all (a network error).
import type { RestRequest } from "./server.ts";

export interface Fault {
  /** The status to answer with instead of the normal response; without it, the normal response. */
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Hold the answer back this long. */
  readonly delayMs?: number;
  /** Carry the request out before answering with the fault (Discord did the work, the answer was lost). */
  readonly applied?: boolean;
  /** Close the connection without answering. */
  readonly dropped?: boolean;
}

interface Pending {
  readonly match: (request: RestRequest) => boolean;
  readonly fault: Fault;
  remaining: number;
}

export interface FaultPlan {
  /** The next `times` requests that `match` get `fault`. */
  add(match: (request: RestRequest) => boolean, fault: Fault, times: number): void;
  /** The fault for this request, if one is planned (using it up). */
  take(request: RestRequest): Fault | undefined;
}

export function createFaultPlan(): FaultPlan {
  const pending: Pending[] = [];
  return {
    add: (match, fault, times) => void pending.push({ match, fault, remaining: times }),
    take(request) {
      const planned = pending.find((p) => p.remaining > 0 && p.match(request));
      if (!planned) return undefined;
      planned.remaining -= 1;
      return planned.fault;
    },
  };
}

/** Discord's 429 for a route bucket: the JSON body and the headers it sends with it. */
export function rateLimited(retryAfterS: number): Fault {
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfterS, global: false },
    headers: {
      "Retry-After": String(Math.ceil(retryAfterS)),
      "X-RateLimit-Limit": "5",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset-After": String(retryAfterS),
      "X-RateLimit-Bucket": "fake-bucket",
      "X-RateLimit-Scope": "user",
    },
  };
}

export const serverError: Fault = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };

export const connectionDropped: Fault = { dropped: true };
