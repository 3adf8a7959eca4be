/**
 * The questions of `ask --batch`: stdin cut into lines, as a text editor counts them, so that output line N (or
 * block N) answers input line N.
 */

/**
 * @param input - everything read from stdin
 * @returns its lines, blank ones included; `\r\n` and `\n` end a line, and the newline that ends the input does not
 *   start one more
 * @example
 * batchLines('first\n\nthird\n'); // ['first', '', 'third']
 */
export function batchLines(input: string): string[] {
	if (input === '') return [];
	const lines = input.split(/\r?\n/u);
	if (lines.at(-1) === '') lines.pop();
	return lines;
}
