/**
 * Reading what the bot sent: REST bodies are `unknown`, narrowed here once for every end-to-end test (messages,
 * embeds, buttons, callbacks), with Discord's documented limits as an oracle and the option payloads tests send.
 */
import {
	ApplicationCommandOptionType,
	type APIApplicationCommandInteractionDataIntegerOption,
	type APIApplicationCommandInteractionDataStringOption,
	type InteractionType,
	MessageFlags,
} from 'discord.js';
import { expect } from 'vitest';
import type { RecordedRequest } from './fakeDiscord/index.js';

export interface SentEmbed {
	title?: string;
	description?: string;
	fields: { name: string; value: string }[];
	footer?: string;
	author?: string;
}

export interface SentButton {
	customId: string;
	label: string;
	disabled: boolean;
}

export interface SentMessage {
	content?: string;
	/** 0 when absent. */
	flags: number;
	embeds: SentEmbed[];
	buttons: SentButton[];
	/** How many buttons each action row holds, in order. */
	rows: number[];
	allowedMentions: unknown;
}

export interface SentCallback extends SentMessage {
	type: number;
	choices: { name: string; value: string }[];
}

/** What every reply sends: mentions switched off. */
export const NO_MENTIONS = { parse: [] };

export function asObject(value: unknown, what: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Error(`${what}: expected an object, got ${JSON.stringify(value)}`);
	}
	return value as Record<string, unknown>;
}

/** An array that must be there. */
export function asArray(value: unknown, what: string): unknown[] {
	if (!Array.isArray(value)) throw new Error(`${what}: expected an array, got ${JSON.stringify(value)}`);
	return value;
}

/** An array Discord lets a body leave out: absent (or null) reads as empty. */
export function arrayOrEmpty(value: unknown, what: string): unknown[] {
	if (value === undefined || value === null) return [];
	return asArray(value, what);
}

export function asString(value: unknown, what: string): string {
	if (typeof value !== 'string') throw new Error(`${what}: expected a string, got ${JSON.stringify(value)}`);
	return value;
}

export function optionalString(value: unknown, what: string): string | undefined {
	return value === undefined || value === null ? undefined : asString(value, what);
}

export function readEmbed(raw: unknown): SentEmbed {
	const embed = asObject(raw, 'embed');
	const footer = embed.footer === undefined ? undefined : asObject(embed.footer, 'embed.footer');
	const author = embed.author === undefined ? undefined : asObject(embed.author, 'embed.author');
	return {
		title: optionalString(embed.title, 'embed.title'),
		description: optionalString(embed.description, 'embed.description'),
		fields: arrayOrEmpty(embed.fields, 'embed.fields').map((rawField) => {
			const field = asObject(rawField, 'embed field');
			return { name: asString(field.name, 'field.name'), value: asString(field.value, 'field.value') };
		}),
		footer: footer ? asString(footer.text, 'footer.text') : undefined,
		author: author ? asString(author.name, 'author.name') : undefined,
	};
}

export function readButtons(rawComponents: unknown): SentButton[] {
	return arrayOrEmpty(rawComponents, 'components').flatMap((rawRow) =>
		arrayOrEmpty(asObject(rawRow, 'action row').components, 'row.components').map((rawButton) => {
			const button = asObject(rawButton, 'button');
			return {
				customId: asString(button.custom_id, 'button.custom_id'),
				label: asString(button.label, 'button.label'),
				disabled: button.disabled === true,
			};
		}),
	);
}

/** A message body: the `data` of a callback, or the body of a webhook PATCH/POST. */
export function readMessage(raw: unknown): SentMessage {
	const data = raw === undefined || raw === null ? {} : asObject(raw, 'message body');
	return {
		content: optionalString(data.content, 'content'),
		flags: typeof data.flags === 'number' ? data.flags : 0,
		embeds: arrayOrEmpty(data.embeds, 'embeds').map(readEmbed),
		buttons: readButtons(data.components),
		rows: arrayOrEmpty(data.components, 'components').map(
			(rawRow) => arrayOrEmpty(asObject(rawRow, 'action row').components, 'row.components').length,
		),
		allowedMentions: data.allowed_mentions,
	};
}

export function readCallback(request: RecordedRequest): SentCallback {
	const body = asObject(request.body, 'callback body');
	if (typeof body.type !== 'number') throw new Error(`callback without a type: ${JSON.stringify(body)}`);
	const data = body.data === undefined ? {} : asObject(body.data, 'callback data');
	return {
		type: body.type,
		...readMessage(data),
		choices: arrayOrEmpty(data.choices, 'choices').map((rawChoice) => {
			const choice = asObject(rawChoice, 'choice');
			return { name: asString(choice.name, 'choice.name'), value: String(choice.value) };
		}),
	};
}

export function isEphemeral(message: { flags: number }): boolean {
	return (message.flags & MessageFlags.Ephemeral) !== 0;
}

/** Characters Discord counts toward the 6,000 limit, summed over every embed of one message. */
export function embedCharacters(embeds: readonly SentEmbed[]): number {
	return embeds.reduce(
		(sum, embed) =>
			sum +
			(embed.title?.length ?? 0) +
			(embed.description?.length ?? 0) +
			(embed.footer?.length ?? 0) +
			(embed.author?.length ?? 0) +
			embed.fields.reduce((fieldSum, field) => fieldSum + field.name.length + field.value.length, 0),
		0,
	);
}

/** Discord's documented message and embed limits (written out here, not imported from src, to be an oracle). */
export function expectWithinDiscordLimits(message: SentMessage): void {
	expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
	expect(message.embeds.length).toBeLessThanOrEqual(10);
	for (const embed of message.embeds) {
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
		expect(embed.footer?.length ?? 0).toBeLessThanOrEqual(2048);
		expect(embed.fields.length).toBeLessThanOrEqual(25);
		for (const field of embed.fields) {
			expect(field.name.length).toBeGreaterThan(0);
			expect(field.name.length).toBeLessThanOrEqual(256);
			expect(field.value.length).toBeGreaterThan(0);
			expect(field.value.length).toBeLessThanOrEqual(1024);
		}
	}
	expect(embedCharacters(message.embeds)).toBeLessThanOrEqual(6000);
	expect(message.rows.length).toBeLessThanOrEqual(5);
	for (const row of message.rows) expect(row).toBeLessThanOrEqual(5);
	for (const button of message.buttons) {
		expect(button.customId.length).toBeLessThanOrEqual(100);
		expect(button.label.length).toBeLessThanOrEqual(80);
	}
}

export function stringOption(
	name: string,
	value: string,
	focused = false,
): APIApplicationCommandInteractionDataStringOption {
	return { name, type: ApplicationCommandOptionType.String, value, ...(focused ? { focused } : {}) };
}

export function integerOption(
	name: string,
	value: number,
): APIApplicationCommandInteractionDataIntegerOption<InteractionType.ApplicationCommand> {
	return { name, type: ApplicationCommandOptionType.Integer, value };
}

/** A reply's button labels besides the first answer's Show source and More citations (tested in citationActions). */
export function withoutCitationButtons(labels: readonly (string | undefined)[]): (string | undefined)[] {
	return labels.filter((label) => label === undefined || !/^(Show source|More citations \(\d+\))$/u.test(label));
}

/**
 * @param message - what the bot sent
 * @param label - a button's label, or its start ("More citations" for "More citations (7)")
 * @returns the custom id of the first button whose label starts so
 */
export function buttonId(message: { buttons: readonly SentButton[] }, label: string): string {
	const button = message.buttons.find((candidate) => candidate.label.startsWith(label));
	if (!button) throw new Error(`no "${label}" button in ${JSON.stringify(message.buttons)}`);
	return button.customId;
}
