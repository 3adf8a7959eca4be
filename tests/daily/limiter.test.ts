import { describe, expect, it } from 'vitest';
import { Limiter } from '../../src/daily/limiter.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
	let resolve = (): void => undefined;
	const promise = new Promise<void>((done) => (resolve = done));
	return { promise, resolve };
}

describe('Limiter.run', () => {
	it('runs at most `limit` tasks at once, the others in arrival order as slots free up', async () => {
		const limiter = new Limiter(2);
		const gates = [deferred(), deferred(), deferred(), deferred()];
		const started: number[] = [];
		const runs = gates.map((gate, index) =>
			limiter.run(async () => {
				started.push(index);
				await gate.promise;
				return index;
			}),
		);
		await Promise.resolve();
		expect(started).toEqual([0, 1]);
		gates[1]?.resolve();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(started).toEqual([0, 1, 2]);
		// A newcomer does not overtake the waiters when a slot frees.
		const late = limiter.run(async () => {
			started.push(99);
			return 99;
		});
		gates[0]?.resolve();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(started).toEqual([0, 1, 2, 3]);
		gates[2]?.resolve();
		gates[3]?.resolve();
		expect(await Promise.all([...runs, late])).toEqual([0, 1, 2, 3, 99]);
	});

	it('frees the slot of a task that throws', async () => {
		const limiter = new Limiter(1);
		await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await limiter.run(() => Promise.resolve('next'))).toBe('next');
	});

	it('refuses a limit below 1', () => {
		expect(() => new Limiter(0)).toThrow(/^limiter: /);
	});
});
