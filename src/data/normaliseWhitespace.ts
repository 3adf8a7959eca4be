/** Whitespace that is not a single plain space between words. */
const UNTIDY_WHITESPACE = /[^\S ]| {2}|^ | $/u;

/** Collapses every run of whitespace (including non-breaking spaces and line breaks) to one space. */
export function normaliseWhitespace(text: string): string {
	// Most quotes are tidy already; testing is cheaper than rebuilding the string (it runs for every quote at start-up).
	return UNTIDY_WHITESPACE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}
