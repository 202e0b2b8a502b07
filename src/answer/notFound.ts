// What a command says when its story or article option names nothing stored, or several stories
// equally: one line saying what was not found (or which stories fit) and what to do next (pick from the
// option's autocomplete list, or list what is there).
import type { StoredStory } from "../store/coverageStore.ts";
import { shortTitle } from "./cite.ts";
import type { AnswerError } from "./contract.ts";

const RIVAL_TITLE = 60;

export const noStory = (wanted: string): AnswerError => ({
  error: `No story matches "${wanted}": pick one from the list that opens as you type in the story option, or run /coverage with no story to see the latest stories.`,
});

export const noArticle = (wanted: string): AnswerError => ({
  error: `No stored article matches "${wanted}": pick one from the list that opens as you type in the article option, or run /sources to see every stored article.`,
});

export const manyStories = (wanted: string, stories: readonly StoredStory[]): AnswerError => ({
  error: `"${wanted}" fits ${stories.length} stories equally (${stories.map((s) => `“${shortTitle(s.title, RIVAL_TITLE)}”`).join(", ")}): pick one from the list that opens as you type in the story option, or add a word from its headline.`,
});
