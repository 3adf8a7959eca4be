import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { Entry } from '../../../src/engine/entries.js';
import { namedElsewhere } from '../../../src/engine/ask/namedElsewhere.js';
import { Engine } from '../../../src/engine/engine.js';
import { QUESTION_OPTIONS } from '../../../src/engine/search/options.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

const MEETING_RECORDS: ReadonlySet<Entry['kind']> = new Set(['document', 'award', 'event', 'proposal', 'figure']);
const atVisit =
	(visit: string) =>
	(entry: Entry): boolean =>
		entry.visit === visit;

describe('namedElsewhere', () => {
	it('finds the record that holds a name no record of the scope writes', () => {
		const record = namedElsewhere(
			'What does the Jusan Mobile memorandum signed in Astana provide for?',
			engine.index,
			atVisit('visit-2025-astana'),
			MEETING_RECORDS,
			QUESTION_OPTIONS,
		);
		expect(record?.hit.entry.visit).toBe('visit-2021-ashgabat');
		expect(record?.hit.entry.title).toMatch(/Jusan Mobile/u);
		expect(record?.name).toMatch(/Jusan/u);
	});

	it('finds nothing when the scope writes the name', () => {
		expect(
			namedElsewhere(
				'What does the Jusan Mobile memorandum signed in Ashgabat provide for?',
				engine.index,
				atVisit('visit-2021-ashgabat'),
				MEETING_RECORDS,
				QUESTION_OPTIONS,
			),
		).toBeUndefined();
	});

	it('takes no capitalised word of the language for a name ("Development" in a title)', () => {
		expect(
			namedElsewhere(
				'In what year was the Agreement on Strategic Cooperation in the Development of the Gas Industry signed?',
				engine.index,
				atVisit('visit-2025-ankara-hlscc'),
				MEETING_RECORDS,
				QUESTION_OPTIONS,
			),
		).toBeUndefined();
	});
});

describe('namedElsewhere, through ask', () => {
	it('leads with the record the question places at the wrong meeting, and corrects the meeting', () => {
		const result = engine.ask('What did Erdoğan see during his visit to the Alem.AI centre?');
		expect(result.notice).toMatchObject({ kind: 'elsewhere', meeting: { id: 'visit-2025-astana' } });
		expect(result.answers[0]?.id).toMatch(/alem/u);
	});

	it('reads an amount the question states as a name of the record that states it', () => {
		const result = engine.ask('In which sectors do the roughly 140 Turkish companies in Kazakhstan work?');
		expect(result.notice).toMatchObject({ kind: 'elsewhere', meeting: { id: 'visit-2025-astana' } });
		expect(result.answers[0]?.id).toBe('fig-2025-turkmen-capital-companies');
		// An amount the scope does state is its own.
		expect(engine.ask('What are the 4,000 Turkish companies in Kazakhstan doing?').notice?.kind).not.toBe('elsewhere');
	});

	it("places a sentence by a country's name the scope never writes, and tells it by that name", () => {
		const result = engine.ask(
			'What did the October 2021 Ashgabat summit decide about admitting Azerbaijan as a full participant in the Central Asian Consultative Meetings?',
		);
		// The notice corrects the meeting; the sentence it places there answers.
		expect(result.notice).toMatchObject({
			kind: 'elsewhere',
			title: 'Azerbaijan',
			meeting: { id: 'visit-2025-astana' },
		});
		expect(result.answers[0]?.kind).toBe('passage');
	});

	it('takes an amount for the one record that writes it, not a summary holding its words apart', () => {
		// The Astana visit's summary writes "15 documents" and "1 billion"; only the Ankara target writes "$15 billion".
		const result = engine.ask('How did Serdar Berdimuhamedov respond to the plan to lift trade to $15 billion?');
		expect(result.notice).toMatchObject({ kind: 'elsewhere', meeting: { id: 'visit-2025-ankara-hlscc' } });
		expect(result.answers[0]?.id).toBe('prop-2025-tr-15-billion-trade-target');
	});

	it('raises no correction for a question that sets two names side by side', () => {
		const result = engine.ask('Was the 2021 cable crossing partner of Turkmentelecom Jusan Mobile or TNS-Plus?');
		expect(result.notice?.kind).not.toBe('elsewhere');
	});
});
