// Discord's request signature: Ed25519 over the timestamp header followed by the raw body, checked
// against the application's public key with node:crypto; stale or future timestamps are refused.
import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** The DER prefix that turns a raw 32-byte Ed25519 key into a SubjectPublicKeyInfo. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** Requests signed longer ago than this are refused as replays. */
export const MAX_AGE_SECONDS = 300;
/** Clock skew tolerated for a timestamp ahead of ours. */
export const MAX_AHEAD_SECONDS = 60;

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]), format: "der", type: "spki" });
}

export interface SignatureHeaders {
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Whether `body` was signed by the key's owner at `headers.timestamp`, within the time window. */
export function verifySignature(key: KeyObject, headers: SignatureHeaders, body: Buffer, nowSeconds: number): Verdict {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: "missing signature headers" };
  if (!/^[0-9a-fA-F]{128}$/u.test(signature)) return { ok: false, reason: "malformed signature" };
  if (!/^\d{1,12}$/u.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
  const age = nowSeconds - Number(timestamp);
  if (age > MAX_AGE_SECONDS || age < -MAX_AHEAD_SECONDS) return { ok: false, reason: "stale timestamp" };
  const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
  return verify(null, signed, key, Buffer.from(signature, "hex")) ? { ok: true } : { ok: false, reason: "invalid signature" };
}
