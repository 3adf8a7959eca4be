/**
 * Per-request fault injection for FakeDiscord, beyond `failNext`/`delayNext`: a status (with Discord's body and
 * headers), a delay, a request that is never answered, or a connection cut, before or after the request is handled.
 * "After" means the route ran (a message was created) and only the answer is lost: the case where the bot cannot know
 * whether Discord acted.
 *
 *   const plan = new FaultPlan(fake);
 *   plan.add({ method: 'POST', path: `/channels/${id}/messages` }, planned.rateLimited(1), Infinity);
 *   ...
 *   plan.dispose();
 */
import type { FakeDiscord } from './fakeDiscord.js';
import type { Interception } from './faults.js';
import { type FakeResponse, type RequestMatcher, matches } from './requests.js';

/** One fault. `handled`: the route runs (its side effects happen) before the exchange hangs or is cut. */
export type PlannedFault =
	| { kind: 'status'; response: FakeResponse }
	| { kind: 'delay'; ms: number }
	| { kind: 'hang'; handled: boolean }
	| { kind: 'drop'; handled: boolean };

/** Ready-made faults. */
export const planned = {
	/** 429 with `retry_after` in the body and `Retry-After` in the headers, scope `user` (per route). */
	rateLimited(retryAfterSeconds: number): PlannedFault {
		return {
			kind: 'status',
			response: {
				status: 429,
				headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
				body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
			},
		};
	},
	serverError(status = 500): PlannedFault {
		return { kind: 'status', response: { status, body: { message: 'Internal Server Error', code: 0 } } };
	},
	invalidFormBody(): PlannedFault {
		return { kind: 'status', response: { status: 400, body: { message: 'Invalid Form Body', code: 50035 } } };
	},
	status(status: number, code: number, message: string): PlannedFault {
		return { kind: 'status', response: { status, body: { message, code } } };
	},
	delay(ms: number): PlannedFault {
		return { kind: 'delay', ms };
	},
	hang(handled = false): PlannedFault {
		return { kind: 'hang', handled };
	},
	drop(handled = false): PlannedFault {
		return { kind: 'drop', handled };
	},
};

interface Entry {
	matcher: RequestMatcher;
	fault: PlannedFault;
	remaining: number;
}

function toInterception(fault: PlannedFault): Interception {
	switch (fault.kind) {
		case 'status':
			return { response: fault.response };
		case 'delay':
			return { delayMs: fault.ms };
		case 'hang':
			return { handle: fault.handled, end: 'hang' };
		case 'drop':
			return { handle: fault.handled, end: 'drop' };
	}
}

/** Faults by request: the first entry that matches and has uses left decides; entries are used in order added. */
export class FaultPlan {
	private readonly entries: Entry[] = [];
	private readonly remove: () => void;

	constructor(fake: FakeDiscord) {
		this.remove = fake.intercept((request) => {
			const entry = this.entries.find((candidate) => candidate.remaining > 0 && matches(candidate.matcher, request));
			if (!entry) return undefined;
			entry.remaining -= 1;
			return toInterception(entry.fault);
		});
	}

	/** The next `times` matching requests (every one with Infinity) get `fault`. */
	add(matcher: RequestMatcher, fault: PlannedFault, times = 1): this {
		this.entries.push({ matcher, fault, remaining: times });
		return this;
	}

	clear(): void {
		this.entries.length = 0;
	}

	/** Removes the plan from the fake. */
	dispose(): void {
		this.clear();
		this.remove();
	}
}
