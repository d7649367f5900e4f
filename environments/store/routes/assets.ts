import { errorReply } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { isPictureSize } from '../images/picture-size.js'
import { IMAGE_SIZE } from '../images/product-image-svg.js'
import { STORE_CSS } from '../pages/store-css.js'
import { STORE_JS } from '../pages/store-js.js'

const DAY_SECONDS = 86_400

export const stylesheetRoute = defineRoute({
  method: 'GET',
  path: '/static/store.css',
  handle: () => ({
    kind: 'asset',
    contentType: 'text/css; charset=utf-8',
    body: STORE_CSS,
    maxAgeSeconds: 3600,
  }),
})

export const scriptRoute = defineRoute({
  method: 'GET',
  path: '/static/store.js',
  handle: () => ({
    kind: 'asset',
    contentType: 'text/javascript; charset=utf-8',
    body: STORE_JS,
    maxAgeSeconds: 3600,
  }),
})

/**
 * `/images/<asin>.jpg` and `/images/<asin>-<colour>.jpg` (the full picture), and either with `._SS<size>_`
 * before `.jpg` for one of the sizes the pages show; rendered on first request.
 */
export const imageRoute = defineRoute({
  method: 'GET',
  path: /^\/images\/(?<name>[A-Za-z0-9-]{10,80})(?:\._SS(?<size>\d{1,4})_)?\.jpg$/,
  async handle({ params }, context) {
    const size = params.size === undefined ? IMAGE_SIZE : Number(params.size)
    const image =
      params.size === undefined || isPictureSize(size)
        ? context.app.images.get(params.name ?? '', size)
        : undefined
    if (!image)
      return errorReply(
        404,
        `There is no picture ${params.name}${params.size === undefined ? '' : ` at ${params.size} px`}.`,
      )
    return { kind: 'asset', contentType: 'image/jpeg', body: await image, maxAgeSeconds: DAY_SECONDS }
  },
})
