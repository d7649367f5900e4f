/**
 * A tiny builder for pages in OPeRA's simplified-HTML scheme. It mirrors what the authors' extension
 * does when it copies a recipe-matched element: a name is the dot-joined path of the named ancestors
 * plus the element's own segment, a text-derived segment is slugged, and an empty one resets the path.
 */

/** Attributes the extension keeps (`checked` / `selected` are the ones it writes itself). */
export type KeptAttribute =
  | 'alt'
  | 'title'
  | 'type'
  | 'value'
  | 'role'
  | 'aria-label'
  | 'aria-hidden'
  | 'aria-selected'
  | 'href'
  | 'checked'
  | 'selected'

export interface Node {
  tag: string
  /** A fixed recipe word (`nav_bar`), or a segment derived from text (an empty one gives `name=""`). */
  name?: string | { fromText: string }
  attrs?: Partial<Record<KeptAttribute, string>>
  /** A semantic class the recipe sets (`product-name`, `product-price`, `search-result`...). */
  class?: string
  /** Text content; it comes before the children, as the extension sets it before appending them. */
  text?: string
  children?: Node[]
}

/** OPeRA's slug: lowercase, every run of non-word characters becomes `_`, outer `_` trimmed. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\W+/g, '_')
    .replace(/^_+|_+$/g, '')
}

// Elements the extension can emit that HTML serializes without content or closing tag.
const VOID_TAGS = new Set(['input', 'img', 'br', 'hr'])

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;')
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;')
}

/** The full name a node gets under `prefix`, or undefined when the node carries no name. */
export function nameUnder(node: Node, prefix: string): string | undefined {
  if (node.name === undefined) return undefined
  const segment = typeof node.name === 'string' ? node.name : slug(node.name.fromText)
  if (segment === '') return ''
  return prefix === '' ? segment : `${prefix}.${segment}`
}

/** Serializes a node as `outerHTML` would: no whitespace between elements, as the extension builds them. */
export function render(node: Node, prefix = ''): string {
  const name = nameUnder(node, prefix)
  const attributes: [string, string][] = []
  if (name !== undefined) attributes.push(['name', name])
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined) attributes.push([key, value])
  }
  if (node.class !== undefined) attributes.push(['class', node.class])
  const open = `<${node.tag}${attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')}>`
  if (VOID_TAGS.has(node.tag)) return open
  const childPrefix = name ?? prefix
  const inner =
    escapeText(node.text ?? '') + (node.children ?? []).map((child) => render(child, childPrefix)).join('')
  return `${open}${inner}</${node.tag}>`
}

/** An unnamed element: it passes its parent's name on to its children. */
export function el(tag: string, options: Omit<Node, 'tag' | 'children'> = {}, ...children: Node[]): Node {
  return { tag, ...options, children }
}

/** An element named by a fixed recipe word. */
export function named(
  tag: string,
  word: string,
  options: Omit<Node, 'tag' | 'name' | 'children'> = {},
  ...children: Node[]
): Node {
  return { tag, name: word, ...options, children }
}

/** An element whose name segment is derived from `nameText` (the recipe's `from_text`). */
export function fromText(
  tag: string,
  nameText: string,
  options: Omit<Node, 'tag' | 'name' | 'children'> = {},
  ...children: Node[]
): Node {
  return { tag, name: { fromText: nameText }, ...options, children }
}

export function text(
  tag: string,
  content: string,
  options: Omit<Node, 'tag' | 'text' | 'children'> = {},
): Node {
  return { tag, text: content, ...options }
}

/** List items with a `<split-marker>` between them, as recipes with `insert_split_marker` emit. */
export function splitList(items: Node[]): Node[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [{ tag: 'split-marker' }, item]))
}

/**
 * A `<select>` as the extension rewrites it: a `X.open_drop_down_list` span showing the current choice,
 * then one `<a name="X.<value>" value selected>` per option. Note that an HTML parser drops the span and
 * the links (they are not allowed inside `<select>`); the real dataset has the same markup.
 */
export function select(word: string, options: readonly string[], selected: string): Node {
  return named(
    'select',
    word,
    {},
    text('span', selected, { name: 'open_drop_down_list' }),
    ...options.map((value) =>
      text('a', value, { name: value, attrs: { value, selected: String(value === selected) } }),
    ),
  )
}

/** The document every OPeRA page is: `<html><head></head><body>...</body></html>`. */
export function page(...body: Node[]): string {
  return render(el('html', {}, el('head'), el('body', {}, ...body)))
}
