import { describe, expect, it } from 'vitest';
import { type DatasetProblem, DatasetError } from '../../src/data/DatasetError.js';
import { type RawDataset, type RawFile, validateDataset } from '../../src/data/validateDataset.js';
import {
	datasetFixture,
	FIXTURE_BUNDLE_FILE,
	FIXTURE_CATALOGUE_FILE,
	FIXTURE_SOURCE,
	FIXTURE_TEXT,
	fixtureAward,
	fixtureDiscrepancy,
	fixtureDocument,
	fixtureEvent,
	fixtureFigure,
	fixturePerson,
	fixtureSource,
	fixtureVisit,
} from '../support/datasetFixture.js';

const SOURCE = FIXTURE_SOURCE;
const CATALOGUE_FILE = FIXTURE_CATALOGUE_FILE;
const BUNDLE_FILE = FIXTURE_BUNDLE_FILE;
const OTHER_FILE = 'records/other.json';
const TEXT = FIXTURE_TEXT;

/** A minimal valid dataset: one catalogued source, its text, and one record of every kind in one bundle. */
function validRecords() {
	return {
		source: fixtureSource(),
		visit: fixtureVisit(),
		document: fixtureDocument(),
		figure: fixtureFigure(),
		award: fixtureAward(),
		event: fixtureEvent(),
		discrepancy: fixtureDiscrepancy(),
		person: fixturePerson(),
	};
}

type RecordName = keyof ReturnType<typeof validRecords>;

interface Options {
	sourceTexts?: ReadonlyMap<string, string>;
	extraBundles?: RawFile[];
}

/** The valid dataset with some records replaced (by anything, so tests can break them). */
function rawDataset(replace: Partial<Record<RecordName, unknown>> = {}, options: Options = {}): RawDataset {
	const records: Record<RecordName, unknown> = { ...validRecords(), ...replace };
	return datasetFixture({
		sources: [records.source],
		visits: [records.visit],
		documents: [records.document],
		figures: [records.figure],
		awards: [records.award],
		events: [records.event],
		discrepancies: [records.discrepancy],
		people: [records.person],
		sourceTexts: options.sourceTexts ?? new Map([[SOURCE, TEXT]]),
		extraBundles: options.extraBundles ?? [],
	});
}

function problemsOf(raw: RawDataset): readonly DatasetProblem[] {
	try {
		validateDataset(raw);
	} catch (error) {
		if (error instanceof DatasetError) return error.problems;
		throw error;
	}
	throw new Error('expected validateDataset to throw a DatasetError');
}

/** Drops one key from a record, as a researcher forgetting a field would. */
function without<T extends object>(record: T, key: keyof T & string): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

describe('validateDataset', () => {
	it('returns every record of a valid dataset, typed and with defaults filled in', () => {
		const dataset = validateDataset(rawDataset());

		expect(dataset.sources.map((source) => source.id)).toEqual([SOURCE]);
		expect(dataset.visits.map((visit) => visit.id)).toEqual(['visit-test']);
		expect(dataset.documents[0]?.mentionedAt).toBeNull();
		expect(dataset.documents[0]?.aliases).toEqual([]);
		expect(dataset.fileOf.get('fig-test-trade')).toBe(BUNDLE_FILE);
		expect(dataset.fileOf.get(SOURCE)).toBe(CATALOGUE_FILE);
	});

	it('reports a missing required field with its file, record and field', () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ visit: without(valid.visit, 'city') }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'city',
				message: expect.stringMatching(/expected string, received undefined/),
			},
		]);
	});

	it('reports a field of the wrong type', () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ figure: { ...valid.figure, value: '500000000' } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"fig-test-trade"',
				field: 'value',
				message: expect.stringMatching(/expected number, received string/),
			},
		]);
	});

	it('reports a nested field of the wrong type with its dotted path', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({ visit: { ...valid.visit, guest: { ...valid.visit.guest, country: 'Mars' } } }),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'guest.country',
				message: expect.stringMatching(/Invalid option/),
			},
		]);
	});

	it('names a misspelt field in the message', () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ event: { ...valid.event, palce: 'Astana' } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"event-test-wreath"',
				field: '(whole record)',
				message: expect.stringMatching(/Unrecognized key: "palce"/),
			},
		]);
	});

	it('locates a record without an id by its position in the file', () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ award: without(valid.award, 'id') }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: 'at awards[0]',
				field: 'id',
				message: expect.stringMatching(/expected string, received undefined/),
			},
		]);
	});

	it('reports a schema problem in the catalogue against sources.json and the source id', () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ source: { ...valid.source, language: 'fr' } }));

		expect(problems).toContainEqual({
			file: CATALOGUE_FILE,
			record: `"${SOURCE}"`,
			field: 'language',
			message: expect.stringMatching(/expected "en"/),
		});
	});

	it('reports an id used in two bundles against the second file, naming the first', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({}, { extraBundles: [{ file: OTHER_FILE, json: { visits: [valid.visit] } }] }),
		);

		expect(problems).toEqual([
			{
				file: OTHER_FILE,
				record: expect.stringContaining('visit-test'),
				field: 'id',
				message: expect.stringMatching(/duplicate id, already used in records\/test\.json/),
			},
		]);
	});

	// Known bug: the duplicate-id problem gives the bare id (`visit-test`) where every other problem quotes it.
	it('names a duplicate record with a quoted id like every other problem', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({}, { extraBundles: [{ file: OTHER_FILE, json: { visits: [valid.visit] } }] }),
		);

		expect(problems[0]?.record).toBe('"visit-test"');
	});

	it('keeps a duplicate record out of the cross-checks, so no problem is reported against the wrong file', () => {
		const valid = validRecords();
		const duplicate = { ...valid.visit, evidence: [{ source: SOURCE, quote: 'a sentence the source never wrote' }] };

		const problems = problemsOf(
			rawDataset({}, { extraBundles: [{ file: OTHER_FILE, json: { visits: [duplicate] } }] }),
		);

		expect(problems).toEqual([expect.objectContaining({ file: OTHER_FILE, record: '"visit-test"', field: 'id' })]);
	});

	it.each([
		{ kind: 'document', field: 'visit', record: 'doc-test-joint-statement' },
		{ kind: 'document', field: 'mentionedAt', record: 'doc-test-joint-statement' },
		{ kind: 'figure', field: 'visit', record: 'fig-test-trade' },
		{ kind: 'award', field: 'visit', record: 'award-test-friendship' },
		{ kind: 'event', field: 'visit', record: 'event-test-wreath' },
		{ kind: 'discrepancy', field: 'visit', record: 'disc-test-count' },
	] as const)('reports a $kind whose $field refers to a visit that does not exist', ({ kind, field, record }) => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ [kind]: { ...valid[kind], [field]: 'visit-missing' } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: `"${record}"`,
				field,
				message: expect.stringMatching(/visit "visit-missing", which does not exist/),
			},
		]);
	});

	it("reports a visit's sources entry that is not in the catalogue", () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ visit: { ...valid.visit, sources: [SOURCE, '999_missing.txt'] } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'sources.1',
				message: expect.stringMatching(/source "999_missing.txt", which does not exist/),
			},
		]);
	});

	it('reports a discrepancy about a record that does not exist', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({ discrepancy: { ...valid.discrepancy, about: ['doc-test-joint-statement', 'doc-missing'] } }),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"disc-test-count"',
				field: 'about.1',
				message: expect.stringMatching(/record "doc-missing", which does not exist/),
			},
		]);
	});

	it('reports a quote that is not in its source', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({
				visit: { ...valid.visit, evidence: [{ source: SOURCE, quote: 'The presidents held talks at the Kremlin' }] },
			}),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'evidence.0.quote',
				message: expect.stringMatching(
					/quote not found verbatim in 000_test\.txt: "The presidents held talks at the Kremlin"/,
				),
			},
		]);
	});

	it("reports a quote in an inferred date's evidence that is not in its source", () => {
		const valid = validRecords();
		const startDate = {
			iso: '2025-11-25',
			precision: 'day',
			inferred: {
				part: 'year',
				note: 'From the dateline.',
				evidence: [{ source: SOURCE, quote: 'ASTANA, 25 November 2024.' }],
			},
		};

		const problems = problemsOf(rawDataset({ visit: { ...valid.visit, startDate } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'startDate.inferred.evidence.0.quote',
				message: expect.stringMatching(/quote not found verbatim/),
			},
		]);
	});

	it("reports a quote in a discrepancy's statement that is not in its source", () => {
		const valid = validRecords();
		const statements = [
			valid.discrepancy.statements[0],
			{ says: 'Four are listed.', evidence: [{ source: SOURCE, quote: 'but it lists 4.' }] },
		];

		const problems = problemsOf(rawDataset({ discrepancy: { ...valid.discrepancy, statements } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"disc-test-count"',
				field: 'statements.1.evidence.0.quote',
				message: expect.stringMatching(/quote not found verbatim/),
			},
		]);
	});

	it('reports evidence citing a source that is not in data/sources', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({
				event: { ...valid.event, evidence: [{ source: '999_missing.txt', quote: 'laid a wreath at the monument' }] },
			}),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"event-test-wreath"',
				field: 'evidence.0.source',
				message: expect.stringMatching(/cites "999_missing.txt", which is not in data\/sources/),
			},
		]);
	});

	it('accepts a quote whose whitespace differs from the source', () => {
		const valid = validRecords();
		const quote = 'The  presidents\n\theld talks at\u00a0the Akorda ';

		const dataset = validateDataset(rawDataset({ visit: { ...valid.visit, evidence: [{ source: SOURCE, quote }] } }));

		expect(dataset.visits.map((visit) => visit.id)).toEqual(['visit-test']);
	});

	it('accepts a quote that runs across a line break in the source', () => {
		const text = TEXT.replace('held talks at the Akorda', 'held\r\n   talks at the\tAkorda');

		const dataset = validateDataset(rawDataset({}, { sourceTexts: new Map([[SOURCE, text]]) }));

		expect(dataset.visits.map((visit) => visit.id)).toEqual(['visit-test']);
	});

	it("reports a figure whose valueText is in the source but not in the figure's own quotes", () => {
		const valid = validRecords();

		const problems = problemsOf(rawDataset({ figure: { ...valid.figure, valueText: 'one billion dollars' } }));

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"fig-test-trade"',
				field: 'valueText',
				message: expect.stringMatching(/"one billion dollars" does not appear in the figure's quotes/),
			},
		]);
	});

	it('reports a date whose iso does not match its precision', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({ visit: { ...valid.visit, startDate: { iso: '2025-11', precision: 'day' } } }),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"visit-test"',
				field: 'startDate.iso',
				message: expect.stringMatching(/"2025-11" does not match precision "day"/),
			},
		]);
	});

	it('reports an impossible calendar date', () => {
		const valid = validRecords();

		const problems = problemsOf(
			rawDataset({ award: { ...valid.award, date: { iso: '2021-02-30', precision: 'day' } } }),
		);

		expect(problems).toEqual([
			{
				file: BUNDLE_FILE,
				record: '"award-test-friendship"',
				field: 'date.iso',
				message: expect.stringMatching(/"2021-02-30" is not a real calendar date/),
			},
		]);
	});

	it('reports a source text that has no catalogue entry', () => {
		const sourceTexts = new Map([
			[SOURCE, TEXT],
			['001_orphan.txt', 'An article nobody catalogued.'],
		]);

		const problems = problemsOf(rawDataset({}, { sourceTexts }));

		expect(problems).toEqual([
			{
				file: CATALOGUE_FILE,
				record: '"001_orphan.txt"',
				field: 'id',
				message: expect.stringMatching(/has no entry in the catalogue/),
			},
		]);
	});

	it('reports a catalogue entry whose article is missing', () => {
		const problems = problemsOf(rawDataset({}, { sourceTexts: new Map() }));

		expect(problems).toContainEqual({
			file: CATALOGUE_FILE,
			record: `"${SOURCE}"`,
			field: 'id',
			message: expect.stringMatching(/no article named 000_test\.txt in data\/sources/),
		});
	});

	it('names the file, the record id and the field of every problem', () => {
		const valid = validRecords();
		const ids = Object.values(validRecords()).map((record) => `"${record.id}"`);
		const broken = { events: [{ ...valid.event, id: 'event-test-broken', kind: 'parade' }] };
		const raw = rawDataset(
			{
				visit: { ...valid.visit, sources: ['999_missing.txt'] },
				document: { ...valid.document, visit: 'visit-missing' },
				figure: { ...valid.figure, valueText: 'one billion dollars' },
				discrepancy: { ...valid.discrepancy, about: ['doc-missing'] },
			},
			{
				extraBundles: [{ file: OTHER_FILE, json: broken }],
				sourceTexts: new Map([
					[SOURCE, TEXT],
					['001_orphan.txt', 'An article nobody catalogued.'],
				]),
			},
		);

		const problems = problemsOf(raw);

		expect(problems.length).toBeGreaterThanOrEqual(6);
		for (const problem of problems) {
			expect([CATALOGUE_FILE, BUNDLE_FILE, OTHER_FILE]).toContain(problem.file);
			expect([...ids, '"event-test-broken"', '"001_orphan.txt"']).toContain(problem.record);
			expect(problem.field).toMatch(/^[A-Za-z]+(?:\.[A-Za-z0-9]+)*$/);
			expect(problem.message).not.toBe('');
		}
	});

	it('reports every cross-check problem, not just the first', () => {
		const valid = validRecords();
		const raw = rawDataset({
			visit: { ...valid.visit, evidence: [{ source: SOURCE, quote: 'a sentence the source never wrote' }] },
			document: { ...valid.document, visit: 'visit-missing' },
			figure: { ...valid.figure, valueText: 'one billion dollars' },
			award: { ...valid.award, visit: 'visit-missing' },
			event: { ...valid.event, visit: 'visit-missing' },
			discrepancy: { ...valid.discrepancy, about: ['doc-missing'] },
		});

		const located = problemsOf(raw).map(({ file, record, field }) => `${file} ${record} ${field}`);

		expect(located.sort()).toEqual(
			[
				`${BUNDLE_FILE} "visit-test" evidence.0.quote`,
				`${BUNDLE_FILE} "doc-test-joint-statement" visit`,
				`${BUNDLE_FILE} "fig-test-trade" valueText`,
				`${BUNDLE_FILE} "award-test-friendship" visit`,
				`${BUNDLE_FILE} "event-test-wreath" visit`,
				`${BUNDLE_FILE} "disc-test-count" about.0`,
			].sort(),
		);
	});

	it('reports every schema problem in every file, not just the first', () => {
		const valid = validRecords();
		const raw = rawDataset(
			{ visit: { ...valid.visit, city: 42, formats: ['wide'] }, document: without(valid.document, 'kind') },
			{
				extraBundles: [{ file: OTHER_FILE, json: { events: [{ ...valid.event, id: 'event-test-other', title: '' }] } }],
			},
		);

		const located = problemsOf(raw).map(({ file, record, field }) => `${file} ${record} ${field}`);

		expect(located.sort()).toEqual(
			[
				`${BUNDLE_FILE} "visit-test" city`,
				`${BUNDLE_FILE} "visit-test" formats.0`,
				`${BUNDLE_FILE} "doc-test-joint-statement" kind`,
				`${OTHER_FILE} "event-test-other" title`,
			].sort(),
		);
	});

	it('reports an empty string wherever it stands: a field, a nested field, a list item, the catalogue', () => {
		const valid = validRecords();
		const raw = rawDataset({
			source: { ...valid.source, title: '' },
			visit: { ...valid.visit, host: { ...valid.visit.host, role: '' }, topics: ['trade', ''] },
			document: { ...valid.document, note: '' },
		});

		const problems = problemsOf(raw);

		expect(problems.map(({ file, record, field }) => `${file} ${record} ${field}`).sort()).toEqual(
			[
				`${CATALOGUE_FILE} "${SOURCE}" title`,
				`${BUNDLE_FILE} "visit-test" host.role`,
				`${BUNDLE_FILE} "visit-test" topics.1`,
				`${BUNDLE_FILE} "doc-test-joint-statement" note`,
			].sort(),
		);
		expect(new Set(problems.map((problem) => problem.message))).toEqual(new Set(['must not be empty']));
	});

	it('names the file, record and field of a reference to a person, organisation or record that does not exist', () => {
		const valid = validRecords();
		const raw = rawDataset({
			award: { ...valid.award, recipient: { country: 'Turkmenistan', person: 'person-nobody' } },
			document: {
				...valid.document,
				parties: [{ country: 'Kazakhstan', body: 'A ministry', type: 'ministry', organisation: 'org-nobody' }],
			},
			figure: { ...valid.figure, statedBy: 'person-test-guest' },
		});

		expect(problemsOf(raw).map(({ file, record, field, message }) => `${file} ${record} ${field}: ${message}`)).toEqual(
			[
				`${BUNDLE_FILE} "doc-test-joint-statement" parties.0.organisation: refers to organisation "org-nobody", which does not exist`,
				`${BUNDLE_FILE} "fig-test-trade" statedBy: no quote names "Test Guest"`,
				`${BUNDLE_FILE} "award-test-friendship" recipient.person: refers to person "person-nobody", which does not exist`,
			],
		);
	});

	it('requires a head of state who signed to be a person', () => {
		const valid = validRecords();
		const raw = rawDataset({
			document: { ...valid.document, parties: [{ country: 'Kazakhstan', body: 'President', type: 'head-of-state' }] },
		});

		expect(problemsOf(raw).map(({ record, field, message }) => `${record} ${field}: ${message}`)).toEqual([
			'"doc-test-joint-statement" parties.0.person: a head of state must name a person',
		]);
	});

	it('does not call a record missing when it stands in a file that failed its schema', () => {
		const valid = validRecords();
		// The visit's file is broken (city is a number); the event in the other file still refers to that visit.
		const raw = rawDataset(
			{ visit: { ...valid.visit, city: 42 } },
			{ extraBundles: [{ file: OTHER_FILE, json: { events: [{ ...valid.event, id: 'event-test-other' }] } }] },
		);

		const located = problemsOf(raw).map(({ file, record, field }) => `${file} ${record} ${field}`);

		expect(located).toEqual([`${BUNDLE_FILE} "visit-test" city`]);
	});
});
