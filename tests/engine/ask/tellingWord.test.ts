import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/engine/entries.js';
import { tellingTerm, termsOf, withTellingWordFirst } from '../../../src/engine/ask/tellingWord.js';
import type { Hit } from '../../../src/engine/search/searchIndex.js';

/** Only the fields the rule reads: an entry's words. */
function hit(id: string, text: string, score: number): Hit<Entry> {
	return { entry: { id, title: '', names: '', text, terms: termsOf(text) } as unknown as Entry, score };
}

/** How many entries hold each term: "turkic" is rare, "joint" and "statement" common. */
const FREQUENCY: Readonly<Record<string, number>> = { turkic: 1, bodi: 5, joint: 40, statement: 40, name: 30 };
const entriesWith = (term: string): number => FREQUENCY[term] ?? 0;

describe('withTellingWordFirst', () => {
	const record = hit('doc-joint-statement', 'Joint Statement of the Presidents', 10);
	const sentence = hit('passage-turkic', 'the Cooperation Council of Turkic-speaking States', 5);

	it('puts first the close hit that holds the question’s rarest word when the leader lacks it', () => {
		const ranked = withTellingWordFirst(
			[record, sentence],
			tellingTerm([record, sentence], 'turkic body named joint statement', entriesWith),
		);
		expect(ranked.map(({ entry }) => entry.id)).toEqual(['passage-turkic', 'doc-joint-statement']);
	});

	it('keeps the order when the leader holds the word, or the holder scores far below it', () => {
		expect(
			withTellingWordFirst(
				[sentence, record],
				tellingTerm([sentence, record], 'turkic joint statement', entriesWith),
			)[0]?.entry.id,
		).toBe('passage-turkic');
		const faint = hit('passage-turkic', 'Turkic-speaking States', 1);
		expect(
			withTellingWordFirst([record, faint], tellingTerm([record, faint], 'turkic joint statement', entriesWith))[0]
				?.entry.id,
		).toBe('doc-joint-statement');
	});

	it('takes as telling the rarest word a hit holds, ignoring words the index does not hold', () => {
		expect(tellingTerm([record, sentence], 'turkic joint statement', entriesWith)).toBe('turkic');
		expect(tellingTerm([record], 'turkic joint statement', entriesWith)).toBe('joint');
		expect(
			withTellingWordFirst([record, sentence], tellingTerm([record, sentence], 'qwxz statement', entriesWith))[0]?.entry
				.id,
		).toBe('doc-joint-statement');
	});
});

describe('tellingTerm', () => {
	it('is never a noun naming the measure asked: "total" tells nothing of what is totalled', () => {
		const investment = hit('fig-investment', 'Kazakh investments in Türkiye exceeded $2.5 billion', 10);
		const projects = hit('fig-projects', 'Total value of joint Kazakh–Turkish agricultural projects', 5);
		const rarity = (term: string): number => ({ total: 1, invest: 2 })[term] ?? 0;
		expect(tellingTerm([investment, projects], 'kazakh investments total', rarity)).toBe('invest');
	});
});
