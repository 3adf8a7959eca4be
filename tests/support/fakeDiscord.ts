/**
 * A local stand-in for Discord (REST v10 + gateway v10, JSON encoding) for end-to-end tests that drive the real
 * discord.js `Client`.
 *
 * Usage:
 *
 *   const fake = await FakeDiscord.start();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
 *   await client.login('fake-token');
 *   const ix = fake.dispatchInteraction(fake.chatInput('ping'));
 *   const callback = await fake.waitForCallback(ix);
 *   ...
 *   await client.destroy();
 *   await fake.close();
 *
 * Client options: `rest.api = fake.apiUrl` is the only one required. The gateway URL is discovered through
 * `GET /gateway/bot`. discord.js only asks for `compress=zlib-stream` when the optional `zlib-sync` package is
 * installed (it is not); either way the fake always answers with plain text JSON frames, which @discordjs/ws parses
 * regardless of the compression it asked for, so no compression option is needed. Use `fake.clientOptions()` to also
 * disable the 5 s identify throttle, which only matters when a test forces a re-IDENTIFY (invalidated session).
 */
import { once } from 'node:events';
import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import {
	ApplicationCommandType,
	ChannelType,
	ComponentType,
	GatewayDispatchEvents,
	GatewayOpcodes,
	GuildDefaultMessageNotifications,
	GuildExplicitContentFilter,
	GuildMFALevel,
	GuildNSFWLevel,
	GuildPremiumTier,
	GuildVerificationLevel,
	InteractionContextType,
	InteractionResponseType,
	InteractionType,
	Locale,
	MessageFlags,
	MessageType,
	type APIApplication,
	type ApplicationFlags,
	type ChannelFlags,
	type GuildMemberFlags,
	type GuildSystemChannelFlags,
	type RoleFlags,
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteractionDataOption,
	type APIAttachment,
	type APIChatInputApplicationCommandInteraction,
	type APIGuild,
	type APIInteractionDataResolved,
	type APIInteractionGuildMember,
	type APIMessage,
	type APIMessageApplicationCommandInteraction,
	type APIMessageComponentButtonInteraction,
	type APIRole,
	type APITextChannel,
	type APIUser,
	type ClientOptions,
	type GatewayGuildCreateDispatchData,
	type GatewayReadyDispatchData,
	type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';

// ---------------------------------------------------------------------------------------------------------------
// Constants and small builders
// ---------------------------------------------------------------------------------------------------------------

/** Application id (`client.application.id`, `interaction.applicationId`). */
export const APP_ID = '1100000000000000001';
/** Bot user id (`client.user.id`). Deliberately different from APP_ID so tests notice which one code uses. */
export const BOT_ID = '1100000000000000002';
export const GUILD_ID = '1100000000000000010';
export const CHANNEL_ID = '1100000000000000020';
/** The human user who triggers interactions by default. */
export const USER_ID = '1100000000000000030';
/** Default member permissions on interactions (every permission bit up to 1 << 40). */
export const ALL_PERMISSIONS = '2199023255551';
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;

const API_PREFIX = '/api/v10';
const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;

/** A fresh, strictly increasing snowflake (17-19 digits, like Discord's, so @discordjs/rest buckets work). */
export function snowflake(): string {
	const candidate = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
	lastSnowflake = candidate > lastSnowflake ? candidate : lastSnowflake + 1n;
	return lastSnowflake.toString();
}

export function botUser(): APIUser {
	return { id: BOT_ID, username: 'bot', discriminator: '0000', bot: true, avatar: null, global_name: null };
}

export function testUser(overrides: Partial<APIUser> = {}): APIUser {
	return { id: USER_ID, username: 'tester', discriminator: '0', avatar: null, global_name: 'Tester', ...overrides };
}

export function textChannel(id: string = CHANNEL_ID, name = 'general', guildId: string = GUILD_ID): APITextChannel {
	return {
		id,
		type: ChannelType.GuildText,
		guild_id: guildId,
		name,
		position: 0,
		permission_overwrites: [],
		nsfw: false,
		topic: null,
		last_message_id: null,
		last_pin_timestamp: null,
		rate_limit_per_user: 0,
		parent_id: null,
		flags: 0 as ChannelFlags,
	};
}

function everyoneRole(guildId: string): APIRole {
	return {
		id: guildId,
		name: '@everyone',
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position: 0,
		permissions: ALL_PERMISSIONS,
		managed: false,
		mentionable: false,
		flags: 0 as RoleFlags,
	};
}

function application(): APIApplication {
	return {
		id: APP_ID,
		name: 'bot',
		icon: null,
		description: 'FakeDiscord application',
		bot_public: true,
		bot_require_code_grant: false,
		verify_key: '0'.repeat(64),
		team: null,
		flags: 0 as ApplicationFlags,
		flags_new: '0',
		bot: botUser(),
		owner: testUser(),
		summary: '',
	};
}

/** A complete message object as Discord would return it. */
export function buildMessage(channelId: string, body: unknown, extra: Partial<APIMessage> = {}): APIMessage {
	const message: APIMessage = {
		id: snowflake(),
		channel_id: channelId,
		author: botUser(),
		content: '',
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: MessageType.Default,
		flags: 0 as MessageFlags,
		...extra,
	};
	return applyMessageFields(message, body, false);
}

/** Copies the message-shaped fields of a REST body (content, embeds, components, flags, attachments) onto a message. */
function applyMessageFields(message: APIMessage, body: unknown, isEdit: boolean): APIMessage {
	const fields = asRecord(body);
	if (!fields) return message;
	const next: APIMessage = { ...message };
	if (typeof fields.content === 'string') next.content = fields.content;
	if (Array.isArray(fields.embeds)) next.embeds = fields.embeds as APIMessage['embeds'];
	if (Array.isArray(fields.components)) next.components = fields.components as APIMessage['components'];
	if (typeof fields.flags === 'number') next.flags = fields.flags;
	if (typeof fields.tts === 'boolean') next.tts = fields.tts;
	if (Array.isArray(fields.attachments)) {
		next.attachments = fields.attachments.map((raw): APIAttachment => {
			const attachment = asRecord(raw) ?? {};
			const id = typeof attachment.id === 'string' || typeof attachment.id === 'number' ? String(attachment.id) : '0';
			const filename = typeof attachment.filename === 'string' ? attachment.filename : 'file';
			return {
				id,
				filename,
				size: 0,
				url: `https://cdn.invalid/attachments/${id}/${filename}`,
				proxy_url: `https://media.invalid/attachments/${id}/${filename}`,
			};
		});
	}
	if (isEdit) next.edited_timestamp = new Date().toISOString();
	return next;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

function describeValue(value: unknown): string {
	try {
		return JSON.stringify(value);
	} catch {
		return String(value);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

export interface FakeDiscordOptions {
	/** HELLO heartbeat interval. discord.js waits a random fraction of it before its first heartbeat. */
	heartbeatIntervalMs?: number;
	/** When set, IDENTIFY/RESUME with another token is closed with 4004 and authed REST calls answer 401. */
	token?: string;
	guildName?: string;
	channelName?: string;
}

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

// ----- Extension points (issue 17): used by tests/support/faultPlan.ts and tests/support/nonceMemory.ts --------

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

// ----- end of extension points ------------------------------------------------------------------------------------

/** Either a predicate or a shorthand: exact method (case-insensitive) and exact path or RegExp on the path. */
export type RequestMatcher = ((request: RecordedRequest) => boolean) | { method?: string; path?: string | RegExp };

export type GatewayEventKind =
	| 'connect'
	| 'identify'
	| 'ready'
	| 'resume'
	| 'resumed'
	| 'invalid-session'
	| 'heartbeat'
	| 'dispatch'
	| 'payload'
	| 'close';

export interface GatewayEvent {
	kind: GatewayEventKind;
	at: number;
	/** Connection number (1-based, in connection order). */
	connection: number;
	op?: number;
	/** Dispatch name for `dispatch` events. */
	t?: string;
	/** Close code for `close` events. */
	code?: number;
	/** Payload data (IDENTIFY/RESUME `d`, or the dispatch data). */
	d?: unknown;
	/** Query string of the gateway connection, for `connect` events. */
	query?: Record<string, string>;
}

export interface InteractionExtras {
	/** Overrides for the invoking user (defaults to USER_ID / 'tester'). */
	user?: Partial<APIUser>;
	/** Member permissions (default ALL_PERMISSIONS). */
	permissions?: string;
	/** `app_permissions` (default ALL_PERMISSIONS). */
	appPermissions?: string;
	roles?: string[];
	locale?: Locale;
	guildLocale?: Locale;
	channelId?: string;
	guildId?: string;
	/** A bot-DM interaction: no guild, `user` instead of `member`, context 1. */
	dm?: boolean;
	/** `data.resolved` for chat-input commands with user/role/channel/attachment options. */
	resolved?: APIInteractionDataResolved;
	/** Command id (defaults to the id the command was registered with, or a stable fake id per name). */
	commandId?: string;
}

export interface InteractionHandle {
	id: string;
	token: string;
	/** `/interactions/:id/:token/callback` */
	callbackPath: string;
	/** `/webhooks/:appId/:token/messages/@original` */
	originalMessagePath: string;
	/** `/webhooks/:appId/:token` (follow-ups) */
	followUpPath: string;
	payload: Record<string, unknown>;
}

/** A partial interaction: missing common fields (id, token, member, channel, …) are filled in. */
export type InteractionInput = { type: InteractionType; data?: unknown } & Record<string, unknown>;

interface InteractionState {
	id: string;
	type: InteractionType;
	token: string;
	channelId: string;
	message: APIMessage | undefined;
	acknowledged: boolean;
	responseType: number | undefined;
	original: APIMessage | undefined;
	followUps: Map<string, APIMessage>;
}

interface GatewaySession {
	id: string;
	seq: number;
	valid: boolean;
}

interface GatewayConnection {
	number: number;
	ws: WebSocket;
	session: GatewaySession | undefined;
	ready: boolean;
}

interface Fault {
	matcher: RequestMatcher;
	remaining: number;
	response: FakeResponse | undefined;
	delayMs: number;
}

export type RouteHandler = (request: RecordedRequest, params: Record<string, string>) => FakeResponse;

interface Route {
	method: string;
	parts: string[];
	handler: RouteHandler;
}

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

function apiError(status: number, code: number, message: string): FakeResponse {
	return { status, body: { message, code } };
}

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

// ---------------------------------------------------------------------------------------------------------------
// Waitable log
// ---------------------------------------------------------------------------------------------------------------

interface Waiter<T> {
	match: (item: T) => boolean;
	resolve: (item: T) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

class WaitableLog<T> {
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

function safeMatch<T>(match: (item: T) => boolean, item: T): boolean {
	try {
		return match(item);
	} catch {
		return false;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// FakeDiscord
// ---------------------------------------------------------------------------------------------------------------

export class FakeDiscord {
	/** Bound port on 127.0.0.1. */
	readonly port: number;
	/** REST base for discord.js: `rest: { api: fake.apiUrl }` (discord.js appends `/v10` + route). */
	readonly apiUrl: string;
	/** Gateway URL returned by `GET /gateway/bot` and as `resume_gateway_url`. */
	readonly gatewayUrl: string;
	/** Every REST request, in arrival order. */
	readonly requests: RecordedRequest[];
	/** Gateway log: connections, IDENTIFY/RESUME, heartbeats, dispatches, closes. */
	readonly gatewayEvents: GatewayEvent[];
	/** Set to false to stop answering heartbeats (zombie-connection tests). */
	ackHeartbeats = true;

	private readonly options: FakeDiscordOptions;
	private readonly server: Server;
	private readonly wss = new WebSocketServer({ noServer: true });
	private readonly requestLog = new WaitableLog<RecordedRequest>();
	private readonly gatewayLog = new WaitableLog<GatewayEvent>();
	private readonly routes: Route[] = [];
	private readonly faultList: Fault[] = [];
	private readonly connections = new Set<GatewayConnection>();
	private readonly sessions = new Map<string, GatewaySession>();
	private readonly pendingDispatches: { t: string; d: unknown }[] = [];
	private readonly interactions = new Map<string, InteractionState>();
	private readonly interactionsByToken = new Map<string, InteractionState>();
	private readonly messages = new Map<string, APIMessage>();
	private readonly globalCommands = new Map<string, Record<string, unknown>>();
	private readonly guildCommands = new Map<string, Map<string, Record<string, unknown>>>();
	private readonly commandIds = new Map<string, string>();
	private readonly timers = new Set<NodeJS.Timeout>();
	private readonly sockets = new Set<Socket>();
	private readonly requestListeners = new Set<(request: RecordedRequest) => void>();
	private connectionCount = 0;
	private closed = false;
	// issue 17 extension points
	private readonly interceptors: Interceptor[] = [];
	/** When set, every IDENTIFY is answered by closing the connection with this code (e.g. 4014) instead of READY. */
	identifyCloseCode: number | undefined;

	private constructor(server: Server, port: number, options: FakeDiscordOptions) {
		this.server = server;
		this.port = port;
		this.options = options;
		this.apiUrl = `http://127.0.0.1:${port}/api`;
		this.gatewayUrl = `ws://127.0.0.1:${port}`;
		this.requests = this.requestLog.items;
		this.gatewayEvents = this.gatewayLog.items;
		this.registerRoutes();
		server.on('request', (req: IncomingMessage, res: ServerResponse) => {
			this.onHttpRequest(req, res).catch((error: unknown) => {
				if (!res.headersSent) {
					res.writeHead(500, { 'content-type': 'application/json' });
					res.end(JSON.stringify({ message: `FakeDiscord error: ${String(error)}`, code: 0 }));
				}
			});
		});
		server.on('connection', (socket: Socket) => {
			this.sockets.add(socket);
			socket.once('close', () => this.sockets.delete(socket));
		});
		server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
			this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, req));
		});
	}

	static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
		const server = createServer();
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		const { port } = server.address() as AddressInfo;
		// Nobody knows the port yet, so no connection can precede the constructor's listeners.
		return new FakeDiscord(server, port, options);
	}

	/**
	 * Recommended client options: the REST base, plus an identify throttler that never waits (the default one sleeps
	 * ~5 s between IDENTIFYs, which only matters for re-IDENTIFY tests). Spread into `new Client({ intents, ... })`.
	 */
	clientOptions(): Pick<ClientOptions, 'rest' | 'ws'> {
		return {
			rest: { api: this.apiUrl },
			ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
		};
	}

	/** Terminates gateway connections, rejects pending waiters, clears timers and closes the HTTP server. */
	async close(): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		this.requestLog.cancelAll('FakeDiscord closed');
		this.gatewayLog.cancelAll('FakeDiscord closed');
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const connection of this.connections) connection.ws.terminate();
		this.connections.clear();
		this.wss.close();
		const closedServer = new Promise<void>((resolve) => this.server.close(() => resolve()));
		this.server.closeAllConnections();
		for (const socket of this.sockets) socket.destroy();
		await closedServer;
	}

	// ----- REST recording & fault injection ------------------------------------------------------------------------

	/** Resolves with the first recorded request (already recorded or future) that matches. */
	waitForRequest(matcher: RequestMatcher, timeoutMs = 5_000): Promise<RecordedRequest> {
		return this.requestLog.wait(
			(request) => matches(matcher, request),
			timeoutMs,
			() =>
				`FakeDiscord: no matching REST request within ${timeoutMs} ms. Recorded: ${
					this.requests.map((request) => `${request.method} ${request.path} -> ${request.status}`).join(', ') || 'none'
				}`,
		);
	}

	/** Waits for the (first) interaction callback POST of an interaction. */
	waitForCallback(interaction: InteractionHandle, timeoutMs = 5_000): Promise<RecordedRequest> {
		return this.waitForRequest({ method: 'POST', path: interaction.callbackPath }, timeoutMs);
	}

	/** Requests matching the matcher, in arrival order. */
	requestsMatching(matcher: RequestMatcher): RecordedRequest[] {
		return this.requests.filter((request) => safeMatch((item: RecordedRequest) => matches(matcher, item), request));
	}

	/** Requests no route handled (answered 404 Unknown): handy to spot endpoints the fake lacks. */
	unhandledRequests(): RecordedRequest[] {
		return this.requests.filter((request) => !request.matched && !request.faulted);
	}

	clearRequests(): void {
		this.requests.length = 0;
	}

	/**
	 * Calls `listener` synchronously with every REST request the moment it is recorded (routed, status set, before the
	 * response is written), so a caller can react to arrivals without polling `requests`. A listener that throws is
	 * ignored, like a throwing matcher. Returns a function that removes the listener.
	 */
	onRequest(listener: (request: RecordedRequest) => void): () => void {
		this.requestListeners.add(listener);
		return () => {
			this.requestListeners.delete(listener);
		};
	}

	/** The next `times` matching REST calls are answered with `response` instead of the normal route. */
	failNext(matcher: RequestMatcher, response: FakeResponse, times = 1): void {
		this.faultList.push({ matcher, remaining: times, response, delayMs: 0 });
	}

	/** The next `times` matching REST calls are answered normally, but only after `delayMs`. */
	delayNext(matcher: RequestMatcher, delayMs: number, times = 1): void {
		this.faultList.push({ matcher, remaining: times, response: undefined, delayMs });
	}

	clearFaults(): void {
		this.faultList.length = 0;
	}

	// ----- issue 17 extension points ---------------------------------------------------------------------------------

	/**
	 * Adds an interceptor, asked about every REST request before `failNext`/`delayNext` faults and routes; the first one
	 * that returns an interception decides. Returns a function that removes it.
	 */
	intercept(interceptor: Interceptor): () => void {
		this.interceptors.push(interceptor);
		return () => {
			const index = this.interceptors.indexOf(interceptor);
			if (index >= 0) this.interceptors.splice(index, 1);
		};
	}

	/** Adds a route that takes precedence over the built-in ones (same `:param` patterns and auth check). */
	addRoute(method: string, pattern: string, handler: RouteHandler): void {
		this.routes.unshift({ method, parts: pattern.split('/').filter((part) => part.length > 0), handler });
	}

	/** Makes a message fetchable, editable and deletable through the built-in message routes. */
	rememberMessage(message: APIMessage): void {
		this.messages.set(message.id, message);
	}

	/** Undoes `rememberMessage`. */
	forgetMessage(id: string): void {
		this.messages.delete(id);
	}

	// ----- end of issue 17 extension points --------------------------------------------------------------------------

	// ----- Gateway ---------------------------------------------------------------------------------------------------

	get identifyCount(): number {
		return this.gatewayEvents.filter((event) => event.kind === 'identify').length;
	}

	get resumeCount(): number {
		return this.gatewayEvents.filter((event) => event.kind === 'resume').length;
	}

	/** Number of open gateway connections that completed READY/RESUMED. */
	get readyConnections(): number {
		return [...this.connections].filter((connection) => connection.ready).length;
	}

	waitForGatewayEvent(predicate: (event: GatewayEvent) => boolean, timeoutMs = 5_000): Promise<GatewayEvent> {
		return this.gatewayLog.wait(
			predicate,
			timeoutMs,
			() =>
				`FakeDiscord: no matching gateway event within ${timeoutMs} ms. Log: ${
					this.gatewayEvents.map((event) => event.t ?? event.kind).join(', ') || 'none'
				}`,
		);
	}

	/**
	 * Closes every gateway connection with `code` (4000 = unknown error: discord.js resumes after ~500 ms).
	 * `abrupt` destroys the sockets without a close frame (client sees 1006). `invalidateSession` makes the next
	 * RESUME answer INVALID_SESSION(false), forcing a fresh IDENTIFY. Returns the number of connections closed.
	 */
	closeGateway(code = 4000, options: { abrupt?: boolean; invalidateSession?: boolean } = {}): number {
		const connections = [...this.connections];
		for (const connection of connections) {
			connection.ready = false;
			if (options.invalidateSession && connection.session) connection.session.valid = false;
			if (options.abrupt) connection.ws.terminate();
			else connection.ws.close(code, 'FakeDiscord closeGateway');
		}
		return connections.length;
	}

	/** Makes every known session unresumable (next RESUME gets INVALID_SESSION false). */
	invalidateSessions(): void {
		for (const session of this.sessions.values()) session.valid = false;
	}

	/** Sends a raw gateway payload (e.g. `{ op: 7, d: null }` RECONNECT) to every open connection. */
	sendGatewayPayload(payload: { op: number; d: unknown }): void {
		for (const connection of this.connections) this.send(connection, { ...payload, s: null, t: null });
	}

	/**
	 * Sends a dispatch (op 0) to every ready connection. While no connection is ready (e.g. after closeGateway), the
	 * dispatch is queued and delivered right after the next READY (+ GUILD_CREATE) or RESUMED.
	 */
	dispatch(t: string, d: unknown): void {
		const ready = [...this.connections].filter((connection) => connection.ready);
		if (ready.length === 0) {
			this.pendingDispatches.push({ t, d });
			return;
		}
		for (const connection of ready) this.sendDispatch(connection, t, d);
	}

	// ----- Interactions ------------------------------------------------------------------------------------------------

	/** Sends INTERACTION_CREATE with a complete payload (missing common fields are filled in) and tracks it. */
	dispatchInteraction(interaction: InteractionInput | { type: InteractionType }): InteractionHandle {
		// A payload with `user` but no `member` is a DM interaction: don't add guild fields to it.
		const dm = 'user' in interaction && !('member' in interaction);
		const payload: Record<string, unknown> = { ...this.interactionBase({ dm }), ...interaction };
		const id = typeof payload.id === 'string' ? payload.id : snowflake();
		const token = typeof payload.token === 'string' ? payload.token : `fake-interaction-token-${id}`;
		payload.id = id;
		payload.token = token;
		const channel = asRecord(payload.channel);
		const channelId =
			typeof payload.channel_id === 'string'
				? payload.channel_id
				: typeof channel?.id === 'string'
					? channel.id
					: CHANNEL_ID;
		const message = asRecord(payload.message) as APIMessage | undefined;
		const state: InteractionState = {
			id,
			type: typeof payload.type === 'number' ? (payload.type as InteractionType) : InteractionType.ApplicationCommand,
			token,
			channelId,
			message,
			acknowledged: false,
			responseType: undefined,
			original: undefined,
			followUps: new Map(),
		};
		this.interactions.set(id, state);
		this.interactionsByToken.set(token, state);
		if (message) this.messages.set(message.id, message);
		this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
		return {
			id,
			token,
			callbackPath: `/interactions/${id}/${token}/callback`,
			originalMessagePath: `/webhooks/${APP_ID}/${token}/messages/@original`,
			followUpPath: `/webhooks/${APP_ID}/${token}`,
			payload,
		};
	}

	/** A chat-input command interaction (type 2, data.type 1). */
	chatInput(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[] = [],
		extra: InteractionExtras = {},
	): APIChatInputApplicationCommandInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		return {
			...this.interactionBase(extra),
			type: InteractionType.ApplicationCommand,
			data: {
				id: extra.commandId ?? this.commandIdFor(name, guildId),
				name,
				type: ApplicationCommandType.ChatInput,
				options,
				...(extra.resolved ? { resolved: extra.resolved } : {}),
				...(guildId && this.guildCommands.get(guildId)?.has(name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/** An autocomplete interaction (type 4); mark the option being typed with `focused: true`. */
	autocomplete(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[],
		extra: InteractionExtras = {},
	): APIApplicationCommandAutocompleteInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		return {
			...this.interactionBase(extra),
			type: InteractionType.ApplicationCommandAutocomplete,
			data: {
				id: extra.commandId ?? this.commandIdFor(name, guildId),
				name,
				type: ApplicationCommandType.ChatInput,
				options,
				...(guildId && this.guildCommands.get(guildId)?.has(name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/**
	 * A message context-menu command (type 2, data.type 3) used on a message: `data.target_id` names it and
	 * `data.resolved.messages` carries it, as Discord sends them. The message is a user's unless `message` says otherwise.
	 */
	messageCommand(
		name: string,
		message: Partial<APIMessage> & { content: string },
		extra: InteractionExtras = {},
	): APIMessageApplicationCommandInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		const base = this.interactionBase(extra);
		const target = buildMessage(base.channel_id, undefined, { author: testUser(), ...message });
		return {
			...base,
			type: InteractionType.ApplicationCommand,
			data: {
				id: extra.commandId ?? this.commandIdFor(name, guildId),
				name,
				type: ApplicationCommandType.Message,
				target_id: target.id,
				resolved: { messages: { [target.id]: target } },
				...(guildId && this.guildCommands.get(guildId)?.has(name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/** A button click (type 3, component_type 2) on a bot message carrying that button. */
	button(customId: string, messageId?: string, extra: InteractionExtras = {}): APIMessageComponentButtonInteraction {
		const base = this.interactionBase(extra);
		const message = buildMessage(
			base.channel_id,
			{
				content: 'Message with a button',
				components: [
					{
						type: ComponentType.ActionRow,
						components: [{ type: ComponentType.Button, style: 1, custom_id: customId, label: 'Button' }],
					},
				],
			},
			{ id: messageId ?? snowflake(), application_id: APP_ID },
		);
		return {
			...base,
			type: InteractionType.MessageComponent,
			data: { custom_id: customId, component_type: ComponentType.Button },
			message,
		};
	}

	/** Commands registered through PUT/POST (global when guildId is omitted). */
	registeredCommands(guildId?: string): Record<string, unknown>[] {
		const store = guildId === undefined ? this.globalCommands : this.guildCommands.get(guildId);
		return store ? [...store.values()] : [];
	}

	/** The current `@original` response message of an interaction, if any. */
	originalMessage(interaction: InteractionHandle | string): APIMessage | undefined {
		const id = typeof interaction === 'string' ? interaction : interaction.id;
		return this.interactions.get(id)?.original;
	}

	// ----- Guild payloads ------------------------------------------------------------------------------------------------

	/** The full GUILD_CREATE payload sent after READY. */
	guildCreatePayload(): GatewayGuildCreateDispatchData {
		const now = new Date().toISOString();
		return {
			...this.guildObject(),
			joined_at: now,
			large: false,
			unavailable: false,
			member_count: 2,
			voice_states: [],
			members: [
				{
					user: botUser(),
					roles: [],
					joined_at: now,
					deaf: false,
					mute: false,
					flags: 0 as GuildMemberFlags,
				},
			],
			channels: [textChannel(CHANNEL_ID, this.options.channelName ?? 'general')],
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
		};
	}

	private guildObject(): APIGuild {
		return {
			id: GUILD_ID,
			name: this.options.guildName ?? 'Fake Guild',
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: USER_ID,
			region: 'deprecated',
			afk_channel_id: null,
			afk_timeout: 300,
			widget_enabled: false,
			widget_channel_id: null,
			verification_level: GuildVerificationLevel.None,
			default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
			explicit_content_filter: GuildExplicitContentFilter.Disabled,
			roles: [everyoneRole(GUILD_ID)],
			emojis: [],
			features: [],
			mfa_level: GuildMFALevel.None,
			application_id: null,
			system_channel_id: null,
			system_channel_flags: 0 as GuildSystemChannelFlags,
			rules_channel_id: null,
			max_presences: null,
			max_members: 500_000,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: GuildPremiumTier.None,
			premium_subscription_count: 0,
			preferred_locale: Locale.EnglishUS,
			public_updates_channel_id: null,
			max_video_channel_users: 25,
			max_stage_video_channel_users: 50,
			nsfw_level: GuildNSFWLevel.Default,
			stickers: [],
			premium_progress_bar_enabled: false,
			hub_type: null,
			safety_alerts_channel_id: null,
			incidents_data: null,
		};
	}

	// ----- internals: interactions ---------------------------------------------------------------------------------------

	private interactionBase(extra: InteractionExtras): Omit<APIChatInputApplicationCommandInteraction, 'type' | 'data'> {
		const id = snowflake();
		const user = testUser(extra.user);
		const guildId = extra.guildId ?? GUILD_ID;
		const channelId = extra.channelId ?? CHANNEL_ID;
		const common = {
			id,
			application_id: APP_ID,
			token: `fake-interaction-token-${id}`,
			version: 1 as const,
			app_permissions: extra.appPermissions ?? ALL_PERMISSIONS,
			locale: extra.locale ?? Locale.EnglishUS,
			entitlements: [],
			authorizing_integration_owners: {},
			attachment_size_limit: 10 * 1024 * 1024,
			channel_id: channelId,
		};
		if (extra.dm) {
			return {
				...common,
				channel: { id: channelId, type: ChannelType.DM },
				user,
				context: InteractionContextType.BotDM,
			};
		}
		const member: APIInteractionGuildMember = {
			user,
			roles: extra.roles ?? [],
			permissions: extra.permissions ?? ALL_PERMISSIONS,
			joined_at: new Date(Date.now() - 86_400_000).toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
		};
		return {
			...common,
			guild_id: guildId,
			guild: { id: guildId, locale: extra.guildLocale ?? Locale.EnglishUS, features: [] },
			guild_locale: extra.guildLocale ?? Locale.EnglishUS,
			channel: { id: channelId, type: ChannelType.GuildText, guild_id: guildId, name: 'general' },
			member,
			context: InteractionContextType.Guild,
		};
	}

	private commandIdFor(name: string, guildId: string | undefined): string {
		const registered =
			(guildId ? this.guildCommands.get(guildId)?.get(name) : undefined) ?? this.globalCommands.get(name);
		if (typeof registered?.id === 'string') return registered.id;
		let id = this.commandIds.get(name);
		if (!id) {
			id = snowflake();
			this.commandIds.set(name, id);
		}
		return id;
	}

	// ----- internals: HTTP ---------------------------------------------------------------------------------------------------

	private async onHttpRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
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

		let delayMs = 0;
		let response: FakeResponse | undefined;
		const interception = this.interceptionFor(record);
		if (interception) {
			record.faulted = interception.response !== undefined || interception.handle === false;
			response = interception.response ?? (interception.handle === false ? { status: 0 } : undefined);
			delayMs = interception.delayMs ?? 0;
		}
		for (const fault of interception ? [] : [...this.faultList]) {
			if (fault.remaining <= 0 || !safeMatch((item: RecordedRequest) => matches(fault.matcher, item), record)) continue;
			if (fault.response && response) continue;
			fault.remaining -= 1;
			if (fault.remaining <= 0) this.faultList.splice(this.faultList.indexOf(fault), 1);
			if (fault.response) {
				response = fault.response;
				record.faulted = true;
			} else {
				delayMs += fault.delayMs;
			}
		}
		response ??= this.route(record, inApi);
		record.status = response.status;
		this.requestLog.push(record);
		for (const listener of [...this.requestListeners]) {
			try {
				listener(record);
			} catch {
				// a listener's bug must not change what the client under test is answered
			}
		}

		if (delayMs > 0) {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(() => {
					this.timers.delete(timer);
					resolve();
				}, delayMs);
				this.timers.add(timer);
			});
		}
		if (res.destroyed) return;
		if (interception?.end === 'hang') return; // answered never; the socket closes with the client or on close()
		if (interception?.end === 'drop') {
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

	private route(request: RecordedRequest, inApi: boolean): FakeResponse {
		if (inApi) {
			const parts = request.path.split('/').filter((part) => part.length > 0);
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
		if (this.options.token === undefined) return undefined;
		const header = request.headers.authorization;
		if (header === undefined) {
			const noAuthRoute = request.path.startsWith('/interactions/') || request.path.startsWith('/webhooks/');
			return noAuthRoute ? undefined : apiError(401, 0, '401: Unauthorized');
		}
		return header === `Bot ${this.options.token}` ? undefined : apiError(401, 0, '401: Unauthorized');
	}

	private on(method: string, pattern: string, handler: RouteHandler): void {
		this.routes.push({ method, parts: pattern.split('/').filter((part) => part.length > 0), handler });
	}

	private registerRoutes(): void {
		const ok = (body: unknown): FakeResponse => ({ status: 200, body });
		const noContent: FakeResponse = { status: 204 };

		this.on('GET', '/gateway', () => ok({ url: this.gatewayUrl }));
		this.on('GET', '/gateway/bot', () =>
			ok({
				url: this.gatewayUrl,
				shards: 1,
				session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
			}),
		);
		this.on('GET', '/applications/@me', () => ok(application()));
		this.on('GET', '/oauth2/applications/@me', () => ok(application()));
		this.on('GET', '/users/@me', () => ok(botUser()));
		this.on('GET', '/users/:userId', (_request, { userId }) => {
			if (userId === BOT_ID) return ok(botUser());
			if (userId === USER_ID) return ok(testUser());
			return apiError(404, 10013, 'Unknown User');
		});

		// Application commands
		this.on('GET', '/applications/:appId/commands', () => ok(this.registeredCommands()));
		this.on('PUT', '/applications/:appId/commands', (request) =>
			ok(this.overwriteCommands(this.globalCommands, request.body, undefined)),
		);
		this.on('POST', '/applications/:appId/commands', (request) =>
			ok(this.upsertCommand(this.globalCommands, request.body, undefined)),
		);
		this.on('GET', '/applications/:appId/guilds/:guildId/commands', (_request, { guildId = '' }) =>
			ok(this.registeredCommands(guildId)),
		);
		this.on('PUT', '/applications/:appId/guilds/:guildId/commands', (request, { guildId = '' }) =>
			ok(this.overwriteCommands(this.guildCommandStore(guildId), request.body, guildId)),
		);
		this.on('POST', '/applications/:appId/guilds/:guildId/commands', (request, { guildId = '' }) =>
			ok(this.upsertCommand(this.guildCommandStore(guildId), request.body, guildId)),
		);

		// Interactions
		this.on('POST', '/interactions/:id/:token/callback', (request, { id = '', token = '' }) =>
			this.handleCallback(request, id, token),
		);
		this.on('POST', '/webhooks/:appId/:token', (request, { token = '' }) => {
			const interaction = this.interactionsByToken.get(token);
			if (!interaction) return apiError(404, 10015, 'Unknown Webhook');
			const message = buildMessage(interaction.channelId, request.body, {
				webhook_id: APP_ID,
				application_id: APP_ID,
				type: MessageType.ChatInputCommand,
			});
			interaction.followUps.set(message.id, message);
			this.messages.set(message.id, message);
			return ok(message);
		});
		this.on('GET', '/webhooks/:appId/:token/messages/:messageId', (_request, { token = '', messageId = '' }) => {
			const found = this.findWebhookMessage(token, messageId);
			return 'status' in found ? found : ok(found.message);
		});
		this.on('PATCH', '/webhooks/:appId/:token/messages/:messageId', (request, { token = '', messageId = '' }) => {
			const found = this.findWebhookMessage(token, messageId);
			if ('status' in found) return found;
			const edited = applyMessageFields(found.message, request.body, true);
			if (messageId === '@original') {
				edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
				found.interaction.original = edited;
			} else found.interaction.followUps.set(edited.id, edited);
			this.messages.set(edited.id, edited);
			return ok(edited);
		});
		this.on('DELETE', '/webhooks/:appId/:token/messages/:messageId', (_request, { token = '', messageId = '' }) => {
			const found = this.findWebhookMessage(token, messageId);
			if ('status' in found) return found;
			if (messageId === '@original') found.interaction.original = undefined;
			else found.interaction.followUps.delete(messageId);
			this.messages.delete(found.message.id);
			return noContent;
		});

		// Channels & messages
		this.on('GET', '/channels/:channelId', (_request, { channelId = CHANNEL_ID }) =>
			ok(textChannel(channelId, channelId === CHANNEL_ID ? (this.options.channelName ?? 'general') : 'text')),
		);
		this.on('POST', '/channels/:channelId/typing', () => noContent);
		this.on('POST', '/channels/:channelId/messages', (request, { channelId = CHANNEL_ID }) => {
			const message = buildMessage(channelId, request.body);
			this.messages.set(message.id, message);
			return ok(message);
		});
		this.on('GET', '/channels/:channelId/messages/:messageId', (_request, { messageId = '' }) => {
			const message = this.messages.get(messageId);
			return message ? ok(message) : faults.unknownMessage();
		});
		this.on('PATCH', '/channels/:channelId/messages/:messageId', (request, { messageId = '' }) => {
			const message = this.messages.get(messageId);
			if (!message) return faults.unknownMessage();
			const edited = applyMessageFields(message, request.body, true);
			this.messages.set(messageId, edited);
			return ok(edited);
		});
		this.on('DELETE', '/channels/:channelId/messages/:messageId', (_request, { messageId = '' }) =>
			this.messages.delete(messageId) ? noContent : faults.unknownMessage(),
		);
		this.on('GET', '/guilds/:guildId', (_request, { guildId }) =>
			guildId === GUILD_ID ? ok(this.guildObject()) : apiError(404, 10004, 'Unknown Guild'),
		);
	}

	private guildCommandStore(guildId: string): Map<string, Record<string, unknown>> {
		let store = this.guildCommands.get(guildId);
		if (!store) {
			store = new Map();
			this.guildCommands.set(guildId, store);
		}
		return store;
	}

	private toCommand(
		store: Map<string, Record<string, unknown>>,
		raw: unknown,
		guildId: string | undefined,
	): Record<string, unknown> {
		const command = asRecord(raw) ?? {};
		const name = typeof command.name === 'string' ? command.name : 'unnamed';
		const existing = store.get(name);
		const id = typeof existing?.id === 'string' ? existing.id : this.commandIdFor(name, undefined);
		return {
			type: ApplicationCommandType.ChatInput,
			description: '',
			default_member_permissions: null,
			nsfw: false,
			...command,
			id,
			application_id: APP_ID,
			version: snowflake(),
			...(guildId ? { guild_id: guildId } : {}),
		};
	}

	private overwriteCommands(
		store: Map<string, Record<string, unknown>>,
		body: unknown,
		guildId: string | undefined,
	): Record<string, unknown>[] {
		const commands = (Array.isArray(body) ? body : []).map((raw) => this.toCommand(store, raw, guildId));
		store.clear();
		for (const command of commands) store.set(String(command.name), command);
		return commands;
	}

	private upsertCommand(
		store: Map<string, Record<string, unknown>>,
		body: unknown,
		guildId: string | undefined,
	): Record<string, unknown> {
		const command = this.toCommand(store, body, guildId);
		store.set(String(command.name), command);
		return command;
	}

	private handleCallback(request: RecordedRequest, id: string, token: string): FakeResponse {
		const interaction = this.interactions.get(id);
		if (!interaction || interaction.token !== token) return faults.unknownInteraction();
		if (interaction.acknowledged) return faults.alreadyAcknowledged();
		const body = asRecord(request.body) ?? {};
		const type = typeof body.type === 'number' ? body.type : -1;
		const data = body.data;
		const extra: Partial<APIMessage> = {
			webhook_id: APP_ID,
			application_id: APP_ID,
			type: MessageType.ChatInputCommand,
		};
		switch (type) {
			case InteractionResponseType.ChannelMessageWithSource:
				interaction.original = buildMessage(interaction.channelId, data, extra);
				break;
			case InteractionResponseType.DeferredChannelMessageWithSource: {
				const flags = asRecord(data)?.flags;
				interaction.original = buildMessage(interaction.channelId, undefined, {
					...extra,
					flags: MessageFlags.Loading | (typeof flags === 'number' ? flags : 0),
				});
				break;
			}
			case InteractionResponseType.DeferredMessageUpdate:
				interaction.original = interaction.message;
				break;
			case InteractionResponseType.UpdateMessage:
				interaction.original = interaction.message
					? applyMessageFields(interaction.message, data, true)
					: buildMessage(interaction.channelId, data, extra);
				break;
			case InteractionResponseType.Pong:
			case InteractionResponseType.ApplicationCommandAutocompleteResult:
			case InteractionResponseType.Modal:
			case InteractionResponseType.LaunchActivity:
				break;
			default:
				return apiError(400, 50035, `Invalid Form Body: unknown interaction response type ${describeValue(body.type)}`);
		}
		interaction.acknowledged = true;
		interaction.responseType = type;
		if (interaction.original) this.messages.set(interaction.original.id, interaction.original);
		if (request.query.with_response !== 'true') return { status: 204 };
		const original = interaction.original;
		const result: RESTPostAPIInteractionCallbackWithResponseResult = {
			interaction: {
				id,
				type: interaction.type,
				...(original
					? {
							response_message_id: original.id,
							response_message_loading: ((original.flags ?? 0) & MessageFlags.Loading) !== 0,
							response_message_ephemeral: ((original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
						}
					: {}),
			},
			resource: { type, ...(original ? { message: original } : {}) },
		};
		return { status: 200, body: result };
	}

	private findWebhookMessage(
		token: string,
		messageId: string,
	): FakeResponse | { interaction: InteractionState; message: APIMessage } {
		const interaction = this.interactionsByToken.get(token);
		if (!interaction) return apiError(404, 10015, 'Unknown Webhook');
		const message = messageId === '@original' ? interaction.original : interaction.followUps.get(messageId);
		return message ? { interaction, message } : faults.unknownMessage();
	}

	// ----- internals: gateway ---------------------------------------------------------------------------------------------

	private logGateway(event: Omit<GatewayEvent, 'at'>): void {
		this.gatewayLog.push({ ...event, at: Date.now() });
	}

	private onGatewayConnection(ws: WebSocket, req: IncomingMessage): void {
		if (this.closed) {
			ws.terminate();
			return;
		}
		this.connectionCount += 1;
		const connection: GatewayConnection = { number: this.connectionCount, ws, session: undefined, ready: false };
		this.connections.add(connection);
		const query = Object.fromEntries(new URL(req.url ?? '/', this.gatewayUrl).searchParams);
		this.logGateway({ kind: 'connect', connection: connection.number, query });
		ws.on('message', (data: WebSocket.RawData) => this.onGatewayMessage(connection, data));
		ws.on('close', (code: number) => {
			connection.ready = false;
			this.connections.delete(connection);
			this.logGateway({ kind: 'close', connection: connection.number, code });
		});
		ws.on('error', () => {
			// a client vanishing mid-frame is fine; 'close' follows
		});
		this.send(connection, {
			op: GatewayOpcodes.Hello,
			d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS },
			s: null,
			t: null,
		});
	}

	private onGatewayMessage(connection: GatewayConnection, data: WebSocket.RawData): void {
		const buffer = Array.isArray(data)
			? Buffer.concat(data)
			: Buffer.isBuffer(data)
				? data
				: Buffer.from(new Uint8Array(data));
		const text = buffer.toString('utf8');
		let payload: Record<string, unknown> | undefined;
		try {
			payload = asRecord(JSON.parse(text));
		} catch {
			payload = undefined;
		}
		if (!payload || typeof payload.op !== 'number') {
			connection.ws.close(4002, 'Error while decoding payload.');
			return;
		}
		const op = payload.op;
		const d = payload.d;
		switch (op) {
			case GatewayOpcodes.Heartbeat:
				this.logGateway({ kind: 'heartbeat', connection: connection.number, op, d });
				if (this.ackHeartbeats) this.send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
				return;
			case GatewayOpcodes.Identify:
				this.onIdentify(connection, d);
				return;
			case GatewayOpcodes.Resume:
				this.onResume(connection, d);
				return;
			default:
				this.logGateway({ kind: 'payload', connection: connection.number, op, d });
		}
	}

	private tokenRejected(d: unknown): boolean {
		if (this.options.token === undefined) return false;
		return asRecord(d)?.token !== this.options.token;
	}

	private onIdentify(connection: GatewayConnection, d: unknown): void {
		this.logGateway({ kind: 'identify', connection: connection.number, op: GatewayOpcodes.Identify, d });
		if (connection.session) {
			connection.ws.close(4005, 'Already authenticated.');
			return;
		}
		if (this.tokenRejected(d)) {
			connection.ws.close(4004, 'Authentication failed.');
			return;
		}
		if (this.identifyCloseCode !== undefined) {
			connection.ws.close(this.identifyCloseCode, 'FakeDiscord identifyCloseCode');
			return;
		}
		const session: GatewaySession = { id: `fake-session-${snowflake()}`, seq: 0, valid: true };
		this.sessions.set(session.id, session);
		connection.session = session;
		const ready: GatewayReadyDispatchData = {
			v: 10,
			user: botUser(),
			guilds: [{ id: GUILD_ID, unavailable: true }],
			session_id: session.id,
			resume_gateway_url: this.gatewayUrl,
			shard: [0, 1],
			application: { id: APP_ID, flags: 0 as ApplicationFlags, flags_new: '0' },
		};
		this.sendDispatch(connection, GatewayDispatchEvents.Ready, ready);
		this.logGateway({ kind: 'ready', connection: connection.number });
		this.sendDispatch(connection, GatewayDispatchEvents.GuildCreate, this.guildCreatePayload());
		connection.ready = true;
		this.flushPending(connection);
	}

	private onResume(connection: GatewayConnection, d: unknown): void {
		this.logGateway({ kind: 'resume', connection: connection.number, op: GatewayOpcodes.Resume, d });
		const sessionId = asRecord(d)?.session_id;
		const session = typeof sessionId === 'string' ? this.sessions.get(sessionId) : undefined;
		if (this.tokenRejected(d)) {
			connection.ws.close(4004, 'Authentication failed.');
			return;
		}
		if (!session?.valid) {
			this.logGateway({ kind: 'invalid-session', connection: connection.number });
			this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
			return;
		}
		connection.session = session;
		this.sendDispatch(connection, GatewayDispatchEvents.Resumed, {});
		this.logGateway({ kind: 'resumed', connection: connection.number });
		connection.ready = true;
		this.flushPending(connection);
	}

	private flushPending(connection: GatewayConnection): void {
		const pending = this.pendingDispatches.splice(0);
		for (const { t, d } of pending) this.sendDispatch(connection, t, d);
	}

	private sendDispatch(connection: GatewayConnection, t: string, d: unknown): void {
		const session = connection.session;
		if (!session) return;
		session.seq += 1;
		this.send(connection, { op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
		this.logGateway({ kind: 'dispatch', connection: connection.number, op: GatewayOpcodes.Dispatch, t, d });
	}

	private send(connection: GatewayConnection, payload: unknown): void {
		if (connection.ws.readyState === WebSocket.OPEN) connection.ws.send(JSON.stringify(payload));
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
