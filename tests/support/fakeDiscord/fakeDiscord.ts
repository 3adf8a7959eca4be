/**
 * A local stand-in for Discord (REST v10 + gateway v10, JSON encoding) for end-to-end tests that drive the real
 * discord.js `Client`. This class ties the parts together on one loopback HTTP server; each part does one job:
 * `restServer` (recording, faults, routes), `builtInRoutes`, `interactions` (tokens, acknowledgements, messages),
 * `commandRegistry`, `interactionPayloads`, `gateway` and `faults`.
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
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
	GatewayDispatchEvents,
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteractionDataOption,
	type APIChatInputApplicationCommandInteraction,
	type APIMessage,
	type APIMessageApplicationCommandInteraction,
	type APIMessageComponentButtonInteraction,
	type ClientOptions,
	type GatewayGuildCreateDispatchData,
	type InteractionType,
} from 'discord.js';
import { registerBuiltInRoutes } from './builtInRoutes.js';
import { CommandRegistry } from './commandRegistry.js';
import { guildCreatePayload } from './discordObjects.js';
import { FaultInjector, type Interceptor } from './faults.js';
import { Gateway, type GatewayEvent } from './gateway.js';
import { type InteractionExtras, type InteractionInput, InteractionPayloads } from './interactionPayloads.js';
import { type InteractionHandle, Interactions } from './interactions.js';
import type { FakeResponse, RecordedRequest, RequestMatcher } from './requests.js';
import { RestServer } from './restServer.js';
import { type RouteHandler, RouteTable } from './routes.js';

export interface FakeDiscordOptions {
	/** HELLO heartbeat interval. discord.js waits a random fraction of it before its first heartbeat. */
	heartbeatIntervalMs?: number;
	/** When set, IDENTIFY/RESUME with another token is closed with 4004 and authed REST calls answer 401. */
	token?: string;
	guildName?: string;
	channelName?: string;
}

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

	private readonly options: FakeDiscordOptions;
	private readonly server: Server;
	private readonly sockets = new Set<Socket>();
	private readonly routes: RouteTable;
	private readonly faultInjector = new FaultInjector();
	private readonly rest: RestServer;
	private readonly gateway: Gateway;
	private readonly commands = new CommandRegistry();
	private readonly payloads = new InteractionPayloads(this.commands);
	private readonly interactions = new Interactions();
	private closed = false;

	private constructor(server: Server, port: number, options: FakeDiscordOptions) {
		this.server = server;
		this.port = port;
		this.options = options;
		this.apiUrl = `http://127.0.0.1:${port}/api`;
		this.gatewayUrl = `ws://127.0.0.1:${port}`;
		this.routes = new RouteTable(options.token);
		this.rest = new RestServer(port, this.routes, this.faultInjector);
		this.gateway = new Gateway({
			url: this.gatewayUrl,
			heartbeatIntervalMs: options.heartbeatIntervalMs,
			token: options.token,
			guildCreate: () => this.guildCreatePayload(),
		});
		this.requests = this.rest.requests;
		this.gatewayEvents = this.gateway.events;
		registerBuiltInRoutes(this.routes, {
			gatewayUrl: this.gatewayUrl,
			names: options,
			commands: this.commands,
			interactions: this.interactions,
		});
		server.on('request', (req: IncomingMessage, res: ServerResponse) => {
			this.rest.onHttpRequest(req, res).catch((error: unknown) => {
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
			this.gateway.upgrade(req, socket, head);
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
		this.rest.cancelWaiters('FakeDiscord closed');
		this.gateway.cancelWaiters('FakeDiscord closed');
		this.rest.clearTimers();
		this.gateway.close();
		const closedServer = new Promise<void>((resolve) => this.server.close(() => resolve()));
		this.server.closeAllConnections();
		for (const socket of this.sockets) socket.destroy();
		await closedServer;
	}

	// ----- REST recording & fault injection ------------------------------------------------------------------------

	/** Resolves with the first recorded request (already recorded or future) that matches. */
	waitForRequest(matcher: RequestMatcher, timeoutMs = 5_000): Promise<RecordedRequest> {
		return this.rest.waitForRequest(matcher, timeoutMs);
	}

	/** Waits for the (first) interaction callback POST of an interaction. */
	waitForCallback(interaction: InteractionHandle, timeoutMs = 5_000): Promise<RecordedRequest> {
		return this.waitForRequest({ method: 'POST', path: interaction.callbackPath }, timeoutMs);
	}

	/** Requests matching the matcher, in arrival order. */
	requestsMatching(matcher: RequestMatcher): RecordedRequest[] {
		return this.rest.requestsMatching(matcher);
	}

	/** Requests no route handled (answered 404 Unknown): handy to spot endpoints the fake lacks. */
	unhandledRequests(): RecordedRequest[] {
		return this.rest.unhandledRequests();
	}

	clearRequests(): void {
		this.rest.clearRequests();
	}

	/**
	 * Calls `listener` synchronously with every REST request the moment it is recorded (routed, status set, before the
	 * response is written), so a caller can react to arrivals without polling `requests`. A listener that throws is
	 * ignored, like a throwing matcher. Returns a function that removes the listener.
	 */
	onRequest(listener: (request: RecordedRequest) => void): () => void {
		return this.rest.onRequest(listener);
	}

	/** The next `times` matching REST calls are answered with `response` instead of the normal route. */
	failNext(matcher: RequestMatcher, response: FakeResponse, times = 1): void {
		this.faultInjector.failNext(matcher, response, times);
	}

	/** The next `times` matching REST calls are answered normally, but only after `delayMs`. */
	delayNext(matcher: RequestMatcher, delayMs: number, times = 1): void {
		this.faultInjector.delayNext(matcher, delayMs, times);
	}

	clearFaults(): void {
		this.faultInjector.clear();
	}

	// ----- Extension points (used by faultPlan.ts and nonceMemory.ts) ------------------------------------------------

	/**
	 * Adds an interceptor, asked about every REST request before `failNext`/`delayNext` faults and routes; the first one
	 * that returns an interception decides. Returns a function that removes it.
	 */
	intercept(interceptor: Interceptor): () => void {
		return this.faultInjector.intercept(interceptor);
	}

	/** Adds a route that takes precedence over the built-in ones (same `:param` patterns and auth check). */
	addRoute(method: string, pattern: string, handler: RouteHandler): void {
		this.routes.first(method, pattern, handler);
	}

	/** Makes a message fetchable, editable and deletable through the built-in message routes. */
	rememberMessage(message: APIMessage): void {
		this.interactions.rememberMessage(message);
	}

	/** Undoes `rememberMessage`. */
	forgetMessage(id: string): void {
		this.interactions.forgetMessage(id);
	}

	// ----- Gateway ---------------------------------------------------------------------------------------------------

	/** Set to false to stop answering heartbeats (zombie-connection tests). */
	get ackHeartbeats(): boolean {
		return this.gateway.ackHeartbeats;
	}

	set ackHeartbeats(value: boolean) {
		this.gateway.ackHeartbeats = value;
	}

	/** When set, every IDENTIFY is answered by closing the connection with this code (e.g. 4014) instead of READY. */
	get identifyCloseCode(): number | undefined {
		return this.gateway.identifyCloseCode;
	}

	set identifyCloseCode(code: number | undefined) {
		this.gateway.identifyCloseCode = code;
	}

	get identifyCount(): number {
		return this.gateway.identifyCount;
	}

	get resumeCount(): number {
		return this.gateway.resumeCount;
	}

	/** Number of open gateway connections that completed READY/RESUMED. */
	get readyConnections(): number {
		return this.gateway.readyConnections;
	}

	waitForGatewayEvent(predicate: (event: GatewayEvent) => boolean, timeoutMs = 5_000): Promise<GatewayEvent> {
		return this.gateway.waitForEvent(predicate, timeoutMs);
	}

	/**
	 * Closes every gateway connection with `code` (4000 = unknown error: discord.js resumes after ~500 ms).
	 * `abrupt` destroys the sockets without a close frame (client sees 1006). `invalidateSession` makes the next
	 * RESUME answer INVALID_SESSION(false), forcing a fresh IDENTIFY. Returns the number of connections closed.
	 */
	closeGateway(code = 4000, options: { abrupt?: boolean; invalidateSession?: boolean } = {}): number {
		return this.gateway.closeAll(code, options);
	}

	/** Makes every known session unresumable (next RESUME gets INVALID_SESSION false). */
	invalidateSessions(): void {
		this.gateway.invalidateSessions();
	}

	/** Sends a raw gateway payload (e.g. `{ op: 7, d: null }` RECONNECT) to every open connection. */
	sendGatewayPayload(payload: { op: number; d: unknown }): void {
		this.gateway.sendPayload(payload);
	}

	/**
	 * Sends a dispatch (op 0) to every ready connection. While no connection is ready (e.g. after closeGateway), the
	 * dispatch is queued and delivered right after the next READY (+ GUILD_CREATE) or RESUMED.
	 */
	dispatch(t: string, d: unknown): void {
		this.gateway.dispatch(t, d);
	}

	// ----- Interactions ------------------------------------------------------------------------------------------------

	/** Sends INTERACTION_CREATE with a complete payload (missing common fields are filled in) and tracks it. */
	dispatchInteraction(interaction: InteractionInput | { type: InteractionType }): InteractionHandle {
		// A payload with `user` but no `member` is a DM interaction: don't add guild fields to it.
		const dm = 'user' in interaction && !('member' in interaction);
		const payload: Record<string, unknown> = { ...this.payloads.base({ dm }), ...interaction };
		const handle = this.interactions.track(payload);
		this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
		return handle;
	}

	/** A chat-input command interaction (type 2, data.type 1). */
	chatInput(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[] = [],
		extra: InteractionExtras = {},
	): APIChatInputApplicationCommandInteraction {
		return this.payloads.chatInput(name, options, extra);
	}

	/** An autocomplete interaction (type 4); mark the option being typed with `focused: true`. */
	autocomplete(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[],
		extra: InteractionExtras = {},
	): APIApplicationCommandAutocompleteInteraction {
		return this.payloads.autocomplete(name, options, extra);
	}

	/** A message context-menu command (type 2, data.type 3) used on a message (see `InteractionPayloads`). */
	messageCommand(
		name: string,
		message: Partial<APIMessage> & { content: string },
		extra: InteractionExtras = {},
	): APIMessageApplicationCommandInteraction {
		return this.payloads.messageCommand(name, message, extra);
	}

	/** A button click (type 3, component_type 2) on a bot message carrying that button. */
	button(customId: string, messageId?: string, extra: InteractionExtras = {}): APIMessageComponentButtonInteraction {
		return this.payloads.button(customId, messageId, extra);
	}

	/** Commands registered through PUT/POST (global when guildId is omitted). */
	registeredCommands(guildId?: string): Record<string, unknown>[] {
		return this.commands.registered(guildId);
	}

	/** The current `@original` response message of an interaction, if any. */
	originalMessage(interaction: InteractionHandle | string): APIMessage | undefined {
		return this.interactions.original(typeof interaction === 'string' ? interaction : interaction.id);
	}

	/** The full GUILD_CREATE payload sent after READY. */
	guildCreatePayload(): GatewayGuildCreateDispatchData {
		return guildCreatePayload(this.options);
	}
}
