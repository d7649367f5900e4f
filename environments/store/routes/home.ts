import { z } from 'zod'
import { intParam, optional } from '../http/params.js'
import { errorReply, htmlReply } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { HOME_CAROUSEL_KEYS, type HomeCarouselKey, homeCarouselPages, homePage } from '../pages/home-page.js'

type HomeQuery = Partial<Record<HomeCarouselKey, number>>

export const homeRoute = defineRoute<HomeQuery>({
  method: 'GET',
  path: '/',
  query: z.object(
    Object.fromEntries(HOME_CAROUSEL_KEYS.map((k) => [k, optional(intParam(k, 1, 100))])),
  ) as z.ZodType<HomeQuery>,
  handle({ query }, context) {
    const { home } = context.app
    const pages = {} as Record<HomeCarouselKey, number>
    for (const key of HOME_CAROUSEL_KEYS) {
      const page = query[key] ?? 1
      const max = homeCarouselPages(home, key)
      if (page > max) return errorReply(400, `"${key}" must be a page from 1 to ${max}.`)
      pages[key] = page
    }
    return htmlReply(homePage(home, pages, context.nav()))
  },
})
