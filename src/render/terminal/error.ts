// An answer's error (an unknown article, an empty store) as one clear terminal line.
import type { AnswerError } from "../../answer/contract.ts";

export const errorToTerminal = (error: AnswerError): string => `Error: ${error.error}`;
