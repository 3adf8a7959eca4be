/**
 * Writes a check's verdicts as prose: for each claim, its verdict, the claim's own words, one sentence saying what the
 * sources hold ("The sources list 20 documents signed at …, not 25.") and the quotes with their outlet and date. The
 * rendered check is the CLI's `check --json` format; the Discord reply and the text output are built from it. User
 * text is returned as written: whoever shows it escapes it for where it is shown.
 */
import type { PartialDate } from '../data/schema.js';
import type { VisitRef } from '../engine/answer.js';
import type {
	CheckResult,
	ClaimKind,
	Difference,
	Expected,
	SourcedCitation,
	Verdict,
	VerdictKind,
} from '../engine/check/verdict.js';
import type { Span } from '../engine/check/sentences.js';
import {
	formatDate,
	formatDateRange,
	formatDateWithPreposition,
	formatFigureValue,
	visitLabel,
} from '../text/format.js';
import { awardLabel, DOCUMENT_KIND_NOUNS } from '../text/labels.js';
import { ABSENCE_PHRASES, CHECK_PHRASES, NO_RECORD_PHRASES, VERDICT_COUNTS, VERDICT_PHRASES } from './checkPhrases.js';
import { noticeText } from './noticeText.js';
import { PROPOSAL_STATUS_PHRASES, QUALIFIER_PHRASES, SIGNING_PHRASES, signingPhrase } from './phrases.js';

/** A quote as a check shows it: the article's outlet and date, the file, the words. */
export interface RenderedCitation {
	outlet: string;
	date: string;
	source: string;
	title: string;
	quote: string;
}

/** One claim's verdict, as every front end shows it (and `check --json` prints it). The keys are in this order. */
export interface RenderedVerdict {
	verdict: VerdictKind;
	label: string;
	mark: string;
	kind: ClaimKind;
	/** The clause the claim was read from, as written. */
	claim: string;
	/** The words of it that were checked: the number, the date, the award, the quotation. */
	checked: string;
	explanation: string;
	citations: RenderedCitation[];
}

export interface RenderedCheck {
	summary: string;
	verdicts: RenderedVerdict[];
}

/**
 * @param result - what `checkText` returned
 * @returns the summary line and each verdict in prose
 * @example
 * renderCheck(checkText(engine, '25 documents were signed in Ashgabat.')).verdicts[0]?.explanation;
 * // 'The sources list 20 documents signed at the State visit of … (25 October 2021, Ashgabat), not 25.'
 */
export function renderCheck(result: CheckResult): RenderedCheck {
	return {
		summary: checkSummary(result),
		verdicts: result.verdicts.map((verdict) => renderVerdict(result.text, verdict)),
	};
}

/** "3 claims checked: 1 supported, 1 contradicted, 1 not in the sources.", or why there is nothing to check. */
export function checkSummary(result: CheckResult): string {
	if (result.text.trim() === '') return CHECK_PHRASES.noText;
	if (result.verdicts.length === 0) return CHECK_PHRASES.nothingToCheck;
	const kinds: VerdictKind[] = ['supported', 'contradicted', 'not-in-sources'];
	const parts = kinds.flatMap((kind) => {
		const count = result.verdicts.filter((verdict) => verdict.kind === kind).length;
		return count > 0 ? [`${count} ${VERDICT_COUNTS[kind]}`] : [];
	});
	return CHECK_PHRASES.summary(result.verdicts.length, parts);
}

export function renderVerdict(text: string, verdict: Verdict): RenderedVerdict {
	const words = (span: Span): string => text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
	const { label, mark } = VERDICT_PHRASES[verdict.kind];
	return {
		verdict: verdict.kind,
		label,
		mark,
		kind: verdict.claim.kind,
		claim: words(verdict.claim.span),
		checked: words(verdict.claim.focus),
		explanation: explanation(verdict, words),
		citations: verdict.citations.map(renderCitation),
	};
}

export function renderCitation(citation: SourcedCitation): RenderedCitation {
	return {
		outlet: citation.outlet ?? QUALIFIER_PHRASES.outletNotNamed,
		date: citation.published ? formatDate(citation.published) : QUALIFIER_PHRASES.noPublicationDate,
		source: citation.source,
		title: citation.title,
		quote: citation.quote,
	};
}

function explanation(verdict: Verdict, words: (span: Span) => string): string {
	switch (verdict.kind) {
		case 'supported':
			return supported(verdict.expected);
		case 'contradicted':
			return contradicted(verdict.expected, verdict.differs, words(verdict.claimed));
		case 'not-in-sources':
			return absent(verdict, words(verdict.claim.focus));
	}
}

function supported(expected: Expected): string {
	switch (expected.of) {
		case 'figure':
			return `The sources give ${figureText(expected)}${statedBy(expected)}.`;
		case 'count':
			return `${countText(expected)}.`;
		case 'date':
			return `The sources date the ${expected.title} to ${dateText(expected.start, expected.end)}.`;
		case 'award':
			return `The sources record the ${awardText(expected)}.`;
		case 'proposal':
			return `The sources record “${expected.proposal.title}”, ${proposedText(expected)}.`;
		case 'document':
			return `The sources list the “${expected.document.title}”, ${documentText(expected)}.`;
		case 'quote':
			return `${CHECK_PHRASES.quoteFound}${expected.speakerName ? `, said by ${expected.speakerName}` : ''}.`;
		case 'passage':
			return `${CHECK_PHRASES.sentenceSays}.`;
		case 'meetings':
		case 'awards':
			return `${VERDICT_PHRASES.supported.label}.`;
	}
}

function contradicted(expected: Expected, differs: Difference, claimed: string): string {
	switch (expected.of) {
		case 'figure':
			return differs === 'speaker'
				? `The sources give ${figureText(expected)}${statedBy(expected)}, not as stated by ${claimed}.`
				: `The sources give ${figureText(expected)}, not ${claimed}.`;
		case 'count':
			return `${countText(expected)}, not ${claimed}.`;
		case 'date':
			return `The sources date the ${expected.title} to ${dateText(expected.start, expected.end)}, not ${claimed}.`;
		case 'award': {
			const award = awardText(expected);
			if (differs === 'recipient') return `The sources record the ${award}, not to ${claimed}.`;
			if (differs === 'giver') return `The sources record the ${award}, not by ${claimed}.`;
			if (differs === 'date') return `The sources record the ${award}, not ${claimed}.`;
			return `The sources record the ${award}, ${CHECK_PHRASES.thatMeeting}.`;
		}
		case 'proposal': {
			const title = `“${expected.proposal.title}”`;
			if (differs === 'status') return `The sources record the ${title} ${CHECK_PHRASES.proposedNotSigned}.`;
			if (differs === 'place')
				return `The sources record ${title} at ${meetingText(expected.visit)}, ${CHECK_PHRASES.thatMeeting}.`;
			return `The sources record ${title}, ${proposedText(expected)}, not by ${claimed}.`;
		}
		case 'document':
			return `The sources list the “${expected.document.title}”, ${documentText(expected)}, not ${claimed}.`;
		case 'quote':
			return differs === 'speaker'
				? `The sources quote these words as said by ${expected.speakerName ?? CHECK_PHRASES.someoneElse}, not ${claimed}.`
				: `${CHECK_PHRASES.quoteWording}.`;
		case 'passage':
		case 'meetings':
		case 'awards':
			return `${VERDICT_PHRASES.contradicted.label}.`;
	}
}

function absent(verdict: Extract<Verdict, { kind: 'not-in-sources' }>, focus: string): string {
	const { expected, reason } = verdict;
	if (reason === 'unknown-name') return noticeText({ kind: 'not-in-sources', words: verdict.names ?? [] });
	if (!expected)
		return reason === 'no-record'
			? NO_RECORD_PHRASES[verdict.claim.kind]
			: `${ABSENCE_PHRASES[reason] ?? NO_RECORD_PHRASES[verdict.claim.kind]}.`;
	switch (expected.of) {
		case 'meetings':
			return `${ABSENCE_PHRASES[reason] ?? NO_RECORD_PHRASES[verdict.claim.kind]}: ${listOf(expected.visits.map(visitLabel))}.`;
		case 'awards':
			return `${NO_RECORD_PHRASES.award} ${CHECK_PHRASES.theirAwards}: ${listOf(
				expected.awards.map(
					(award, index) =>
						`${awardLabel(award.names)} (${expected.recipientNames[index] ?? ''}, ${formatDate(award.date)})`,
				),
			)}.`;
		case 'figure':
			if (reason === 'unattributed') {
				const statedIn =
					expected.figure.statedBy !== null && expected.statedBy !== null
						? CHECK_PHRASES.statedIn(expected.statedBy)
						: CHECK_PHRASES.notStatedBy;
				return `The sources give ${figureText(expected)}, ${statedIn}.`;
			}
			if (reason === 'other-period') return `${ABSENCE_PHRASES['other-period']}: ${figureText(expected)}.`;
			return `The sources give only ${figureText(expected)}, which neither bears out nor contradicts “${focus}”.`;
		case 'count':
			return reason === 'not-listed'
				? `${countText(expected)}.`
				: `${countText(expected)}, which neither bears out nor contradicts “${focus}”.`;
		case 'date':
			return `The sources date the ${expected.title} only to ${dateText(expected.start, expected.end)}.`;
		case 'award':
			return reason === 'unattributed'
				? `The sources record the ${awardText(expected)}; they name no person who gave it.`
				: `The sources record the ${awardText(expected)}, which does not settle “${focus}”.`;
		case 'proposal': {
			const { countries } = expected.proposal.proposedBy;
			const who =
				expected.proposal.proposedBy.people.length === 0 && countries.length > 0
					? CHECK_PHRASES.countryOnly(listOf(countries))
					: CHECK_PHRASES.unattributedProposal;
			return `The sources record “${expected.proposal.title}” (${PROPOSAL_STATUS_PHRASES[expected.proposal.status]}), ${who}.`;
		}
		case 'document':
			return `The sources list the “${expected.document.title}”, ${documentText(expected)}, which does not settle “${focus}”.`;
		case 'quote':
			return `${CHECK_PHRASES.quoteUnattributed}.`;
		case 'passage':
			return `${NO_RECORD_PHRASES[verdict.claim.kind]}`;
	}
}

function figureText(expected: Extract<Expected, { of: 'figure' }>): string {
	const { figure } = expected;
	return `${figure.label}: ${formatFigureValue(figure)}${figure.period ? ` (${figure.period})` : ''}`;
}

function statedBy(expected: Extract<Expected, { of: 'figure' }>): string {
	return expected.statedBy ? `, stated by ${expected.statedBy}` : '';
}

function countText(expected: Extract<Expected, { of: 'count' }>): string {
	const where = `the ${visitLabel(expected.visit)}`;
	const [kind] = expected.kinds;
	const nouns = expected.kinds.length === 1 && kind ? DOCUMENT_KIND_NOUNS[kind] : (['document', 'documents'] as const);
	const signed = listOf(expected.signings.map((signing) => SIGNING_PHRASES[signing].set ?? 'signed')) || 'signed';
	const stated = expected.stated.map((figure) => formatFigureValue(figure));
	const statedText = stated.length > 0 ? `; the source states ${listOf(stated)}` : '';
	if (expected.listed === null) return `${ABSENCE_PHRASES['not-listed']} for ${where}${statedText}`;
	return `The sources list ${expected.listed} ${expected.listed === 1 ? nouns[0] : nouns[1]} ${signed} at ${where}${statedText}`;
}

function awardText(expected: Extract<Expected, { of: 'award' }>): string {
	const { award } = expected;
	const giver = expected.giverName ? `by ${expected.giverName}` : CHECK_PHRASES.unnamedGiver(award.giver.country);
	const date = award.date ? ` ${formatDateWithPreposition(award.date)}` : '';
	return `${awardLabel(award.names)} awarded to ${expected.recipientName} ${giver}${date} at ${meetingText(expected.visit)}`;
}

function proposedText(expected: Extract<Expected, { of: 'proposal' }>): string {
	const status = PROPOSAL_STATUS_PHRASES[expected.proposal.status];
	const by =
		expected.proposedBy.length > 0 ? `proposed by ${listOf(expected.proposedBy)}` : CHECK_PHRASES.unattributedProposal;
	const supporters = expected.supportedBy.length > 0 ? `, supported by ${listOf(expected.supportedBy)}` : '';
	return `${by}${supporters} at ${meetingText(expected.visit)} (${status})`;
}

function documentText(expected: Extract<Expected, { of: 'document' }>): string {
	const { document } = expected;
	const date = document.signedDate
		? ` ${formatDateWithPreposition(document.signedDate)}`
		: ` (${CHECK_PHRASES.notDated})`;
	const at = expected.visit
		? ` at ${meetingText(expected.visit)}`
		: document.signedPlace
			? ` in ${document.signedPlace}`
			: '';
	return `${signingPhrase(document)}${date}${at}`;
}

function meetingText(visit: VisitRef | null): string {
	return visit ? `the ${visitLabel(visit)}` : 'a meeting the sources do not name';
}

function dateText(start: PartialDate, end: PartialDate | undefined): string {
	return formatDateRange(start, end);
}

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
