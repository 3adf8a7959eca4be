import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatasetNames } from '../support/datasetNames.js';
import { stemTerm } from '../../src/engine/language/wordForms.js';
import {
	foldText,
	foldTextReference,
	isReportingVerb,
	normaliseTerms,
	processTerm,
	tokenize,
	withoutPossessives,
	wordTerms,
} from '../../src/engine/normalise.js';

// Country names and spellings (Turkey, Kazakh, Zhomart) come from the dataset.
beforeAll(useDatasetNames);

/** Letters, digits, Turkish and Kazakh letters, dashes and punctuation the sources really use. */
const SOURCE_LIKE_CHARS = [
	...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
	...'çÇğĞıİöÖşŞüÜäÄñÑéÉåÅ',
	...' -–—‑/.,;:%$’\'"“”«»()',
];
const sourceLikeText = fc.string({ unit: fc.constantFrom(...SOURCE_LIKE_CHARS), maxLength: 60 });
const asciiLetters = fc.string({
	unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
	maxLength: 40,
});
const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	sourceLikeText,
);

/** Every ASCII character, with the ones the fast path treats specially (apostrophes, dots, digits) made likely. */
const asciiText = fc.string({
	unit: fc.oneof(
		fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
		fc.constantFrom(...".'`0123456789 aZ%$‘’“”–—«»\u00a0´ü"),
	),
	maxLength: 60,
});
/** Latin letters with diacritics, the special letters and marks, among plain text: the accented fast path's input. */
const latinText = fc.string({
	unit: fc.oneof(
		fc.constantFrom(..."aZ i.1 5%'’–"),
		fc.constantFrom(...'üÜğĞşŞıİöÖçÇéÈàâñÑøØßẞłŁæÆœđĐÏÔ¹½…\u0301\u0327ǅﬁ'),
	),
	maxLength: 40,
});

describe('words that are also Object.prototype keys', () => {
	it('are ordinary terms, not aliases', () => {
		for (const word of ['constructor', 'proto', 'tostring', 'valueof', 'hasownproperty']) {
			expect(normaliseTerms(`${word} of the railway`)).toEqual([word, 'railway']);
			expect(processTerm(word)).toBe(stemTerm(word));
		}
		expect(normaliseTerms('__proto__ constructor')).toEqual(['proto', 'constructor']);
	});
});

describe('withoutPossessives', () => {
	it("drops a possessive 's and a plural's apostrophe, typed straight or curly, and leaves other words alone", () => {
		expect(withoutPossessives("Erdoğan's congratulations")).toBe('Erdoğan congratulations');
		expect(withoutPossessives('Tokayev’s first visit')).toBe('Tokayev first visit');
		expect(withoutPossessives("the presidents' talks")).toBe('the presidents talks');
		expect(withoutPossessives('Serdar Berdimuhamedov says')).toBe('Serdar Berdimuhamedov says');
	});
});

describe('foldText', () => {
	it('folds plain and accented Latin text on its fast paths exactly as the general fold does', () => {
		fc.assert(
			fc.property(fc.oneof(asciiText, latinText, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
				expect(foldText(text)).toBe(foldTextReference(text));
				expect(tokenize(text)).toEqual(foldTextReference(text).split(' '));
			}),
			{ numRuns: 5000 },
		);
		for (const text of [
			"1'.5",
			'1..5',
			"don't",
			"'.5",
			'3.',
			'.4',
			'a.b 1.2.3',
			"Türkiye's",
			'',
			'  ',
			'Devlet Nişanı',
			'İSTANBUL',
			'Garabogazköl…',
			'x¹ ½',
			'Ѐ Ё',
		]) {
			expect(tokenize(text), text).toEqual(foldTextReference(text).split(' '));
		}
	});

	it('lower-cases text', () => {
		expect(foldText('JOINT Statement')).toBe('joint statement');
	});

	it('folds the Turkish ü of Türkiye to u', () => {
		expect(foldText('Türkiye')).toBe('turkiye');
	});

	it('folds ş and the dotless ı of Nişanı', () => {
		expect(foldText('Nişanı')).toBe('nisani');
	});

	it('folds a lone dotless ı to i', () => {
		expect(foldText('ı')).toBe('i');
	});

	it('folds the capital dotted İ to i', () => {
		expect(foldText('İstanbul')).toBe('istanbul');
	});

	it('folds the ğ of Erdoğan to g', () => {
		expect(foldText('Erdoğan')).toBe('erdogan');
	});

	it('folds the ö of Garabogazköl to o', () => {
		expect(foldText('Garabogazköl')).toBe('garabogazkol');
	});

	it('turns the en dash, em dash, non-breaking hyphen and hyphen into spaces', () => {
		expect(foldText('a–b—c‑d-e')).toBe('a b c d e');
	});

	it('splits a hyphenated name into its words', () => {
		expect(foldText('Al-Farabi')).toBe('al farabi');
	});

	it('drops apostrophes so a possessive stays one word', () => {
		expect(foldText('Türkiye’s Devlet Nişanı — Al-Farabi')).toBe('turkiyes devlet nisani al farabi');
	});

	it('keeps decimal points, dollar signs and percent signs but drops a sentence full stop', () => {
		expect(foldText('US $ 1.5 billion, up 26%.')).toBe('us $ 1.5 billion up 26%');
	});

	it('collapses and trims whitespace', () => {
		expect(foldText('  border \n\t regime  ')).toBe('border regime');
	});

	it('returns an empty string for punctuation only', () => {
		expect(foldText(' — ; ! ')).toBe('');
	});

	it('is idempotent on text made of the letters and marks the sources use', () => {
		fc.assert(
			fc.property(sourceLikeText, (text) => {
				const once = foldText(text);
				expect(foldText(once)).toBe(once);
			}),
		);
	});

	// BUG: SPECIAL_LETTERS only lists the lower-case forms (ø, ł, æ, œ, đ, ß) and is applied before
	// lower-casing, so the capitals fold to the lower-case special letter instead of to ASCII:
	// foldText('Ø') is 'ø' while foldText('ø') is 'o'. Folding is then neither idempotent nor case-blind.
	it('is idempotent on capitals whose lower case is a special letter (Ø, Ł, Æ, Œ, Đ, ẞ)', () => {
		for (const letter of ['Ø', 'Ł', 'Æ', 'Œ', 'Đ', 'ẞ']) expect(foldText(foldText(letter))).toBe(foldText(letter));
	});

	// BUG: same cause as above; 'Łódź' and 'łódź' fold differently.
	it('folds the capital Ł like the lower-case ł', () => {
		expect(foldText('Łódź')).toBe(foldText('łódź'));
	});

	it('ignores the case of ASCII letters', () => {
		fc.assert(
			fc.property(asciiLetters, (text) => {
				expect(foldText(text.toUpperCase())).toBe(foldText(text.toLowerCase()));
			}),
		);
	});

	it('never outputs upper-case letters, combining marks or double spaces', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const folded = foldText(text);
				expect(folded).not.toMatch(/\p{Lu}/u);
				expect(folded).not.toMatch(/\p{M}/u);
				expect(folded).not.toContain('  ');
				expect(folded).toBe(folded.trim());
			}),
		);
	});
});

describe('normaliseTerms', () => {
	it('maps Turkey to turkiye', () => {
		expect(normaliseTerms('Turkey')).toEqual(['turkiye']);
	});

	it('maps Türkiye to turkiye', () => {
		expect(normaliseTerms('Türkiye')).toEqual(['turkiye']);
	});

	it('maps Turkish to turkiye', () => {
		expect(normaliseTerms('Turkish')).toEqual(['turkiye']);
	});

	it('maps Kazakh to kazakhstan', () => {
		expect(normaliseTerms('Kazakh')).toEqual(['kazakhstan']);
	});

	it('maps Kazakhstani to kazakhstan', () => {
		expect(normaliseTerms('Kazakhstani')).toEqual(['kazakhstan']);
	});

	it('maps Turkmen to turkmenistan', () => {
		expect(normaliseTerms('Turkmen')).toEqual(['turkmenistan']);
	});

	it('expands MoU to memorandum understanding', () => {
		expect(normaliseTerms('MoU')).toEqual(['memorandum', 'understanding']);
	});

	it('maps the American defense to defence', () => {
		expect(normaliseTerms('defense')).toEqual(['defence']);
	});

	it('maps the Zhomart spelling of Kassym-Jomart to jomart', () => {
		expect(normaliseTerms('Kassym-Zhomart')).toEqual(['kassym', 'jomart']);
	});

	it('maps Garabogazköl to garabogaz', () => {
		expect(normaliseTerms('Garabogazköl')).toEqual(['garabogaz']);
	});

	it('splits a hyphenated name into two terms', () => {
		expect(normaliseTerms('Al-Farabi')).toEqual(['al', 'farabi']);
	});

	it('drops stop words by default', () => {
		expect(normaliseTerms('the MoU with Turkey')).toEqual(['memorandum', 'understanding', 'turkiye']);
	});

	it('keeps stop words when asked to', () => {
		expect(normaliseTerms('Memorandum of Understanding', { keepStopWords: true })).toEqual([
			'memorandum',
			'of',
			'understanding',
		]);
	});

	it('returns no terms for an empty string', () => {
		expect(normaliseTerms('')).toEqual([]);
	});

	it('never throws on arbitrary unicode and returns non-empty, space-free terms', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const terms = normaliseTerms(text);
				for (const term of terms) {
					expect(term).not.toBe('');
					expect(term).not.toContain(' ');
				}
			}),
		);
	});
});

describe('processTerm', () => {
	it('returns a folded token unchanged', () => {
		expect(processTerm('nisani')).toBe('nisani');
	});

	it('returns the index form of the single term of a one-term alias', () => {
		expect(processTerm('turkey')).toBe(processTerm('turkiye'));
	});

	it('reads an abbreviation\'s possessive or plural as the abbreviation ("KMG\'s" folds to "kmgs")', () => {
		expect(processTerm('kmgs')).toBe(processTerm('kmg'));
		expect(processTerm('kmg')).toBe(processTerm('kazmunaygas'));
	});

	it('returns several terms for a multi-term alias', () => {
		expect(processTerm('mou')).toEqual([processTerm('memorandum'), processTerm('understanding')]);
	});

	it('gives every regular form of a word one index form', () => {
		for (const forms of [
			['sign', 'signed', 'signing', 'signs'],
			['agreement', 'agreements'],
			['treaty', 'treaties'],
			['proposal', 'proposals', 'proposed', 'propose'],
			['visit', 'visits', 'visited'],
		])
			expect(new Set(forms.map(processTerm)).size, forms.join(' ')).toBe(1);
	});

	it('gives irregular forms and Latin plurals the index form of their base', () => {
		expect(processTerm('said')).toBe(processTerm('say'));
		expect(processTerm('memoranda')).toBe(processTerm('memorandum'));
		expect(processTerm('gave')).toBe(processTerm('give'));
	});

	it('returns null for a stop word', () => {
		expect(processTerm('the')).toBeNull();
	});
});

describe('tokenize', () => {
	it('splits on every kind of dash and on punctuation', () => {
		expect(tokenize('Kazakh-Turkmen state border—Caspian; Al‑Farabi')).toEqual([
			'kazakh',
			'turkmen',
			'state',
			'border',
			'caspian',
			'al',
			'farabi',
		]);
	});
});

describe('verb forms', () => {
	it('reads every form of a verb of reporting as that verb', () => {
		for (const word of ['proposed', 'proposal', 'proposes', 'said', 'says', 'emphasised', 'emphasized', 'stressed'])
			expect(isReportingVerb(word), word).toBe(true);
		for (const word of ['border', 'railway', 'tokayev']) expect(isReportingVerb(word), word).toBe(false);
	});

	it('reads calling, describing, characterising and referring to something as naming it', () => {
		const forms = ['called', 'described', 'referring', 'characterised', 'characterizes'].map(processTerm);
		expect(new Set(forms)).toEqual(new Set([processTerm('call')]));
	});
});

describe('wordTerms', () => {
	it("gives the index forms of a text's words, once each, without stop words", () => {
		expect([...wordTerms('The Turkic bodies and the Turkic states')]).toEqual([
			...new Set(tokenize('The Turkic bodies and the Turkic states').flatMap((token) => processTerm(token) ?? [])),
		]);
		expect(wordTerms('the and of').size).toBe(0);
	});
});
