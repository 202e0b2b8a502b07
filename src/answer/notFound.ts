// What a command says when its story or article option names nothing stored: one line saying what was
// not found and what to do next (pick from the option's autocomplete list, or list what is there).
import type { AnswerError } from "./contract.ts";

export const noStory = (wanted: string): AnswerError => ({
  error: `No story matches "${wanted}": pick one from the list that opens as you type in the story option, or run /coverage with no story to see the latest stories.`,
});

export const noArticle = (wanted: string): AnswerError => ({
  error: `No stored article matches "${wanted}": pick one from the list that opens as you type in the article option, or run /sources to see every stored article.`,
});
