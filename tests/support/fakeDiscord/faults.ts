/**
 * Faults the stand-in injects into REST answers: ready-made Discord errors (`faults`), the `failNext`/`delayNext`
 * queue, and interceptors (the extension point `faultPlan.ts` builds on), which are asked first.
 */
import { type FakeResponse, type RecordedRequest, type RequestMatcher, matches } from './requests.js';
import { safeMatch } from './waitableLog.js';

/** Ready-made fault responses for `failNext`. */
export const faults = {
	/** 429 that @discordjs/rest retries after `retryAfterSeconds`. */
	rateLimited(retryAfterSeconds = 0.05, scope: 'user' | 'global' | 'shared' = 'user'): FakeResponse {
		const headers: Record<string, string> = {
			'retry-after': String(retryAfterSeconds),
			'x-ratelimit-scope': scope,
		};
		if (scope === 'global') headers['x-ratelimit-global'] = 'true';
		return {
			status: 429,
			headers,
			body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: scope === 'global' },
		};
	},
	/** 5xx. Note @discordjs/rest retries 5xx `retries` times (default 3): use times = 4 to surface the error. */
	serverError(status = 500): FakeResponse {
		return { status, body: { message: 'Internal Server Error', code: 0 } };
	},
	unknownInteraction(): FakeResponse {
		return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
	},
	alreadyAcknowledged(): FakeResponse {
		return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
	},
	unknownMessage(): FakeResponse {
		return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
	},
	missingPermissions(): FakeResponse {
		return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
	},
};

/**
 * What an interceptor (see `FakeDiscord.intercept`) decides for one REST request. `response` answers instead of the
 * route (the route does not run); `handle: false` without a response means the request is never handled. `delayMs`
 * holds the answer back; `end` says how the exchange ends: answered (default), never answered, or the connection cut.
 */
export interface Interception {
	response?: FakeResponse;
	handle?: boolean;
	delayMs?: number;
	end?: 'answer' | 'hang' | 'drop';
}

export type Interceptor = (request: RecordedRequest) => Interception | undefined;

/** What the faults decided for one request: an answer instead of the route's (if any), a delay, how it ends. */
export interface FaultDecision {
	response: FakeResponse | undefined;
	delayMs: number;
	faulted: boolean;
	end: Interception['end'];
}

interface Fault {
	matcher: RequestMatcher;
	remaining: number;
	response: FakeResponse | undefined;
	delayMs: number;
}

/** The interceptors and the `failNext`/`delayNext` queue, asked in that order about every request. */
export class FaultInjector {
	private readonly interceptors: Interceptor[] = [];
	private readonly faultList: Fault[] = [];

	/** Adds an interceptor; the first one that returns an interception decides. Returns a function that removes it. */
	intercept(interceptor: Interceptor): () => void {
		this.interceptors.push(interceptor);
		return () => {
			const index = this.interceptors.indexOf(interceptor);
			if (index >= 0) this.interceptors.splice(index, 1);
		};
	}

	failNext(matcher: RequestMatcher, response: FakeResponse, times: number): void {
		this.faultList.push({ matcher, remaining: times, response, delayMs: 0 });
	}

	delayNext(matcher: RequestMatcher, delayMs: number, times: number): void {
		this.faultList.push({ matcher, remaining: times, response: undefined, delayMs });
	}

	clear(): void {
		this.faultList.length = 0;
	}

	/**
	 * Decides for one request, using up the faults that apply: an interception decides alone; otherwise every queued
	 * delay that matches adds up and the first queued response that matches answers.
	 */
	decide(record: RecordedRequest): FaultDecision {
		const interception = this.interceptionFor(record);
		if (interception) {
			return {
				response: interception.response ?? (interception.handle === false ? { status: 0 } : undefined),
				delayMs: interception.delayMs ?? 0,
				faulted: interception.response !== undefined || interception.handle === false,
				end: interception.end,
			};
		}
		let delayMs = 0;
		let response: FakeResponse | undefined;
		let faulted = false;
		for (const fault of [...this.faultList]) {
			if (fault.remaining <= 0 || !safeMatch((item: RecordedRequest) => matches(fault.matcher, item), record)) continue;
			if (fault.response && response) continue;
			fault.remaining -= 1;
			if (fault.remaining <= 0) this.faultList.splice(this.faultList.indexOf(fault), 1);
			if (fault.response) {
				response = fault.response;
				faulted = true;
			} else {
				delayMs += fault.delayMs;
			}
		}
		return { response, delayMs, faulted, end: undefined };
	}

	private interceptionFor(request: RecordedRequest): Interception | undefined {
		for (const interceptor of [...this.interceptors]) {
			let interception: Interception | undefined;
			try {
				interception = interceptor(request);
			} catch {
				interception = undefined; // a throwing interceptor is ignored, like a throwing matcher
			}
			if (interception) return interception;
		}
		return undefined;
	}
}
