/**
 * `npm run data:check`: validates the dataset and prints what it holds, so a
 * researcher who added a source sees at once whether it loads and what it added.
 */
import { DatasetError } from './DatasetError.js';
import { loadDataset } from './loadDataset.js';
import { summariseDataset } from './summariseDataset.js';

try {
	const dataset = await loadDataset(process.argv[2]);
	process.stdout.write(`${summariseDataset(dataset)}\n`);
} catch (error) {
	if (!(error instanceof DatasetError)) throw error;
	process.stderr.write(`${error.message}\n`);
	process.exitCode = 1;
}
