// Test helpers for the HTTP interactions endpoint: a generated Ed25519 key pair playing Discord,
// and requests signed with it (or deliberately not).
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

export interface Signer {
  /** The raw public key as DISCORD_PUBLIC_KEY holds it: 64 hex characters. */
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export function newSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKeyHex: publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex"), privateKey };
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** The signature headers Discord would send for `body` at `timestamp`. */
export function signedHeaders(signer: Signer, body: string, timestamp = String(nowSeconds())): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), signer.privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp, "content-type": "application/json" };
}

export interface Reply {
  readonly status: number;
  readonly text: string;
}

export async function post(url: string, body: string, headers: Record<string, string>): Promise<Reply> {
  const response = await fetch(url, { method: "POST", body, headers });
  return { status: response.status, text: await response.text() };
}
