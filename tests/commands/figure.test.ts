/** /figure through the router: a query's best figure in full with related figures, the list without one, refusals. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, commandHarness } from '../support/commandHarness.js';
import { evidence, fixtureFigure } from '../support/datasetFixture.js';

const NO_MENTIONS = { parse: [] };

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({
		figures: [
			fixtureFigure(),
			fixtureFigure({
				id: 'fig-test-target',
				label: 'Trade target',
				value: 1_000_000_000,
				valueText: 'one billion dollars',
				qualifier: 'target',
				text: 'The target is one billion dollars.',
				evidence: evidence('the target is one billion dollars'),
			}),
			fixtureFigure({
				id: 'fig-test-documents',
				metric: 'documents-signed',
				label: 'Documents signed',
				value: 2,
				unit: 'documents',
				valueText: '2',
				qualifier: null,
				text: 'Two documents were signed.',
				evidence: evidence('The report says 2 documents were signed'),
			}),
		],
	});
});

describe('/figure', () => {
	it("shows a query's best figure in full, with the figures of the same measure first among the related", async () => {
		const payload = await bot.reply('figure', { query: 'mutual trade' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual(NO_MENTIONS);
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Mutual trade: exceeded half a billion dollars');
		expect(embed?.fields).toContainEqual({
			name: 'Related figures',
			value: '• Trade target: target one billion dollars\n• Documents signed: 2',
		});
	});

	it('lists every figure, numbered, when no query is given', async () => {
		const [embed] = (await bot.reply('figure')).embeds ?? [];

		expect(embed?.title).toBe('3 figures');
		expect(embed?.fields?.map((field) => field.name)).toEqual([
			'1. Documents signed: 2',
			'2. Trade target: target one billion dollars',
			'3. Mutual trade: exceeded half a billion dollars',
		]);
		expect(embed?.footer?.text).toBe('Page 1 of 1 · 3 results');
	});

	it('says privately that no figure involves a country the records do not', async () => {
		const payload = await bot.reply('figure', { country: 'China' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content?.split('\n')[0]).toBe('No figure matches those filters.');
	});

	it('refuses a country that is not one, privately, echoing it', async () => {
		const payload = await bot.reply('figure', { country: 'Narnia' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe(
			'There is no country called that in the dataset. Try Kazakhstan, Turkmenistan, Türkiye. You gave `Narnia`.',
		);
	});
});

describe('/figure autocomplete', () => {
	it('completes the query with figures, their ids as values', async () => {
		expect(await bot.complete('figure', 'query', 'mutual')).toEqual([
			{ name: '2025 · Mutual trade: exceeded half a billion dollars', value: 'fig-test-trade' },
		]);
	});

	it('completes the country from the fixed list', async () => {
		expect(await bot.complete('figure', 'country', 'turk')).toEqual([
			{ name: 'Turkmenistan', value: 'Turkmenistan' },
			{ name: 'Türkiye', value: 'Türkiye' },
		]);
	});
});
