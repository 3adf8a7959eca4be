/**
 * Answers as Discord embeds: the direct answer as the description, the
 * structured fields, and the citation (its source's outlet and date, and the
 * quoted sentence trimmed around the answer's value) so a researcher can check
 * it. Every embed passes through `fitEmbed`.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AnswerKind, Citation } from '../engine/answer.js';
import { type FieldValue, type ShownAnswer, rendered } from './answerProse.js';
import { citationLink, escapedQuote } from './citationMarkdown.js';
import { type SourceCatalogue, citationName, moreCitations } from './citations.js';
import { fitEmbed } from './fitEmbed.js';
import { ANSWER_KIND_WORDS } from './phrases.js';

/** Colours by answer kind, so a channel scan shows what is what. */
const KIND_COLOURS: Readonly<Record<AnswerKind, number>> = {
	document: 0x2f6fde,
	visit: 0x1f9d55,
	figure: 0xd97706,
	award: 0xb8860b,
	event: 0x6b7280,
	source: 0x4b5563,
	discrepancy: 0xdc2626,
	person: 0x0e7490,
	organisation: 0x0369a1,
	proposal: 0x9333ea,
	'follow-up': 0x15803d,
	count: 0x7c3aed,
	comparison: 0xd97706,
	figures: 0xd97706,
	awards: 0xb8860b,
	meetings: 0xd97706,
	passage: 0x64748b,
};

/** Which fields to show for each kind, with their labels, in order. */
const SHOWN_FIELDS: Readonly<Partial<Record<AnswerKind, readonly [string, string][]>>> = {
	document: [
		['kindText', 'Kind'],
		['dateText', 'Date'],
		['place', 'Place'],
		['signingText', 'Signing'],
		['parties', 'Parties'],
		['sectors', 'Sectors'],
	],
	visit: [
		['dateText', 'Date'],
		['city', 'City'],
		['venue', 'Venue'],
		['host', 'Host'],
		['guest', 'Guest'],
		['formats', 'Formats'],
	],
	figure: [
		['valueText', 'Value'],
		['qualifier', 'Qualifier'],
		['period', 'Period'],
		['statedBy', 'Stated by'],
		['countries', 'Countries'],
	],
	award: [
		['giver', 'Giver'],
		['recipient', 'Recipient'],
		['dateText', 'Date'],
		['aliases', 'Also written'],
	],
	person: [
		['roles', 'Roles'],
		['country', 'Country'],
		['aliases', 'Also written'],
	],
	organisation: [
		['country', 'Country'],
		['type', 'Type'],
		['aliases', 'Also written'],
	],
	proposal: [
		['statusText', 'Status'],
		['proposedBy', 'Proposed by'],
		['supportedBy', 'Supported by'],
		['sectors', 'Sectors'],
	],
	count: [
		['listed', 'Named in the lists'],
		['stated', 'Count stated by the source'],
	],
};

/** How many citations an embed shows before "and N more". */
export const MAX_EMBED_CITATIONS = 2;
const CITATION_QUOTE_LIMIT = 900;

export function formatFieldValue(value: FieldValue | undefined): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (Array.isArray(value)) return value.length > 0 ? value.join('\n') : undefined;
	const text = String(value);
	// Enum slugs read better as words ("memorandum of understanding"); names keep their hyphens.
	return /^[a-z]+(?:-[a-z]+)+$/.test(text) ? text.replace(/-/g, ' ') : text;
}

/**
 * @param citation - a source and a verbatim quote
 * @param answer - the answer it backs: a long quote keeps the part around its value
 * @param sources - the catalogue, to name the source
 * @returns an embed field: the outlet and date as name, the quote (trimmed, with an ellipsis at each cut) as value,
 *   and a link to the article where the catalogue has one
 */
export function citationField(citation: Citation, answer: ShownAnswer, sources: SourceCatalogue): APIEmbedField {
	const { text, url } = citationName(citation, sources);
	const link = url ? `\n${citationLink(citation, sources)}` : '';
	return {
		name: `Source: ${text}`,
		value: `> ${escapedQuote(citation, answer, CITATION_QUOTE_LIMIT)}${link}`,
	};
}

/**
 * @param answer - one answer from the engine
 * @param sources - the catalogue, to name each citation's source
 * @param extraFields - fields a command adds after the answer's own
 * @returns a detailed embed within Discord's limits
 * @example
 * answerEmbed(engine.get('award-2021-bitaraplyk')!, engine.sourceCatalogue).fields?.at(-1)?.name; // 'Source: nCa, 26 October 2021'
 */
export function answerEmbed(
	answer: ShownAnswer,
	sources: SourceCatalogue,
	extraFields: APIEmbedField[] = [],
): APIEmbed {
	const { title, text, fields: answerFields } = rendered(answer);
	const fields: APIEmbedField[] = [];
	for (const [key, label] of SHOWN_FIELDS[answer.kind] ?? []) {
		const value = formatFieldValue(answerFields[key]);
		if (value) fields.push({ name: label, value, inline: !value.includes('\n') && value.length < 40 });
	}
	fields.push(...extraFields);
	fields.push(
		...answer.citations.slice(0, MAX_EMBED_CITATIONS).map((citation) => citationField(citation, answer, sources)),
	);
	const more = answer.citations.length - MAX_EMBED_CITATIONS;
	return fitEmbed({
		title,
		description: text,
		color: KIND_COLOURS[answer.kind],
		fields,
		footer: {
			text: `${ANSWER_KIND_WORDS[answer.kind]}${more > 0 ? ` · ${moreCitations(more)}` : ''}`,
		},
	});
}
