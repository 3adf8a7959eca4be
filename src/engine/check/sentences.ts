/**
 * A text to check, cut into sentences and clauses with their places in it, so every claim can point at the words it
 * was read from. Sentences come from `Intl.Segmenter` (Unicode's sentence boundaries, built into Node), with its
 * breaks after abbreviations undone; clauses are the parts of a sentence that can each make a claim of their own.
 */

/** Where a piece of the checked text stands in it: `text.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
}

export interface Sentence extends Span {
	clauses: readonly Span[];
}

/**
 * Words that end with a full stop without ending a sentence. Unicode's rules break after them ("Mr. | Tokayev"), and
 * Node's ICU has no suppression list for English, so a break after one is undone.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'no',
	'nos',
	'vs',
	'etc',
	'approx',
	'incl',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'i.e',
	'e.g',
	'u.s',
	'u.k',
	'u.n',
]);

/** The last word of a segment, full stop excluded, when the segment ends with one. */
const LAST_WORD_BEFORE_STOP = /(?:^|[\s(“"])((?:\p{L}\.)*\p{L}+)\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Where a sentence may hold a second claim of its own: at a semicolon, or at a conjunction that opens a new clause
 * after a comma ("…, and 18 agreements were signed", "…, while trade reached …", "… whereas …").
 */
const CLAUSE_BREAK = /;\s*|,\s+(?:and|but|while|whereas|whilst)\s+|\s+(?:while|whereas|whilst)\s+/gu;

/**
 * @param text - the text to check
 * @returns its sentences in order, each with its clauses; blank stretches are left out
 * @example
 * splitSentences('Mr. Tokayev visited Ashgabat. He met the president.').length; // 2
 */
export function splitSentences(text: string): Sentence[] {
	const spans: Span[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const previous = spans.at(-1);
		if (
			previous &&
			(endsWithAbbreviation(text.slice(previous.start, previous.end)) || wrapped(text, previous, segment))
		) {
			previous.end = index + segment.length;
		} else {
			spans.push(...splitBeforeNumbers(text, { start: index, end: index + segment.length }));
		}
	}
	return spans.flatMap((span) => {
		const trimmed = trimSpan(text, span);
		return trimmed ? [{ ...trimmed, clauses: splitClauses(text, trimmed) }] : [];
	});
}

/**
 * Unicode's rules do not break before a sentence that opens with a number ("… in 2025. 25 documents were signed"):
 * such a break is made here, unless the full stop ends an abbreviation ("No. 5").
 */
function splitBeforeNumbers(text: string, span: Span): Span[] {
	const parts: Span[] = [];
	let start = span.start;
	for (const match of text.slice(span.start, span.end).matchAll(/[.!?][”"’)]*\s+(?=\d)/gu)) {
		const stop = span.start + match.index;
		if (endsWithAbbreviation(text.slice(start, stop + 1))) continue;
		const next = stop + match[0].length;
		parts.push({ start, end: next });
		start = next;
	}
	parts.push({ start, end: span.end });
	return parts;
}

/**
 * A line break inside a sentence: prose wrapped at a fixed width (a draft piped to the CLI) breaks lines mid-sentence,
 * where the line ends without a full stop and the next goes on in lower case. A list's lines each stand alone.
 */
function wrapped(text: string, previous: Span, next: string): boolean {
	const before = text.slice(previous.start, previous.end);
	return /[^\s.!?:;”")]\r?\n$/u.test(before) && /^\p{Ll}/u.test(next);
}

function endsWithAbbreviation(segment: string): boolean {
	const word = LAST_WORD_BEFORE_STOP.exec(segment)?.[1];
	return word !== undefined && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
}

/** The clauses of a sentence; a sentence without a break is one clause. */
function splitClauses(text: string, sentence: Span): Span[] {
	const body = text.slice(sentence.start, sentence.end);
	const clauses: Span[] = [];
	let start = 0;
	for (const match of body.matchAll(CLAUSE_BREAK)) {
		clauses.push({ start: sentence.start + start, end: sentence.start + match.index });
		start = match.index + match[0].length;
	}
	clauses.push({ start: sentence.start + start, end: sentence.end });
	return clauses.flatMap((clause) => trimSpan(text, clause) ?? []);
}

/** The span without the spaces around it, or undefined when nothing but spaces is left. */
function trimSpan(text: string, span: Span): Span | undefined {
	let { start, end } = span;
	while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
	while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
	return end > start ? { start, end } : undefined;
}
