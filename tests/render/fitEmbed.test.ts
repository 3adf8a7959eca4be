/** fitEmbed and fitEmbeds: every part cut to its limit, empty fields dropped, the 6,000-character total kept. */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedLength, fitEmbed, fitEmbeds } from '../../src/render/fitEmbed.js';

function field(name: string, value: string): { name: string; value: string } {
	return { name, value };
}

describe('embedLength', () => {
	it('counts the title, description, footer, author and every field name and value', () => {
		expect(
			embedLength({
				title: 'ab',
				description: 'cde',
				footer: { text: 'f' },
				author: { name: 'gh' },
				fields: [field('i', 'jk'), field('l', 'm')],
				color: 123_456,
			}),
		).toBe(2 + 3 + 1 + 2 + 3 + 2);
	});
});

describe('fitEmbed', () => {
	it('cuts the title, field names and values to their limits, with an ellipsis', () => {
		const embed = fitEmbed({ title: 't'.repeat(300), fields: [field('n'.repeat(300), 'v'.repeat(2000))] });

		expect(embed.title).toHaveLength(256);
		expect(embed.title?.endsWith('…')).toBe(true);
		expect(embed.fields?.[0]?.name).toHaveLength(256);
		expect(embed.fields?.[0]?.value).toHaveLength(1024);
	});

	it('cuts the description and the footer to their limits', () => {
		expect(fitEmbed({ description: 'd'.repeat(5000) }).description).toHaveLength(4096);
		expect(fitEmbed({ footer: { text: 'f'.repeat(3000) } }).footer?.text).toHaveLength(2048);
	});

	it('drops fields whose name or value is blank, which Discord refuses', () => {
		expect(fitEmbed({ fields: [field(' ', 'a'), field('b', ''), field('c', 'd')] }).fields).toEqual([field('c', 'd')]);
	});

	it('keeps the first 25 fields', () => {
		const fields = Array.from({ length: 30 }, (_, index) => field(`f${index}`, 'v'));

		expect(fitEmbed({ fields }).fields?.map((kept) => kept.name)).toEqual(fields.slice(0, 25).map((kept) => kept.name));
	});

	it('drops the last fields until the embed is within 6,000 characters', () => {
		const fields = Array.from({ length: 8 }, (_, index) => field(`f${index}`, 'v'.repeat(1000)));

		const embed = fitEmbed({ title: 'Title', fields });

		expect(embed.fields?.map((kept) => kept.name)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
		expect(embedLength(embed)).toBeLessThanOrEqual(6000);
	});

	it('cuts the description when the parts alone exceed the total', () => {
		const embed = fitEmbed({
			title: 't'.repeat(256),
			description: 'd'.repeat(4096),
			footer: { text: 'f'.repeat(2048) },
		});

		expect(embedLength(embed)).toBeLessThanOrEqual(6000);
		expect(embed.description?.endsWith('…')).toBe(true);
		expect(embed.footer?.text).toHaveLength(2048);
	});

	it('leaves an embed within every limit as it was, apart from an empty field list', () => {
		const embed: APIEmbed = { title: 'Title', description: 'Text', color: 1, fields: [field('a', 'b')] };

		expect(fitEmbed(embed)).toEqual(embed);
		expect(fitEmbed({ title: 'Title' })).toEqual({ title: 'Title', fields: [] });
	});
});

describe('fitEmbeds', () => {
	const big = (name: string): APIEmbed => ({ title: name, description: 'd'.repeat(2500) });

	it('keeps embeds in order while their total stays within 6,000 characters', () => {
		expect(fitEmbeds([big('a'), big('b'), big('c')]).map((embed) => embed.title)).toEqual(['a', 'b']);
	});

	it('always keeps the first, fitted', () => {
		const [first, ...rest] = fitEmbeds([{ title: 'x'.repeat(300), description: 'd'.repeat(4096) }, big('b')]);

		expect(first?.title).toHaveLength(256);
		expect(rest).toEqual([]);
	});

	it('keeps at most ten', () => {
		const embeds = Array.from({ length: 12 }, (_, index) => ({ title: `e${index}` }));

		expect(fitEmbeds(embeds)).toHaveLength(10);
	});
});
