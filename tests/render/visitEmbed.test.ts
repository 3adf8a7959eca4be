/**
 * A visit as one embed: each list shows the whole lines that fit its share of the 6,000 characters and ends with
 * "+N more"; the lists shown in part are returned, for their buttons.
 */
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import {
	LIST_FIELD_BUDGET,
	visitEmbed,
	visitListButtonLabel,
	visitListCount,
	visitListLines,
} from '../../src/render/visitEmbed.js';
import { fixtureEngine } from '../support/commandHarness.js';
import { fixtureDocument, fixtureEvent, fixtureVisit } from '../support/datasetFixture.js';

function titled(count: number, title: (index: number) => string) {
	return Array.from({ length: count }, (_, index) =>
		fixtureDocument({
			id: `doc-test-${index + 1}`,
			title: title(index + 1),
			list: { name: 'test-signed', position: index + 1 },
		}),
	);
}

function visitOf(engine: Engine): Answer {
	const visit = engine.get('visit-test');
	if (!visit) throw new Error('the fixture has its visit');
	return visit;
}

function field(embed: ReturnType<typeof visitEmbed>['embed'], name: string): string[] {
	return embed.fields?.find((candidate) => candidate.name === name)?.value.split('\n') ?? [];
}

describe('visitEmbed', () => {
	it('shows a list that fits whole, and cuts nothing', () => {
		const engine = fixtureEngine({ documents: titled(3, (index) => `Plan ${index}`) });

		const { embed, cut } = visitEmbed(
			visitOf(engine),
			engine.countAnswer('visit-test'),
			{
				documents: engine.visitDocuments('visit-test'),
			},
			engine.sourceCatalogue,
		);

		expect(field(embed, 'Document list')).toEqual(['• Plan 1', '• Plan 2', '• Plan 3']);
		expect(cut).toEqual([]);
	});

	it('cuts a long list after its last whole line within the budget, ending with +N more', () => {
		const engine = fixtureEngine({ documents: titled(40, (index) => `Memorandum on cooperation number ${index}`) });

		const { embed, cut } = visitEmbed(
			visitOf(engine),
			undefined,
			{ documents: engine.visitDocuments('visit-test') },
			engine.sourceCatalogue,
		);

		const lines = field(embed, 'Document list');
		const shown = lines.length - 1;
		expect(lines.join('\n').length).toBeLessThanOrEqual(LIST_FIELD_BUDGET);
		expect(lines.slice(0, shown)).toEqual(
			Array.from({ length: shown }, (_, index) => `• Memorandum on cooperation number ${index + 1}`),
		);
		expect(lines.at(-1)).toBe(`+${40 - shown} more`);
		expect(cut).toEqual([{ list: 'documents', total: 40 }]);
	});

	it('shares what the visit leaves of 6,000 characters among its lists, so none is dropped and the citation stays', () => {
		const summary = 'A long summary of the talks. '.repeat(120);
		const engine = fixtureEngine({
			visits: [fixtureVisit({ summary })],
			documents: titled(40, (index) => `Memorandum on cooperation in the field number ${index}`),
			events: Array.from({ length: 30 }, (_, index) =>
				fixtureEvent({
					id: `event-test-${index + 1}`,
					title: `Side event number ${index + 1} of the visit`,
					participants: [],
				}),
			),
		});
		const lists = { documents: engine.visitDocuments('visit-test'), events: engine.visitDetails('visit-test')?.events };

		const { embed, cut } = visitEmbed(visitOf(engine), engine.countAnswer('visit-test'), lists, engine.sourceCatalogue);

		expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
		expect(embed.fields?.map((candidate) => candidate.name)).toEqual(
			expect.arrayContaining(['Document list', 'Side events', 'Source: Test Agency, 25 November 2025']),
		);
		expect(field(embed, 'Side events').at(-1)).toMatch(/^\+\d+ more$/u);
		expect(cut.map((list) => list.list)).toEqual(['documents', 'events']);
	});

	it('never cuts a line: one longer than the list may use is counted in "+N more" instead', () => {
		const engine = fixtureEngine({ documents: titled(2, (index) => `${'Very long title '.repeat(40)}${index}`) });

		const { embed, cut } = visitEmbed(
			visitOf(engine),
			undefined,
			{ documents: engine.visitDocuments('visit-test') },
			engine.sourceCatalogue,
		);

		expect(field(embed, 'Document list')).toEqual(['+2 more']);
		expect(cut).toEqual([{ list: 'documents', total: 2 }]);
	});

	it('leaves out a list with nothing in it', () => {
		const engine = fixtureEngine();

		const { embed } = visitEmbed(visitOf(engine), undefined, { documents: [], figures: [] }, engine.sourceCatalogue);

		expect(embed.fields?.map((candidate) => candidate.name)).not.toContain('Document list');
	});
});

describe('visitListLines, visitListCount, visitListButtonLabel', () => {
	it('writes each row once, for the embed and the whole list alike', () => {
		const engine = fixtureEngine({ documents: titled(2, (index) => `Plan ${index}`) });
		expect(visitListLines('documents', engine.visitDocuments('visit-test'))).toEqual(['Plan 1', 'Plan 2']);
	});

	it('counts and labels a list by what it holds', () => {
		expect([visitListCount('events', 1), visitListCount('follow-ups', 7)]).toEqual(['1 side event', '7 follow-ups']);
		expect([visitListButtonLabel('documents', 20), visitListButtonLabel('awards', 1)]).toEqual([
			'All 20 documents',
			'The award',
		]);
	});
});
