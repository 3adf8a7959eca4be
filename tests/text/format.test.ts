import { describe, expect, it } from 'vitest';
import {
	DATE_PRECISION_PREPOSITIONS,
	DATE_QUALIFIERS,
	MONTH_NAMES,
	formatDate,
	formatDateRange,
	formatDateWithPreposition,
	formatFigureValue,
	humanise,
	visitLabel,
	asSentence,
	capitalise,
	joinSentences,
	listOf,
	parenthetical,
} from '../../src/text/format.js';

describe('MONTH_NAMES', () => {
	it('names the twelve months, January first', () => {
		expect([MONTH_NAMES.length, MONTH_NAMES[0], MONTH_NAMES[11]]).toEqual([12, 'January', 'December']);
	});
});

describe('DATE_PRECISION_PREPOSITIONS', () => {
	it('puts "on" before a day and "in" before a month or a year', () => {
		expect(DATE_PRECISION_PREPOSITIONS).toEqual({ day: 'on', month: 'in', year: 'in' });
	});
});

describe('DATE_QUALIFIERS', () => {
	it('says a date is not stated, or which part of it is inferred', () => {
		expect([DATE_QUALIFIERS.notStated, DATE_QUALIFIERS.inferred('year')]).toEqual([
			'date not stated',
			'(year inferred)',
		]);
	});
});

describe('formatDate', () => {
	it('writes a date as precisely as it is known', () => {
		expect([
			formatDate({ iso: '2021-10-25', precision: 'day' }),
			formatDate({ iso: '2021-10', precision: 'month' }),
			formatDate({ iso: '2021', precision: 'year' }),
		]).toEqual(['25 October 2021', 'October 2021', '2021']);
	});

	it('flags the inferred part, and says so when there is no date', () => {
		const inferred = { part: 'year' as const, note: 'From the visit.', evidence: [{ source: 'a.txt', quote: 'q' }] };
		expect(formatDate({ iso: '2022', precision: 'year', inferred })).toBe('2022 (year inferred)');
		expect(formatDate(null)).toBe('date not stated');
	});
});

describe('formatDateWithPreposition', () => {
	it('puts the preposition of its precision before the date', () => {
		expect(formatDateWithPreposition({ iso: '2021-10-25', precision: 'day' })).toBe('on 25 October 2021');
		expect(formatDateWithPreposition({ iso: '2021-10', precision: 'month' })).toBe('in October 2021');
	});
});

describe('formatDateRange', () => {
	it('shares the month and year of two days in the same month', () => {
		expect(formatDateRange({ iso: '2025-11-24', precision: 'day' }, { iso: '2025-11-25', precision: 'day' })).toBe(
			'24–25 November 2025',
		);
	});

	it('writes both dates of a range across months, and one date for no range', () => {
		expect(formatDateRange({ iso: '2025-10-31', precision: 'day' }, { iso: '2025-11-01', precision: 'day' })).toBe(
			'31 October 2025 – 1 November 2025',
		);
		expect(formatDateRange({ iso: '2025-10-31', precision: 'day' }, undefined)).toBe('31 October 2025');
	});
});

describe('visitLabel', () => {
	it('names a visit with its dates and city', () => {
		expect(
			visitLabel({ title: 'State visit', startDate: { iso: '2021-10-25', precision: 'day' }, city: 'Ashgabat' }),
		).toBe('State visit (25 October 2021, Ashgabat)');
	});

	it('names the city once when the title ends with it, and brackets an inferred part inside the parentheses', () => {
		const inferred = {
			part: 'year' as const,
			note: 'From the article.',
			evidence: [{ source: 'a.txt', quote: 'On July 29 they met.' }],
		};
		expect(
			visitLabel({
				title: 'Fifth meeting of the Council (Ankara)',
				startDate: { iso: '2025-07-29', precision: 'day', inferred },
				city: 'Ankara',
			}),
		).toBe('Fifth meeting of the Council (29 July 2025 [year inferred], Ankara)');
	});
});

describe('parenthetical', () => {
	it('puts text in parentheses, turning the parentheses inside it to brackets', () => {
		expect([parenthetical('Ashgabat'), parenthetical('2022 (year inferred), Astana')]).toEqual([
			'(Ashgabat)',
			'(2022 [year inferred], Astana)',
		]);
	});
});

describe('asSentence', () => {
	it('ends a part with one full stop, whatever it ended with', () => {
		expect(['Agreed', 'In Ashgabat.', 'Listed;', 'Done, ', 'Really?', '(day inferred)'].map(asSentence)).toEqual([
			'Agreed.',
			'In Ashgabat.',
			'Listed.',
			'Done.',
			'Really?',
			'(day inferred).',
		]);
	});

	it('keeps a full stop inside closing quotes or brackets, and adds one after a quotation without one', () => {
		expect([asSentence('He said “yes.”'), asSentence('the line “Ashgabat”'), asSentence('(as it says.)')]).toEqual([
			'He said “yes.”',
			'the line “Ashgabat”.',
			'(as it says.)',
		]);
	});

	it('gives nothing for a blank part, and keeps an ellipsis as its end', () => {
		expect([asSentence('  '), asSentence(' ; '), asSentence('and so on …')]).toEqual(['', '', 'and so on …']);
	});
});

describe('joinSentences', () => {
	it('joins parts as sentences, skipping empty parts and never doubling a full stop', () => {
		expect(joinSentences(['Agreed', '', 'Signed in Ashgabat.', 'He said “yes”'])).toBe(
			'Agreed. Signed in Ashgabat. He said “yes”.',
		);
	});
});

describe('listOf', () => {
	it('lists one, two or more items with the conjunction before the last', () => {
		expect([listOf([]), listOf(['A']), listOf(['A', 'B']), listOf(['A', 'B', 'C'], 'or')]).toEqual([
			'',
			'A',
			'A and B',
			'A, B or C',
		]);
	});
});

describe('capitalise', () => {
	it('puts the first letter in upper case and leaves the rest', () => {
		expect([capitalise('memorandum of understanding'), capitalise('UN resolution'), capitalise('')]).toEqual([
			'Memorandum of understanding',
			'UN resolution',
			'',
		]);
	});
});

describe('formatFigureValue', () => {
	it('puts the qualifier before the value, unless the value already starts with it', () => {
		expect(formatFigureValue({ qualifier: 'more than', valueText: '$ 2 billion' })).toBe('more than $ 2 billion');
		expect(formatFigureValue({ qualifier: 'about', valueText: 'about 300' })).toBe('about 300');
		expect(formatFigureValue({ qualifier: null, valueText: '20' })).toBe('20');
	});
});

describe('humanise', () => {
	it('turns a slug into words', () => {
		expect(humanise('memorandum-of-understanding')).toBe('memorandum of understanding');
	});
});
