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
		expect([payload.embeds?.[0]?.title, payload.embeds?.[0]?.footer?.text]).toEqual([
			'2 years ago today: Test visit',
			'Visit',
		]);
		expect(JSON.stringify(payload.embeds?.[0])).toContain('2 years');
	});

	it('picks at random among all facts on a day of no anniversary', async () => {
		const bot = commandHarness(RECORDS, () => new Date('2026-03-02T09:00:00Z'));
		const random = vi.spyOn(Math, 'random');

		const shown = new Set<string>();
		for (const draw of [0, 0.5, 0.99]) {
			random.mockReturnValue(draw);
			const embed = (await bot.reply('fact')).embeds?.[0];
			shown.add(`${embed?.title ?? ''} · ${embed?.footer?.text ?? ''}`);
		}

		expect(random).toHaveBeenCalled();
		expect(shown.size).toBeGreaterThan(1);
		for (const fact of shown)
			expect(fact).toMatch(
				/^(Test visit · Visit|Joint Statement · Document|Mutual trade: exceeded half a billion dollars · Figure)$/u,
			);
	});
});
