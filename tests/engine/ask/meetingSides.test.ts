import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Engine } from '../../../src/engine/engine.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

describe('meetingSides, through ask', () => {
	it('sets the record of each meeting the question names side by side, first', () => {
		const [first] = engine.ask(
			'The cable border crossing with Turkmentelecom is in the 2021 and the 2025 lists: which Kazakh company was the partner each time?',
		).answers;
		expect(first?.kind).toBe('meetings');
		if (first?.kind !== 'meetings') return;
		expect(first.sides.map(({ meeting }) => meeting.id)).toEqual(['visit-2021-ashgabat', 'visit-2025-astana']);
		expect(first.sides.map(({ answer }) => answer.kind)).toEqual(['document', 'document']);
		// Each side keeps its own citations.
		expect(first.citations.length).toBeGreaterThanOrEqual(2);
	});

	it('answers two questions in one, each of its own meeting, side by side', () => {
		const result = engine.ask(
			'Who sat opposite Tokayev for the Turkmen side at the Oct 2021 Ashgabat summit, and who led Turkmenistan on the Nov 2025 state visit to KZ?',
		);
		expect(result.answered).toBe(true);
		const [first] = result.answers;
		expect(first?.kind).toBe('meetings');
		if (first?.kind !== 'meetings') return;
		expect(first.sides.map(({ meeting }) => meeting.id)).toEqual(['visit-2021-ashgabat', 'visit-2025-astana']);
	});

	it('sets the document counts of the meetings a question compares side by side, once', () => {
		const { answers } = engine.ask('Documents signed: the 2025 Astana visit vs the council meeting in Ankara?');
		const [first] = answers;
		expect(first?.kind).toBe('meetings');
		if (first?.kind !== 'meetings') return;
		expect(first.sides.map(({ answer }) => answer.kind)).toEqual(['count', 'count']);
		expect(first.sides.map(({ meeting }) => meeting.id).sort()).toEqual([
			'visit-2025-ankara-hlscc',
			'visit-2025-astana',
		]);
		expect(answers.slice(1).some(({ kind }) => kind === 'count')).toBe(false);
	});

	it('sets nothing side by side for a question about one meeting', () => {
		const { answers } = engine.ask('Which Kazakh company signed the cable border crossing memorandum in 2021?');
		expect(answers.map(({ kind }) => kind)).not.toContain('meetings');
	});

	it('leaves figures to their own comparison', () => {
		const [first] = engine.ask('How did Kazakh-Turkmen trade turnover in 2021 compare with 2025?').answers;
		expect(first?.kind).toBe('comparison');
	});
});

describe('meetingsAskedAbout, through ask', () => {
	it("answers who, where or when of two meetings with the meetings' own records, first", () => {
		const [first] = engine.ask(
			'Where were the 2021 Kazakh-Turkmen summit talks held compared with the 2025 ones?',
		).answers;
		expect(first?.kind === 'meetings' && first.sides.map(({ answer }) => answer.id)).toEqual([
			'visit-2021-ashgabat',
			'visit-2025-astana',
		]);
	});
});
