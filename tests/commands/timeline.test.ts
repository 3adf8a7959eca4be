/** /timeline through the router: visits and earlier signings in date order, paged, narrowed by country. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePageId } from '../../src/discord/customIds.js';
import { type CommandHarness, buttonsOf, commandHarness } from '../support/commandHarness.js';
import {
	FIXTURE_SOURCE,
	FIXTURE_TEXT,
	evidence,
	fixtureDocument,
	fixtureSource,
	fixtureVisit,
} from '../support/datasetFixture.js';

const SECOND = '001_second.txt';
const SECOND_TEXT = 'A treaty was signed in 1993.';

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({
		sources: [fixtureSource(), fixtureSource({ id: SECOND, evidence: evidence(SECOND_TEXT, SECOND) })],
		sourceTexts: new Map([
			[FIXTURE_SOURCE, FIXTURE_TEXT],
			[SECOND, SECOND_TEXT],
		]),
		// Five visits of one day a year, 2020–2024, and the fixture's own in 2025.
		visits: [
			fixtureVisit(),
			...[2020, 2021, 2022, 2023, 2024].map((year) =>
				fixtureVisit({
					id: `visit-test-${year}`,
					title: `Visit of ${year}`,
					startDate: { iso: `${year}-05-01`, precision: 'day' },
				}),
			),
		],
		// A treaty signed outside any visit, of no country.
		documents: [
			fixtureDocument({
				id: 'doc-test-treaty',
				title: 'Treaty of 1993',
				kind: 'treaty',
				visit: null,
				signedDate: { iso: '1993-05-01', precision: 'day' },
				signedPlace: 'Almaty',
				signing: 'earlier',
				list: null,
				evidence: evidence(SECOND_TEXT, SECOND),
			}),
		],
	});
});

describe('/timeline', () => {
	it('lists the signing and the visits oldest first, five to a page, with a Next button', async () => {
		const payload = await bot.reply('timeline');

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Timeline');
		expect(embed?.fields?.map((field) => field.name)).toEqual([
			'1. Treaty of 1993',
			'2. Visit of 2020',
			'3. Visit of 2021',
			'4. Visit of 2022',
			'5. Visit of 2023',
		]);
		expect(embed?.fields?.[0]?.value).toBe(
			'Treaty · signed earlier · 1 May 1993\n> A treaty was signed in 1993.\n— Test Agency, 25 November 2025',
		);
		expect(embed?.footer?.text).toBe('Page 1 of 2 · 7 results');
		expect(buttonsOf(payload).map((button) => [button.label, button.disabled])).toEqual([
			['◀ Previous', true],
			['Next ▶', false],
			['Export (CSV, JSON)', false],
			['Chart (PNG)', false],
		]);
	});

	it('narrows to a country written in any case, named in the title and carried by the buttons', async () => {
		const payload = await bot.reply('timeline', { country: 'kazakhstan' });

		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Timeline · Kazakhstan');
		expect(embed?.footer?.text).toBe('Page 1 of 2 · 6 results');
		expect(decodePageId(buttonsOf(payload)[1]?.customId ?? '')).toEqual({
			list: 'timeline',
			page: 1,
			state: { c: 'Kazakhstan' },
		});
	});

	it('shows the last page in place when Next is pressed', async () => {
		const next = buttonsOf(await bot.reply('timeline'))[1];

		const [call, ...more] = await bot.press(next?.customId ?? '');

		expect(more).toEqual([]);
		if (call?.method !== 'update') throw new Error(`expected an update, got ${JSON.stringify(call)}`);
		expect(call.payload.embeds[0]?.fields?.map((field) => field.name)).toEqual(['6. Visit of 2024', '7. Test visit']);
	});

	it('says privately that no entry involves a country the records do not', async () => {
		const payload = await bot.reply('timeline', { country: 'China' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe('No timeline entry matches those filters.');
	});

	it('refuses a country that is not one, privately, echoing it', async () => {
		const payload = await bot.reply('timeline', { country: 'narnia' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe(
			'There is no country called that in the dataset. Try Kazakhstan, Turkmenistan, Türkiye. You gave `narnia`.',
		);
	});
});
