/** The not-in-sources verdicts every claim kind gives alike: a name the sources never mention, a meeting they do not hold. */
import type { Clause, CheckData } from './context.js';
import type { MeetingScope } from './scope.js';
import type { Absence, Claim, Expected, SourcedCitation, Verdict } from './verdict.js';

export function notInSources(
	claim: Claim,
	reason: Absence,
	expected?: Expected,
	citations: readonly SourcedCitation[] = [],
): Verdict {
	return { kind: 'not-in-sources', claim, reason, ...(expected ? { expected } : {}), citations };
}

/**
 * The verdict when the claim's subject cannot be a record of the sources whatever its value: it names what they
 * never mention, or a meeting they do not hold.
 *
 * @param scope - the meeting scope the claim reads, when it reads one
 */
export function subjectNotInSources(
	claim: Claim,
	clause: Clause,
	data: CheckData,
	scope?: MeetingScope,
): Verdict | undefined {
	const names = clause.unknownNames();
	if (names.length > 0) return { kind: 'not-in-sources', claim, reason: 'unknown-name', names, citations: [] };
	if (scope?.kind === 'conflict') return notInSources(claim, 'no-meeting', meetings(data, scope.parts.flat()));
	return undefined;
}

/** The meetings with these ids, in the dataset's order. */
export function meetings(data: CheckData, ids: readonly string[]): Expected {
	const wanted = new Set(ids);
	return { of: 'meetings', visits: data.dataset.visits.filter((visit) => wanted.has(visit.id)) };
}
