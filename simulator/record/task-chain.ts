/**
 * Runs tasks one at a time in the order they were queued, so the page is observed, asked and recorded in
 * the order things happened. A task's failure is its caller's to handle; the chain goes on.
 */
export class TaskChain {
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  get size(): number {
    return this.pending
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++
    const result = this.tail.then(task)
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.pending--
      })
    return result
  }

  /** Resolves once every task queued so far (and any they queued) has finished. */
  async drained(): Promise<void> {
    while (this.pending > 0) await this.tail
  }
}
