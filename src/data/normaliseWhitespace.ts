/** Collapses every run of whitespace (including non-breaking spaces and line breaks) to one space. */
export function normaliseWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}
