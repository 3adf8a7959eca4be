/** One thing wrong with the dataset, located precisely enough to fix it. */
export interface DatasetProblem {
	/** Path of the file relative to the data directory (`records/2021-ashgabat.json`). */
	file: string;
	/** The record's id, or its position when the record has no usable id. */
	record: string;
	/** Dotted path of the offending field inside the record (`parties.0.country`). */
	field: string;
	message: string;
}

export function formatProblem(problem: DatasetProblem): string {
	return `${problem.file}: record ${problem.record}: field "${problem.field}": ${problem.message}`;
}

/** Thrown by the loader when any file fails validation; carries every problem found, not just the first. */
export class DatasetError extends Error {
	readonly problems: readonly DatasetProblem[];

	constructor(problems: readonly DatasetProblem[]) {
		const lines = problems.slice(0, 20).map(formatProblem);
		const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
		super(`dataset: ${problems.length} problem(s)\n${lines.join('\n')}${more}`);
		this.name = 'DatasetError';
		this.problems = problems;
	}
}
