/**
 * Writes the prose of `count` answers: how many documents were signed at a visit (the lists beside the count the
 * source states), and a set of documents narrowed by kind, sector, signing or party.
 */
import type { DocumentRecord, FigureRecord } from '../data/schema.js';
import type { CountAnswer, DocumentSet, VisitDocumentCount } from '../engine/answer.js';
import {
	asSentence,
	formatDate,
	formatFigureValue,
	joinSentences,
	listOf,
	parenthetical,
	visitLabel,
} from '../text/format.js';
import { documentSetLabel } from '../text/labels.js';
import type { AnswerProse } from './answerProse.js';
import { COUNT_SIGNING_ORDER, DOCUMENT_ACT_ORDER, QUALIFIER_PHRASES, SIGNING_PHRASES, documentAct } from './phrases.js';

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

/** What was done with documents, as the source says it: "signed", "signed or exchanged", "adopted". */
function actsOf(documents: readonly DocumentRecord[]): string {
	const acts = new Set(documents.map(documentAct));
	return listOf(
		DOCUMENT_ACT_ORDER.filter((act) => acts.has(act)),
		'or',
	);
}

/** A stated count with its unit, unless its words already name the unit ("18 … agreements", not "… agreements agreements"). */
function statedValue(figure: FigureRecord): string {
	const value = formatFigureValue(figure);
	const unit = figure.unit.toLowerCase().replace(/s$/u, '');
	return value.toLowerCase().includes(unit) ? value : `${value} ${figure.unit}`;
}

function visitCountProse({ visit, listed, stated, discrepancies }: VisitDocumentCount): AnswerProse {
	const where = `the ${visitLabel(visit)}`;
	const groups = COUNT_SIGNING_ORDER.flatMap((signing) => {
		const count = listed.filter((document) => document.signing === signing).length;
		return count > 0 ? [{ signing, count }] : [];
	});
	const acts = actsOf(listed) || 'signed';
	const [only] = groups;
	const named = `${listed.length} document${listed.length === 1 ? '' : 's'}`;
	const sentences: string[] = [];
	if (listed.length > 0) {
		sentences.push(
			groups.length === 1 && only && only.count === listed.length
				? `The source's lists name ${named} ${SIGNING_PHRASES[only.signing].document} at ${where}`
				: `The source's lists name ${named} ${acts} at ${where}: ${groups
						.flatMap(({ signing, count }) => {
							const phrase = SIGNING_PHRASES[signing].count;
							return phrase === null ? [] : [`${count} ${phrase}`];
						})
						.join(', ')}`,
		);
	}
	for (const figure of stated) {
		const statedText = `The source states ${statedValue(figure)} (“${figure.evidence[0]?.quote ?? figure.valueText}”)`;
		sentences.push(
			listed.length === 0
				? `${statedText}; ${QUALIFIER_PHRASES.titlesNotListed}`
				: figure.value === listed.length
					? `${statedText}, ${QUALIFIER_PHRASES.countMatches}`
					: `${statedText}, ${QUALIFIER_PHRASES.countDiffers(listed.length)}`,
		);
	}
	// What does not agree: its note alone ("the summary sentence likely …") would leave its subject out.
	for (const discrepancy of discrepancies) sentences.push(`Discrepancy recorded: ${discrepancy.summary}`);
	if (listed.length === 0 && stated.length === 0) {
		sentences.push(`The source for ${where} neither lists nor counts the documents signed`);
	}
	return {
		title: `Documents ${acts} at the ${visit.title}`,
		text: joinSentences(sentences),
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
	// The signing asked for, or what was done with the documents found ("signed or exchanged").
	const how =
		set.signings.flatMap((signing) => SIGNING_PHRASES[signing].set ?? []).join(' or ') || actsOf(documents) || 'signed';
	const [only] = visits;
	const where =
		visits.length === 1 && only
			? ` at the ${visitLabel(only)}`
			: ` at ${visits.length} visits ${parenthetical(visits.map((visit) => `${visit.city}, ${formatDate(visit.startDate)}`).join('; '))}`;
	const titles = documents.map((document) => document.title);
	const listed = titles.slice(0, MAX_LISTED_TITLES).map((title, index) => `${index + 1}. ${title}`);
	const more = titles.length > MAX_LISTED_TITLES ? ` … and ${titles.length - MAX_LISTED_TITLES} more.` : '';
	return {
		title: `${count} ${what} ${how}${where}`,
		text: `${asSentence(`${count} ${what} ${count === 1 ? 'was' : 'were'} ${how}${where}, ${QUALIFIER_PHRASES.asListed}: ${listed.join('; ')}`)}${more}`,
		fields: {
			visits: visits.map((visit) => visit.id),
			matched: count,
			titles,
		},
	};
}
