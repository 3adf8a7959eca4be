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
	lines.push('', 'Follow-up chains:');
	for (const chain of followUpChains(dataset)) lines.push(`  - ${chain.join(' → ')}`);
	if (dataset.followUps.length === 0) lines.push('  (none)');
	return lines.join('\n');
}

/**
 * Every chain of follow-ups, from a record that follows nothing up to one that nothing follows: each link is one
 * follow-up record (`prop-2021-garabogaz-bridge → prop-2025-garabogaz-bridge-commissioned`).
 */
export function followUpChains(dataset: Pick<Dataset, 'followUps'>): string[][] {
	const next = new Map<string, string[]>();
	const followed = new Set<string>();
	for (const followUp of dataset.followUps) {
		next.set(followUp.earlier, [...(next.get(followUp.earlier) ?? []), followUp.later]);
		followed.add(followUp.later);
	}
	const chains: string[][] = [];
	const walk = (chain: string[]): void => {
		const last = chain[chain.length - 1] ?? '';
		const after = (next.get(last) ?? []).filter((id) => !chain.includes(id));
		if (after.length === 0) chains.push(chain);
		for (const id of after) walk([...chain, id]);
	};
	for (const start of next.keys()) if (!followed.has(start)) walk([start]);
	return chains;
}
