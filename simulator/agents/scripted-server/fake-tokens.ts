/**
 * A stand-in tokenizer: a word with its leading space, a run of digits, or one punctuation mark is a token.
 * Close enough to BPE counts for usage figures, and stable, so tests can predict them.
 */
const TOKEN_PATTERN = /\s*[\p{L}_]+|\s*\p{N}{1,3}|\s*[^\s\p{L}\p{N}_]|\s+/gu

export function fakeTokens(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? []
}

/** What an image costs in the prompt, as OpenAI bills a low-detail image. */
export const IMAGE_PROMPT_TOKENS = 85
