import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { properNouns, properNounsReference, unknownWords } from '../../../src/engine/ask/unknownWords.js';

/** An index that knows a few terms, exactly or within the edits asked for. */
const index = {
	knowsTerm: (term: string, edits: number) =>
		['kazakhstan', 'turkmenistan', 'agreement'].some(
			(known) => known === term || (edits > 0 && known.startsWith(term.slice(0, -edits))),
		),
};

describe('unknownWords', () => {
	it('returns the capitalised words inside a question that no name and no term of the index holds', () => {
		expect(unknownWords('What did Kazakhstan agree with Uzbekistan?', new Set(), index)).toEqual(['Uzbekistan']);
		expect(unknownWords('Did Putin or Mirziyoyev attend?', new Set(), index)).toEqual(['Putin', 'Mirziyoyev']);
	});

	it('knows a word of any name or alias in the dataset, a month, an acronym and the first word', () => {
		expect(unknownWords('What did Elbasy say?', new Set(['elbasy']), index)).toEqual([]);
		expect(unknownWords('Freight in Jan-Oct and in January?', new Set(), index)).toEqual([]);
		expect(unknownWords('What about COVID?', new Set(), index)).toEqual([]);
		expect(unknownWords('Uzbekistan?', new Set(), index)).toEqual([]);
	});

	it('knows a misspelling of an indexed word within the edits a search allows', () => {
		expect(unknownWords('Trade with Kazakhstn?', new Set(), index)).toEqual([]);
	});
});

describe('unknownWords: shortened names and acronyms', () => {
	const names = new Set(['kazakhstan', 'turkiye', 'turkmenistan', 'iran', 'turkish']);

	it('knows a compound whose parts shorten or lengthen names', () => {
		expect(unknownWords('HLSCC Kaz-Turkiye agreements?', names, index)).toEqual([]);
		expect(unknownWords('tonnage on the Kaz-Turkmen-Iranian rail link?', names, index)).toEqual([]);
		expect(unknownWords('decorated once by the Turks?', names, index)).toEqual([]);
	});

	it("reads an acronym with a possessive as an acronym ('KMG's partner')", () => {
		expect(unknownWords("Which company was KMG's partner?", names, index)).toEqual([]);
	});

	it('still flags a name no part of which shortens a known one', () => {
		expect(unknownWords('Trade with Uzbek-Kyrgyz partners?', names, index)).toEqual(['Uzbek-Kyrgyz']);
	});
});

describe('properNouns', () => {
	const ascii = fc.string({ unit: fc.constantFrom(...' \t\n\v\f\r"(\'-.?AaBbZzQqMm01É’'.split('')), maxLength: 40 });

	it('finds on ASCII questions exactly what the Unicode pattern finds, and uses it for any other', () => {
		fc.assert(
			fc.property(fc.oneof(ascii, fc.string({ unit: 'binary', maxLength: 40 })), (question) => {
				expect(properNouns(question)).toEqual(properNounsReference(question));
			}),
			{ numRuns: 5000 },
		);
		expect(properNouns('Did "Kazakhstan (Astana)\tMeet\vTürkiye’s Erdoğan-Oglu?')).toEqual([
			'Kazakhstan',
			'Astana',
			'Meet',
			'Türkiye’s',
			'Erdoğan-Oglu',
		]);
	});
});
