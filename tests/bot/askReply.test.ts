/** /ask's reply: the question, the best answers saying which of how many, private with Share, shared with who asked. */
import { describe, expect, it } from 'vitest';
import { askReply } from '../../src/bot/askReply.js';
import { decodeActionId } from '../../src/discord/actionIds.js';
import type { Reply } from '../../src/render/reply.js';
import { commandHarness } from '../support/commandHarness.js';
import { fixtureAward, fixturePerson } from '../support/datasetFixture.js';

const bot = commandHarness({ awards: [fixtureAward()], people: [fixturePerson()] });
const QUESTION = 'Who received the Order of Friendship?';

function buttons(reply: Reply): { label: string; action: string | undefined }[][] {
	return reply.components.map((row) =>
		row.components.map((button) => ({
			label: 'label' in button ? (button.label ?? '') : '',
			action: 'custom_id' in button ? decodeActionId(button.custom_id)?.action : undefined,
		})),
	);
}

describe('askReply', () => {
	it('answers publicly under the question, with the Export button and no Share', () => {
		const reply = askReply(QUESTION, bot.context);
		expect([reply.ephemeral, reply.content]).toEqual([false, 'Q: `Who received the Order of Friendship?`']);
		// The first answer's sources can be opened; the whole list exported.
		expect(buttons(reply)).toEqual([
			[{ label: 'Show source', action: undefined }],
			[{ label: 'Export (CSV, JSON)', action: 'export' }],
		]);
	});

	it('says in each footer which answer of how many it is', () => {
		const reply = askReply(QUESTION, bot.context);
		const total = bot.engine.ask(QUESTION).answers.length;
		expect(reply.embeds.map((embed) => embed.footer?.text.split(' · ').at(-1))).toEqual(
			reply.embeds.map((_, index) => `answer ${index + 1} of ${total}`),
		);
	});

	it('answers privately with a Share button carrying the question', () => {
		const reply = askReply(QUESTION, bot.context, { private: true });
		expect(reply.ephemeral).toBe(true);
		expect(buttons(reply)).toEqual([
			[{ label: 'Share', action: 'share' }],
			[{ label: 'Show source', action: undefined }],
			[{ label: 'Export (CSV, JSON)', action: 'export' }],
		]);
		const share = reply.components[0]?.components[0];
		expect(share && 'custom_id' in share ? decodeActionId(share.custom_id)?.target : undefined).toEqual({
			of: 'ask',
			question: QUESTION,
		});
	});

	it('heads a shared answer with who asked and the whole question, inert, in place of the Q: line', () => {
		const question = `Who received the Order of Friendship? @here ${'and why '.repeat(40)}`;
		const reply = askReply(question, bot.context, { sharedBy: '77' });
		const first = reply.content?.split('\n')[0] ?? '';
		expect(first).toBe(`Asked by <@77>: “${question.trim().replace('@here', '@\u200bhere')}”`);
		expect(reply.ephemeral).toBe(false);
	});

	it('asks for a question when none is given, and says privately when nothing answers', () => {
		expect(askReply('  ', bot.context).content).toBe(
			'Please type a question, for example: How many documents were signed in Ashgabat?',
		);
		const none = askReply('zzzz qqqq', bot.context, { private: true });
		expect([none.ephemeral, none.components]).toEqual([true, []]);
	});
});
