import { z } from 'zod'
import { intParam, optional } from '../http/params.js'
import { errorReply, htmlReply } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { REVIEWS_PER_PAGE, reviewsPage } from '../pages/reviews-page.js'

export const reviewsRoute = defineRoute<{ page?: number | undefined; stars?: number | undefined }>({
  method: 'GET',
  path: /^\/product-reviews\/(?<asin>[^/]+)\/?$/,
  query: z.object({ page: optional(intParam('page', 1, 10_000)), stars: optional(intParam('stars', 1, 5)) }),
  handle({ query, params }, context) {
    const product = context.app.catalog.product(params.asin ?? '')
    if (!product) return errorReply(404, `There is no product with ASIN ${params.asin}.`)
    const matching = product.reviews.filter((r) => query.stars === undefined || r.stars === query.stars)
    const totalPages = Math.max(1, Math.ceil(matching.length / REVIEWS_PER_PAGE))
    const page = query.page ?? 1
    if (page > totalPages)
      return errorReply(
        404,
        `Page ${page} does not exist: these reviews have ${totalPages} page${totalPages === 1 ? '' : 's'}.`,
      )
    return htmlReply(
      reviewsPage({
        product,
        reviews: matching.slice((page - 1) * REVIEWS_PER_PAGE, page * REVIEWS_PER_PAGE),
        page,
        totalPages,
        stars: query.stars,
        nav: context.nav(),
      }),
    )
  },
})
