// What story grouping reads of an analysed article, taken the same way by both backends.
import type { ArticleAnalysis } from "../../model/analysis.ts";
import type { StorySource } from "../../nlp/stories/features.ts";

export function storySource({ article, entities }: ArticleAnalysis): StorySource {
  return { ...article, names: entities.map((e) => ({ name: e.name, mentions: e.mentions.length })) };
}
