// A per-user flood guard: at most `limit` interactions in any `windowMs`; `take` says how long to wait.
export interface Cooldown {
  /** 0 when `userId` may go ahead now (and counts it), else the milliseconds until they may. */
  take(userId: string): number;
}

/** Users tracked before idle ones are swept out. */
const SWEEP_AT = 10_000;

export function createCooldown(limit: number, windowMs: number, now: () => number = Date.now): Cooldown {
  const recent = new Map<string, number[]>();
  return {
    take(userId) {
      const t = now();
      if (recent.size >= SWEEP_AT) {
        for (const [user, times] of recent) if ((times.at(-1) ?? 0) <= t - windowMs) recent.delete(user);
      }
      const times = (recent.get(userId) ?? []).filter((at) => at > t - windowMs);
      if (times.length >= limit) {
        recent.set(userId, times);
        return (times[0] ?? t) + windowMs - t;
      }
      times.push(t);
      recent.set(userId, times);
      return 0;
    },
  };
}
