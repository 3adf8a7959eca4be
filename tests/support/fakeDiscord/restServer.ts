/**
 * The REST side of the stand-in: each HTTP request is read (JSON, multipart or text), recorded, put to the faults,
 * answered by a route, told to the listeners, held back by any delay and then answered, never, or cut off.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultInjector } from './faults.js';
import {
	type FakeResponse,
	type RecordedFile,
	type RecordedRequest,
	type RequestMatcher,
	matches,
} from './requests.js';
import type { RouteTable } from './routes.js';
import { WaitableLog, safeMatch } from './waitableLog.js';

const API_PREFIX = '/api/v10';

export class RestServer {
	/** Every REST request, in arrival order. */
	readonly requests: RecordedRequest[];
	private readonly requestLog = new WaitableLog<RecordedRequest>();
	private readonly listeners = new Set<(request: RecordedRequest) => void>();
	private readonly timers = new Set<NodeJS.Timeout>();

	constructor(
		private readonly port: number,
		private readonly routes: RouteTable,
		private readonly faults: FaultInjector,
	) {
		this.requests = this.requestLog.items;
	}

	/** The HTTP server's `request` listener. */
	async onHttpRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks);
		const { body, files } = await parseBody(req.headers['content-type'], raw);
		let decoded = url.pathname;
		try {
			decoded = decodeURIComponent(url.pathname);
		} catch {
			// keep the raw pathname
		}
		const inApi = decoded === API_PREFIX || decoded.startsWith(`${API_PREFIX}/`);
		const record: RecordedRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path: inApi ? decoded.slice(API_PREFIX.length) || '/' : decoded,
			rawPath: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body,
			files,
			at: Date.now(),
			status: 0,
			matched: false,
			faulted: false,
		};

		const decision = this.faults.decide(record);
		record.faulted = decision.faulted;
		const response: FakeResponse = decision.response ?? this.routes.route(record, inApi);
		record.status = response.status;
		this.requestLog.push(record);
		for (const listener of [...this.listeners]) {
			try {
				listener(record);
			} catch {
				// a listener's bug must not change what the client under test is answered
			}
		}

		if (decision.delayMs > 0) {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(() => {
					this.timers.delete(timer);
					resolve();
				}, decision.delayMs);
				this.timers.add(timer);
			});
		}
		if (res.destroyed) return;
		if (decision.end === 'hang') return; // answered never; the socket closes with the client or on close()
		if (decision.end === 'drop') {
			res.socket?.destroy();
			return;
		}
		const headers: Record<string, string> = { ...response.headers };
		if (response.body === undefined || response.status === 204) {
			res.writeHead(response.status, headers);
			res.end();
			return;
		}
		headers['content-type'] ??= 'application/json';
		res.writeHead(response.status, headers);
		res.end(JSON.stringify(response.body));
	}

	/** Resolves with the first recorded request (already recorded or future) that matches. */
	waitForRequest(matcher: RequestMatcher, timeoutMs: number): Promise<RecordedRequest> {
		return this.requestLog.wait(
			(request) => matches(matcher, request),
			timeoutMs,
			() =>
				`FakeDiscord: no matching REST request within ${timeoutMs} ms. Recorded: ${
					this.requests.map((request) => `${request.method} ${request.path} -> ${request.status}`).join(', ') || 'none'
				}`,
		);
	}

	requestsMatching(matcher: RequestMatcher): RecordedRequest[] {
		return this.requests.filter((request) => safeMatch((item: RecordedRequest) => matches(matcher, item), request));
	}

	unhandledRequests(): RecordedRequest[] {
		return this.requests.filter((request) => !request.matched && !request.faulted);
	}

	clearRequests(): void {
		this.requests.length = 0;
	}

	onRequest(listener: (request: RecordedRequest) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	/** Rejects every pending `waitForRequest`. */
	cancelWaiters(reason: string): void {
		this.requestLog.cancelAll(reason);
	}

	/** Drops the delays still holding answers back (their exchanges never end). */
	clearTimers(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}
}

async function parseBody(
	contentType: string | undefined,
	raw: Buffer,
): Promise<{ body: unknown; files: RecordedFile[] }> {
	const files: RecordedFile[] = [];
	if (raw.length === 0) return { body: null, files };
	const type = contentType ?? '';
	if (type.startsWith('multipart/form-data')) {
		const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
		let body: unknown = null;
		for (const [field, value] of form.entries()) {
			if (typeof value === 'string') {
				if (field === 'payload_json') body = parseJson(value);
				continue;
			}
			files.push({
				field,
				name: value.name,
				contentType: value.type,
				data: Buffer.from(await value.arrayBuffer()),
			});
		}
		return { body, files };
	}
	const text = raw.toString('utf8');
	return { body: type.includes('json') ? parseJson(text) : text, files };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
