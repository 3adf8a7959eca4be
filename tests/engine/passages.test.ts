import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { visitsBySource } from '../../src/engine/entries.js';
import {
	leaderNamedByOffice,
	quotedLeader,
	quotedSpeaker,
	splitPassages,
	splitSentences,
} from '../../src/engine/passages.js';

/** The lookbehind split that `splitSentences` replaces, kept here as the reference. */
const LOOKBEHIND_BREAK = /(?<=[.!?][”"’]?)\s+(?=[A-Z“"«])/u;

describe('splitSentences', () => {
	it('splits after . ! ? and a closing quote, before a capital or an opening quote', () => {
		expect(splitSentences('It was signed. “Next” follows! Then? Yes.')).toEqual([
			'It was signed.',
			'“Next” follows!',
			'Then?',
			'Yes.',
		]);
		expect(splitSentences('He said “done.” The end.')).toEqual(['He said “done.”', 'The end.']);
	});

	it('does not split inside numbers, before lower case or without a space', () => {
		expect(splitSentences('Up 1.5 times. and on.Next')).toEqual(['Up 1.5 times. and on.Next']);
		expect(splitSentences('')).toEqual(['']);
	});

	it('splits exactly as the lookbehind pattern does, for any text', () => {
		const text = fc.string({
			unit: fc.constantFrom('a', 'B', '.', '!', '?', '”', '"', '’', '“', '«', ' ', '\t', 'x'),
			maxLength: 40,
		});
		fc.assert(
			fc.property(text, (paragraph) => {
				expect(splitSentences(paragraph)).toEqual(paragraph.split(LOOKBEHIND_BREAK));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('quotedSpeaker', () => {
	it('reads the speaker from the clause that closes a quoted paragraph', () => {
		expect(quotedSpeaker('“We support it. It matters to us,” said Tokayev.')).toBe('said Tokayev');
		expect(quotedSpeaker('“The task is urgent,” Serdar Berdimuhamedov stated.')).toBe('Serdar Berdimuhamedov stated');
		expect(quotedSpeaker('“It is a partner,” the President of Turkmenistan said at the press briefing.')).toBe(
			'the President of Turkmenistan said at the press briefing',
		);
	});

	it('names nobody for a bare pronoun, a paragraph that is not a quotation, or one without a verb of saying', () => {
		expect(quotedSpeaker('“We agreed on transit,” he said.')).toBeNull();
		expect(quotedSpeaker('Tokayev said that trade grew, and the sides agreed.')).toBeNull();
		expect(quotedSpeaker('“Altyn Qyran” is the order’s name.')).toBeNull();
	});
});

describe('leaderNamedByOffice', () => {
	const visit = [
		{ country: 'Kazakhstan', name: 'Kassym-Jomart Tokayev' },
		{ country: 'Turkmenistan', name: 'Serdar Berdimuhamedov' },
	];

	it('names the host or guest whose country the clause names', () => {
		expect(leaderNamedByOffice('the President of Turkmenistan said at the press briefing', visit)).toBe(
			'Serdar Berdimuhamedov',
		);
		expect(leaderNamedByOffice('the leader of Kazakhstan said', visit)).toBe('Kassym-Jomart Tokayev');
	});

	it('adds nobody when the clause already names the speaker, names both countries or neither, or there is no visit', () => {
		expect(leaderNamedByOffice('President Tokayev of Kazakhstan stressed', visit)).toBeNull();
		expect(leaderNamedByOffice('the Presidents of Kazakhstan and Turkmenistan said', visit)).toBeNull();
		expect(leaderNamedByOffice('the spokesman said', visit)).toBeNull();
		expect(leaderNamedByOffice('the President of Turkmenistan said', undefined)).toBeNull();
	});
});

describe('quotedLeader', () => {
	const leaders = [
		{ id: 'person-tokayev', name: 'Kassym-Jomart Tokayev' },
		{ id: 'person-serdar', name: 'Serdar Berdimuhamedov' },
	];

	it('names the leader whose surname the clause holds, or the one it names by office', () => {
		expect(quotedLeader('said Tokayev', null, leaders)).toBe('person-tokayev');
		expect(quotedLeader('the President of Turkmenistan said', 'Serdar Berdimuhamedov', leaders)).toBe('person-serdar');
	});

	it('names nobody when the clause names neither, or both', () => {
		expect(quotedLeader('the spokesman said', null, leaders)).toBeNull();
		expect(quotedLeader('Tokayev and Berdimuhamedov said', null, leaders)).toBeNull();
		expect(quotedLeader('said Tokayev', null, undefined)).toBeNull();
	});
});

describe('splitPassages', () => {
	it('gives each sentence the one before it in its source, which tells what "the high award" is', async () => {
		const dataset = await loadDataset();
		const passages = splitPassages(dataset, visitsBySource(dataset));
		const thanks = passages.find(({ passage }) =>
			passage.text.startsWith('Serdar Berdimuhamedov thanked for the high award'),
		);
		expect(thanks?.context).toMatch(/Golden Eagle/u);
		for (const [source, text] of dataset.sourceTexts) {
			const flat = text.replace(/\s+/gu, ' ');
			const ofSource = passages.filter((candidate) => candidate.passage.source === source);
			for (const [position, { passage, context }] of ofSource.entries()) {
				// Only the source's first sentence has none; any other's comes before it (short headings are skipped).
				if (context === null) expect(position, passage.id).toBe(0);
				else {
					const at = flat.indexOf(context);
					expect(at, passage.id).toBeGreaterThanOrEqual(0);
					expect(at + context.length, passage.id).toBeLessThan(flat.indexOf(passage.text));
				}
			}
		}
	});
});
