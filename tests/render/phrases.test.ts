import { describe, expect, it } from 'vitest';
import { DocumentKind, type Party, ProposalStatus, Signing } from '../../src/data/schema.js';
import { ANSWER_KINDS } from '../../src/engine/answer.js';
import {
	ANSWER_KIND_WORDS,
	COUNT_SIGNING_ORDER,
	DOCUMENT_KIND_WORDS,
	PROPOSAL_MEETING_PHRASES,
	PROPOSAL_STATUS_PHRASES,
	QUALIFIER_PHRASES,
	SIGNING_PHRASES,
	documentAct,
	signingPhrase,
} from '../../src/render/phrases.js';

const ASSEMBLY: Party = {
	country: null,
	body: 'United Nations General Assembly',
	type: 'international-organisation',
	organisation: null,
	person: null,
};
const GOVERNMENT: Party = { ...ASSEMBLY, country: 'Kazakhstan', body: 'Government of Kazakhstan', type: 'government' };

describe('ANSWER_KIND_WORDS', () => {
	it('has a word for every kind of answer, none of them a slug', () => {
		expect(Object.keys(ANSWER_KIND_WORDS).sort()).toEqual([...ANSWER_KINDS].sort());
		for (const word of Object.values(ANSWER_KIND_WORDS)) expect(word).toMatch(/^\p{Lu}/u);
		expect(ANSWER_KIND_WORDS['follow-up']).toBe('Follow-up');
	});
});

describe('DOCUMENT_KIND_WORDS', () => {
	it('has a word for every kind of document, and writes UN as an abbreviation', () => {
		expect(Object.keys(DOCUMENT_KIND_WORDS).sort()).toEqual([...DocumentKind.options].sort());
		expect(DOCUMENT_KIND_WORDS['un-resolution']).toBe('UN resolution');
	});
});

describe('documentAct', () => {
	it('says a UN resolution, or a text whose one party is an international body, was adopted', () => {
		expect(documentAct({ kind: 'un-resolution', signing: 'earlier', parties: [] })).toBe('adopted');
		expect(documentAct({ kind: 'declaration', signing: 'earlier', parties: [ASSEMBLY] })).toBe('adopted');
	});

	it('says an exchanged document was exchanged and the others signed', () => {
		expect(documentAct({ kind: 'agreement', signing: 'exchanged-in-presence', parties: [GOVERNMENT] })).toBe(
			'exchanged',
		);
		expect(documentAct({ kind: 'treaty', signing: 'earlier', parties: [GOVERNMENT, GOVERNMENT] })).toBe('signed');
		expect(documentAct({ kind: 'declaration', signing: 'heads-of-state', parties: [ASSEMBLY, GOVERNMENT] })).toBe(
			'signed',
		);
	});
});

describe('signingPhrase', () => {
	it('names the body that adopted a text, and otherwise says how the document was signed', () => {
		expect(signingPhrase({ kind: 'declaration', signing: 'earlier', parties: [ASSEMBLY] })).toBe(
			'adopted by the United Nations General Assembly',
		);
		expect(signingPhrase({ kind: 'un-resolution', signing: 'earlier', parties: [] })).toBe('adopted');
		expect(signingPhrase({ kind: 'agreement', signing: 'sidelines', parties: [] })).toBe('signed on the sidelines');
	});
});

describe('PROPOSAL_MEETING_PHRASES', () => {
	it('puts forward or agrees a proposal at a meeting, and reports there one under way or carried out', () => {
		expect(Object.keys(PROPOSAL_MEETING_PHRASES).sort()).toEqual([...ProposalStatus.options].sort());
		expect([PROPOSAL_MEETING_PHRASES.agreed, PROPOSAL_MEETING_PHRASES.done]).toEqual([' at', ', as reported at']);
	});
});

describe('SIGNING_PHRASES', () => {
	it('has a phrase for every way of signing the schema knows', () => {
		expect(Object.keys(SIGNING_PHRASES).sort()).toEqual([...Signing.options].sort());
	});

	it('words a signing for a document, a visit count and a set of documents', () => {
		expect(SIGNING_PHRASES['exchanged-in-presence']).toEqual({
			act: 'exchanged',
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
	it('names an unnamed head of state by office, saying the source does not name them', () => {
		expect(QUALIFIER_PHRASES.unnamedLeader('President of Kazakhstan')).toBe(
			'President of Kazakhstan (not named in the source)',
		);
	});

	it('says how a stated count compares with the lists', () => {
		expect([QUALIFIER_PHRASES.countMatches, QUALIFIER_PHRASES.countDiffers(16)]).toEqual([
			'which matches',
			'which differs from the 16 named',
		]);
	});
});
