/**
 * Serialised access to one shared line (an RS-485 bus or its TCP bridge): the bus is half-duplex and its boards
 * answer in the order they were asked, so exactly one request may be in flight; everything else waits in order.
 */
export class LineQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Runs `task` once every earlier task has settled; a failing task does not stop the queue. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => this.settle(),
      () => this.settle(),
    );
    return result;
  }

  /** Tasks queued or running. */
  get length(): number {
    return this.waiting;
  }

  private settle(): void {
    this.waiting -= 1;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
