/**
 * A check as a private Discord reply: one embed, the summary as its description and a field per claim (the verdict
 * and the claim's words as its name; what the sources hold and the quotes, with outlet and date, as its value).
 * Within Discord's limits: quotes are shortened with an ellipsis, and when the claims do not all fit, the reply says
 * how many it shows of how many and how to see the rest. User text is escaped before it is echoed.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { VerdictKind } from '../engine/check/verdict.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { escapeUserText } from '../text/escapeUserText.js';
import { truncate } from '../text/truncate.js';
import { CHECK_PHRASES } from './checkPhrases.js';
import { embedLength, fitEmbed } from './fitEmbed.js';
import { type Reply, embedReply } from './reply.js';
import type { RenderedCheck, RenderedVerdict } from './verdictProse.js';

/** The colour of the worst verdict: a reader sees at once whether anything is wrong. */
const VERDICT_COLOURS: Readonly<Record<VerdictKind | 'none', number>> = {
	supported: 0x15803d,
	contradicted: 0xdc2626,
	'not-in-sources': 0xd97706,
	none: 0x6b7280,
};
/** Quotes shown per claim, and their length: enough to check, short enough for several claims to fit. */
const QUOTES_PER_CLAIM = 2;
const QUOTE_LIMIT = 300;
/** The claim's words in a field name, after the verdict. */
const CLAIM_LIMIT = 200;

/**
 * @param check - a rendered check (see `renderCheck`)
 * @returns an ephemeral reply with one embed that Discord accepts
 */
export function checkReply(check: RenderedCheck): Reply {
	const fields = check.verdicts.map(verdictField);
	const worst = (['contradicted', 'not-in-sources', 'supported'] as const).find((kind) =>
		check.verdicts.some((verdict) => verdict.verdict === kind),
	);
	const base: APIEmbed = {
		title: CHECK_PHRASES.title,
		description: check.summary,
		color: VERDICT_COLOURS[worst ?? 'none'],
	};
	// Fields are added while they fit with room for the note that says some did not.
	const note = `\n\n${CHECK_PHRASES.cut(fields.length, fields.length)}`;
	const shown: APIEmbedField[] = [];
	for (const field of fields) {
		const next = fitEmbed({ ...base, description: `${base.description ?? ''}${note}`, fields: [...shown, field] });
		if (
			shown.length >= DISCORD_LIMITS.embedFields ||
			(next.fields ?? []).length <= shown.length ||
			embedLength(next) > DISCORD_LIMITS.embedTotal
		)
			break;
		shown.push(field);
	}
	const description =
		shown.length < fields.length
			? `${check.summary}\n\n${CHECK_PHRASES.cut(shown.length, fields.length)}`
			: check.summary;
	return embedReply([fitEmbed({ ...base, description, fields: shown })], [], true);
}

function verdictField(verdict: RenderedVerdict): APIEmbedField {
	const quotes = verdict.citations
		.slice(0, QUOTES_PER_CLAIM)
		.map(
			(citation) =>
				`> ${truncate(citation.quote, QUOTE_LIMIT)}\n— ${citation.outlet}, ${citation.date} · ${citation.source}`,
		);
	const more = verdict.citations.length - QUOTES_PER_CLAIM;
	// The explanation quotes the claim's own words ("…, not 25"): user text, escaped like the claim.
	const value = [
		escapeUserText(verdict.explanation),
		...quotes,
		...(more > 0 ? [`(${more} more quote${more === 1 ? '' : 's'} in the sources)`] : []),
	].join('\n');
	return {
		name: truncate(
			`${verdict.mark} ${verdict.label}: “${escapeUserText(truncate(verdict.claim, CLAIM_LIMIT))}”`,
			DISCORD_LIMITS.embedFieldName,
		),
		value: truncate(value, DISCORD_LIMITS.embedFieldValue),
	};
}
