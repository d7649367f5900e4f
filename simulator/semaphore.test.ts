import { describe, expect, it } from 'vitest'
import { createSemaphore } from './semaphore.js'

describe('createSemaphore', () => {
  it('holds at most limit, hands slots over in order, and tolerates a double release', async () => {
    const semaphore = createSemaphore(2)
    const first = await semaphore.acquire()
    const second = await semaphore.acquire()
    const order: number[] = []
    const third = semaphore.acquire().then((release) => {
      order.push(3)
      return release
    })
    const fourth = semaphore.acquire().then((release) => {
      order.push(4)
      return release
    })
    expect(semaphore.inUse).toBe(2)
    first()
    first()
    const releaseThird = await third
    expect(order).toEqual([3])
    second()
    ;(await fourth)()
    releaseThird()
    expect(order).toEqual([3, 4])
    expect(semaphore.inUse).toBe(0)
  })

  it('drops a waiter whose signal aborts', async () => {
    const semaphore = createSemaphore(1)
    const release = await semaphore.acquire()
    const controller = new AbortController()
    const waiting = semaphore.acquire(controller.signal)
    controller.abort(new Error('gone'))
    await expect(waiting).rejects.toThrow('gone')
    release()
    expect(semaphore.inUse).toBe(0)
    expect(() => createSemaphore(0)).toThrow(RangeError)
  })

  it('serves the lowest priority first, arrival order within one', async () => {
    const semaphore = createSemaphore(1)
    const held = await semaphore.acquire()
    const order: string[] = []
    const wait = (label: string, priority?: number) =>
      semaphore.acquire(undefined, priority).then((release) => {
        order.push(label)
        release()
      })
    const all = Promise.all([wait('a', 5), wait('b', 1), wait('c'), wait('d', 1), wait('e', 5)])
    held()
    await all
    expect(order).toEqual(['c', 'b', 'd', 'a', 'e'])
    expect(semaphore.inUse).toBe(0)
  })
})
