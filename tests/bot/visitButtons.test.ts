/** Presses of a visit's buttons: a list opened as a new private message, its pages turned in place, a visit chosen. */
import { describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import { answerVisitButton } from '../../src/bot/visitButtons.js';
import { commandHarness } from '../support/commandHarness.js';
import { fixtureDocument } from '../support/datasetFixture.js';

const everyCommand = (): boolean => true;

const bot = commandHarness({
	documents: Array.from({ length: 90 }, (_, index) =>
		fixtureDocument({
			id: `doc-test-${index + 1}`,
			title: `Memorandum ${index + 1} ${'on cooperation '.repeat(8)}`,
			list: { name: 'l', position: index + 1 },
		}),
	),
});

describe('answerVisitButton', () => {
	it('leaves any other button to the router', () => {
		expect(answerVisitButton('pg:agreement:0:::::', bot.context, everyCommand)).toBeUndefined();
		expect(answerVisitButton('ex:visit:visit-test', bot.context, everyCommand)).toBeUndefined();
	});

	it('opens a list as a private message of its own', () => {
		const answer = answerVisitButton('vl:documents::visit-test', bot.context, everyCommand);
		expect([answer?.turn, answer?.reply.ephemeral]).toEqual([false, true]);
		expect(answer?.reply.embeds.at(-1)?.footer?.text).toMatch(/^Page 1 of \d · 90 documents$/u);
	});

	it('turns that message to the page a page button carries', () => {
		const answer = answerVisitButton('vl:documents:1:visit-test', bot.context, everyCommand);
		expect(answer?.turn).toBe(true);
		expect(answer?.reply.embeds.at(-1)?.footer?.text).toMatch(/^Page 2 of /u);
	});

	it('shows the visit a choice names, for everyone', () => {
		const answer = answerVisitButton('vc:visit-test', bot.context, everyCommand);
		expect([answer?.turn, answer?.reply.ephemeral, answer?.reply.embeds[0]?.title]).toEqual([
			false,
			false,
			'Test visit',
		]);
	});

	it('says privately that a button has expired: a visit gone, an id tampered with, /visit not loaded', () => {
		for (const [id, available] of [
			['vc:visit-gone', everyCommand],
			['vl:nothing::visit-test', everyCommand],
			['vl:documents::visit-test', (command: string) => command !== 'visit'],
		] as const) {
			const answer = answerVisitButton(id, bot.context, available);
			expect([answer?.turn, answer?.reply.ephemeral, answer?.reply.content], id).toEqual([false, true, EXPIRED_BUTTON]);
		}
	});
});
