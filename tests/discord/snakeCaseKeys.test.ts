import { EmbedBuilder, Options } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snakeCaseKeys } from '../../src/discord/snakeCaseKeys.js';

const discordTransformer = Options.createDefault().jsonTransformer ?? ((value: unknown): unknown => value);

describe('snakeCaseKeys', () => {
	it('converts the keys of nested objects and arrays, leaving values alone', () => {
		expect(
			snakeCaseKeys({
				allowedMentions: { parse: [], repliedUser: false },
				components: [{ type: 1, components: [{ customId: 'page:2', label: 'Next ▶' }] }],
			}),
		).toEqual({
			allowed_mentions: { parse: [], replied_user: false },
			components: [{ type: 1, components: [{ custom_id: 'page:2', label: 'Next ▶' }] }],
		});
	});

	it('gives what discord.js gives for an embed, a builder, a date, an emoji and scalars', () => {
		const samples: unknown[] = [
			{ title: 'T', fields: [{ name: 'a', value: 'b', inline: true }], footer: { text: 'f', iconURL: 'x' } },
			new EmbedBuilder().setTitle('built'),
			{ at: new Date(0), emoji: '<:flag:123456789012345678>', nested: { emoji: '🙂' } },
			[1, 'two', null, undefined, true],
			'text',
			42,
			null,
		];
		for (const sample of samples) expect(snakeCaseKeys(sample)).toEqual(discordTransformer(sample));
	});

	it('gives what discord.js gives for any JSON-like value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(snakeCaseKeys(value)).toEqual(discordTransformer(value));
			}),
		);
	});
});
