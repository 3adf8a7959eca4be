/**
 * Writes the prose of `count` answers: how many documents were signed at a visit (the lists beside the count the
 * source states), and a set of documents narrowed by kind, sector, signing or party.
 */
import type { CountAnswer, DocumentSet, VisitDocumentCount } from '../engine/answer.js';
import { formatDate, formatFigureValue, visitLabel } from '../text/format.js';
import { documentSetLabel } from '../text/labels.js';
import type { AnswerProse } from './answerProse.js';
import { COUNT_SIGNING_ORDER, QUALIFIER_PHRASES, SIGNING_PHRASES } from './phrases.js';

/** Titles a set answer lists in its text; `fields.titles` holds them all. */
export const MAX_LISTED_TITLES = 12;

/**
 * @param answer - a `count` answer
 * @returns its title, text and fields
 * @example
 * countProse(engine.get('count-visit-2021-ashgabat')!).fields.listed; // 20
 */
export function countProse(answer: CountAnswer): AnswerProse {
	return answer.value.of === 'visit' ? visitCountProse(answer.value) : documentSetProse(answer.value);
}

function visitCountProse({ visit, listed, stated, discrepancies }: VisitDocumentCount): AnswerProse {
	const where = `the ${visitLabel(visit)}`;
	const groups = COUNT_SIGNING_ORDER.flatMap((signing) => {
		const phrase = SIGNING_PHRASES[signing].count;
		const count = listed.filter((document) => document.signing === signing).length;
		return count > 0 && phrase !== null ? [`${count} ${phrase}`] : [];
	});

	const sentences: string[] = [];
	if (listed.length > 0) {
		sentences.push(
			`${listed.length} document${listed.length === 1 ? '' : 's'} signed at ${where} are named in the source's lists (${groups.join(', ')}).`,
		);
	}
	for (const figure of stated) {
		const agrees = figure.value === listed.length;
		const statedText =
			`The source states ${formatFigureValue(figure)} ${figure.unit === 'documents' ? '' : `${figure.unit} `}(“${figure.evidence[0]?.quote ?? figure.valueText}”)`.replace(
				/ +/g,
				' ',
			);
		sentences.push(
			listed.length === 0
				? `${statedText}; ${QUALIFIER_PHRASES.titlesNotListed}.`
				: agrees
					? `${statedText}, ${QUALIFIER_PHRASES.countMatches}.`
					: `${statedText}, ${QUALIFIER_PHRASES.countDiffers(listed.length)}.`,
		);
	}
	for (const discrepancy of discrepancies) sentences.push(`Discrepancy recorded: ${discrepancy.note}`);
	if (listed.length === 0 && stated.length === 0) {
		sentences.push(`The source for ${where} neither lists nor counts the documents signed.`);
	}
	return {
		title: `Documents signed at ${visit.title}`,
		text: sentences.join(' '),
		fields: {
			visit: visit.id,
			listed: listed.length,
			stated: stated.length > 0 ? (stated[0]?.value ?? null) : null,
			agrees: stated.every((figure) => figure.value === listed.length),
			titles: listed.map((document) => document.title),
		},
	};
}

function documentSetProse(set: DocumentSet): AnswerProse {
	const { documents, visits } = set;
	const count = documents.length;
	const what = documentSetLabel(set, count);
	const how = set.signings.flatMap((signing) => SIGNING_PHRASES[signing].set ?? []).join(' or ') || 'signed';
	const [only] = visits;
	const where =
		visits.length === 1 && only
			? ` at the ${visitLabel(only)}`
			: ` at ${visits.length} visits (${visits.map((visit) => `${visit.city}, ${formatDate(visit.startDate)}`).join('; ')})`;
	const titles = documents.map((document) => document.title);
	const listed = titles.slice(0, MAX_LISTED_TITLES).map((title, index) => `${index + 1}. ${title}`);
	const more = titles.length > MAX_LISTED_TITLES ? ` … and ${titles.length - MAX_LISTED_TITLES} more.` : '';
	return {
		title: `${count} ${what} ${how}${where}`,
		text: `${count} ${what} ${count === 1 ? 'was' : 'were'} ${how}${where}, ${QUALIFIER_PHRASES.asListed}: ${listed.join('; ')}${more}`,
		fields: {
			visits: visits.map((visit) => visit.id),
			matched: count,
			titles,
		},
	};
}
