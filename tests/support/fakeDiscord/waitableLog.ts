/** A log a test can wait on: items in arrival order, and promises that resolve with the first item that matches. */

interface Waiter<T> {
	match: (item: T) => boolean;
	resolve: (item: T) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

export class WaitableLog<T> {
	readonly items: T[] = [];
	private readonly waiters = new Set<Waiter<T>>();

	push(item: T): void {
		this.items.push(item);
		for (const waiter of [...this.waiters]) {
			if (safeMatch(waiter.match, item)) {
				this.waiters.delete(waiter);
				clearTimeout(waiter.timer);
				waiter.resolve(item);
			}
		}
	}

	/** Resolves with the first item, already logged or future, that matches; rejects with `describe()` after the time. */
	wait(match: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
		const existing = this.items.find((item) => safeMatch(match, item));
		if (existing !== undefined) return Promise.resolve(existing);
		return new Promise<T>((resolve, reject) => {
			const waiter: Waiter<T> = {
				match,
				resolve,
				reject,
				timer: setTimeout(() => {
					this.waiters.delete(waiter);
					reject(new Error(describe()));
				}, timeoutMs),
			};
			this.waiters.add(waiter);
		});
	}

	cancelAll(reason: string): void {
		for (const waiter of this.waiters) {
			clearTimeout(waiter.timer);
			waiter.reject(new Error(reason));
		}
		this.waiters.clear();
	}
}

/** A matcher that throws matches nothing: a test's bug must not break the stand-in. */
export function safeMatch<T>(match: (item: T) => boolean, item: T): boolean {
	try {
		return match(item);
	} catch {
		return false;
	}
}
