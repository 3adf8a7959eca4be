import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatasetProblem, DatasetError } from '../../src/data/DatasetError.js';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/data/loadDataset.js';
import {
	datasetFiles,
	datasetFixture,
	evidence,
	FIXTURE_SOURCE,
	fixtureSource,
	fixtureVisit,
} from '../support/datasetFixture.js';

const SOURCE = FIXTURE_SOURCE;
const TEXT = 'ASTANA, 25 November 2025. The presidents held talks at the Akorda.';

const visit = fixtureVisit({
	host: { country: 'Kazakhstan', person: null, role: 'President' },
	guest: { country: 'Turkmenistan', person: null, role: 'President' },
	evidence: evidence('The presidents held talks at the Akorda.'),
});

/** The files of a minimal valid data directory: one catalogued source, its text and a bundle with one visit. */
const files = datasetFiles(
	datasetFixture({
		sources: [fixtureSource({ outlet: null, published: null, title: 'Test', covers: 'Test' })],
		visits: [visit],
		text: TEXT,
	}),
);

const tempDirs: string[] = [];

/** A minimal valid data directory in the system temp dir; `overrides` adds or overwrites files by relative path. */
async function dataDir(overrides: Record<string, string> = {}): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'dataset-test-'));
	tempDirs.push(dir);
	await mkdir(join(dir, 'sources'));
	await mkdir(join(dir, 'records'));
	const all: Record<string, string> = {
		...files,
		...overrides,
	};
	for (const [path, text] of Object.entries(all)) await writeFile(join(dir, path), text);
	return dir;
}

async function problemsLoading(dir: string): Promise<readonly DatasetProblem[]> {
	try {
		await loadDataset(dir);
	} catch (error) {
		if (error instanceof DatasetError) return error.problems;
		throw error;
	}
	throw new Error('expected loadDataset to throw a DatasetError');
}

afterEach(async () => {
	for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('loadDataset', () => {
	it('loads the real data directory by default and returns typed records', async () => {
		const dataset = await loadDataset();

		expect(dataset.sources.length).toBeGreaterThan(0);
		expect(dataset.visits.map((visit) => visit.id)).toContain('visit-2021-ashgabat');
		expect(dataset.documents.every((document) => typeof document.title === 'string')).toBe(true);
		expect(dataset.sourceTexts.size).toBe(dataset.sources.length);
	});

	it('records which file under the data directory each record came from', async () => {
		const dataset = await loadDataset(DEFAULT_DATA_DIR);

		expect(dataset.fileOf.get('visit-2021-ashgabat')).toBe('records/2021-ashgabat.json');
		expect(dataset.fileOf.get('000_60c27e27655f15d3.txt')).toBe('sources.json');
	});

	it('loads a data directory given as an argument', async () => {
		const dataset = await loadDataset(await dataDir());

		expect(dataset.visits.map((visit) => visit.id)).toEqual(['visit-test']);
		expect(dataset.sourceTexts.get(SOURCE)).toBe(TEXT);
	});

	it('ignores files that are not .txt articles or .json bundles', async () => {
		const dir = await dataDir({ 'sources/README.md': 'notes', 'records/notes.txt': 'not a bundle' });

		const dataset = await loadDataset(dir);

		expect([...dataset.sourceTexts.keys()]).toEqual([SOURCE]);
		expect(dataset.visits).toHaveLength(1);
	});

	it('reports a record bundle that is not valid JSON, naming that file', async () => {
		const dir = await dataDir({ 'records/broken.json': '{ "visits": [ }' });

		const problems = await problemsLoading(dir);

		expect(problems).toEqual([
			{
				file: join('records', 'broken.json'),
				record: '(file)',
				field: '(json)',
				message: expect.stringMatching(/not valid JSON/),
			},
		]);
	});

	it('reports a catalogue that is not valid JSON, naming sources.json', async () => {
		const problems = await problemsLoading(await dataDir({ 'sources.json': '[{ "id": "000_test.txt", }]' }));

		expect(problems).toEqual([
			{ file: 'sources.json', record: '(file)', field: '(json)', message: expect.stringMatching(/not valid JSON/) },
		]);
	});

	it('reports validation problems with paths relative to the data directory', async () => {
		const broken = { visits: [{ ...visit, city: 42 }] };

		const problems = await problemsLoading(await dataDir({ 'records/test.json': JSON.stringify(broken) }));

		expect(problems).toEqual([
			{
				file: join('records', 'test.json'),
				record: '"visit-test"',
				field: 'city',
				message: expect.stringMatching(/expected string/),
			},
		]);
	});
});
