/**
 * Interaction state as Discord keeps it: each interaction by id and by token, whether it was acknowledged and how,
 * its `@original` message and follow-ups, and the messages the REST routes can fetch, edit and delete.
 */
import {
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	MessageType,
	type APIMessage,
	type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { APP_ID, CHANNEL_ID, applyMessageFields, asRecord, buildMessage, snowflake } from './discordObjects.js';
import { faults } from './faults.js';
import { type FakeResponse, type RecordedRequest, apiError } from './requests.js';

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

function describeValue(value: unknown): string {
	try {
		return JSON.stringify(value);
	} catch {
		return String(value);
	}
}

const ok = (body: unknown): FakeResponse => ({ status: 200, body });
const noContent: FakeResponse = { status: 204 };

export class Interactions {
	private readonly interactions = new Map<string, InteractionState>();
	private readonly interactionsByToken = new Map<string, InteractionState>();
	/** Every message the routes can fetch, edit or delete, by id. */
	private readonly messages = new Map<string, APIMessage>();

	/**
	 * Tracks an interaction about to be dispatched, filling in its id and token when it has none.
	 *
	 * @param payload - the complete INTERACTION_CREATE payload; its `id` and `token` are set here
	 */
	track(payload: Record<string, unknown>): InteractionHandle {
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
		return {
			id,
			token,
			callbackPath: `/interactions/${id}/${token}/callback`,
			originalMessagePath: `/webhooks/${APP_ID}/${token}/messages/@original`,
			followUpPath: `/webhooks/${APP_ID}/${token}`,
			payload,
		};
	}

	/** The current `@original` response message of an interaction, if any. */
	original(id: string): APIMessage | undefined {
		return this.interactions.get(id)?.original;
	}

	/** `POST /interactions/:id/:token/callback`: the one acknowledgement, and the message it makes. */
	callback(request: RecordedRequest, id: string, token: string): FakeResponse {
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

	/** `POST /webhooks/:appId/:token`: a follow-up message. */
	followUp(request: RecordedRequest, token: string): FakeResponse {
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
	}

	/** `GET /webhooks/:appId/:token/messages/:messageId` (`@original` or a follow-up). */
	getWebhookMessage(token: string, messageId: string): FakeResponse {
		const found = this.findWebhookMessage(token, messageId);
		return 'status' in found ? found : ok(found.message);
	}

	/** `PATCH /webhooks/:appId/:token/messages/:messageId`: editing `@original` also ends its loading state. */
	editWebhookMessage(request: RecordedRequest, token: string, messageId: string): FakeResponse {
		const found = this.findWebhookMessage(token, messageId);
		if ('status' in found) return found;
		const edited = applyMessageFields(found.message, request.body, true);
		if (messageId === '@original') {
			edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
			found.interaction.original = edited;
		} else found.interaction.followUps.set(edited.id, edited);
		this.messages.set(edited.id, edited);
		return ok(edited);
	}

	/** `DELETE /webhooks/:appId/:token/messages/:messageId`. */
	deleteWebhookMessage(token: string, messageId: string): FakeResponse {
		const found = this.findWebhookMessage(token, messageId);
		if ('status' in found) return found;
		if (messageId === '@original') found.interaction.original = undefined;
		else found.interaction.followUps.delete(messageId);
		this.messages.delete(found.message.id);
		return noContent;
	}

	/** `POST /channels/:channelId/messages`. */
	createChannelMessage(request: RecordedRequest, channelId: string): FakeResponse {
		const message = buildMessage(channelId, request.body);
		this.messages.set(message.id, message);
		return ok(message);
	}

	/** `GET /channels/:channelId/messages/:messageId`. */
	getMessage(messageId: string): FakeResponse {
		const message = this.messages.get(messageId);
		return message ? ok(message) : faults.unknownMessage();
	}

	/** `PATCH /channels/:channelId/messages/:messageId`. */
	editMessage(request: RecordedRequest, messageId: string): FakeResponse {
		const message = this.messages.get(messageId);
		if (!message) return faults.unknownMessage();
		const edited = applyMessageFields(message, request.body, true);
		this.messages.set(messageId, edited);
		return ok(edited);
	}

	/** `DELETE /channels/:channelId/messages/:messageId`. */
	deleteMessage(messageId: string): FakeResponse {
		return this.messages.delete(messageId) ? noContent : faults.unknownMessage();
	}

	/** Makes a message fetchable, editable and deletable through the message routes. */
	rememberMessage(message: APIMessage): void {
		this.messages.set(message.id, message);
	}

	forgetMessage(id: string): void {
		this.messages.delete(id);
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
}
