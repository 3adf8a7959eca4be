import { describe, expect, it } from 'vitest';
import { ProposalStatus, Signing } from '../../src/data/schema.js';
import {
	COUNT_SIGNING_ORDER,
	PROPOSAL_STATUS_PHRASES,
	QUALIFIER_PHRASES,
	SIGNING_PHRASES,
} from '../../src/render/phrases.js';

describe('SIGNING_PHRASES', () => {
	it('has a phrase for every way of signing the schema knows', () => {
		expect(Object.keys(SIGNING_PHRASES).sort()).toEqual([...Signing.options].sort());
	});

	it('words a signing for a document, a visit count and a set of documents', () => {
		expect(SIGNING_PHRASES['exchanged-in-presence']).toEqual({
			document: 'exchanged in the presence of the heads of state',
			count: 'exchanged in their presence',
			set: 'exchanged in the presence of the heads of state',
		});
	});

	it('counts at a visit every signing but the earlier one, in the order the lists stand', () => {
		expect(COUNT_SIGNING_ORDER).toEqual(['heads-of-state', 'exchanged-in-presence', 'signed-at-talks', 'sidelines']);
		expect(SIGNING_PHRASES.earlier.count).toBeNull();
		for (const signing of COUNT_SIGNING_ORDER) expect(SIGNING_PHRASES[signing].count).not.toBeNull();
	});
});

describe('PROPOSAL_STATUS_PHRASES', () => {
	it('has a phrase for every status the schema knows', () => {
		expect(Object.keys(PROPOSAL_STATUS_PHRASES).sort()).toEqual([...ProposalStatus.options].sort());
	});

	it('says "carried out" for a proposal that is done, and "under way" for one in progress', () => {
		expect([PROPOSAL_STATUS_PHRASES.done, PROPOSAL_STATUS_PHRASES['under-way']]).toEqual(['carried out', 'under way']);
	});
});

describe('QUALIFIER_PHRASES', () => {
	it('names an unnamed head of state by country, saying the source does not name them', () => {
		expect(QUALIFIER_PHRASES.unnamedLeader('Kazakhstan')).toBe(
			'the head of state of Kazakhstan (not named in the source)',
		);
	});

	it('says how a stated count compares with the lists', () => {
		expect([QUALIFIER_PHRASES.countMatches, QUALIFIER_PHRASES.countDiffers(16)]).toEqual([
			'which matches',
			'which differs from the 16 named',
		]);
	});
});
