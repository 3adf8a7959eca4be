/**
 * The citation buttons: which answers get them and what their ids carry, and what a press sends through the router
 * (a private paragraph, a private list of citations in pages, "expired" for what cannot be found again).
 */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITATION_LABELS, withCitationActions } from '../../src/bot/citationActions.js';
import type { CommandContext } from '../../src/bot/command.js';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import { decodeCitationId, encodeCitationId } from '../../src/discord/citationIds.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type Reply, embedReply, textReply } from '../../src/render/reply.js';
import { type CommandHarness, type RecordedCall, commandHarness } from '../support/commandHarness.js';
import { evidence, fixtureSource, fixtureVisit } from '../support/datasetFixture.js';

let engine: Engine;
let context: CommandContext;
let bot: CommandHarness;
const SHOWN: Reply = embedReply([{ title: 'An answer' }]);

beforeAll(async () => {
	engine = new Engine(await loadDataset());
	context = { engine, logger: createLogger('silent'), now: () => new Date('2025-11-25T09:00:00Z') };
	bot = commandHarness(engine);
});

function answer(id: string) {
	const found = engine.get(id);
	if (!found) throw new Error(`no ${id} in the dataset`);
	return found;
}

function buttons(reply: Reply): { label: string; decoded: ReturnType<typeof decodeCitationId> }[] {
	return reply.components.flatMap((row) =>
		row.components.map((button) => ({
			label: 'label' in button ? (button.label ?? '') : '',
			decoded: 'custom_id' in button ? decodeCitationId(button.custom_id) : undefined,
		})),
	);
}

/** The one call a press made, which must be a reply or an update. */
function only(calls: RecordedCall[]): RecordedCall {
	expect(calls).toHaveLength(1);
	const [call] = calls;
	if (!call || (call.method !== 'reply' && call.method !== 'update')) throw new Error(`unexpected ${call?.method}`);
	return call;
}

describe('withCitationActions', () => {
	it('adds Show source, and More citations with how many the embed does not show', () => {
		const visit = answer('visit-2022-kazakhstan');

		expect(buttons(withCitationActions(SHOWN, visit, context))).toEqual([
			{ label: 'Show source', decoded: { action: 'source', target: { of: 'record', id: visit.id }, index: 0 } },
			{
				label: `More citations (${visit.citations.length - 2})`,
				decoded: { action: 'citations', target: { of: 'record', id: visit.id }, index: 0 },
			},
		]);
	});

	it('adds only Show source when the embed shows every citation', () => {
		expect(
			buttons(withCitationActions(SHOWN, answer('doc-2015-nuclear-weapon-free-world-declaration'), context)),
		).toEqual([
			{
				label: CITATION_LABELS.source,
				decoded: {
					action: 'source',
					target: { of: 'record', id: 'doc-2015-nuclear-weapon-free-world-declaration' },
					index: 0,
				},
			},
		]);
	});

	it('keeps the rows already there, above its own', () => {
		const withRow: Reply = {
			...SHOWN,
			components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: 'pg:agreement:1:::::' }] }],
		};

		const reply = withCitationActions(withRow, answer('visit-2021-ashgabat'), context);

		expect(
			reply.components.map((row) => row.components.map((button) => ('label' in button ? button.label : ''))),
		).toEqual([['Next ▶'], ['Show source', 'More citations (7)']]);
	});

	it('finds a computed answer again by its question, and adds nothing without one', () => {
		const question = 'Which transport memoranda were signed in 2021?';
		const [first] = engine.ask(question).answers;
		if (!first) throw new Error('the question is answered');
		expect(engine.get(first.id)).toBeUndefined();

		expect(buttons(withCitationActions(SHOWN, first, context, question))[0]?.decoded?.target).toEqual({
			of: 'ask',
			question,
		});
		expect(withCitationActions(SHOWN, first, context).components).toEqual([]);
	});

	it('leaves a private reply, and an answer without citations, as they are', () => {
		const refusal = textReply('No.');
		expect(withCitationActions(refusal, answer('visit-2021-ashgabat'), context)).toBe(refusal);
		expect(withCitationActions(SHOWN, { ...answer('visit-2021-ashgabat'), citations: [] }, context)).toBe(SHOWN);
	});
});

describe('pressing Show source', () => {
	it('replies privately with the whole paragraph, the quote in bold, named by outlet and date', async () => {
		const declaration = answer('doc-2015-nuclear-weapon-free-world-declaration');
		const quote = declaration.citations[0]?.quote ?? '';

		const call = only(
			await bot.press(encodeCitationId({ action: 'source', target: { of: 'record', id: declaration.id }, index: 0 })),
		);

		expect(call.method).toBe('reply');
		if (call.method !== 'reply') return;
		expect(call.payload.flags).toBe(MessageFlags.Ephemeral);
		expect(call.payload.allowedMentions).toEqual({ parse: [] });
		expect(call.payload.embeds?.[0]?.title).toBe('nCa, 26 October 2021');
		expect(call.payload.embeds?.[0]?.description).toContain(`**${quote}**`);
	});

	it("shows the source of the citation the id names, the first answer's to a question too", async () => {
		const question = 'Which transport memoranda were signed in 2021?';
		const first = engine.ask(question).answers[0];
		const second = first?.citations[1];
		if (!second) throw new Error('the set has two citations');

		const call = only(
			await bot.press(encodeCitationId({ action: 'source', target: { of: 'ask', question }, index: 1 })),
		);

		if (call.method !== 'reply') throw new Error('a press is answered by a reply');
		expect(call.payload.embeds?.[0]?.description).toContain(`**${second.quote.replace(/\s+/gu, ' ')}**`);
	});

	it('says the button has expired for a record or a citation that is not there', async () => {
		for (const id of [
			encodeCitationId({ action: 'source', target: { of: 'record', id: 'doc-none' }, index: 0 }),
			encodeCitationId({ action: 'source', target: { of: 'record', id: 'doc-2021-border-regime' }, index: 99 }),
			'so:0:k:AAAAAAAAAAAAAAAAAAAAAA',
		]) {
			const call = only(await bot.press(id));
			expect(call).toMatchObject({
				method: 'reply',
				payload: { content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral },
			});
		}
	});
});

describe('pressing More citations', () => {
	it('replies privately with every citation of the answer, numbered', async () => {
		const visit = answer('visit-2022-kazakhstan');

		const call = only(
			await bot.press(encodeCitationId({ action: 'citations', target: { of: 'record', id: visit.id }, index: 0 })),
		);

		if (call.method !== 'reply') throw new Error('the list opens as a reply');
		expect(call.payload.flags).toBe(MessageFlags.Ephemeral);
		const [embed] = call.payload.embeds ?? [];
		expect(embed?.fields?.map((field) => field.name)).toEqual(
			visit.citations.map((_, index) => `${index + 1}. Turkmenistan Analytic magazine, 2022`),
		);
		expect(embed?.footer?.text).toBe(`Citations 1–${visit.citations.length} of ${visit.citations.length}`);
		expect(call.payload.components).toEqual([]);
	});

	it('pages citations that do not fit in one message, and turns the page of that private reply', async () => {
		const sentences = Array.from(
			{ length: 30 },
			(_, index) => `Sentence number ${index + 1} of the article says ${'a great deal about the talks '.repeat(8)}.`,
		);
		const paged = commandHarness({
			sources: [fixtureSource()],
			text: ['ASTANA, 25 November 2025.', ...sentences].join('\n'),
			visits: [
				fixtureVisit({
					evidence: sentences.flatMap((sentence) => evidence(sentence)),
				}),
			],
		});
		const target = { of: 'record', id: 'visit-test' } as const;

		const opened = only(await paged.press(encodeCitationId({ action: 'citations', target, index: 0 })));
		if (opened.method !== 'reply') throw new Error('the list opens as a reply');
		const next = opened.payload.components?.[0]?.components[1];
		expect(opened.payload.embeds?.[0]?.footer?.text).toMatch(/^Citations 1–\d+ of 30 · page 1 of \d$/u);
		if (!next || !('custom_id' in next)) throw new Error('a Next button');
		expect(next).toMatchObject({ label: 'Next ▶', disabled: false });

		const turned = only(await paged.press(next.custom_id));
		expect(turned.method).toBe('update');
		if (turned.method !== 'update') return;
		expect(turned.payload.embeds[0]?.footer?.text).toMatch(/ · page 2 of \d$/u);
		expect(turned.payload.embeds[0]?.fields?.[0]?.name).toMatch(/^\d+\. Test Agency, 25 November 2025$/u);
		expect(turned.payload.components[0]?.components[0]).toMatchObject({ label: '◀ Previous', disabled: false });
	});
});
