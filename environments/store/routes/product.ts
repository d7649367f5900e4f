import { z } from 'zod'
import type { Catalog } from '../catalog/catalog.js'
import { isAvailable, priceOf } from '../catalog/pricing.js'
import { OPTION_DIMENSIONS, type OptionSelection, type Product } from '../catalog/product.js'
import { resolveSelection } from '../catalog/resolve-selection.js'
import { intParam, lineIdParam, optional, textParam } from '../http/params.js'
import { errorReply, htmlReply } from '../http/reply.js'
import type { RequestContext } from '../http/request-context.js'
import { defineRoute } from '../http/route.js'
import { carouselPages } from '../pages/carousel.js'
import { productPage } from '../pages/product-page.js'
import type { SideSheetView } from '../pages/side-sheet.js'
import { productUrl } from '../pages/urls.js'
import { cartTotals, lineProduct } from '../session/cart.js'

const RELATED_COUNT = 24
const RELATED_PER_PAGE = 6

/** Products shown in "Products related to this item": same type first, then the same department. */
export function relatedProducts(catalog: Catalog, product: Product): Product[] {
  const score = (p: Product) => (p.noun === product.noun ? 2 : 0) + (p.brand === product.brand ? 1 : 0)
  return catalog.products
    .filter((p) => p.department === product.department && p.asin !== product.asin)
    .sort((a, b) => score(b) - score(a) || b.monthlySales - a.monthlySales || a.index - b.index)
    .slice(0, RELATED_COUNT)
}

const ProductQuerySchema = z.object({
  ...Object.fromEntries(OPTION_DIMENSIONS.map((d) => [d, optional(textParam(d, 100))])),
  sims: optional(intParam('sims', 1, 100)),
  added: optional(lineIdParam),
})
type ProductQuery = OptionSelection & { sims?: number | undefined; added?: string | undefined }

/** Amazon's product URLs: `/dp/<ASIN>`, also with a title slug in front (`/Some-Title/dp/<ASIN>`). */
export const PRODUCT_PATH = /^\/(?:[^/]+\/)?dp\/(?<asin>[^/]+)\/?$/

function sideSheetView(
  context: RequestContext,
  lineId: string | undefined,
  closeHref: string,
): SideSheetView | undefined {
  const session = context.session()
  const added = session?.active.find((line) => line.id === lineId)
  if (!session || !added) return undefined
  const { catalog } = context.app
  const toView = (line: typeof added) => {
    const product = lineProduct(catalog, line)
    return {
      product,
      selection: line.selection,
      quantity: line.quantity,
      unitPriceCents: priceOf(product, line.selection),
    }
  }
  const totals = cartTotals(catalog, session)
  return {
    added: toView(added),
    lines: session.active.map(toView),
    itemCount: totals.itemCount,
    subtotalCents: totals.subtotalCents,
    closeHref,
  }
}

export const productRoute = defineRoute<ProductQuery>({
  method: 'GET',
  path: PRODUCT_PATH,
  query: ProductQuerySchema as unknown as z.ZodType<ProductQuery>,
  handle({ query, params }, context) {
    const { catalog } = context.app
    const product = catalog.product(params.asin ?? '')
    if (!product) return errorReply(404, `There is no product with ASIN ${params.asin}.`)
    const chosen: OptionSelection = {}
    for (const dimension of OPTION_DIMENSIONS) {
      const value = query[dimension]
      if (value !== undefined) chosen[dimension] = value
    }
    const resolved = resolveSelection(product, chosen)
    if (resolved.kind === 'invalid') return errorReply(400, resolved.message)
    const related = relatedProducts(catalog, product)
    const pages = carouselPages({ products: related, perPage: RELATED_PER_PAGE })
    const simsPage = query.sims ?? 1
    if (simsPage > pages) return errorReply(400, `"sims" must be a page from 1 to ${pages}.`)
    const view = {
      product,
      selection: resolved.selection,
      available: isAvailable(product, resolved.selection),
      related: {
        id: 'sims-related',
        label: 'Products related to this item',
        products: related,
        page: simsPage,
        perPage: RELATED_PER_PAGE,
      },
      sideSheet: sideSheetView(context, query.added, productUrl(product.asin, chosen)),
      nav: context.nav({ department: undefined }),
      now: context.now(),
    }
    return htmlReply(productPage(view, catalog))
  },
})
