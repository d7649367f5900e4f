import { errorReply } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
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

/** `/images/<asin>.jpg` and `/images/<asin>-<colour>.jpg`, rendered on first request. */
export const imageRoute = defineRoute({
  method: 'GET',
  path: /^\/images\/(?<name>[A-Za-z0-9-]{10,80})\.jpg$/,
  async handle({ params }, context) {
    const image = context.app.images.get(params.name ?? '')
    if (!image) return errorReply(404, `There is no picture ${params.name}.jpg.`)
    return { kind: 'asset', contentType: 'image/jpeg', body: await image, maxAgeSeconds: DAY_SECONDS }
  },
})
