/** /sources through the router: one field per source article, what it is and what it covers. */
import { describe, expect, it } from 'vitest';
import { execute } from '../../commands/sources.js';
import { commandHarness, commandInput } from '../support/commandHarness.js';
import { FIXTURE_SOURCE, FIXTURE_TEXT, evidence, fixtureSource } from '../support/datasetFixture.js';

const SECOND = '001_second.txt';
const SECOND_TEXT = 'A treaty was signed in 1993.';

describe('/sources', () => {
	it('lists each source article by title with its file, outlet, date and coverage, publicly', async () => {
		const bot = commandHarness({
			sources: [
				fixtureSource(),
				fixtureSource({
					id: SECOND,
					title: 'Second article',
					outlet: 'Other Agency',
					covers: 'An earlier treaty.',
					evidence: evidence(SECOND_TEXT, SECOND),
				}),
			],
			sourceTexts: new Map([
				[FIXTURE_SOURCE, FIXTURE_TEXT],
				[SECOND, SECOND_TEXT],
			]),
		});

		const payload = await bot.reply('sources');

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		expect(payload.embeds?.[0]?.title).toBe('2 source articles');
		expect(payload.embeds?.[0]?.fields).toEqual([
			{
				name: 'Test article',
				value: 'Test Agency, published 25 November 2025. A test visit to Astana.\nFile: 000_test.txt',
			},
			{
				name: 'Second article',
				value: 'Other Agency, published 25 November 2025. An earlier treaty.\nFile: 001_second.txt',
			},
		]);
	});

	it("cuts a title to a field name's 256 characters, saying so with an ellipsis", () => {
		const bot = commandHarness({ sources: [fixtureSource({ title: 'T'.repeat(300) })] });

		const name = execute(commandInput(), bot.context).embeds[0]?.fields?.[0]?.name ?? '';

		expect(name).toHaveLength(256);
		expect(name.endsWith('…')).toBe(true);
	});
});
