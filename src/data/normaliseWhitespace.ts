/** Whitespace other than the plain space, or two spaces in a row (spaces at the ends are checked apart). */
const UNTIDY_INSIDE = /[^\S ]| {2}/;
const SPACE = 32;

/** Collapses every run of whitespace (including non-breaking spaces and line breaks) to one space. */
export function normaliseWhitespace(text: string): string {
	// Most quotes are tidy already; testing is cheaper than rebuilding the string (it runs for every quote at start-up).
	const tidy = text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE && !UNTIDY_INSIDE.test(text);
	return tidy ? text : text.replace(/\s+/gu, ' ').trim();
}
