/**
 * /ask through the router: the question echoed safely, up to three answers, what the sources do not hold, a private
 * answer and its Share button.
 */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import { type CommandHarness, buttonsOf, commandHarness } from '../support/commandHarness.js';
import { fixtureAward, fixtureDocument, fixtureFigure, fixturePerson } from '../support/datasetFixture.js';
import { withoutCitationButtons } from '../support/sentPayloads.js';

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

/** The titles and footers of a payload's embeds: "Order of Friendship · Award", without "· answer 1 of 5". */
function footers(payload: { embeds?: { title?: string; footer?: { text: string } }[] }): string[] {
	return (payload.embeds ?? []).map(
		(embed) => `${embed.title ?? ''} · ${(embed.footer?.text ?? '').replace(/ · answer \d+ of \d+$/u, '')}`,
	);
}

describe('/ask', () => {
	it('answers publicly under the question, best answer first, with mentions off', async () => {
		const payload = await bot.reply('ask', { question: 'Who received the Order of Friendship?' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual(NO_MENTIONS);
		expect(payload.content).toBe('Q: `Who received the Order of Friendship?`');
		expect(footers(payload)[0]).toBe('Order of Friendship · Award');
	});

	it('shows at most three answers of the five the engine may give, each footer saying which of how many', async () => {
		const question = 'What did Putin say about trade?';
		const total = bot.engine.ask(question).answers.length;
		expect(total).toBeGreaterThan(3);

		const embeds = (await bot.reply('ask', { question })).embeds ?? [];
		expect(embeds).toHaveLength(3);
		expect(embeds.map((embed) => embed.footer?.text.split(' · ').at(-1))).toEqual([
			`answer 1 of ${total}`,
			`answer 2 of ${total}`,
			`answer 3 of ${total}`,
		]);
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

	it('answers privately with private:true, with a Share button before the Export button', async () => {
		const payload = await bot.reply('ask', { question: 'Who received the Order of Friendship?', private: true });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe('Q: `Who received the Order of Friendship?`');
		expect(footers(payload)[0]).toBe('Order of Friendship · Award');
		expect(buttonsOf(payload).map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(buttonsOf(payload).map((button) => button.label))).toEqual([
			'Share',
			'Export (CSV, JSON)',
		]);
	});

	it('has no Share button on a public answer', async () => {
		const payload = await bot.reply('ask', { question: 'Who received the Order of Friendship?', private: false });

		expect(payload.flags).toBeUndefined();
		expect(buttonsOf(payload).map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(buttonsOf(payload).map((button) => button.label))).toEqual(['Export (CSV, JSON)']);
	});

	it('posts a shared answer for the channel, headed by who asked and the question, escaped, pinging nobody', async () => {
		const question = 'Who received the Order of Friendship? **@everyone** <@99>';
		const [share] = buttonsOf(await bot.reply('ask', { question, private: true }));
		const calls = await bot.press(share?.customId ?? '', { userId: '4242' });

		expect(calls.map((call) => call.method)).toEqual(['reply']);
		const [call] = calls;
		if (call?.method !== 'reply') throw new Error('expected a reply');
		expect(call.payload.flags).toBeUndefined();
		expect(call.payload.allowedMentions).toEqual(NO_MENTIONS);
		expect(call.payload.content?.split('\n')[0]).toBe(
			'Asked by <@4242>: “Who received the Order of Friendship? \\*\\*@\u200beveryone\\*\\* <\u200b@\u200b99>”',
		);
		expect(footers(call.payload)[0]).toBe('Order of Friendship · Award');
		expect(buttonsOf(call.payload).map((button) => button.label)).toContain('Show source');
		expect(withoutCitationButtons(buttonsOf(call.payload).map((button) => button.label))).toEqual([
			'Export (CSV, JSON)',
		]);
	});

	it('says a Share button has expired when the question it carried is gone', async () => {
		const calls = await bot.press('sh:k:AAAAAAAAAAAAAAAAAAAAAA');

		expect(calls).toEqual([
			{
				method: 'reply',
				payload: {
					content: EXPIRED_BUTTON,
					embeds: [],
					components: [],
					allowedMentions: NO_MENTIONS,
					flags: MessageFlags.Ephemeral,
				},
			},
		]);
	});

	it('has nothing to complete', async () => {
		expect(await bot.complete('ask', 'question', 'Who')).toEqual([]);
	});
});
