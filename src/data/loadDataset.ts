/**
 * Reads the dataset from disk and hands it to the validator. The only module in
 * the data layer that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { packagePath } from '../packageRoot.js';
import { DatasetError } from './DatasetError.js';
import { type Dataset, type RawFile, validateDataset } from './validateDataset.js';

/** The repository's own `data/` directory, wherever the process was started from and whether compiled or not. */
export const DEFAULT_DATA_DIR = packagePath('data');

/**
 * Loads, validates and cross-checks the dataset under `dataDir`.
 *
 * @param dataDir - a directory with `sources.json`, `sources/*.txt` and `records/*.json`
 * @returns the typed dataset
 * @throws DatasetError naming the file, the record and the field of every problem
 * @example
 * const dataset = await loadDataset();
 * console.log(dataset.visits.map((visit) => visit.id));
 */
export async function loadDataset(dataDir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
	const sourcesDir = join(dataDir, 'sources');
	const recordsDir = join(dataDir, 'records');
	const sourceFiles = (await readdir(sourcesDir)).filter((name) => name.endsWith('.txt')).sort();
	const recordFiles = (await readdir(recordsDir)).filter((name) => name.endsWith('.json')).sort();

	// Synchronous reads: start-up does nothing else meanwhile (indexing blocks anyway), and with a thousand files a
	// thread-pool round trip per open, stat, read and close cost more than the reads themselves.
	const sourceTexts = new Map(sourceFiles.map((name) => [name, readFileSync(join(sourcesDir, name), 'utf8')]));
	const catalogue = readJson(join(dataDir, 'sources.json'), dataDir);
	// Each bundle is read and parsed only when the validator reaches it, and dropped once validated: its text and raw
	// JSON then die young instead of being copied through the heap while every other file is parsed and checked.
	const bundles = {
		*[Symbol.iterator](): Generator<RawFile> {
			for (const name of recordFiles) yield readJson(join(recordsDir, name), dataDir);
		},
	};
	return validateDataset({ catalogue, bundles, sourceTexts });
}

function readJson(path: string, dataDir: string): RawFile {
	const file = relative(dataDir, path);
	const text = readFileSync(path, 'utf8');
	try {
		return { file, json: JSON.parse(text) as unknown };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DatasetError([{ file, record: '(file)', field: '(json)', message: `not valid JSON: ${reason}` }]);
	}
}
