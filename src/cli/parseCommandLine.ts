// Parses a console line the way a Discord user types a slash command: `/quote Putin`,
// `/summary length:full`, `/ask question: how long was the call?`. Only the command's own
// option names count as `name:`; other text goes to its main option.
export interface CommandLine {
  name: string;
  text: string;
  options: Record<string, string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

export function parseCommandLine(line: string, optionNames: (command: string) => readonly string[]): CommandLine | null {
  const trimmed = line.trim().replace(/^\//u, "");
  if (!trimmed) return null;
  const space = trimmed.search(/\s/u);
  const name = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  const rest = space < 0 ? "" : trimmed.slice(space + 1);
  const names = optionNames(name);
  const options: Record<string, string> = {};
  if (names.length === 0) return { name, text: rest.trim(), options };
  const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join("|")}):\\s*`, "giu");
  const marks = [...rest.matchAll(pattern)];
  const text = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[(mark[1] ?? "").toLowerCase()] = rest.slice(start, end).trim();
  });
  return { name, text, options };
}
