// An answer's error (an unknown article, an empty store) as one clear terminal line, made inert.
import type { AnswerError } from "../../answer/contract.ts";
import { inertText } from "../inertText.ts";

export const errorToTerminal = (error: AnswerError): string => inertText(`Error: ${error.error}`);
