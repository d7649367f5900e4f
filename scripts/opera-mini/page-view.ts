import type { PageMeta } from '../../traces/index.js'

/** What a step observes: the page's URL, its simplified HTML and its page_meta. */
export interface PageView {
  url: string
  html: string
  pageMeta: PageMeta
}
