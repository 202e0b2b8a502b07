// When two headlines are the same headline, for both backends: a title compared without case,
// apostrophe style or spacing.

export const headlineKey = (title: string): string => title.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, " ").trim();
