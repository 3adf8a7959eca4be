/**
 * Display labels of records: the title an answer is shown under, which autocomplete and "did you mean" show too. The
 * engine labels its index entries with these and `src/render/answerProse.ts` titles answers with them, so the two
 * cannot drift apart.
 */
import type { DiscrepancyRecord, FigureRecord } from '../data/schema.js';
import type { DocumentSet } from '../engine/answer.js';
import type { NamedDocumentKind } from '../engine/ask/questionContext.js';
import { formatFigureValue, visitLabel } from './format.js';

/** A figure's label: what was measured and its value. */
export function figureLabel(figure: Pick<FigureRecord, 'label' | 'qualifier' | 'valueText'>): string {
	return `${figure.label}: ${formatFigureValue(figure)}`;
}

/**
 * A passage's label: the article it is from, and the visit that article reports, if it reports one.
 *
 * @example
 * passageLabel('001_x.txt', null); // 'From 001_x.txt'
 */
export function passageLabel(source: string, visit: Parameters<typeof visitLabel>[0] | null): string {
	return visit ? `From ${source}, on the ${visitLabel(visit)}` : `From ${source}`;
}

/** A follow-up's label: the titles of the earlier step and of the later one. */
export function followUpLabel(earlierTitle: string, laterTitle: string): string {
	return `Follow-up: ${earlierTitle} → ${laterTitle}`;
}

/** A discrepancy's label: what does not agree. */
export function discrepancyLabel(discrepancy: Pick<DiscrepancyRecord, 'summary'>): string {
	return `Discrepancy: ${discrepancy.summary}`;
}

/** An award's label: its first name. */
export function awardLabel(names: readonly string[]): string {
	return names[0] ?? 'award';
}

/** A named kind of document, singular and plural, as a set answer names it. */
export const DOCUMENT_KIND_NOUNS: Readonly<Record<NamedDocumentKind, readonly [string, string]>> = {
	memorandum: ['memorandum', 'memoranda'],
	plan: ['plan', 'plans'],
	treaty: ['treaty', 'treaties'],
	'joint-statement': ['joint statement', 'joint statements'],
	declaration: ['declaration', 'declarations'],
};

/**
 * What a set of documents is: its sectors, its kind (or "documents"), its parties. The engine derives the set's id
 * from it, the renderer its title and text.
 *
 * @example
 * documentSetLabel({ kinds: ['memorandum'], sectors: ['transport'], parties: [] }, 3); // 'transport memoranda'
 */
export function documentSetLabel(set: Pick<DocumentSet, 'kinds' | 'sectors' | 'parties'>, count: number): string {
	const [singular, plural] =
		set.kinds.length === 1 ? DOCUMENT_KIND_NOUNS[set.kinds[0] as NamedDocumentKind] : ['document', 'documents'];
	return [
		set.sectors.length > 0 ? `${set.sectors.join(' or ')} ` : '',
		count === 1 ? singular : plural,
		set.parties.length > 0 ? ` with ${set.parties.map((party) => `“${party}”`).join(' or ')} as a party` : '',
	].join('');
}
