import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelledChoice, nameChoices, typedTerms, windowAround } from '../../src/engine/choiceNames.js';
import { normaliseTerms } from '../../src/engine/normalise.js';
import type { ChoiceLabel } from '../../src/text/labels.js';
import { truncate } from '../../src/text/truncate.js';

function choice(label: Partial<ChoiceLabel>, searchText: string, value = 'v'): LabelledChoice {
	return {
		label: { lead: [], subject: '', details: [], distinctions: [], ...label },
		value,
		searchText,
	};
}

function names(choices: readonly LabelledChoice[], partial: string, max = 100): string[] {
	return nameChoices(choices, partial, max).map((named) => named.name);
}

/** Whether some word of the name starts with the term (or is its plural), as a reader who typed it would look for it. */
function shows(name: string, term: string): boolean {
	const plural = term.endsWith('y') ? `${term.slice(0, -1)}ies` : undefined;
	return normaliseTerms(name).some(
		(word) => word.startsWith(term) || (plural !== undefined && word.startsWith(plural)),
	);
}

const VETERINARY = choice(
	{ lead: ['2025', 'MoU'], subject: 'veterinary medicine', details: ['agriculture ministries'] },
	'Memorandum of Understanding between the Ministry of Agriculture … on Cooperation in the Field of Veterinary Medicine',
	'doc-vet',
);

describe('typedTerms', () => {
	it('keeps the words typed, not the stop words between them, and expands the language’s abbreviations', () => {
		expect(typedTerms('MoU on vet')).toEqual(['memorandum', 'understanding', 'vet']);
		expect(typedTerms('ministry of health')).toEqual(['ministry', 'health']);
	});

	it('keeps a stop word still being typed at the end: it may be the start of a name', () => {
		expect(typedTerms('be')).toEqual(['be']);
		expect(typedTerms('be ')).toEqual([]);
	});
});

describe('windowAround', () => {
	it('leaves text that fits alone', () => {
		expect(windowAround('veterinary medicine', 30, ['vet'])).toBe('veterinary medicine');
	});

	it('keeps the start when it already shows the word typed', () => {
		expect(windowAround('border crossing and the linking of networks', 20, ['bord'])).toBe('border crossing…');
	});

	it('cuts around the word typed, with a little of what leads up to it, and marks both cuts', () => {
		const text = 'construction of a cable border crossing and the linking of information networks';
		const cut = windowAround(text, 30, ['link']);
		expect(cut).toBe('…crossing and the linking of…');
		expect(cut.length).toBeLessThanOrEqual(30);
	});

	it('cuts from the start when nothing in it was typed', () => {
		expect(windowAround('one two three four five six', 12, ['zz'])).toBe(truncate('one two three four five six', 12));
	});
});

describe('nameChoices', () => {
	it('joins the parts of a label that fits whole', () => {
		expect(names([VETERINARY], 'vet')).toEqual(['2025 · MoU · veterinary medicine · agriculture ministries']);
	});

	it('drops the details before it cuts the subject, and cuts the subject around the word typed', () => {
		const long = choice(
			{
				lead: ['2021', 'agreement'],
				subject: 'delimitation of the state border and the delimitation of adjacent sections of fishing zones',
				details: ['Kazakhstan and Turkmenistan'],
			},
			'Agreement on the delimitation of the state border and of adjacent sections of fishing zones',
		);
		const [fishing = ''] = names([long], 'fish', 60);
		expect(fishing.length).toBeLessThanOrEqual(60);
		expect(fishing.startsWith('2021 · agreement · …')).toBe(true);
		expect(shows(fishing, 'fish')).toBe(true);
		expect(fishing).not.toContain('Kazakhstan');
	});

	it('keeps a detail that holds the word typed when nothing else shows it', () => {
		const [name = ''] = names([VETERINARY], 'agri', 45);
		expect(name).toBe('2025 · MoU · veterinary medic… · agriculture…');
	});

	it('adds the word typed when only an alias or a name the label leaves out holds it', () => {
		const regime = choice(
			{ lead: ['2021', 'agreement'], subject: 'regime of the state border', details: ['governments'] },
			'Agreement on the regime of the state border Intergovernmental agreement on the border regime',
		);
		expect(names([regime], 'intergov')).toEqual([
			'2021 · agreement · regime of the state border · Intergovernmental · governments',
		]);
	});

	it('takes a plural for the word typed: shortened parties are in the plural', () => {
		expect(names([VETERINARY], 'ministry')).toEqual(['2025 · MoU · veterinary medicine · agriculture ministries']);
	});

	it('does not lengthen a label for a single letter, a stop word or a frame word of titles', () => {
		for (const partial of ['m', 'between', 'cooperation'])
			expect(names([VETERINARY], partial)[0]).not.toMatch(/·.*·.*·.*·/u);
	});

	it('shows nothing more for a choice found by a typo', () => {
		expect(nameChoices([{ ...VETERINARY, matched: false }], 'intergov', 100)[0]?.name).toBe(
			'2025 · MoU · veterinary medicine · agriculture ministries',
		);
	});

	it('tells equal labels apart by their first distinction that differs', () => {
		const twin = (day: string, value: string): LabelledChoice =>
			choice({ lead: ['2021', 'MoU'], subject: 'transport', distinctions: ['Ashgabat', day] }, 'transport', value);
		expect(names([twin('25 October 2021', 'a'), twin('26 October 2021', 'b')], 'trans')).toEqual([
			'2021 · MoU · transport · 25 October 2021',
			'2021 · MoU · transport · 26 October 2021',
		]);
	});

	it('then by a word of its own, and by a number only when nothing else differs', () => {
		const road = choice({ lead: ['2021'], subject: 'transport' }, 'transport road', 'a');
		const rail = choice({ lead: ['2021'], subject: 'transport' }, 'transport railway', 'b');
		expect(names([road, rail], 'trans')).toEqual(['2021 · transport · road', '2021 · transport · railway']);
		const same = choice({ lead: ['2021'], subject: 'transport' }, 'transport');
		expect(names([same, same, same], 'trans')).toEqual([
			'2021 · transport',
			'2021 · transport (2)',
			'2021 · transport (3)',
		]);
	});

	it('keeps the values and the order of the choices', () => {
		const other = choice({ subject: 'other' }, 'other', 'doc-other');
		expect(nameChoices([VETERINARY, other], '', 100).map((named) => named.value)).toEqual(['doc-vet', 'doc-other']);
	});

	it('names every choice within the length, showing the word typed, no two alike', () => {
		// Words no alias or stop word can be: a reader's word is shown as it is.
		const word = fc.stringMatching(/^q[a-z]{3,11}$/u);
		const text = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));
		const label = fc.record({
			lead: fc.array(fc.constantFrom('2021', '2025', 'MoU', 'agreement'), { maxLength: 2 }),
			subject: fc.oneof(text, fc.constantFrom('qtransport', 'qborder regime')),
			value: fc.option(fc.constantFrom('15 documents', 'more than $500 million'), { nil: undefined }),
			details: fc.array(text, { maxLength: 2 }),
			distinctions: fc.array(fc.constantFrom('25 October 2021', 'Ashgabat', 'Astana'), { maxLength: 2 }),
		});
		const labelled = fc.record({ label, aliases: text });
		fc.assert(
			fc.property(
				fc.array(labelled, { minLength: 1, maxLength: 25 }),
				fc.nat(),
				fc.nat(),
				fc.integer({ min: 40, max: 100 }),
				(items, pick, cut, max) => {
					const choices = items.map(({ label: parts, aliases }, index) =>
						choice(parts, [parts.subject, ...parts.details, aliases].join(' '), `v${index}`),
					);
					// A prefix of a word of one choice's search text, as someone would type it.
					const words = choices.flatMap((entry) => entry.searchText.split(' '));
					const typed = words[pick % words.length] ?? 'q';
					const partial = typed.slice(0, 2 + (cut % (typed.length - 1)));
					const named = nameChoices(choices, partial, max);
					expect(named.map((entry) => entry.value)).toEqual(choices.map((entry) => entry.value));
					const lower = named.map((entry) => entry.name.toLowerCase());
					expect(new Set(lower).size).toBe(lower.length);
					named.forEach((entry, index) => {
						expect(entry.name.length).toBeLessThanOrEqual(max);
						if (shows(choices[index]?.searchText ?? '', partial)) expect(shows(entry.name, partial)).toBe(true);
					});
				},
			),
			{ numRuns: 300 },
		);
	});
});
