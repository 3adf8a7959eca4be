/** What the stand-in records of each REST request and answers to it, and how tests pick requests out. */
import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedFile {
	/** Multipart field name, e.g. `files[0]`. */
	field: string;
	name: string;
	contentType: string;
	data: Buffer;
}

export interface RecordedRequest {
	method: string;
	/** Decoded path relative to `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
	path: string;
	/** Pathname exactly as received (undecoded, with the `/api/v10` prefix). */
	rawPath: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	/** Parsed JSON body; for multipart the parsed `payload_json` part; raw text otherwise; null when empty. */
	body: unknown;
	files: RecordedFile[];
	at: number;
	/** Status the fake answered with. */
	status: number;
	/** False when no route matched (answered 404 `{ message: 'Unknown', code: 0 }`). */
	matched: boolean;
	/** True when answered by a `failNext` fault. */
	faulted: boolean;
}

export interface FakeResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

/** Either a predicate or a shorthand: exact method (case-insensitive) and exact path or RegExp on the path. */
export type RequestMatcher = ((request: RecordedRequest) => boolean) | { method?: string; path?: string | RegExp };

export function matches(matcher: RequestMatcher, request: RecordedRequest): boolean {
	if (typeof matcher === 'function') return matcher(request);
	if (matcher.method !== undefined && matcher.method.toUpperCase() !== request.method) return false;
	if (matcher.path !== undefined) {
		if (typeof matcher.path === 'string' ? matcher.path !== request.path : !matcher.path.test(request.path)) {
			return false;
		}
	}
	return true;
}

/** A Discord API error: `{ message, code }` with its HTTP status. */
export function apiError(status: number, code: number, message: string): FakeResponse {
	return { status, body: { message, code } };
}
