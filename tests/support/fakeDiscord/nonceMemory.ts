/**
 * Discord's nonce memory and channel history for FakeDiscord. A message created with a `nonce` and
 * `enforce_nonce: true` is remembered for `windowMs` (Discord: "the past few minutes"): a second create with that
 * nonce within the window returns the first message and creates nothing; after the window it creates a new message,
 * as Discord does. `GET /channels/:id/messages` lists a channel's messages newest first with `limit`, `before` and
 * `after`, without the nonce (Discord does not return it there), so a bot looking for its own post must recognise it
 * by its content.
 */
import type { APIMessage } from 'discord.js';
import { buildMessage } from './discordObjects.js';
import type { FakeDiscord } from './fakeDiscord.js';

export interface NonceMemoryOptions {
	/** How long a nonce is remembered; Discord's is a few minutes, tests use a few milliseconds. */
	windowMs: number;
}

function recordOf(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Installs the routes on `fake`; read the channels' messages back through it. */
export class NonceMemory {
	private readonly byChannel = new Map<string, APIMessage[]>();
	private readonly nonces = new Map<string, { message: APIMessage; at: number }>();
	private readonly fake: FakeDiscord;

	constructor(fake: FakeDiscord, options: NonceMemoryOptions) {
		this.fake = fake;
		fake.addRoute('POST', '/channels/:channelId/messages', (request, { channelId = '' }) => {
			const body = recordOf(request.body);
			const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : undefined;
			if (nonce !== undefined && body.enforce_nonce === true) {
				const seen = this.nonces.get(nonce);
				if (seen && Date.now() - seen.at <= options.windowMs) return { status: 200, body: seen.message };
			}
			const message = buildMessage(channelId, body, nonce === undefined ? {} : { nonce });
			let messages = this.byChannel.get(channelId);
			if (!messages) {
				messages = [];
				this.byChannel.set(channelId, messages);
			}
			messages.push(message);
			fake.rememberMessage(message);
			if (nonce !== undefined) this.nonces.set(nonce, { message, at: Date.now() });
			return { status: 200, body: message };
		});
		fake.addRoute('GET', '/channels/:channelId/messages', (request, { channelId = '' }) => {
			const limit = Math.min(Math.max(Number(request.query.limit ?? 50) || 50, 1), 100);
			const after = request.query.after === undefined ? undefined : BigInt(request.query.after);
			const before = request.query.before === undefined ? undefined : BigInt(request.query.before);
			let found = (this.byChannel.get(channelId) ?? []).filter(
				(message) =>
					(after === undefined || BigInt(message.id) > after) && (before === undefined || BigInt(message.id) < before),
			);
			// Discord gives the messages nearest the cursor: the oldest ones after `after`, else the newest.
			found = after !== undefined && before === undefined ? found.slice(0, limit) : found.slice(-limit);
			const listed = found.reverse().map(({ nonce: _nonce, ...message }) => message);
			return { status: 200, body: listed };
		});
	}

	/** The messages of a channel, oldest first. */
	messagesIn(channelId: string): APIMessage[] {
		return [...(this.byChannel.get(channelId) ?? [])];
	}

	/** Forgets every message and nonce (between tests). */
	clear(): void {
		for (const message of this.allMessages()) this.fake.forgetMessage(message.id);
		this.byChannel.clear();
		this.nonces.clear();
	}

	/** Every message in every channel. */
	allMessages(): APIMessage[] {
		return [...this.byChannel.values()].flat();
	}
}
