/**
 * A person's awards gathered across the visits: one line per award, with whom it came from (or went to) and when, so
 * "Which orders did Tokayev receive?" is answered in one answer rather than by whichever award ranked first.
 */
import type { AwardSetAnswer } from '../engine/answer.js';
import { formatDateWithPreposition } from '../text/format.js';
import { awardLabel } from '../text/labels.js';
import type { AnswerProse } from './answerProse.js';

/**
 * @example
 * awardSetProse(answer).title; // 'Awards received by Kassym-Jomart Tokayev'
 */
export function awardSetProse({ person, role, awards }: AwardSetAnswer): AnswerProse {
	const lines = awards.map(({ record: award, giverName, recipientName }) => {
		const other =
			role === 'recipient'
				? `from ${giverName ? `${giverName} (${award.giver.country})` : award.giver.country}`
				: `to ${recipientName} (${award.recipient.country})`;
		const when = award.date ? ` ${formatDateWithPreposition(award.date)}` : '';
		return `• ${awardLabel(award.names)}, ${other}${when}`;
	});
	const verb = role === 'recipient' ? 'received' : 'gave';
	return {
		title: `Awards ${role === 'recipient' ? 'received' : 'given'} by ${person}`,
		text: [`${person} ${verb} ${awards.length} awards in the sources:`, ...lines].join('\n'),
		fields: { person, role, awards: awards.map((award) => awardLabel(award.record.names)) },
	};
}
