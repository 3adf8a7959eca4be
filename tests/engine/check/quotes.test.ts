import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { summarise } from '../../support/verdicts.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});
const check = (text: string) => summarise(checkText(engine, text));

const WORDS = 'We are committed to continuing on this path and elevating our relations to a new level.';

describe('quotations', () => {
	it('supports words the sources quote, by the speaker they name', () => {
		expect(check(`“${WORDS}” said Tokayev.`)).toEqual([
			expect.objectContaining({ verdict: 'supported', claim: 'quote', checked: WORDS }),
		]);
	});

	it('contradicts the speaker when the sources name another', () => {
		expect(check(`“${WORDS}” said Erdoğan.`)).toEqual([
			expect.objectContaining({ verdict: 'contradicted', differs: 'speaker', claimed: 'Erdoğan' }),
		]);
	});

	it('contradicts the wording of words the sources hold in other words', () => {
		expect(
			check('“We are committed to continuing on this path and raising our relations to a new level,” said Tokayev.'),
		).toEqual([expect.objectContaining({ verdict: 'contradicted', differs: 'wording' })]);
	});

	it('finds words the sources do not hold not in the sources', () => {
		expect(check('“Kazakhstan will build a bridge to the moon by next spring,” said Tokayev.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', claim: 'quote', reason: 'no-record' }),
		]);
	});

	it('takes a name in quotation marks for a name, not a quotation', () => {
		expect(check('The Memorandum names the “Kazakh Academy of Sport and Tourism” as a party.')).toEqual([]);
	});

	it('checks no number inside a quotation as a claim of its own', () => {
		expect(
			check(
				'“An extensive legal framework already exists between our countries, including more than 60 agreements and treaties.” said Tokayev.',
			).map(({ claim }) => claim),
		).toEqual(['quote']);
	});
});
