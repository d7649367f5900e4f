/**
 * Maps an async sequence with up to `concurrency` calls in flight and yields the results in input order:
 * screenshots re-encode on sharp's threads while the next prompts render, and the output stays the same
 * whatever the concurrency.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T>,
  concurrency: number,
  map: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const queue: Promise<R>[] = []
  for await (const item of items) {
    const result = map(item)
    // Awaited in order below; without a handler here a later failure would be reported as unhandled.
    result.catch(() => {})
    queue.push(result)
    if (queue.length >= concurrency) yield await (queue.shift() as Promise<R>)
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>)
}

/**
 * Starts fetching the next item as soon as one is handed out: a source reads a whole session (every
 * page of it) before yielding it, and without this the screenshots in flight would run dry meanwhile.
 */
export async function* readAhead<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]()
  let next = iterator.next()
  for (;;) {
    const result = await next
    if (result.done === true) return
    next = iterator.next()
    // Awaited on the next turn; without a handler here a failure would be reported as unhandled first.
    next.catch(() => {})
    yield result.value
  }
}
