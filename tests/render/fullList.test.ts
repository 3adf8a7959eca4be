/** A whole list as messages: rows numbered and whole, embeds and pages within Discord's limits, the count below. */
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import { fullListPage } from '../../src/render/fullList.js';

/** Every row of every page, in order. */
function allRows(lines: readonly string[]): string[] {
	const { pages } = fullListPage('T', 'n rows', lines, 0);
	return Array.from({ length: pages }, (_, page) =>
		fullListPage('T', 'n rows', lines, page).embeds.flatMap((embed) => embed.description?.split('\n') ?? []),
	).flat();
}

describe('fullListPage', () => {
	it('numbers every row of a short list in one embed, titled, with the count in the footer', () => {
		expect(fullListPage('Visit: 3 awards', '3 awards', ['A', 'B', 'C'], 0)).toEqual({
			embeds: [
				{
					color: 0x2f6fde,
					title: 'Visit: 3 awards',
					description: '1. A\n2. B\n3. C',
					fields: [],
					footer: { text: '3 awards' },
				},
			],
			page: 0,
			pages: 1,
		});
	});

	it('splits a list longer than a description across embeds of one message, never a row between two', () => {
		const lines = Array.from({ length: 30 }, (_, index) => `Row ${index + 1} ${'x'.repeat(150)}`);

		const { embeds, pages } = fullListPage('T', '30 rows', lines, 0);

		expect(pages).toBe(1);
		expect(embeds.length).toBe(2);
		for (const embed of embeds)
			expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
		expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
		expect(allRows(lines)).toEqual(lines.map((line, index) => `${index + 1}. ${line}`));
		expect([embeds[0]?.footer, embeds[1]?.title, embeds[1]?.footer?.text]).toEqual([undefined, undefined, '30 rows']);
	});

	it('pages a list longer than a message, each page within 6,000 characters, every row once and whole', () => {
		const lines = Array.from({ length: 200 }, (_, index) => `Row ${index + 1} ${'y'.repeat(120)}`);

		const { pages } = fullListPage('T', '200 rows', lines, 0);

		expect(pages).toBeGreaterThan(3);
		for (let page = 0; page < pages; page += 1) {
			const shown = fullListPage('T', '200 rows', lines, page);
			expect(shown.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
				DISCORD_LIMITS.embedTotal,
			);
			expect(shown.embeds[0]?.title).toBe('T');
			expect(shown.embeds.at(-1)?.footer?.text).toBe(`Page ${page + 1} of ${pages} · 200 rows`);
		}
		expect(allRows(lines)).toEqual(lines.map((line, index) => `${index + 1}. ${line}`));
	});

	it('shows the last page for a page past the end, and the first for a negative one', () => {
		const lines = Array.from({ length: 200 }, (_, index) => `Row ${index + 1} ${'y'.repeat(120)}`);
		const { pages } = fullListPage('T', 'n', lines, 0);

		expect(fullListPage('T', 'n', lines, 999).page).toBe(pages - 1);
		expect(fullListPage('T', 'n', lines, -3).page).toBe(0);
	});

	it('carries a row longer than a whole description on into the next embed at a space, losing nothing', () => {
		const long = 'word '.repeat(1000).trim();

		const { embeds } = fullListPage('T', '1 row', [long], 0);

		expect(embeds.length).toBe(2);
		expect(embeds.map((embed) => embed.description).join(' ')).toBe(`1. ${long}`);
	});
});
