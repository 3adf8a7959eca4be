/**
 * Checks as tests compare them: each verdict as its kind, its claim's kind, the words it checked and, by verdict,
 * what differs (and the claim's words for it) or why the claim is not in the sources, and the record it was judged
 * against.
 */
import type { CheckResult, Expected } from '../../src/engine/check/verdict.js';

/** A paragraph with one claim the sources bear out, one they contradict and one they do not hold. */
export const CHECK_EXAMPLE =
	'In 2021 Tokayev visited Ashgabat, where 20 documents were signed. Kazakh investments in Türkiye were $1 billion. Uzbekistan and Kazakhstan signed 12 memoranda in 2022.';

export interface VerdictSummary {
	verdict: string;
	claim: string;
	checked: string;
	differs?: string;
	claimed?: string;
	reason?: string;
	/** The record judged against: a figure's, a visit's, an award's id … */
	record?: string;
}

/** The id of what the sources hold for a verdict. */
export function recordOf(expected: Expected | undefined): string | undefined {
	if (!expected) return undefined;
	switch (expected.of) {
		case 'figure':
			return expected.figure.id;
		case 'count':
		case 'date':
			return expected.visit?.id;
		case 'award':
			return expected.award.id;
		case 'proposal':
			return expected.proposal.id;
		case 'document':
			return expected.document.id;
		case 'quote':
		case 'passage':
			return expected.passage.id;
		case 'meetings':
			return expected.visits.map((visit) => visit.id).join(' ');
		case 'awards':
			return expected.awards.map((award) => award.id).join(' ');
	}
}

export function summarise(result: CheckResult): VerdictSummary[] {
	const words = (span: { start: number; end: number }) => result.text.slice(span.start, span.end);
	return result.verdicts.map((verdict) => {
		const record = recordOf(verdict.kind === 'not-in-sources' ? verdict.expected : verdict.expected);
		return {
			verdict: verdict.kind,
			claim: verdict.claim.kind,
			checked: words(verdict.claim.focus),
			...(verdict.kind === 'contradicted' ? { differs: verdict.differs, claimed: words(verdict.claimed) } : {}),
			...(verdict.kind === 'not-in-sources' ? { reason: verdict.reason } : {}),
			...(record !== undefined ? { record } : {}),
		};
	});
}
