/**
 * The gateway side of the stand-in (v10, JSON, no compression): HELLO, IDENTIFY → READY + GUILD_CREATE, RESUME →
 * RESUMED or INVALID_SESSION, heartbeats and their acks, dispatches (queued while no connection is ready), closes,
 * and a log of it all that tests can wait on.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import {
	GatewayDispatchEvents,
	GatewayOpcodes,
	type ApplicationFlags,
	type GatewayGuildCreateDispatchData,
	type GatewayReadyDispatchData,
} from 'discord.js';
import { APP_ID, GUILD_ID, asRecord, botUser, snowflake } from './discordObjects.js';
import { WaitableLog } from './waitableLog.js';

export const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;

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

export interface GatewayOptions {
	/** The URL sent as `resume_gateway_url`. */
	url: string;
	/** HELLO heartbeat interval. */
	heartbeatIntervalMs?: number;
	/** When set, IDENTIFY/RESUME with another token is closed with 4004. */
	token?: string;
	/** The GUILD_CREATE sent after each READY. */
	guildCreate: () => GatewayGuildCreateDispatchData;
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

export class Gateway {
	/** Gateway log: connections, IDENTIFY/RESUME, heartbeats, dispatches, closes. */
	readonly events: GatewayEvent[];
	/** Set to false to stop answering heartbeats (zombie-connection tests). */
	ackHeartbeats = true;
	/** When set, every IDENTIFY is answered by closing the connection with this code (e.g. 4014) instead of READY. */
	identifyCloseCode: number | undefined;

	private readonly wss = new WebSocketServer({ noServer: true });
	private readonly log = new WaitableLog<GatewayEvent>();
	private readonly connections = new Set<GatewayConnection>();
	private readonly sessions = new Map<string, GatewaySession>();
	private readonly pendingDispatches: { t: string; d: unknown }[] = [];
	private connectionCount = 0;
	private closed = false;

	constructor(private readonly options: GatewayOptions) {
		this.events = this.log.items;
	}

	/** The HTTP server's `upgrade` listener: the socket becomes a gateway connection. */
	upgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
		this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
	}

	get identifyCount(): number {
		return this.events.filter((event) => event.kind === 'identify').length;
	}

	get resumeCount(): number {
		return this.events.filter((event) => event.kind === 'resume').length;
	}

	/** Number of open gateway connections that completed READY/RESUMED. */
	get readyConnections(): number {
		return [...this.connections].filter((connection) => connection.ready).length;
	}

	waitForEvent(predicate: (event: GatewayEvent) => boolean, timeoutMs: number): Promise<GatewayEvent> {
		return this.log.wait(
			predicate,
			timeoutMs,
			() =>
				`FakeDiscord: no matching gateway event within ${timeoutMs} ms. Log: ${
					this.events.map((event) => event.t ?? event.kind).join(', ') || 'none'
				}`,
		);
	}

	/** Closes every connection with `code` (or, `abrupt`, without a close frame); see `FakeDiscord.closeGateway`. */
	closeAll(code: number, options: { abrupt?: boolean; invalidateSession?: boolean }): number {
		const connections = [...this.connections];
		for (const connection of connections) {
			connection.ready = false;
			if (options.invalidateSession && connection.session) connection.session.valid = false;
			if (options.abrupt) connection.ws.terminate();
			else connection.ws.close(code, 'FakeDiscord closeGateway');
		}
		return connections.length;
	}

	invalidateSessions(): void {
		for (const session of this.sessions.values()) session.valid = false;
	}

	/** Sends a raw payload to every open connection. */
	sendPayload(payload: { op: number; d: unknown }): void {
		for (const connection of this.connections) this.send(connection, { ...payload, s: null, t: null });
	}

	/** Sends a dispatch to every ready connection, or queues it until the next READY or RESUMED. */
	dispatch(t: string, d: unknown): void {
		const ready = [...this.connections].filter((connection) => connection.ready);
		if (ready.length === 0) {
			this.pendingDispatches.push({ t, d });
			return;
		}
		for (const connection of ready) this.sendDispatch(connection, t, d);
	}

	/** Rejects every pending `waitForEvent`. */
	cancelWaiters(reason: string): void {
		this.log.cancelAll(reason);
	}

	/** Terminates every connection and refuses new ones. */
	close(): void {
		this.closed = true;
		for (const connection of this.connections) connection.ws.terminate();
		this.connections.clear();
		this.wss.close();
	}

	private logEvent(event: Omit<GatewayEvent, 'at'>): void {
		this.log.push({ ...event, at: Date.now() });
	}

	private onConnection(ws: WebSocket, req: IncomingMessage): void {
		if (this.closed) {
			ws.terminate();
			return;
		}
		this.connectionCount += 1;
		const connection: GatewayConnection = { number: this.connectionCount, ws, session: undefined, ready: false };
		this.connections.add(connection);
		const query = Object.fromEntries(new URL(req.url ?? '/', this.options.url).searchParams);
		this.logEvent({ kind: 'connect', connection: connection.number, query });
		ws.on('message', (data: WebSocket.RawData) => this.onMessage(connection, data));
		ws.on('close', (code: number) => {
			connection.ready = false;
			this.connections.delete(connection);
			this.logEvent({ kind: 'close', connection: connection.number, code });
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

	private onMessage(connection: GatewayConnection, data: WebSocket.RawData): void {
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
				this.logEvent({ kind: 'heartbeat', connection: connection.number, op, d });
				if (this.ackHeartbeats) this.send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
				return;
			case GatewayOpcodes.Identify:
				this.onIdentify(connection, d);
				return;
			case GatewayOpcodes.Resume:
				this.onResume(connection, d);
				return;
			default:
				this.logEvent({ kind: 'payload', connection: connection.number, op, d });
		}
	}

	private tokenRejected(d: unknown): boolean {
		if (this.options.token === undefined) return false;
		return asRecord(d)?.token !== this.options.token;
	}

	private onIdentify(connection: GatewayConnection, d: unknown): void {
		this.logEvent({ kind: 'identify', connection: connection.number, op: GatewayOpcodes.Identify, d });
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
			resume_gateway_url: this.options.url,
			shard: [0, 1],
			application: { id: APP_ID, flags: 0 as ApplicationFlags, flags_new: '0' },
		};
		this.sendDispatch(connection, GatewayDispatchEvents.Ready, ready);
		this.logEvent({ kind: 'ready', connection: connection.number });
		this.sendDispatch(connection, GatewayDispatchEvents.GuildCreate, this.options.guildCreate());
		connection.ready = true;
		this.flushPending(connection);
	}

	private onResume(connection: GatewayConnection, d: unknown): void {
		this.logEvent({ kind: 'resume', connection: connection.number, op: GatewayOpcodes.Resume, d });
		const sessionId = asRecord(d)?.session_id;
		const session = typeof sessionId === 'string' ? this.sessions.get(sessionId) : undefined;
		if (this.tokenRejected(d)) {
			connection.ws.close(4004, 'Authentication failed.');
			return;
		}
		if (!session?.valid) {
			this.logEvent({ kind: 'invalid-session', connection: connection.number });
			this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
			return;
		}
		connection.session = session;
		this.sendDispatch(connection, GatewayDispatchEvents.Resumed, {});
		this.logEvent({ kind: 'resumed', connection: connection.number });
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
		this.logEvent({ kind: 'dispatch', connection: connection.number, op: GatewayOpcodes.Dispatch, t, d });
	}

	private send(connection: GatewayConnection, payload: unknown): void {
		if (connection.ws.readyState === WebSocket.OPEN) connection.ws.send(JSON.stringify(payload));
	}
}
