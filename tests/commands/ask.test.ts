/** /ask through the router: the question echoed safely, up to three answers, what the sources do not hold. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, commandHarness } from '../support/commandHarness.js';
import { fixtureAward, fixtureDocument, fixtureFigure, fixturePerson } from '../support/datasetFixture.js';

const NO_MENTIONS = { parse: [] };

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({
		documents: [fixtureDocument()],
		figures: [fixtureFigure()],
		awards: [fixtureAward()],
		people: [fixturePerson()],
	});
});

/** The titles and footers of a payload's embeds: "Order of Friendship · Award" (a footer names the kind, never the id). */
function footers(payload: { embeds?: { title?: string; footer?: { text: string } }[] }): string[] {
	return (payload.embeds ?? []).map((embed) => `${embed.title ?? ''} · ${embed.footer?.text ?? ''}`);
}

describe('/ask', () => {
	it('answers publicly under the question, best answer first, with mentions off', async () => {
		const payload = await bot.reply('ask', { question: 'Who received the Order of Friendship?' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual(NO_MENTIONS);
		expect(payload.content).toBe('Q: `Who received the Order of Friendship?`');
		expect(footers(payload)[0]).toBe('Order of Friendship · Award');
	});

	it('shows at most three answers of the five the engine may give', async () => {
		const question = 'What did Putin say about trade?';
		expect(bot.engine.ask(question).answers.length).toBeGreaterThan(3);

		expect((await bot.reply('ask', { question })).embeds).toHaveLength(3);
	});

	it('says what the sources do not mention, above answers headed as the closest matches', async () => {
		const payload = await bot.reply('ask', { question: 'What did Putin say about trade?' });

		expect(payload.content).toBe(
			'Q: `What did Putin say about trade?`\nThe sources do not mention Putin.\n**Closest matches:**',
		);
		expect(footers(payload).slice(0, 3)).toContain('Mutual trade: exceeded half a billion dollars · Figure');
	});

	it('echoes the question inert: backticks replaced, mentions broken, inside inline code', async () => {
		const payload = await bot.reply('ask', { question: 'What was `signed` <@123> at the talks?' });

		expect(payload.content).toBe('Q: `What was ˋsignedˋ <\u200b@\u200b123> at the talks?`');
		expect(payload.allowedMentions).toEqual(NO_MENTIONS);
	});

	it('asks privately for a question when the option is blank', async () => {
		const payload = await bot.reply('ask', { question: '   ' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe('Please type a question, for example: How many documents were signed in Ashgabat?');
	});

	it('says privately that nothing answers a question the records have no word of, with titles to try', async () => {
		const payload = await bot.reply('ask', { question: 'zzzz qqqq' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.embeds).toEqual([]);
		expect(payload.content?.split('\n').slice(0, 2)).toEqual(['No answer matches `zzzz qqqq`.', 'Did you mean:']);
	});

	it('has nothing to complete', async () => {
		expect(await bot.complete('ask', 'question', 'Who')).toEqual([]);
	});
});
