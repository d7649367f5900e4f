export interface PageRecorderInput {
  /** The exposed binding that carries messages (PageMessage) to the recorder. */
  binding: string
  /** The attribute the simplifier marks named elements with. */
  attribute: string
  redacted: string
  /** A change is reported once the page has been quiet this long ... */
  quietMs: number
  /** ... or this long after the first unreported change, on pages that never stop moving. */
  maxWaitMs: number
  isSecret: (element: Element) => boolean
}

/**
 * Runs INSIDE every document of the recorded tab (an init script; serialised with toString, so it must stay
 * self-contained). Listens in the capture phase, before the page's own handlers can stop an event, and
 * names each action by its target's nearest element marked by the last observation. Typed secrets are
 * replaced here, so they never leave the page.
 */
export function pageRecorder(input: PageRecorderInput): void {
  if (window.top !== window) return
  const slots = window as unknown as Record<string, unknown>
  const binding = slots[input.binding]
  if (typeof binding !== 'function') return
  const send = (message: Record<string, unknown>): void => {
    Promise.resolve((binding as (message: unknown) => unknown)(message)).catch(() => undefined)
  }
  const namedAncestor = (target: EventTarget | null): Element | null => {
    const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null
    return element?.closest(`[${input.attribute}]`) ?? null
  }
  const nameOf = (element: Element): string => element.getAttribute(input.attribute) ?? ''

  // Both flags last until the current task ends: what the browser does in response to an event (a
  // label's click forwarded to its control, a form submitted by Enter) happens within that task.
  let clickInDispatch = false
  let enterInDispatch = false
  const forTheTask = (set: (on: boolean) => void) => {
    set(true)
    window.setTimeout(() => set(false), 0)
  }
  document.addEventListener(
    'click',
    (event) => {
      // Clicks made by page scripts are not the person's; nor is the click a label forwards to its
      // control, nor the click on the submit button by which Enter in a text field submits its form.
      const byKeyboard = event.detail === 0 && event.screenX === 0 && event.screenY === 0
      if (!event.isTrusted || clickInDispatch || (byKeyboard && enterInDispatch)) return
      forTheTask((on) => {
        clickInDispatch = on
      })
      const element = namedAncestor(event.target)
      if (element === null) return send({ type: 'unnamed', what: 'click' })
      send({
        type: 'click',
        name: nameOf(element),
        ...(!byKeyboard && {
          point: {
            clientX: event.clientX,
            clientY: event.clientY,
            pageX: event.pageX,
            pageY: event.pageY,
            screenX: event.screenX,
            screenY: event.screenY,
          },
        }),
      })
    },
    true,
  )

  const NOT_TEXT = new Set(['checkbox', 'radio', 'submit', 'button', 'image', 'hidden', 'reset', 'file'])
  const takesText = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type))
  const committed = new WeakMap<Element, string>()
  // OPeRA's input is "type and submit": the text counts once the person submits it (Enter) or leaves the
  // field having changed it; Enter followed by the change on blur is one input, not two.
  const commitText = (field: HTMLInputElement | HTMLTextAreaElement): void => {
    const value = field.value
    if (value === '' || committed.get(field) === value) return
    committed.set(field, value)
    const element = namedAncestor(field)
    if (element === null) {
      send({ type: 'unnamed', what: 'input' })
      return
    }
    const secret = input.isSecret(field)
    send({ type: 'input', name: nameOf(element), text: secret ? input.redacted : value, redacted: secret })
  }
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.isComposing || !(event.target instanceof HTMLInputElement)) return
      if (!takesText(event.target)) return
      forTheTask((on) => {
        enterInDispatch = on
      })
      commitText(event.target)
    },
    true,
  )
  document.addEventListener(
    'change',
    (event) => {
      const field = event.target
      // A choice in a <select> is a click on the option, as the simplified page names options.
      if (field instanceof HTMLSelectElement) {
        const option = field.selectedOptions[0]
        const name = option?.getAttribute(input.attribute)
        return send(name ? { type: 'click', name } : { type: 'unnamed', what: 'click' })
      }
      if (takesText(field)) commitText(field)
    },
    true,
  )
  // Card numbers would show in screenshots; draw them as dots, as the browser draws passwords.
  const masked = new WeakSet<Element>()
  document.addEventListener(
    'input',
    (event) => {
      const field = event.target
      if (!takesText(field) || masked.has(field) || !input.isSecret(field)) return
      masked.add(field)
      if (!(field instanceof HTMLInputElement && field.type === 'password'))
        field.style.setProperty('-webkit-text-security', 'disc')
    },
    true,
  )

  let timer: number | undefined
  let firstChangeAt = 0
  const changed = (reason: 'load' | 'dom' | 'scroll' | 'resize'): void => {
    const now = performance.now()
    if (timer === undefined) firstChangeAt = now
    else window.clearTimeout(timer)
    const wait = Math.max(0, Math.min(input.quietMs, firstChangeAt + input.maxWaitMs - now))
    timer = window.setTimeout(() => {
      timer = undefined
      send({ type: 'changed', reason })
    }, wait)
  }
  // Observing touches the page in two ways that are not changes of it: the simplifier marks names, and
  // Playwright hides the caret while it takes a screenshot.
  const withoutCaret = (style: string | null) =>
    (style ?? '').replace(/caret-color:\s*transparent\s*!important;?/g, '').trim()
  const ownTouch = (record: MutationRecord): boolean =>
    record.type === 'attributes' &&
    (record.attributeName === input.attribute ||
      (record.attributeName === 'style' &&
        withoutCaret(record.oldValue) === withoutCaret((record.target as Element).getAttribute('style'))))
  new MutationObserver((records) => {
    if (!records.every(ownTouch)) changed('dom')
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
  })
  window.addEventListener('scroll', () => changed('scroll'), { capture: true, passive: true })
  window.addEventListener('resize', () => changed('resize'))
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => changed('load'), { once: true })
  else changed('load')
}
