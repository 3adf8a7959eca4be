/**
 * Cuts text to a length limit, ending with an ellipsis when it had to cut,
 * without splitting a surrogate pair.
 *
 * @param text - any text
 * @param max - the limit in UTF-16 code units, as Discord counts
 * @returns text of at most `max` code units
 * @example
 * truncate('Memorandum of Understanding', 12); // 'Memorandum …'
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 1) return '…'.slice(0, max);
	let cut = text.slice(0, max - 1);
	// Do not leave half of a surrogate pair behind.
	if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
	const lastSpace = cut.lastIndexOf(' ');
	if (lastSpace > max * 0.6) cut = cut.slice(0, lastSpace);
	return `${cut.trimEnd()}…`;
}
