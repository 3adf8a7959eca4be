/**
 * Shortens a quote around the words that matter instead of from its end: when a quote is longer than the room, the
 * part kept is the one around the phrases that hold the answer's value (a figure's value, a document's title, a date),
 * and an ellipsis stands wherever the quote was cut. The kept text is always a verbatim piece of the quote.
 */

/** A stretch of a text: `[start, end)` in UTF-16 code units. */
export interface Span {
	start: number;
	end: number;
}

const ELLIPSIS = '…';
/** A cut moves to a word boundary by at most this many characters; a longer word is cut where it stands. */
const MAX_SNAP = 24;
/** Words of a title that say nothing on their own, left out when the title is looked for word by word. */
const FRAME_WORDS = new Set([
	'about',
	'against',
	'among',
	'between',
	'from',
	'into',
	'over',
	'that',
	'their',
	'these',
	'this',
	'those',
	'under',
	'upon',
	'which',
	'with',
	'within',
]);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;
/** What a left cut skips after it: spaces, and punctuation that would otherwise open the kept text. */
const LEADING_JUNK = /[\s,;:.)\]]/u;
/** What a right cut drops before it: spaces, and punctuation that would otherwise close the kept text. */
const TRAILING_JUNK = /[\s,;:([–-]/u;

/**
 * @param text - a quote
 * @param limit - the most UTF-16 code units the result may have, ellipses included
 * @param focus - phrases that hold the answer's value, the most important first
 * @returns the quote itself when it fits; otherwise a verbatim piece of it around the first phrases that fit
 *   together, with "…" where it was cut
 * @example
 * trimAround('The leaders expressed their readiness to cooperate on the Treaty, adopted on December 5, 2015.', 40, ['December 5, 2015']);
 * // '…Treaty, adopted on December 5, 2015.'
 */
export function trimAround(text: string, limit: number, focus: readonly string[] = []): string {
	if (text.length <= limit) return text;
	if (limit < 3) return ELLIPSIS.slice(0, Math.max(0, limit));
	const window = quoteWindow(text, limit, locatePhrases(text, focus));
	return `${window.start > 0 ? ELLIPSIS : ''}${text.slice(window.start, window.end)}${window.end < text.length ? ELLIPSIS : ''}`;
}

/**
 * Where each phrase first stands in a text, for `quoteWindow`: the phrase as written at word boundaries, then
 * anywhere, then in any case and spacing. A phrase not found whole is looked for word by word (its words of four
 * letters or more, and its numbers), each word a span of its own after every whole phrase.
 *
 * @example
 * locatePhrases('Signed on 5 December 2015.', ['5 December 2015']); // [{ start: 10, end: 25 }]
 */
export function locatePhrases(text: string, phrases: readonly string[]): Span[] {
	const whole: Span[] = [];
	const words: Span[] = [];
	for (const raw of phrases) {
		const phrase = raw.trim();
		if (phrase === '') continue;
		const found = locate(text, phrase);
		if (found) {
			whole.push(found);
			continue;
		}
		for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) {
			if (!/^\p{N}+$/u.test(word) && (word.length < 4 || FRAME_WORDS.has(word.toLowerCase()))) continue;
			const at = locate(text, word);
			if (at) words.push(at);
		}
	}
	return [...whole, ...words];
}

/**
 * The stretch of `text` to keep within `limit` characters (an ellipsis counts one at each end cut): the spans, the
 * first first, as many as fit together; then as much of the text around them as the room allows, from the start of
 * the quote when that fits, cut at word boundaries.
 *
 * @param spans - where the phrases that matter stand, most important first
 * @returns `[start, end)`; `end - start` plus one per cut end is at most `limit` (for a limit of 3 or more)
 */
export function quoteWindow(text: string, limit: number, spans: readonly Span[]): Span {
	const length = text.length;
	if (length <= limit) return { start: 0, end: length };
	const cost = (start: number, end: number): number => end - start + (start > 0 ? 1 : 0) + (end < length ? 1 : 0);
	let core: Span | undefined;
	for (const span of spans) {
		const candidate = core
			? { start: Math.min(core.start, span.start), end: Math.max(core.end, span.end) }
			: { start: span.start, end: span.end };
		if (candidate.end > candidate.start && cost(candidate.start, candidate.end) <= limit) core = candidate;
	}
	const kept = core ?? { start: 0, end: 0 };
	let start: number;
	let end: number;
	if (cost(0, kept.end) <= limit) {
		// The quote's opening fits with what matters: keep it, and as much after as there is room for.
		start = 0;
		end = limit - 1;
	} else {
		const room = limit - 2 - (kept.end - kept.start);
		const before = Math.floor(room / 2);
		start = kept.start - before;
		end = kept.end + (room - before);
		if (end >= length) {
			end = length;
			start = length - (limit - 1);
		}
	}
	// With nothing to keep, a right cut may still not take back more than two fifths of the text, as `truncate` does.
	const nothingKept = kept.end === kept.start;
	start = snapStart(text, start, nothingKept ? end : kept.start);
	end = snapEnd(text, end, nothingKept ? Math.max(start + 1, Math.floor(end * 0.6)) : kept.end);
	return { start, end };
}

/** Moves a left cut forward to the start of a word, never past `bound`. */
function snapStart(text: string, cut: number, bound: number): number {
	if (cut <= 0) return 0;
	let start = cut;
	const most = Math.min(bound, cut + MAX_SNAP);
	while (start < most && !WHITESPACE.test(text[start - 1] ?? '')) start += 1;
	if (start === most && !WHITESPACE.test(text[start - 1] ?? '')) start = cut;
	while (start < bound && LEADING_JUNK.test(text[start] ?? '')) start += 1;
	// Never begin with the second half of a surrogate pair.
	if (isLowSurrogate(text, start) && start < bound) start += 1;
	return start;
}

/** Moves a right cut back to the end of a word, never before `bound`. */
function snapEnd(text: string, cut: number, bound: number): number {
	if (cut >= text.length) return text.length;
	let end = cut;
	const least = Math.max(bound, cut - MAX_SNAP);
	while (end > least && !WHITESPACE.test(text[end] ?? '')) end -= 1;
	if (end === least && !WHITESPACE.test(text[end] ?? '')) end = cut;
	while (end > bound && TRAILING_JUNK.test(text[end - 1] ?? '')) end -= 1;
	// Never end with the first half of a surrogate pair.
	if (isLowSurrogate(text, end) && end > bound) end -= 1;
	return end;
}

function isLowSurrogate(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	const previous = text.charCodeAt(index - 1);
	return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
}

/** The first place a phrase stands: as written at word boundaries, as written anywhere, then in any case and spacing. */
function locate(text: string, phrase: string): Span | undefined {
	let anywhere: number | undefined;
	for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
		anywhere ??= at;
		if (atBoundaries(text, at, at + phrase.length)) return { start: at, end: at + phrase.length };
	}
	if (anywhere !== undefined) return { start: anywhere, end: anywhere + phrase.length };
	const pattern = new RegExp(
		phrase
			.split(/\s+/u)
			.map((token) => token.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
			.join('\\s+'),
		'giu',
	);
	let loose: Span | undefined;
	for (const match of text.matchAll(pattern)) {
		const span = { start: match.index, end: match.index + match[0].length };
		if (atBoundaries(text, span.start, span.end)) return span;
		loose ??= span;
	}
	return loose;
}

/** Whether a match does not begin or end inside a word. */
function atBoundaries(text: string, start: number, end: number): boolean {
	const opensWord = WORD_CHARACTER.test(text[start] ?? '');
	const closesWord = WORD_CHARACTER.test(text[end - 1] ?? '');
	return (
		(!opensWord || !WORD_CHARACTER.test(text[start - 1] ?? '')) &&
		(!closesWord || !WORD_CHARACTER.test(text[end] ?? ''))
	);
}
