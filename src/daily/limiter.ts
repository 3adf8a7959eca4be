/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait in arrival order. Hand-written (a dozen
 * lines) rather than a dependency such as p-limit: the scheduler needs nothing else from one.
 */
export class Limiter {
	private active = 0;
	private readonly waiting: (() => void)[] = [];

	/** @param limit - how many tasks may run at once (at least 1) */
	constructor(private readonly limit: number) {
		if (!Number.isInteger(limit) || limit < 1)
			throw new RangeError(`limiter: limit must be a positive integer, got ${limit}`);
	}

	/**
	 * @param task - started once a slot is free
	 * @returns the task's result
	 * @example
	 * const limiter = new Limiter(2);
	 * await Promise.all(urls.map((url) => limiter.run(() => fetch(url)))); // two at a time
	 */
	async run<T>(task: () => Promise<T>): Promise<T> {
		// A finishing task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
		if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
		else this.active += 1;
		try {
			return await task();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.active -= 1;
		}
	}
}
