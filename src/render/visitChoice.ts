/**
 * "Which visit?": the visits a value names equally (a year with two visits, a city, a leader), numbered, each with
 * its date and city, for the bot to put a button under each. As many as there are buttons for are shown; the others
 * are counted, never dropped unsaid. Pure.
 */
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import type { Answer } from '../engine/answer.js';
import { formatDateRange, visitLabel } from '../text/format.js';
import { truncate } from '../text/truncate.js';
import { fitEmbed } from './fitEmbed.js';

const COLOUR = 0x1f9d55;

export interface VisitChoice {
	embed: APIEmbed;
	/** The visits shown, numbered in this order, each with its button's label. */
	shown: { id: string; label: string }[];
}

/**
 * @param quoted - what was typed, already quoted for showing back (`quoteUserText`)
 * @param visits - the visits it names, in date order
 * @param most - how many can have a button
 * @returns the embed and the visits shown
 * @example
 * visitChoice('`2025`', [ankara, astana], 25).embed.description?.split('\n')[0]; // '`2025` names 2 visits. Which one?'
 */
export function visitChoice(quoted: string, visits: readonly Answer[], most: number): VisitChoice {
	const lead = `${quoted} names ${visits.length} visits. Which one?`;
	const lines: string[] = [];
	const shown: VisitChoice['shown'] = [];
	let used = lead.length;
	for (const visit of visits) {
		if (visit.kind !== 'visit' || shown.length >= most) break;
		const line = `${shown.length + 1}. ${visitLabel(visit.record)}`;
		const hidden = visits.length - shown.length - 1;
		const tail = hidden > 0 ? moreLine(hidden).length + 1 : 0;
		if (used + line.length + 1 + tail > DISCORD_LIMITS.embedDescription) break;
		lines.push(line);
		used += line.length + 1;
		const when = formatDateRange(visit.record.startDate, visit.record.endDate);
		shown.push({
			id: visit.id,
			label: truncate(`${visit.record.city}, ${when}`, DISCORD_LIMITS.buttonLabel),
		});
	}
	const hidden = visits.length - shown.length;
	if (hidden > 0) lines.push(moreLine(hidden));
	return {
		embed: fitEmbed({ title: 'Which visit?', description: [lead, ...lines].join('\n'), color: COLOUR }),
		shown,
	};
}

function moreLine(hidden: number): string {
	return `+${hidden} more: type more of the visit's name, a date or a place, or choose it as you type.`;
}
