// One independent statement of what Discord accepts and what the bot promises about every reply,
// written from Discord's documentation (numbers restated, nothing imported from render): each
// check returns the rules broken, so a property failure names them.

/** A mention Discord would form from raw text: @everyone, @here, users, roles, channels. */
const RAW_MENTION = /@(?:everyone|here)|<@[!&]?\d|<#\d/u;

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

export interface Payload {
  content?: string;
  embeds?: readonly Embed[];
  components?: readonly { components: readonly object[] }[];
  allowed_mentions?: unknown;
}

const over = (broken: string[], what: string, length: number, max: number) => {
  if (length > max) broken.push(`${what} is ${length} long (max ${max})`);
};

function embedRules(embed: Embed, at: string, broken: string[]): number {
  over(broken, `${at}.title`, embed.title?.length ?? 0, 256);
  over(broken, `${at}.description`, embed.description?.length ?? 0, 4096);
  over(broken, `${at}.footer.text`, embed.footer?.text.length ?? 0, 2048);
  over(broken, `${at}.author.name`, embed.author?.name.length ?? 0, 256);
  over(broken, `${at}.fields`, embed.fields?.length ?? 0, 25);
  for (const [i, field] of (embed.fields ?? []).entries()) {
    over(broken, `${at}.fields[${i}].name`, field.name.length, 256);
    over(broken, `${at}.fields[${i}].value`, field.value.length, 1024);
    if (!field.name || !field.value) broken.push(`${at}.fields[${i}] has an empty name or value`);
  }
  if (embed.url !== undefined && !/^https?:\/\/\S+$/u.test(embed.url)) broken.push(`${at}.url is not an http(s) URL`);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every one of Discord's size limits `payload` breaks. */
export function limitProblems(payload: Payload): string[] {
  const broken: string[] = [];
  over(broken, "content", payload.content?.length ?? 0, 2000);
  const embeds = payload.embeds ?? [];
  over(broken, "embeds", embeds.length, 10);
  const total = embeds.reduce((n, embed, i) => n + embedRules(embed, `embeds[${i}]`, broken), 0);
  over(broken, "all embed text", total, 6000);
  const rows = payload.components ?? [];
  over(broken, "action rows", rows.length, 5);
  const ids = new Set<string>();
  for (const [r, row] of rows.entries()) {
    over(broken, `row ${r}`, row.components.length, 5);
    for (const component of row.components as Component[]) {
      if (component.custom_id !== undefined) {
        if (component.custom_id.length === 0) broken.push("an empty custom_id");
        over(broken, `custom_id ${component.custom_id}`, component.custom_id.length, 100);
        if (ids.has(component.custom_id)) broken.push(`custom_id ${component.custom_id} repeated`);
        ids.add(component.custom_id);
      }
      over(broken, "button label", component.label?.length ?? 0, 80);
    }
  }
  return broken;
}

/** Every message-payload rule `payload` breaks: Discord's size limits, mentions off, something to show. */
export function messageProblems(payload: Payload): string[] {
  const broken = limitProblems(payload);
  const embeds = payload.embeds ?? [];
  if (JSON.stringify(payload.allowed_mentions) !== JSON.stringify({ parse: [] })) broken.push("allowed_mentions is not {parse: []}");
  if (!payload.content && embeds.length === 0) broken.push("nothing to show (no content, no embed)");
  const text = visibleText(payload);
  if (RAW_MENTION.test(text)) broken.push(`a raw mention can form: ${RAW_MENTION.exec(text)?.[0] ?? ""}`);
  return broken;
}

/** Every rule a list of autocomplete choices breaks: at most 25, names and values of 1 to 100 characters. */
export function choiceProblems(choices: readonly { name: string; value: string }[]): string[] {
  const broken: string[] = [];
  over(broken, "choices", choices.length, 25);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > 100) broken.push(`choice name of ${choice.name.length} characters`);
    if (choice.value.length < 1 || choice.value.length > 100) broken.push(`choice value of ${choice.value.length} characters`);
  }
  return broken;
}

/** All the text a reader sees in a payload, joined. */
export function visibleText(payload: Payload): string {
  const parts = [payload.content ?? ""];
  for (const embed of payload.embeds ?? []) {
    parts.push(embed.title ?? "", embed.description ?? "", embed.footer?.text ?? "", embed.author?.name ?? "");
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  for (const row of payload.components ?? []) for (const component of row.components as Component[]) parts.push(component.label ?? "");
  return parts.join("\n");
}
