/** "Which visit?": the visits a value names, numbered with their date and city, as many as have buttons, the rest counted. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { visitChoice } from '../../src/render/visitChoice.js';
import { fixtureEngine } from '../support/commandHarness.js';
import { fixtureVisit } from '../support/datasetFixture.js';

function visits(count: number): Answer[] {
	const engine = fixtureEngine({
		visits: Array.from({ length: count }, (_, index) =>
			fixtureVisit({
				id: `visit-test-${index + 1}`,
				title: `Visit number ${index + 1}`,
				startDate: { iso: `2025-01-${String(index + 1).padStart(2, '0')}`, precision: 'day' },
			}),
		),
	});
	return Array.from({ length: count }, (_, index) => engine.get(`visit-test-${index + 1}`)).filter(
		(answer): answer is Answer => answer !== undefined,
	);
}

describe('visitChoice', () => {
	it('numbers each visit with its date and city, and labels its button by city and date', () => {
		const choice = visitChoice('`2025`', visits(2), 25);

		expect(choice.embed.title).toBe('Which visit?');
		expect(choice.embed.description).toBe(
			[
				'`2025` names 2 visits. Which one?',
				'1. Visit number 1 (1 January 2025, Astana)',
				'2. Visit number 2 (2 January 2025, Astana)',
			].join('\n'),
		);
		expect(choice.shown).toEqual([
			{ id: 'visit-test-1', label: 'Astana, 1 January 2025' },
			{ id: 'visit-test-2', label: 'Astana, 2 January 2025' },
		]);
	});

	it('shows as many as can have a button, and counts the others', () => {
		const choice = visitChoice('`Astana`', visits(30), 25);

		expect(choice.shown).toHaveLength(25);
		const lines = choice.embed.description?.split('\n') ?? [];
		expect(lines[0]).toBe('`Astana` names 30 visits. Which one?');
		expect(lines.at(-1)).toBe("+5 more: type more of the visit's name, a date or a place, or choose it as you type.");
		expect(lines).toHaveLength(1 + 25 + 1);
	});
});
