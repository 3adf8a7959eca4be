/**
 * The words a check of a text against the sources is written with, one table per concept (the verdicts, why a claim
 * is not in the sources, what a contradicted claim gets wrong), so a phrase changes in one place. Shared qualifiers
 * ("outlet not named") are in `phrases.ts`, dates in `src/text/format.ts`.
 */
import type { Absence, ClaimKind, VerdictKind } from '../engine/check/verdict.js';

/** Each verdict's name and the mark that lets a reader scan a long reply. */
export const VERDICT_PHRASES: Readonly<Record<VerdictKind, { label: string; mark: string }>> = {
	supported: { label: 'Supported', mark: '✅' },
	contradicted: { label: 'Contradicted', mark: '❌' },
	'not-in-sources': { label: 'Not in the sources', mark: '❔' },
};

/** The summary's count of each verdict ("2 supported"). */
export const VERDICT_COUNTS: Readonly<Record<VerdictKind, string>> = {
	supported: 'supported',
	contradicted: 'contradicted',
	'not-in-sources': 'not in the sources',
};

/** What the sources lack when a claim's subject is not in them, by claim kind. */
export const NO_RECORD_PHRASES: Readonly<Record<ClaimKind, string>> = {
	figure: 'The sources give no figure on this.',
	count: 'The sources hold no count of these documents.',
	date: 'The sources hold no such meeting.',
	award: 'The sources record no such award.',
	proposal: 'The sources record no such proposal.',
	document: 'The sources hold no document of that title.',
	quote: 'The sources do not hold these words.',
};

/** Why a claim is not in the sources, where the sentence does not depend on what they hold. */
export const ABSENCE_PHRASES: Readonly<Partial<Record<Absence, string>>> = {
	'no-meeting': 'No meeting in the sources matches all of that',
	'several-meetings': 'The sources hold several meetings this could be about, and the claim does not say which',
	'other-period': 'The sources hold this only for another time',
	'less-precise': 'The sources say less than the claim, so they neither bear it out nor contradict it',
	'not-listed': 'The sources do not list these documents',
	unattributed: 'The sources do not say who',
};

export const CHECK_PHRASES = {
	title: 'Checked against the sources',
	nothingToCheck:
		'I found no claim I can check here: numbers and counts (“20 documents were signed in Ashgabat”), dates of meetings, document titles, awards, proposals or quotations.',
	noText: 'This message has no text to check.',
	summary: (total: number, parts: readonly string[]): string =>
		`${total} claim${total === 1 ? '' : 's'} checked: ${parts.join(', ')}.`,
	/** Nothing is cut silently: a reply that cannot hold every claim says so and how to see the rest. */
	cut: (shown: number, total: number): string =>
		`Showing the first ${shown} of ${total} claims; ${total - shown} more did not fit. Check a shorter passage with /check to see them.`,
	notStatedBy: 'but do not say who stated it',
	statedIn: (title: string): string => `as stated in the ${title}`,
	unnamedGiver: (country: string): string => `by ${country} (the sources name no person)`,
	theirAwards: 'The sources record these awards for the people it names',
	thatMeeting: 'not at the meeting the claim names',
	proposedNotSigned: 'as proposed, not signed',
	unattributedProposal: 'but do not say who proposed it',
	countryOnly: (countries: string): string => `they attribute it to ${countries} only`,
	quoteFound: 'The sources hold these words',
	sentenceSays: 'A sentence of the sources says so',
	quoteWording: 'The sources say it in other words',
	quoteUnattributed: 'The sources hold these words but do not say who said them',
	notDated: 'the sources do not date it',
	someoneElse: 'someone else',
} as const;
