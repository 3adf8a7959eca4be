/**
 * Reads the dataset from disk and hands it to the validator. The only module in
 * the data layer that touches the file system.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError } from './DatasetError.js';
import { type Dataset, validateDataset } from './validateDataset.js';

/** The repository's own `data/` directory, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

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

	// Read concurrently: with many files the start-up would otherwise wait on each read in turn.
	const [texts, catalogue, bundles] = await Promise.all([
		Promise.all(sourceFiles.map((name) => readFile(join(sourcesDir, name), 'utf8'))),
		readJson(join(dataDir, 'sources.json'), dataDir),
		Promise.all(recordFiles.map((name) => readJson(join(recordsDir, name), dataDir))),
	]);
	const sourceTexts = new Map(sourceFiles.map((name, index) => [name, texts[index] ?? '']));

	return validateDataset({ catalogue, bundles, sourceTexts });
}

async function readJson(path: string, dataDir: string): Promise<{ file: string; json: unknown }> {
	const file = relative(dataDir, path);
	const text = await readFile(path, 'utf8');
	try {
		return { file, json: JSON.parse(text) as unknown };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DatasetError([{ file, record: '(file)', field: '(json)', message: `not valid JSON: ${reason}` }]);
	}
}
