/**
 * The REST route table: `:param` patterns by method, the built-in routes first registered and the ones a test adds
 * (`FakeDiscord.addRoute`) put before them, and the bot-token check Discord makes on every authenticated route.
 */
import { type FakeResponse, type RecordedRequest, apiError } from './requests.js';

export type RouteHandler = (request: RecordedRequest, params: Record<string, string>) => FakeResponse;

interface Route {
	method: string;
	parts: string[];
	handler: RouteHandler;
}

function partsOf(pattern: string): string[] {
	return pattern.split('/').filter((part) => part.length > 0);
}

export class RouteTable {
	private readonly routes: Route[] = [];

	/** @param token - when set, authenticated routes answer 401 to any other bot token */
	constructor(private readonly token: string | undefined) {}

	/** Adds a route after those already there. */
	on(method: string, pattern: string, handler: RouteHandler): void {
		this.routes.push({ method, parts: partsOf(pattern), handler });
	}

	/** Adds a route that takes precedence over those already there. */
	first(method: string, pattern: string, handler: RouteHandler): void {
		this.routes.unshift({ method, parts: partsOf(pattern), handler });
	}

	/** Answers a request by the first route that matches it (marking it matched), or 404 Unknown. */
	route(request: RecordedRequest, inApi: boolean): FakeResponse {
		if (inApi) {
			const parts = partsOf(request.path);
			for (const route of this.routes) {
				if (route.method !== request.method || route.parts.length !== parts.length) continue;
				const params: Record<string, string> = {};
				let ok = true;
				for (const [index, part] of route.parts.entries()) {
					const actual = parts[index] ?? '';
					if (part.startsWith(':')) params[part.slice(1)] = actual;
					else if (part !== actual) {
						ok = false;
						break;
					}
				}
				if (!ok) continue;
				const authFailure = this.checkAuth(request);
				if (authFailure) return authFailure;
				request.matched = true;
				return route.handler(request, params);
			}
		}
		return { status: 404, body: { message: 'Unknown', code: 0 } };
	}

	private checkAuth(request: RecordedRequest): FakeResponse | undefined {
		if (this.token === undefined) return undefined;
		const header = request.headers.authorization;
		if (header === undefined) {
			const noAuthRoute = request.path.startsWith('/interactions/') || request.path.startsWith('/webhooks/');
			return noAuthRoute ? undefined : apiError(401, 0, '401: Unauthorized');
		}
		return header === `Bot ${this.token}` ? undefined : apiError(401, 0, '401: Unauthorized');
	}
}
