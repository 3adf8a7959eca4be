import { describe, expect, it } from 'vitest';
import { batchLines } from '../../src/cli/batchLines.js';

describe('batchLines', () => {
	it('keeps blank lines, so line N stays line N', () => {
		expect(batchLines('first\n\nthird\n   \nfifth')).toEqual(['first', '', 'third', '   ', 'fifth']);
	});

	it('does not count the newline that ends the input as one more line', () => {
		expect([batchLines('one\n'), batchLines('one\n\n')]).toEqual([['one'], ['one', '']]);
	});

	it('ends lines at \\r\\n as at \\n', () => {
		expect(batchLines('one\r\ntwo\r\n\r\nfour\r\n')).toEqual(['one', 'two', '', 'four']);
	});

	it('reads no line from empty input', () => {
		expect(batchLines('')).toEqual([]);
	});
});
