/**
 * At most `size` requests waiting for an answer at once (SMPP's window); the rest queue in order
 * and each takes the slot a finished one leaves.
 */
export class RequestWindow {
  private inUse = 0;
  private readonly queue: { resolve(): void; reject(error: Error): void }[] = [];

  constructor(private readonly size: number) {}

  enter(): Promise<void> {
    if (this.inUse < this.size) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.queue.push({ resolve, reject }));
  }

  leave(): void {
    const next = this.queue.shift();
    // The slot passes straight to the next request, so the count stays.
    if (next) next.resolve();
    else this.inUse--;
  }

  /** Fails every request still queued for a slot. */
  refuseWaiting(error: Error): void {
    for (const waiting of this.queue.splice(0)) waiting.reject(error);
  }
}
