import { beforeAll, describe, expect, it } from 'vitest';
import { stem, stemmedWords } from '../../../src/engine/check/words.js';
import { useDatasetNames } from '../../support/datasetNames.js';

beforeAll(useDatasetNames);

describe('stem', () => {
	it.each([
		['companies', 'company'],
		['categories', 'category'],
		['investments', 'investment'],
		['memoranda', 'memorandum'],
		['taxes', 'tax'],
		['business', 'business'],
		['logistics', 'logistics'],
		['bus', 'bus'],
	])('reduces %s to %s', (word, expected) => {
		expect(stem(word)).toBe(expected);
	});
});

describe('stemmedWords', () => {
	it('folds, drops stop words, applies the dataset’s spellings and reduces plurals', () => {
		expect(stemmedWords('The Kazakh investments in Türkiye')).toEqual(['kazakhstan', 'investment', 'turkiye']);
	});
});
