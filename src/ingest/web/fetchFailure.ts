// Why a fetch failed, in words an operator can act on: the network error codes Node's fetch (undici)
// reports as the cause of its "fetch failed", and the timeout.
const REASONS: Record<string, string> = {
  ENOTFOUND: "host not found (DNS lookup failed)",
  EAI_AGAIN: "host not found (DNS lookup failed, try again later)",
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_CONNECT_TIMEOUT: "could not connect in time",
  UND_ERR_SOCKET: "the server closed the connection",
  ERR_INVALID_URL: "not a valid URL",
};

function causeCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function fetchFailure(error: unknown, timeoutMs: number): string {
  if ((error as Error | undefined)?.name === "TimeoutError") return `no complete answer within ${timeoutMs / 1000} s (timed out)`;
  const code = causeCode(error);
  if (code && REASONS[code]) return REASONS[code];
  if (code?.startsWith("ERR_TLS") || /CERT|SSL/u.test(code ?? "")) return `TLS error (${code})`;
  const message = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
  return `could not be fetched (${code ?? message})`;
}
