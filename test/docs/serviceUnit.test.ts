// The systemd unit the README offers as the bot's supervisor (docs/coverage-bot.service): systemd reads
// it without a warning, it restarts the bot when it fails, runs what `npm start` runs, as an unprivileged
// user on a read-only system (but for the store's folder: SQLite writes beside the database even to read). Restarting itself needs a running systemd, which these machines lack.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UNIT = `${ROOT}docs/coverage-bot.service`;

/** The unit's settings by section, then key (the last value of a key repeated wins, as in systemd). */
function settings(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const section = /^\[(\w+)\]$/u.exec(line);
    if (section?.[1]) sections.set(section[1], (current = new Map()));
    else {
      const at = line.indexOf("=");
      current.set(line.slice(0, at), line.slice(at + 1));
    }
  }
  return sections;
}

const unit = settings(readFileSync(UNIT, "utf8"));
const service = unit.get("Service") ?? new Map<string, string>();
const hasSystemdAnalyze = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("the systemd unit", () => {
  it.skipIf(!hasSystemdAnalyze)("is read by systemd-analyze verify without a warning", () => {
    const result = spawnSync("systemd-analyze", ["verify", UNIT], { encoding: "utf8", cwd: ROOT });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("restarts the bot when it fails, a few seconds later, and gives up after a burst of failures", () => {
    expect(service.get("Restart")).toBe("on-failure");
    expect(Number(service.get("RestartSec"))).toBeGreaterThan(0);
    expect(Number(unit.get("Unit")?.get("StartLimitBurst"))).toBeGreaterThan(1);
  });

  it("runs what npm start runs, and stops it with SIGTERM", () => {
    const start = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts.start as string;
    expect(start).toBe("node --import tsx src/app/start.ts");
    expect(service.get("ExecStart")).toBe(`/usr/bin/env ${start}`);
    expect(existsSync(`${ROOT}src/app/start.ts`)).toBe(true);
    expect(service.get("KillSignal")).toBe("SIGTERM");
  });

  it("runs as an unprivileged user with no capabilities, on a read-only system but for the store's folder", () => {
    expect(service.get("User")).not.toMatch(/^(?:root|0)?$/u);
    expect(service.get("NoNewPrivileges")).toBe("yes");
    expect(service.get("ProtectSystem")).toBe("strict");
    expect(service.get("ReadWritePaths")).toBe(`${service.get("WorkingDirectory")}/data`);
    expect(service.get("CapabilityBoundingSet")).toBe("");
  });

  it("is the one the README's security section names", () => {
    expect(readFileSync(`${ROOT}README.md`, "utf8")).toContain("docs/coverage-bot.service");
  });
});

describe("what Restart=on-failure keys on", () => {
  it("a start that fails exits with a non-zero status, so systemd restarts it", () => {
    const env = { PATH: process.env.PATH ?? "", DISCORD_TOKEN: "not-a-token", HOME: process.env.HOME ?? "" };
    const run = () => execFileSync(process.execPath, ["--import", "tsx", "src/app/start.ts"], { cwd: ROOT, env, stdio: "pipe" });
    expect(run).toThrow(/DISCORD_TOKEN is malformed/u);
  });
});
