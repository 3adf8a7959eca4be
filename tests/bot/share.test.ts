/** A press of Share: the question asked again and posted for everyone, headed by who pressed; anything else expired. */
import { describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import { answerShareButton } from '../../src/bot/share.js';
import { encodeActionId } from '../../src/discord/actionIds.js';
import { commandHarness } from '../support/commandHarness.js';
import { fixtureAward, fixturePerson } from '../support/datasetFixture.js';

const bot = commandHarness({ awards: [fixtureAward()], people: [fixturePerson()] });
const everyCommand = (): boolean => true;

describe('answerShareButton', () => {
	it('leaves any other button to the router', () => {
		expect(answerShareButton('ex:ask:V2hvPw', '1', bot.context, everyCommand)).toBeUndefined();
	});

	it('posts the answer for everyone, as a new message, naming who asked', () => {
		const id = encodeActionId({
			action: 'share',
			target: { of: 'ask', question: 'Who received the Order of Friendship?' },
		});
		const answer = answerShareButton(id, '1234', bot.context, everyCommand);
		expect([answer?.turn, answer?.reply.ephemeral]).toEqual([false, false]);
		expect(answer?.reply.content?.split('\n')[0]).toBe('Asked by <@1234>: “Who received the Order of Friendship?”');
		expect(answer?.reply.embeds[0]?.title).toBe('Order of Friendship');
		expect(answer?.reply.embeds[0]?.footer?.text).toMatch(/^Award · /u);
	});

	it('says privately that the button has expired: a forgotten question, another target, /ask not loaded', () => {
		const visitShare = encodeActionId({ action: 'share', target: { of: 'visit', visit: 'visit-test' } });
		const askShare = encodeActionId({ action: 'share', target: { of: 'ask', question: 'Who?' } });
		for (const [id, available] of [
			['sh:k:AAAAAAAAAAAAAAAAAAAAAA', everyCommand],
			[visitShare, everyCommand],
			[askShare, (command: string) => command !== 'ask'],
		] as const) {
			const answer = answerShareButton(id, '1', bot.context, available);
			expect([answer?.reply.ephemeral, answer?.reply.content], id).toEqual([true, EXPIRED_BUTTON]);
		}
	});
});
