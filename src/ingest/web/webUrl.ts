// Telling a web address from a file path among the sources given to ingest: http(s) URLs are fetched.
export const isWebUrl = (source: string): boolean => /^https?:\/\/\S+$/iu.test(source);
