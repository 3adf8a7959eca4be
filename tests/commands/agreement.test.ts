/** /agreement through the router: one document in full, a paged list, filters, refusals and autocomplete. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../commands/agreement.js';
import { decodePageId } from '../../src/discord/customIds.js';
import { type CommandHarness, buttonsOf, commandHarness, commandInput } from '../support/commandHarness.js';
import { fixtureDocument } from '../support/datasetFixture.js';

const NO_MENTIONS = { parse: [] };

/** Seven documents of the fixture visit: more than one page of five. */
const DOCUMENTS = [
	fixtureDocument(),
	...['Transport', 'Health', 'Culture', 'Energy', 'Customs', 'Tourism'].map((sector, index) =>
		fixtureDocument({
			id: `doc-test-memo-${sector.toLowerCase()}`,
			title: `Memorandum on ${sector}`,
			kind: 'memorandum-of-understanding',
			sectors: [sector.toLowerCase() as 'transport'],
			list: { name: 'test-signed', position: index + 2 },
		}),
	),
];

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({ documents: DOCUMENTS });
});

describe('/agreement', () => {
	it('shows the one matching document in full, publicly, with the visit it was signed at and mentions off', async () => {
		const payload = await bot.reply('agreement', { query: 'joint statement' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual(NO_MENTIONS);
		// One record needs no pages: its buttons open its source and export it.
		expect(buttonsOf(payload).map((button) => button.label)).toEqual(['Show source', 'Export (CSV, JSON)']);
		expect(payload.embeds).toHaveLength(1);
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Joint Statement');
		expect(embed?.fields).toContainEqual({ name: 'Visit', value: 'Test visit' });
		expect(embed?.footer?.text).toBe('Document');
	});

	it('lists every document on pages of five, with Previous disabled and Next leading to page 2', async () => {
		const payload = await bot.reply('agreement');

		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('7 documents');
		expect(embed?.fields).toHaveLength(5);
		expect(embed?.footer?.text).toBe('Page 1 of 2 · 7 results');
		const [previous, next] = buttonsOf(payload);
		expect([previous?.label, previous?.disabled, next?.label, next?.disabled]).toEqual([
			'◀ Previous',
			true,
			'Next ▶',
			false,
		]);
		expect(decodePageId(next?.customId ?? '')).toEqual({ list: 'agreement', page: 1, state: {} });
	});

	it('shows page 2 in place when Next is pressed', async () => {
		const next = buttonsOf(await bot.reply('agreement'))[1];

		const calls = await bot.press(next?.customId ?? '');

		expect(calls.map((call) => call.method)).toEqual(['update']);
		const [call] = calls;
		if (call?.method !== 'update') throw new Error('expected an update');
		expect(call.payload.allowedMentions).toEqual(NO_MENTIONS);
		expect(call.payload.embeds[0]?.footer?.text).toBe('Page 2 of 2 · 7 results');
		expect(call.payload.embeds[0]?.fields?.map((field) => field.name.split('.')[0])).toEqual(['6', '7']);
		expect(buttonsOf(call.payload).map((button) => [button.label, button.disabled])).toEqual([
			['◀ Previous', false],
			['Next ▶', true],
			['Export (CSV, JSON)', false],
		]);
	});

	it('keeps the filters in the page buttons, as the dataset names them', async () => {
		const payload = await bot.reply('agreement', { kind: 'memorandum', country: 'turkmenistan' });

		expect(payload.embeds?.[0]?.title).toBe('6 documents');
		expect(decodePageId(buttonsOf(payload)[1]?.customId ?? '')?.state).toEqual({ k: 'memorandum', c: 'Turkmenistan' });
	});

	it('narrows by sector to the one memorandum, shown in full', async () => {
		const payload = await bot.reply('agreement', { sector: 'health' });

		expect(payload.embeds?.[0]?.title).toBe('Memorandum on Health');
	});

	it('refuses a sector that is not one, privately, echoing what was given', async () => {
		const payload = await bot.reply('agreement', { sector: 'nonsense' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.embeds).toEqual([]);
		expect(payload.content).toMatch(
			/^That is not a sector\. Try one of: political, border, .+ You gave `nonsense`\.$/u,
		);
	});

	it('says privately that nothing matches a query, quoting it, with titles to try instead', async () => {
		const payload = await bot.reply('agreement', { query: 'zzzz' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content?.split('\n').slice(0, 2)).toEqual(['No agreement matches `zzzz`.', 'Did you mean:']);
	});

	it('reads trimmed options, so a blank query lists everything', () => {
		const reply = execute(commandInput({ query: '   ' }), bot.context);

		expect(reply.embeds[0]?.title).toBe('7 documents');
	});
});

describe('/agreement autocomplete', () => {
	it('completes the query with documents, their ids as values', async () => {
		const choices = await bot.complete('agreement', 'query', 'joint');
		expect(choices.map((choice) => choice.value)).toEqual(['doc-test-joint-statement']);
		expect(choices[0]?.name).toMatch(/joint statement/iu);
	});

	it('completes the country, the kind and the sector from the fixed lists', async () => {
		expect(await bot.complete('agreement', 'country', 'kaz')).toEqual([{ name: 'Kazakhstan', value: 'Kazakhstan' }]);
		expect((await bot.complete('agreement', 'kind', 'memo')).map((choice) => choice.value)).toContain('memorandum');
		expect((await bot.complete('agreement', 'sector', 'heal')).map((choice) => choice.value)).toEqual(['health']);
	});

	it('completes the year with the years the records carry, as numbers', async () => {
		expect(await bot.complete('agreement', 'year', '20')).toEqual([{ name: '2025', value: 2025 }]);
	});
});
