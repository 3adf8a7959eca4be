/**
 * Tiny inline datasets for logic tests: one builder per record kind, each a valid record of one test source that a
 * test overrides field by field, and `datasetFixture`, which puts records into the `RawDataset` that
 * `validateDataset` reads (or, through `datasetFiles`, into the files `loadDataset` reads). The defaults all quote
 * `FIXTURE_TEXT`; a test that changes the text passes its own `text` and quotes from it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type {
	AwardRecord,
	DiscrepancyRecord,
	DocumentRecord,
	EventRecord,
	FigureRecord,
	FollowUpRecord,
	PersonRecord,
	ProposalRecord,
	VisitRecord,
} from '../../src/data/schema.js';
import { SourceRecord } from '../../src/data/schema.js';
import type { RawDataset, RawFile } from '../../src/data/validateDataset.js';
import type { RenderedAnswer } from '../../src/render/answerProse.js';

/** The one source file every fixture record cites. */
export const FIXTURE_SOURCE = '000_test.txt';
export const FIXTURE_CATALOGUE_FILE = 'sources.json';
export const FIXTURE_BUNDLE_FILE = 'records/test.json';

/** The default text of `FIXTURE_SOURCE`: every default record's quote is in it. */
export const FIXTURE_TEXT = [
	'ASTANA, 25 November 2025. The presidents held talks at the Akorda and signed a Joint Statement.',
	'Mutual trade exceeded half a billion dollars last year; the target is one billion dollars.',
	'The guest was awarded the Order of Friendship and laid a wreath at the monument.',
	'The report says 2 documents were signed, but it lists 3.',
].join('\n');

/** Evidence quoting `FIXTURE_SOURCE` (or another source). */
export function evidence(quote: string, source: string = FIXTURE_SOURCE): { source: string; quote: string }[] {
	return [{ source, quote }];
}

type Input<T extends z.ZodType> = z.input<T>;

export function fixtureSource(overrides: Partial<Input<typeof SourceRecord>> = {}): Input<typeof SourceRecord> {
	return {
		id: FIXTURE_SOURCE,
		outlet: 'Test Agency',
		published: { iso: '2025-11-25', precision: 'day' },
		title: 'Test article',
		covers: 'A test visit to Astana.',
		language: 'en',
		evidence: evidence('ASTANA, 25 November 2025.'),
		...overrides,
	};
}

/**
 * A catalogue of sources by file name, as `Engine.sourceCatalogue` holds it: the fixture source, and one more per
 * override given (each over the fixture source's fields).
 *
 * @example
 * fixtureCatalogue({ id: 'a.txt', outlet: null }).get('a.txt')?.title; // 'Test article'
 */
export function fixtureCatalogue(
	...overrides: Partial<Input<typeof SourceRecord>>[]
): ReadonlyMap<string, z.output<typeof SourceRecord>> {
	const sources = [fixtureSource(), ...overrides.map((override) => fixtureSource(override))].map((source) =>
		SourceRecord.parse(source),
	);
	return new Map(sources.map((source) => [source.id, source]));
}

export function fixtureVisit(overrides: Partial<Input<typeof VisitRecord>> = {}): Input<typeof VisitRecord> {
	return {
		id: 'visit-test',
		title: 'Test visit',
		kind: 'state-visit',
		startDate: { iso: '2025-11-25', precision: 'day' },
		city: 'Astana',
		country: 'Kazakhstan',
		venue: 'Akorda',
		host: { country: 'Kazakhstan', person: null, role: 'President of Kazakhstan' },
		guest: { country: 'Turkmenistan', person: null, role: 'President of Turkmenistan' },
		formats: ['narrow'],
		topics: ['trade'],
		summary: 'Talks in Astana.',
		sources: [FIXTURE_SOURCE],
		evidence: evidence('The presidents held talks at the Akorda'),
		...overrides,
	};
}

export function fixtureDocument(overrides: Partial<Input<typeof DocumentRecord>> = {}): Input<typeof DocumentRecord> {
	return {
		id: 'doc-test-joint-statement',
		title: 'Joint Statement',
		kind: 'joint-statement',
		parties: [],
		visit: 'visit-test',
		signedDate: null,
		signedPlace: 'Astana',
		signing: 'heads-of-state',
		sectors: ['political'],
		list: { name: 'test-signed', position: 1 },
		evidence: evidence('signed a Joint Statement'),
		...overrides,
	};
}

export function fixtureFigure(overrides: Partial<Input<typeof FigureRecord>> = {}): Input<typeof FigureRecord> {
	return {
		id: 'fig-test-trade',
		metric: 'trade-turnover',
		label: 'Mutual trade',
		value: 500_000_000,
		unit: 'USD',
		valueText: 'half a billion dollars',
		qualifier: 'exceeded',
		period: null,
		countries: ['Kazakhstan', 'Turkmenistan'],
		statedBy: null,
		visit: 'visit-test',
		text: 'Mutual trade exceeded half a billion dollars.',
		evidence: evidence('Mutual trade exceeded half a billion dollars last year'),
		...overrides,
	};
}

export function fixtureAward(overrides: Partial<Input<typeof AwardRecord>> = {}): Input<typeof AwardRecord> {
	return {
		id: 'award-test-friendship',
		names: ['Order of Friendship'],
		description: 'An order.',
		giver: { country: 'Kazakhstan', person: null },
		recipient: { country: 'Turkmenistan', person: 'person-test-guest' },
		visit: 'visit-test',
		date: null,
		reason: null,
		evidence: evidence('The guest was awarded the Order of Friendship'),
		...overrides,
	};
}

export function fixtureEvent(overrides: Partial<Input<typeof EventRecord>> = {}): Input<typeof EventRecord> {
	return {
		id: 'event-test-wreath',
		visit: 'visit-test',
		kind: 'wreath-laying',
		title: 'Wreath laying',
		place: null,
		participants: ['person-test-guest'],
		description: 'The guest laid a wreath.',
		evidence: evidence('laid a wreath at the monument'),
		...overrides,
	};
}

export function fixtureDiscrepancy(
	overrides: Partial<Input<typeof DiscrepancyRecord>> = {},
): Input<typeof DiscrepancyRecord> {
	return {
		id: 'disc-test-count',
		visit: 'visit-test',
		about: ['doc-test-joint-statement'],
		summary: 'The count and the list differ.',
		statements: [
			{ says: 'Two documents were signed.', evidence: evidence('The report says 2 documents were signed') },
			{ says: 'Three documents are listed.', evidence: evidence('but it lists 3.') },
		],
		note: 'Both are recorded.',
		...overrides,
	};
}

export function fixturePerson(overrides: Partial<Input<typeof PersonRecord>> = {}): Input<typeof PersonRecord> {
	return {
		id: 'person-test-guest',
		name: 'Test Guest',
		country: 'Turkmenistan',
		roles: [
			{
				title: 'President of Turkmenistan',
				country: 'Turkmenistan',
				visits: ['visit-test'],
				evidence: evidence('The guest was awarded'),
			},
		],
		evidence: evidence('The guest was awarded the Order of Friendship'),
		...overrides,
	};
}

export function fixtureProposal(overrides: Partial<Input<typeof ProposalRecord>> = {}): Input<typeof ProposalRecord> {
	return {
		id: 'proposal-test-trade-target',
		title: 'Trade target of one billion dollars',
		kind: 'initiative',
		proposedBy: { people: [], countries: ['Kazakhstan'] },
		visit: 'visit-test',
		status: 'proposed',
		sectors: ['trade'],
		description: 'Raise mutual trade to one billion dollars.',
		evidence: evidence('the target is one billion dollars'),
		...overrides,
	};
}

/** A follow-up from the default proposal to the default document. */
export function fixtureFollowUp(overrides: Partial<Input<typeof FollowUpRecord>> = {}): Input<typeof FollowUpRecord> {
	return {
		id: 'followup-test-target-statement',
		earlier: 'proposal-test-trade-target',
		later: 'doc-test-joint-statement',
		summary: 'The trade target was written into the Joint Statement.',
		earlierEvidence: evidence('the target is one billion dollars'),
		laterEvidence: evidence('signed a Joint Statement'),
		...overrides,
	};
}

/** The record lists of one bundle, in the order the bundle holds them. Records are `unknown` so tests can break them. */
const BUNDLE_KEYS = [
	'visits',
	'documents',
	'figures',
	'awards',
	'events',
	'discrepancies',
	'people',
	'organisations',
	'places',
	'proposals',
	'followUps',
] as const;
type BundleKey = (typeof BUNDLE_KEYS)[number];

export interface DatasetFixtureParts extends Partial<Record<BundleKey, readonly unknown[]>> {
	/** The catalogue; one `fixtureSource()` unless given. */
	sources?: readonly unknown[];
	/** The text of `FIXTURE_SOURCE`; `FIXTURE_TEXT` unless given. Ignored when `sourceTexts` is given. */
	text?: string;
	sourceTexts?: ReadonlyMap<string, string>;
	/** Bundles after the fixture's own. */
	extraBundles?: readonly RawFile[];
}

/**
 * A raw dataset of the records given: one catalogue, one bundle holding only the lists given (one `fixtureVisit()`
 * when `visits` is not given), and the source's text.
 *
 * @example
 * validateDataset(datasetFixture({ documents: [fixtureDocument({ list: null })] }));
 */
export function datasetFixture(parts: DatasetFixtureParts = {}): RawDataset {
	const lists: Partial<Record<BundleKey, readonly unknown[]>> = { visits: [fixtureVisit()], ...parts };
	const json: Partial<Record<BundleKey, readonly unknown[]>> = {};
	for (const key of BUNDLE_KEYS) {
		const records = lists[key];
		if (records !== undefined) json[key] = records;
	}
	return {
		catalogue: { file: FIXTURE_CATALOGUE_FILE, json: parts.sources ?? [fixtureSource()] },
		bundles: [{ file: FIXTURE_BUNDLE_FILE, json }, ...(parts.extraBundles ?? [])],
		sourceTexts: parts.sourceTexts ?? new Map([[FIXTURE_SOURCE, parts.text ?? FIXTURE_TEXT]]),
	};
}

/**
 * The files of a data directory holding `raw`, by path relative to it: the catalogue, each bundle and each source
 * text under `sources/`, as `loadDataset` reads them.
 */
export function datasetFiles(raw: RawDataset): Record<string, string> {
	const files: Record<string, string> = { [raw.catalogue.file]: JSON.stringify(raw.catalogue.json) };
	for (const bundle of raw.bundles) files[bundle.file] = JSON.stringify(bundle.json);
	for (const [name, text] of raw.sourceTexts) files[`sources/${name}`] = text;
	return files;
}

/**
 * Writes `raw` into `directory` as a data directory `loadDataset` reads (for tests that start the bot, the CLI or a
 * script on a fixture dataset).
 *
 * @returns the directory
 */
export function writeDataset(directory: string, raw: RawDataset): string {
	for (const [path, text] of Object.entries(datasetFiles(raw))) {
		mkdirSync(dirname(join(directory, path)), { recursive: true });
		writeFileSync(join(directory, path), text);
	}
	return directory;
}

/** An answer as the renderers show it (or `--json` reads it back): a document titled "Joint Statement" by default. */
export function fixtureRenderedAnswer(overrides: Partial<RenderedAnswer> = {}): RenderedAnswer {
	return {
		kind: 'document',
		id: 'doc-1',
		title: 'Joint Statement',
		text: '…',
		fields: {},
		citations: [],
		...overrides,
	};
}
