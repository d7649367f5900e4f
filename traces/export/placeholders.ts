/** The image placeholder of LLaMA-Factory and verl: each one consumes one image, in order. */
export const IMAGE_PLACEHOLDER = '<image>'

// LLaMA-Factory counts <video> and <audio> too, and verl splits on <video>: a page that happens to
// contain one of them as text would make the trainer look for media the example does not have.
const RESERVED_TAGS = /<(image|video|audio)>/g
const HAS_RESERVED_TAG = /<(?:image|video|audio)>/

/** Page text with every reserved placeholder written as HTML escapes, so only ours are counted. */
export function escapePlaceholders(text: string): string {
  // Pages rarely hold one: test first (replace would copy the page). One regex pass is also about ten
  // times faster than String#includes on a page with non-Latin-1 characters.
  return HAS_RESERVED_TAG.test(text) ? text.replace(RESERVED_TAGS, '&lt;$1&gt;') : text
}

/** The user text for trainers that read placeholders: one `<image>` per image, first, then the text. */
export function withImagePlaceholders(text: string, images: number): string {
  const escaped = escapePlaceholders(text)
  return images === 0 ? escaped : `${IMAGE_PLACEHOLDER.repeat(images)}\n${escaped}`
}

export function countPlaceholders(text: string, placeholder: string = IMAGE_PLACEHOLDER): number {
  let count = 0
  for (let at = text.indexOf(placeholder); at !== -1; at = text.indexOf(placeholder, at + placeholder.length))
    count++
  return count
}
