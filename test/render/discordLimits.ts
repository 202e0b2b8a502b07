// Example-based tests' assertion that a payload (and autocomplete choices) stay within Discord's
// limits, using the one independent statement of those rules in ../discordRules.ts.
import { expect } from "vitest";
import { choiceProblems, limitProblems, type Payload } from "../discordRules.ts";

export function assertWithinLimits(payload: Payload, choices?: { name: string; value: string }[]): void {
  expect(limitProblems(payload)).toEqual([]);
  if (payload.allowed_mentions !== undefined) expect(payload.allowed_mentions).toEqual({ parse: [] });
  if (choices) expect(choiceProblems(choices)).toEqual([]);
}
