/** /fact through the router: an anniversary of today first, otherwise a random fact, shown publicly in full. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandHarness } from '../support/commandHarness.js';
import { fixtureDocument, fixtureFigure } from '../support/datasetFixture.js';

const RECORDS = { documents: [fixtureDocument()], figures: [fixtureFigure()] };

afterEach(() => {
	vi.restoreAllMocks();
});

describe('/fact', () => {
	it('shows the visit whose anniversary is today, publicly, with mentions off and the years since', async () => {
		const bot = commandHarness(RECORDS, () => new Date('2027-11-25T09:00:00Z'));

		const payload = await bot.reply('fact');

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		expect(payload.embeds).toHaveLength(1);
		expect(payload.embeds?.[0]?.footer?.text).toBe('visit · visit-test');
		expect(JSON.stringify(payload.embeds?.[0])).toContain('2 years');
	});

	it('picks at random among all facts on a day of no anniversary', async () => {
		const bot = commandHarness(RECORDS, () => new Date('2026-03-02T09:00:00Z'));
		const random = vi.spyOn(Math, 'random');

		const footers = new Set<string>();
		for (const draw of [0, 0.5, 0.99]) {
			random.mockReturnValue(draw);
			footers.add((await bot.reply('fact')).embeds?.[0]?.footer?.text ?? '');
		}

		expect(random).toHaveBeenCalled();
		expect(footers.size).toBeGreaterThan(1);
		for (const footer of footers)
			expect(footer).toMatch(/^(visit · visit-test|document · doc-test-joint-statement|figure · fig-test-trade)$/u);
	});
});
