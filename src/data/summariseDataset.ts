import { type Dataset, RECORD_KINDS } from './validateDataset.js';

/**
 * A plain-text report of the dataset: counts per record kind, per visit, and every recorded discrepancy.
 *
 * @param dataset - a validated dataset
 * @returns several lines of text
 * @example
 * summariseDataset(await loadDataset()).split('\n')[0]; // 'Dataset OK'
 */
export function summariseDataset(dataset: Dataset): string {
	const lines = ['Dataset OK', '', 'Records per kind:', `  sources: ${dataset.sources.length}`];
	for (const kind of RECORD_KINDS) lines.push(`  ${kind}: ${dataset[kind].length}`);
	lines.push('', 'Per visit:');
	for (const visit of dataset.visits) {
		const count = (records: readonly { visit: string | null }[]): number =>
			records.filter((record) => record.visit === visit.id).length;
		lines.push(
			`  ${visit.id} (${visit.startDate.iso}, ${visit.city}): documents ${count(dataset.documents)}, figures ${count(dataset.figures)}, awards ${count(dataset.awards)}, events ${count(dataset.events)}`,
		);
	}
	const unattached = dataset.documents.filter((document) => document.visit === null).length;
	lines.push(`  (documents signed elsewhere or earlier: ${unattached})`, '', 'Discrepancies:');
	for (const discrepancy of dataset.discrepancies) lines.push(`  - ${discrepancy.id}: ${discrepancy.summary}`);
	if (dataset.discrepancies.length === 0) lines.push('  (none)');
	return lines.join('\n');
}
