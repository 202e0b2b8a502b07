// A person or organisation in the coverage: its canonical name, the other names it goes by, what
// the coverage says it is, and where it is mentioned.
import { z } from "zod";

export const MentionSchema = z.object({
  article: z.string(),
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const EntityKindSchema = z.enum(["person", "organisation"]);

export const EntitySchema = z.object({
  /** Stable id: slug of the canonical name. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Other ways the coverage names it: surname, titled forms, short forms. */
  aliases: z.array(z.string()),
  /** The appositive or title the article gives ("Kremlin spokesman"). */
  description: z.string().optional(),
  gender: z.enum(["male", "female"]).optional(),
  mentions: z.array(MentionSchema),
});

export type Mention = z.infer<typeof MentionSchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Entity = z.infer<typeof EntitySchema>;
