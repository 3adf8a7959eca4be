import { describe, expect, it } from 'vitest';
import { type DatasetProblem, DatasetError, formatProblem } from '../../src/data/DatasetError.js';

function problem(index: number): DatasetProblem {
	return { file: 'records/test.json', record: `"doc-${index}"`, field: 'visit', message: `problem ${index}` };
}

describe('formatProblem', () => {
	it('puts the file, the record, the field and the message on one line', () => {
		expect(formatProblem(problem(1))).toBe('records/test.json: record "doc-1": field "visit": problem 1');
	});
});

describe('DatasetError', () => {
	it('is an Error named DatasetError', () => {
		const error = new DatasetError([problem(1)]);

		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('DatasetError');
	});

	it('keeps every problem it is given', () => {
		const problems = Array.from({ length: 25 }, (_, index) => problem(index));

		expect(new DatasetError(problems).problems).toEqual(problems);
	});

	it('states the number of problems and lists each one in its message', () => {
		const error = new DatasetError([problem(1), problem(2)]);

		expect(error.message).toBe(
			[
				'dataset: 2 problem(s)',
				'records/test.json: record "doc-1": field "visit": problem 1',
				'records/test.json: record "doc-2": field "visit": problem 2',
			].join('\n'),
		);
	});

	it('lists at most 20 problems in its message and counts the rest', () => {
		const error = new DatasetError(Array.from({ length: 23 }, (_, index) => problem(index)));
		const lines = error.message.split('\n');

		expect(lines[0]).toBe('dataset: 23 problem(s)');
		expect(lines.filter((line) => line.startsWith('records/test.json'))).toHaveLength(20);
		expect(lines.at(-1)).toBe('… and 3 more');
	});
});
