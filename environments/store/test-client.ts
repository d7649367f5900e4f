import { type CheerioAPI, load } from 'cheerio'
import { SESSION_COOKIE } from './session/session-cookie.js'

export interface Fetched {
  status: number
  headers: Headers
  text: string
  $: CheerioAPI
  /** Where a 303 points, if it is one. */
  location: string | undefined
}

/**
 * A shopper for tests: real HTTP with fetch, keeping the session cookie like a browser context does.
 * Redirects are not followed automatically, so tests can check them; `follow` does.
 */
export class StoreClient {
  cookie: string | undefined

  constructor(
    readonly baseUrl: string,
    cookie?: string,
  ) {
    this.cookie = cookie
  }

  get sessionId(): string | undefined {
    return this.cookie?.split('=')[1]?.split('.')[0]
  }

  async request(path: string, init: RequestInit = {}): Promise<Fetched> {
    const headers = new Headers(init.headers)
    if (this.cookie !== undefined && !headers.has('cookie')) headers.set('cookie', this.cookie)
    const response = await fetch(this.baseUrl + path, { ...init, headers, redirect: 'manual' })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie?.startsWith(`${SESSION_COOKIE}=`)) this.cookie = setCookie.split(';')[0]
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      text,
      $: load(text),
      location: response.headers.get('location') ?? undefined,
    }
  }

  get(path: string): Promise<Fetched> {
    return this.request(path)
  }

  post(path: string, form: Record<string, string> | URLSearchParams): Promise<Fetched> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    })
  }

  /** Posts a form and loads the page its 303 points to (what a browser does). */
  async submit(
    path: string,
    form: Record<string, string> | URLSearchParams,
  ): Promise<Fetched & { posted: Fetched }> {
    const posted = await this.post(path, form)
    if (posted.status !== 303 || posted.location === undefined)
      throw new Error(
        `POST ${path} answered ${posted.status}, not a redirect: ${posted.$('#store-error-message').text()}`,
      )
    return { ...(await this.get(posted.location)), posted }
  }
}
