/**
 * Token estimates without a tokenizer: prompts go to many models, and the budget needs to be cheap and
 * deterministic rather than exact. English prose is about 4 characters per token in the common BPE
 * vocabularies; simplified HTML is denser (names and attributes split into more tokens), so a budget
 * should leave some headroom below the model's real context length.
 */
export const CHARS_PER_TOKEN = 4

/** Chat templates add a few tokens per message (role markers, separators). */
export const TOKENS_PER_MESSAGE = 4

/** Vision encoders of the Qwen2-VL family use one token per 28 × 28 pixel patch. */
export const PIXELS_PER_IMAGE_TOKEN = 28 * 28

/** `ceil(characters / 4)`: a stable heuristic, counted in UTF-16 code units. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN)
}

export function estimateImageTokens(width: number, height: number): number {
  return Math.ceil((width * height) / PIXELS_PER_IMAGE_TOKEN)
}
