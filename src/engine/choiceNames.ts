/**
 * Choice names fitted to what was typed and to a front end's length: the lead of a label is kept, its subject is cut
 * around the words typed rather than from the end, its details are shown as room allows, a word typed that the
 * label does not show (an alias, a party's name) is added, and no two choices of one answer share a name.
 */
import type { ChoiceLabel } from '../text/labels.js';
import { LABEL_JOINERS } from '../text/labelWords.js';
import { truncate } from '../text/truncate.js';
import { STOP_WORDS, normaliseTerms } from './normalise.js';
import type { Completion } from './prefixCompleter.js';

/** A choice before it is named: its label, its value, and the text it is found by (title, aliases, names). */
export interface LabelledChoice {
	label: ChoiceLabel;
	value: string;
	searchText: string;
	/** False for a choice found by fuzzy search (a typo): no word of it is what was typed, so none must be shown. */
	matched?: boolean;
}

/** A detail cut shorter than this, or to less than this share of itself, says too little to be worth its room. */
const MIN_DETAIL = 16;
const MIN_DETAIL_SHARE = 0.75;
/** The least room a subject cut around a word is given while other cut parts share the rest. */
const MIN_WINDOW = 12;

/**
 * The terms of a partial that a label must show: every term but the stop words, once each.
 *
 * @example
 * typedTerms('MoU on vet'); // ['memorandum', 'understanding', 'vet']
 */
export function typedTerms(partial: string): string[] {
	return [...new Set(normaliseTerms(partial, { keepStopWords: true }))].filter((term) => !STOP_WORDS.has(term));
}

/**
 * Names the choices of one answer.
 *
 * @param choices - the choices, best first
 * @param partial - what was typed
 * @param max - the longest name the front end takes (Infinity for none)
 * @returns the choices with names of at most `max` characters that show every word typed the choice was found by,
 *   no two alike (told apart by their distinctions, then by a word of their own, then, if nothing else differs, by a
 *   number)
 * @example
 * nameChoices([{ label: documentChoiceLabel(veterinary), value: 'doc-2025-veterinary', searchText }], 'vet', 100);
 * // [{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' }]
 */
export function nameChoices(choices: readonly LabelledChoice[], partial: string, max: number): Completion[] {
	const terms = typedTerms(partial);
	const fitters = choices.map((choice) => new ChoiceFitter(choice, terms, max));
	const names = fitters.map((fitter) => fitter.name());
	const levels = Math.max(0, ...choices.map((choice) => choice.label.distinctions.length));
	for (let level = 0; level < levels; level += 1) {
		const groups = duplicateGroups(names);
		if (groups.length === 0) break;
		for (const group of groups) {
			const values = group.map((index) => choices[index]?.label.distinctions[level] ?? '');
			if (new Set(values).size === 1) continue;
			for (const [position, index] of group.entries()) {
				const value = values[position] ?? '';
				if (value !== '') names[index] = fitters[index]?.withExtra(value) ?? '';
			}
		}
	}
	for (const group of duplicateGroups(names)) {
		const words = group.map((index) => searchWords(choices[index]?.searchText ?? ''));
		for (const [position, index] of group.entries()) {
			const others = new Set(words.flatMap((list, other) => (other === position ? [] : list.map((word) => word.term))));
			const own = words[position]?.find((word) => !others.has(word.term) && !STOP_WORDS.has(word.term));
			if (own) names[index] = fitters[index]?.withExtra(own.text) ?? '';
		}
	}
	for (const group of duplicateGroups(names)) {
		for (const [position, index] of group.entries()) {
			if (position === 0) continue;
			names[index] = fitters[index]?.withSuffix(` (${position + 1})`) ?? '';
		}
	}
	return choices.map((choice, index) => ({ name: names[index] ?? '', value: choice.value }));
}

/** Positions of names shared by several choices, group by group (case aside: Discord shows them alike). */
function duplicateGroups(names: readonly string[]): number[][] {
	const byName = new Map<string, number[]>();
	names.forEach((name, index) => {
		const key = name.toLowerCase();
		const group = byName.get(key);
		if (group) group.push(index);
		else byName.set(key, [index]);
	});
	return [...byName.values()].filter((group) => group.length > 1);
}

/** One choice's name, refitted as extras are added to tell it apart. */
class ChoiceFitter {
	private readonly extras: string[] = [];
	private readonly required: readonly string[];
	private readonly found: string;

	constructor(
		private readonly choice: LabelledChoice,
		terms: readonly string[],
		private readonly max: number,
	) {
		const { label } = choice;
		const labelText = [...label.lead, label.subject, label.value ?? '', ...label.details].join(' ');
		const findable = [...normaliseTerms(`${choice.searchText} ${labelText}`, { keepStopWords: true })];
		// A term that starts no word of the choice did not find it: no word of the choice can show it.
		this.required =
			choice.matched === false ? [] : terms.filter((term) => findable.some((word) => word.startsWith(term)));
		const missing = this.required.filter((term) => !shows(labelText, [term]));
		this.found = [
			...new Set(
				missing.flatMap(
					(term) => searchWords(choice.searchText).find((word) => word.term.startsWith(term))?.text ?? [],
				),
			),
		].join(' ');
	}

	name(): string {
		return this.fit(this.max);
	}

	withExtra(extra: string): string {
		if (!this.extras.includes(extra)) this.extras.push(extra);
		return this.fit(this.max);
	}

	withSuffix(suffix: string): string {
		return `${this.fit(this.max - suffix.length)}${suffix}`;
	}

	private fit(max: number): string {
		const { label } = this.choice;
		const { parts } = LABEL_JOINERS;
		const lead = label.lead.join(parts);
		const fixed = [lead, this.found, ...this.extras].filter((text) => text !== '');
		const withValue = (subject: string): string =>
			label.value === undefined ? subject : `${subject}${LABEL_JOINERS.value}${label.value}`;
		const compose = (subject: string, details: readonly string[]): string =>
			[lead, withValue(subject), this.found, ...this.extras, ...details].filter((text) => text !== '').join(parts);
		const whole = compose(label.subject, label.details);
		if (whole.length <= max) return whole;

		// A detail that shows a word typed which nothing before it shows is kept; the others only if room allows.
		const unshown = this.required.filter((term) => !shows(`${lead} ${withValue(label.subject)} ${this.found}`, [term]));
		const needed = label.details.filter((detail) => showsAny(detail, unshown));
		const optional = label.details.filter((detail) => !needed.includes(detail));
		if (compose(label.subject, needed).length <= max) {
			const shown = [...needed];
			for (const detail of optional) {
				const room = max - compose(label.subject, shown).length - parts.length;
				if (detail.length <= room) shown.push(detail);
				else if (room >= Math.max(MIN_DETAIL, detail.length * MIN_DETAIL_SHARE)) {
					shown.push(truncate(detail, room));
					break;
				}
			}
			return compose(label.subject, shown);
		}

		// The subject and the needed details share what the lead, the value and the extras leave, each cut around
		// the words typed.
		const windows = [label.subject, ...needed].filter((text) => text !== '');
		const fixedLength = fixed.reduce((sum, text) => sum + text.length, 0);
		const valueLength = label.value === undefined ? 0 : LABEL_JOINERS.value.length + label.value.length;
		let room = max - fixedLength - valueLength - parts.length * Math.max(0, fixed.length + windows.length - 1);
		const cut = windows.map((text, index) => {
			const later = windows.slice(index + 1).reduce((sum, other) => sum + Math.min(other.length, MIN_WINDOW), 0);
			const shown = windowAround(text, Math.max(1, room - later), this.required);
			room -= shown.length;
			return shown;
		});
		const subject = label.subject === '' ? '' : (cut.shift() ?? '');
		const fitted = compose(subject, cut);
		return fitted.length <= max ? fitted : truncate(fitted, max);
	}
}

/**
 * Text cut to `room` characters around the first word typed, with an ellipsis where it is cut.
 *
 * @example
 * windowAround('Memorandum between the Ministries on veterinary medicine', 22, ['vet']); // '…on veterinary medicine'
 */
export function windowAround(text: string, room: number, terms: readonly string[]): string {
	if (text.length <= room) return text;
	if (room <= 1) return LABEL_JOINERS.cut.slice(0, Math.max(0, room));
	const words = text.split(' ');
	const matching = words.flatMap((word, index) => (showsAny(word, terms) ? [index] : []));
	const first = matching[0];
	if (first === undefined) return truncate(text, room);
	// The start of the text, when it already shows the words typed that the text holds.
	const head = truncate(text, room);
	const held = terms.filter((term) => shows(text, [term]));
	if (shows(head, held)) return head;
	const render = (start: number, end: number): string =>
		`${start > 0 ? LABEL_JOINERS.cut : ''}${words.slice(start, end + 1).join(' ')}${end < words.length - 1 ? LABEL_JOINERS.cut : ''}`;
	const lastMatch = matching.at(-1) ?? first;
	let start = first;
	let end = render(first, lastMatch).length <= room ? lastMatch : first;
	if (render(start, end).length > room) return truncate(words[first] ?? '', room);
	// Two words of what leads up to the word typed ("a cable border …"), then what follows it, then the rest before.
	for (let lead = 0; lead < 2 && start > 0 && render(start - 1, end).length <= room; lead += 1) start -= 1;
	while (end + 1 < words.length && render(start, end + 1).length <= room) end += 1;
	while (start > 0 && render(start - 1, end).length <= room) start -= 1;
	return render(start, end);
}

/** Whether some word of the text starts with some term. */
function showsAny(text: string, terms: readonly string[]): boolean {
	const words = normaliseTerms(text, { keepStopWords: true });
	return terms.some((term) => words.some((word) => word.startsWith(term)));
}

/** Whether some word of the text starts with each term. */
function shows(text: string, terms: readonly string[]): boolean {
	if (terms.length === 0) return false;
	const words = normaliseTerms(text, { keepStopWords: true });
	return terms.every((term) => words.some((word) => word.startsWith(term)));
}

/** The words of a text as written (without the punctuation around them), each with its first normalised term. */
function searchWords(text: string): { text: string; term: string }[] {
	return text
		.split(/\s+/u)
		.map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((raw) => raw !== '')
		.flatMap((raw) => normaliseTerms(raw, { keepStopWords: true }).map((term) => ({ text: raw, term })));
}
