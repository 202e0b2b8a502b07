import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStore, writeStoreAtomically } from "../../src/store/storeFile.ts";
import { SCHEMA_VERSION, type Store } from "../../src/store/schema.ts";

const emptyStore = (): Store => ({ schemaVersion: SCHEMA_VERSION, builtAt: "2026-01-01T00:00:00.000Z", articles: [], entities: [], quotes: [] });
const tempDir = () => mkdtempSync(join(tmpdir(), "store-"));

describe("the store file", () => {
  it("round-trips a written store and leaves no temp file beside it", async () => {
    const dir = tempDir();
    const path = join(dir, "store.json");
    await writeStoreAtomically(path, emptyStore());
    const loaded = loadStore(path);
    expect(loaded.ok && loaded.store).toEqual(emptyStore());
    expect(readdirSync(dir)).toEqual(["store.json"]);
  });

  it("refuses to write a store that breaks the schema, and keeps the previous one", async () => {
    const path = join(tempDir(), "store.json");
    await writeStoreAtomically(path, emptyStore());
    const broken = { ...emptyStore(), articles: [{ id: "" }] } as unknown as Store;
    await expect(writeStoreAtomically(path, broken)).rejects.toThrow();
    expect(loadStore(path).ok).toBe(true);
  });

  it("names the file and the fix when the store is missing", () => {
    const path = join(tempDir(), "nothing.json");
    const loaded = loadStore(path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.reason).toBe("missing");
      expect(loaded.message).toContain(path);
      expect(loaded.message).toContain("npm run ingest");
    }
  });

  it("says a truncated store is not valid JSON, in one line", () => {
    const path = join(tempDir(), "store.json");
    writeFileSync(path, '{"schemaVersion":1,"articles":[');
    const loaded = loadStore(path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.reason).toBe("corrupt");
      expect(loaded.message).not.toContain("\n");
      expect(loaded.message).toContain("npm run ingest");
    }
  });

  it("tells an older store version apart from a corrupt one", () => {
    const path = join(tempDir(), "store.json");
    writeFileSync(path, JSON.stringify({ ...emptyStore(), schemaVersion: 0 }));
    const loaded = loadStore(path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.reason).toBe("version");
      expect(loaded.message).toContain(`this bot reads version ${SCHEMA_VERSION}`);
    }
  });

  it("points at the broken field when the JSON does not match the schema", async () => {
    const path = join(tempDir(), "store.json");
    await writeStoreAtomically(path, emptyStore());
    const file = JSON.parse(readFileSync(path, "latin1")) as { quotes: Record<string, unknown> };
    file.quotes.cues = "said";
    writeFileSync(path, JSON.stringify(file));
    const loaded = loadStore(path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toMatch(/quotes\.cues must be array/u);
  });
});

describe("the store file's encoding", () => {
  it("is pure ASCII yet loads every character back, curly quotes and emoji included", async () => {
    const path = join(tempDir(), "store.json");
    const store = { ...emptyStore(), builtAt: "“Zelenskyy” — Ukraine’s 🇺🇦" };
    await writeStoreAtomically(path, store);
    expect(readFileSync(path).every((byte) => byte < 0x80)).toBe(true);
    const loaded = loadStore(path);
    expect(loaded.ok && loaded.store).toEqual(store);
  });

  it("still loads a hand-edited store with UTF-8 text in it", async () => {
    const path = join(tempDir(), "store.json");
    await writeStoreAtomically(path, emptyStore());
    const builtAt = "Zelenskyy’s “peace plan” 🇺🇦";
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, "latin1")), builtAt }), "utf8");
    const loaded = loadStore(path);
    expect(loaded.ok && loaded.store).toEqual({ ...emptyStore(), builtAt });
  });
});
