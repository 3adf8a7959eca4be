/**
 * The paged lists, by the name their page buttons carry: /agreement, /figure and /timeline show their first page
 * through these, and the router (for Discord and the local console alike) rebuilds any later page from a button.
 */
import type { APIEmbedField } from 'discord.js';
import type { PagedList } from '../discord/customIds.js';
import { DISCORD_LIMITS } from '../discord/limits.js';
import { answerEmbed } from '../render/answerEmbed.js';
import { renderAnswer } from '../render/answerProse.js';
import { embedReply } from '../render/reply.js';
import { withCitationActions } from './citationActions.js';
import { withListActions } from './listActions.js';
import { type ListPager, type PagedListSpec, listPage } from './listPage.js';

/** Related figures shown under a figure. */
const MAX_RELATED = 5;

const agreementList: PagedListSpec = {
	noun: 'agreement',
	searched: true,
	fetch: (engine, state, request) =>
		engine.agreements(state.q, { country: state.c, year: state.y, kind: state.k, sector: state.s }, request),
	heading: (total) => `${total} documents`,
	// The one match in full, with the visit it was signed at.
	single: (first, total, _state, _page, context) => {
		if (total !== 1) return undefined;
		const visit = first.kind === 'document' && first.record.visit ? context.engine.get(first.record.visit) : undefined;
		const fields = visit ? [{ name: 'Visit', value: renderAnswer(visit).title }] : [];
		return withCitationActions(
			embedReply([answerEmbed(first, context.engine.sourceCatalogue, fields)]),
			first,
			context,
		);
	},
};

const figureList: PagedListSpec = {
	noun: 'figure',
	searched: true,
	fetch: (engine, state, request) => engine.figures(state.q, { country: state.c }, request),
	heading: (total) => `${total} figures`,
	// A query's first page is its best figure in full, with the figures measuring the same thing; the list follows.
	lead: {
		applies: (state) => state.q !== undefined,
		reply: (first, total, _state, context) => {
			const related = relatedField(context.engine.relatedFigures(first.id).map((answer) => renderAnswer(answer).title));
			const embed = answerEmbed(first, context.engine.sourceCatalogue, related);
			const footer = `${embed.footer?.text ?? first.id} · best of ${total} figure${total === 1 ? '' : 's'}`;
			return withCitationActions(embedReply([{ ...embed, footer: { text: footer } }]), first, context);
		},
	},
};

/** The first related figures, whole lines, and "+N more" when there are more than are shown. */
function relatedField(titles: readonly string[]): APIEmbedField[] {
	if (titles.length === 0) return [];
	const lines: string[] = [];
	for (const title of titles.slice(0, MAX_RELATED)) {
		const tail = `+${titles.length - lines.length - 1} more`.length + 1;
		if ([...lines, `• ${title}`].join('\n').length + tail > DISCORD_LIMITS.embedFieldValue) break;
		lines.push(`• ${title}`);
	}
	const hidden = titles.length - lines.length;
	return [{ name: 'Related figures', value: [...lines, ...(hidden > 0 ? [`+${hidden} more`] : [])].join('\n') }];
}

const timelineList: PagedListSpec = {
	noun: 'timeline entry',
	searched: false,
	fetch: (engine, state, request) => engine.timeline({ country: state.c }, request),
	heading: (_total, state) => `Timeline${state.c ? ` · ${state.c}` : ''}`,
};

const SPECS: Readonly<Record<PagedList, PagedListSpec>> = {
	agreement: agreementList,
	figure: figureList,
	timeline: timelineList,
};

/** Every paged list's pages, by list name, each with the list's Export (and Chart) buttons under its page buttons. */
export const LIST_PAGES: Readonly<Record<PagedList, ListPager>> = {
	agreement: (state, page, context) =>
		withListActions(listPage('agreement', SPECS.agreement, state, page, context), { of: 'agreement', state }, context),
	figure: (state, page, context) =>
		withListActions(listPage('figure', SPECS.figure, state, page, context), { of: 'figure', state }, context),
	timeline: (state, page, context) =>
		withListActions(listPage('timeline', SPECS.timeline, state, page, context), { of: 'timeline', state }, context),
};
