/**
 * Choice names fitted to what was typed and to a front end's length: the lead of a label is kept, its subject is cut
 * around the words typed rather than from the end, its details are shown as room allows, a word typed that the
 * label does not show (an alias, a party's name) is added, and no two choices of one answer share a name.
 */
import type { ChoiceLabel } from '../text/labels.js';
import { LABEL_JOINERS, SUBJECT_FRAME_WORDS, SUBJECT_OPENING_WORDS, TITLE_KIND_OPENINGS } from '../text/labelWords.js';
import { truncate } from '../text/truncate.js';
import { STOP_WORDS, normaliseTerms } from './normalise.js';
import type { Completion } from './prefixCompleter.js';
import { TermCache, showsTerm } from './termCache.js';

/** A choice before it is named: its label, its value, and the text it is found by (title, aliases, names). */
export interface LabelledChoice {
	label: ChoiceLabel;
	value: string;
	searchText: string;
	/** False for a choice found by fuzzy search (a typo): no word of it is what was typed, so none must be shown. */
	matched?: boolean;
}

/** A single letter is not yet a word: it starts a word of almost every choice, and showing which would be noise. */
const MIN_SHOWN_TERM = 2;

/**
 * Words a label is not made longer for, though they match what was typed: the frame and kind words its subject was
 * stripped of ("cooperation", "field", "memorandum"), which nearly every title holds.
 */
function untellingWords(): ReadonlySet<string> {
	untelling ??= new Set(
		[...SUBJECT_FRAME_WORDS, ...SUBJECT_OPENING_WORDS, ...TITLE_KIND_OPENINGS].flatMap((words) =>
			normaliseTerms(words, { keepStopWords: true }),
		),
	);
	return untelling;
}
let untelling: ReadonlySet<string> | undefined;

/** A detail cut shorter than this, or to less than this share of itself, says too little to be worth its room. */
const MIN_DETAIL = 16;
const MIN_DETAIL_SHARE = 0.75;
/** The least room a subject cut around a word is given while other cut parts share the rest. */
const MIN_WINDOW = 12;

/**
 * The terms of a partial that a label must show: every term once, but the stop words it has finished typing ("of" in
 * "ministry of health"; "be" at the end may still become "Berdimuhamedov").
 *
 * @example
 * typedTerms('MoU on vet'); // ['memorandum', 'understanding', 'vet']
 */
export function typedTerms(partial: string): string[] {
	const terms = normaliseTerms(partial, { keepStopWords: true });
	const last = /[\p{L}\p{N}]$/u.test(partial) ? terms.at(-1) : undefined;
	return [...new Set(terms)].filter((term) => !STOP_WORDS.has(term) || term === last);
}

/**
 * Names the choices of one answer.
 *
 * @param choices - the choices, best first
 * @param partial - what was typed
 * @param max - the longest name the front end takes (Infinity for none)
 * @param cache - the terms of texts seen before (one per engine)
 * @returns the choices with names of at most `max` characters that show every word typed the choice was found by,
 *   no two alike (told apart by their distinctions, then by a word of their own, then, if nothing else differs, by a
 *   number)
 * @example
 * nameChoices([{ label: documentChoiceLabel(veterinary), value: 'doc-2025-veterinary', searchText }], 'vet', 100);
 * // [{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' }]
 */
export function nameChoices(
	choices: readonly LabelledChoice[],
	partial: string,
	max: number,
	cache: TermCache = new TermCache(),
): Completion[] {
	const terms = typedTerms(partial);
	const fitters = choices.map((choice) => new ChoiceFitter(choice, terms, max, cache));
	const names = fitters.map((fitter) => fitter.name());
	if (duplicateGroups(names).length === 0)
		return choices.map((choice, index) => ({ name: names[index] ?? '', value: choice.value }));
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
		private readonly cache: TermCache,
	) {
		// Found by its words: every term typed starts a word of its search text (that is how the completer found it).
		// Found by a typo: no word of it is what was typed, so none can be shown.
		const typed = choice.matched === false ? [] : terms.filter((term) => term.length >= MIN_SHOWN_TERM);
		const { label } = choice;
		const labelWords =
			typed.length === 0 ? [] : cache.of([...label.lead, label.subject, label.value ?? '', ...label.details].join(' '));
		const found: string[] = [];
		const required: string[] = [];
		let searchTerms: readonly string[] | undefined;
		const untelling = untellingWords();
		for (const term of typed) {
			if (labelWords.some((word) => showsTerm(word, term))) {
				required.push(term);
				continue;
			}
			// Only a word that says something is worth showing: "b" is not shown by adding "between". One look at the
			// whole text first; the word as written is looked for only when there is one.
			searchTerms ??= cache.of(choice.searchText).filter((word) => !untelling.has(word));
			if (!searchTerms.some((word) => word.startsWith(term))) continue;
			const word = cache.firstWordStartingWith(choice.searchText, term, untelling);
			if (word === undefined) continue;
			required.push(term);
			if (!found.includes(word)) found.push(word);
		}
		this.required = required;
		this.found = found.join(' ');
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
		const withValue = (subject: string, value = label.value): string =>
			value === undefined || value === ''
				? subject
				: [subject, value].filter((text) => text !== '').join(LABEL_JOINERS.value);
		const compose = (subject: string, details: readonly string[], shownLead = lead, value = label.value): string =>
			[shownLead, withValue(subject, value), this.found, ...this.extras, ...details]
				.filter((text) => text !== '')
				.join(parts);
		const whole = compose(label.subject, label.details);
		if (whole.length <= max) return whole;

		// A detail that shows a word typed which nothing before it shows is kept; the others only if room allows.
		const unshown = this.required.filter(
			(term) => !this.cache.shows(`${lead} ${withValue(label.subject)} ${this.found}`, [term]),
		);
		const needed = label.details.filter((detail) => this.cache.showsAny(detail, unshown));
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
		// Each cut part keeps room for a word typed, whole.
		const least = Math.max(MIN_WINDOW, ...this.required.map((term) => term.length + LABEL_JOINERS.cut.length * 2));
		const needs = windows.map((text) => Math.min(text.length, least));
		const roomLeft = (shownLead: string, value: string | undefined): number => {
			const others = [shownLead, this.found, ...this.extras].filter((text) => text !== '');
			const valueLength = value === undefined || value === '' ? 0 : LABEL_JOINERS.value.length + value.length;
			const joins = parts.length * Math.max(0, others.length + windows.length - 1);
			return max - others.reduce((sum, text) => sum + text.length, 0) - valueLength - joins;
		};
		// A lead and a value so long that they leave no such room: the value, then the lead, give way.
		const need = needs.reduce((sum, length) => sum + length, 0);
		let value = label.value;
		let shownLead = lead;
		if (value !== undefined && roomLeft(shownLead, value) < need) {
			const valueRoom = value.length - (need - roomLeft(shownLead, value));
			value = valueRoom >= MIN_WINDOW ? truncate(value, valueRoom) : '';
		}
		if (roomLeft(shownLead, value) < need) shownLead = '';
		let room = roomLeft(shownLead, value);
		const cut = windows.map((text, index) => {
			const later = needs.slice(index + 1).reduce((sum, length) => sum + length, 0);
			const shown = windowAround(text, Math.max(1, room - later), this.required, this.cache);
			room -= shown.length;
			return shown;
		});
		const subject = label.subject === '' ? '' : (cut.shift() ?? '');
		const fitted = compose(subject, cut, shownLead, value);
		return fitted.length <= max ? fitted : truncate(fitted, max);
	}
}

/**
 * Text cut to `room` characters around the first word typed, with an ellipsis where it is cut.
 *
 * @example
 * windowAround('Memorandum between the Ministries on veterinary medicine', 22, ['vet']); // '…on veterinary medicine'
 */
export function windowAround(
	text: string,
	room: number,
	terms: readonly string[],
	cache: TermCache = new TermCache(),
): string {
	if (text.length <= room) return text;
	if (room <= 1) return LABEL_JOINERS.cut.slice(0, Math.max(0, room));
	const words = text.split(' ');
	const matching = words.flatMap((word, index) => (cache.showsAny(word, terms) ? [index] : []));
	const first = matching[0];
	if (first === undefined) return truncate(text, room);
	// The start of the text, when it already shows the words typed that the text holds.
	const head = truncate(text, room);
	const held = terms.filter((term) => cache.shows(text, [term]));
	if (cache.shows(head, held)) return head;
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

/** The words of a text as written (without the punctuation around them), each with its first normalised term. */
function searchWords(text: string): { text: string; term: string }[] {
	return text
		.split(/\s+/u)
		.map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((raw) => raw !== '')
		.flatMap((raw) => normaliseTerms(raw).map((term) => ({ text: raw, term })));
}
