// An independent check of Discord's documented limits on a message payload and on autocomplete
// choices (the numbers restated here, not imported, so a wrong constant in render is caught).
import { expect } from "vitest";

interface Embed {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

interface Component {
  custom_id?: string;
  label?: string;
}

interface Payload {
  content?: string;
  embeds?: readonly Embed[];
  components?: readonly { components: readonly object[] }[];
  allowed_mentions?: unknown;
}

export function assertWithinLimits(payload: Payload, choices?: { name: string; value: string }[]): void {
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(2000);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    if (embed.url !== undefined) expect(() => new URL(embed.url as string)).not.toThrow();
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const component of row.components as Component[]) {
      if (component.custom_id !== undefined) {
        expect(component.custom_id.length).toBeLessThanOrEqual(100);
        expect(ids.has(component.custom_id)).toBe(false);
        ids.add(component.custom_id);
      }
      expect(component.label?.length ?? 0).toBeLessThanOrEqual(80);
    }
  }
  if (payload.allowed_mentions !== undefined) expect(payload.allowed_mentions).toEqual({ parse: [] });
  if (choices) {
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  }
}
