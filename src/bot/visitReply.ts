/**
 * What /visit answers, and what its buttons bring back: a visit with its lists (each shown in part gets a button
 * that shows it whole, privately, in pages: `visitButtons.ts` answers it), or, for a value that names several
 * visits equally, a private "Which visit?" with a button for each.
 */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { encodeVisitButtonId } from '../discord/visitIds.js';
import type { Answer } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { fullListPage } from '../render/fullList.js';
import { renderAnswer } from '../render/answerProse.js';
import { type Reply, embedReply, textReply } from '../render/reply.js';
import { visitChoice } from '../render/visitChoice.js';
import {
	type VisitListName,
	type VisitLists,
	visitEmbed,
	visitListButtonLabel,
	visitListCount,
	visitListLines,
} from '../render/visitEmbed.js';
import type { CommandContext } from './command.js';
import { withCitationActions } from './citationActions.js';
import { withListActions } from './listActions.js';
import { notFoundReply, quoteUserText } from './messages.js';

const RUN_AGAIN = 'Run /visit again for a fresh reply.';

/** Discord's buttons per row and rows per message. */
const BUTTONS_PER_ROW = 5;
const ROWS_PER_MESSAGE = 5;
/** Rows a visit keeps for its Export button and its Show source / More citations buttons. */
const ACTION_ROWS = 2;

/**
 * @param which - what was typed or chosen for the visit
 * @param context - the engine
 * @returns the visit it names; "Which visit?" when it names several equally; "no visit matches" when none
 */
export function visitCommandReply(which: string, context: CommandContext): Reply {
	const { visits, suggestions } = context.engine.whichVisit(which);
	const [first] = visits;
	if (!first) return notFoundReply('visit', which, suggestions);
	if (visits.length > 1) return visitChoiceReply(which, visits);
	return visitReply(first, context);
}

/**
 * @param visit - a visit's answer
 * @param context - the engine
 * @returns the visit with its lists, a button for each list shown in part, and its documents' Export button
 */
export function visitReply(visit: Answer, context: CommandContext): Reply {
	const { count, lists } = visitListsOf(visit.id, context.engine);
	const { embed, cut } = visitEmbed(visit, count, lists, context.engine.sourceCatalogue);
	const buttons = cut.flatMap(({ list, total }) => {
		const id = encodeVisitButtonId({ kind: 'list', visit: visit.id, list });
		return id ? [button(visitListButtonLabel(list, total), id, ButtonStyle.Secondary)] : [];
	});
	const rows = inRows(buttons, ROWS_PER_MESSAGE - ACTION_ROWS);
	const cited = withCitationActions(embedReply([embed], rows), visit, context);
	return withListActions(cited, { of: 'visit', visit: visit.id }, context);
}

/**
 * A visit's list in full, one page of it, privately, with page buttons when it has several.
 *
 * @returns the page, or undefined when the visit is not in the dataset
 */
export function visitListReply(
	visitId: string,
	list: VisitListName,
	page: number,
	context: CommandContext,
): Reply | undefined {
	const visit = context.engine.get(visitId);
	if (visit?.kind !== 'visit') return undefined;
	const answers = visitListsOf(visitId, context.engine).lists[list] ?? [];
	const counted = visitListCount(list, answers.length);
	if (answers.length === 0) return textReply(`${renderAnswer(visit).title}: ${counted} now. ${RUN_AGAIN}`);
	const shown = fullListPage(`${renderAnswer(visit).title}: ${counted}`, counted, visitListLines(list, answers), page);
	const turn = (label: string, to: number, disabled: boolean): APIButtonComponent[] => {
		const id = encodeVisitButtonId({ kind: 'list', visit: visitId, list, page: Math.max(0, to) });
		return id ? [{ ...button(label, id, ButtonStyle.Secondary), disabled }] : [];
	};
	const rows =
		shown.pages > 1
			? inRows(
					[
						...turn('◀ Previous', shown.page - 1, shown.page === 0),
						...turn('Next ▶', shown.page + 1, shown.page >= shown.pages - 1),
					],
					1,
				)
			: [];
	return embedReply(shown.embeds, rows, true);
}

/** "Which visit?", privately, with a button for each visit that shows it. */
function visitChoiceReply(which: string, visits: readonly Answer[]): Reply {
	const choice = visitChoice(quoteUserText(which), visits, BUTTONS_PER_ROW * ROWS_PER_MESSAGE);
	const buttons = choice.shown.flatMap(({ id, label }) => {
		const customId = encodeVisitButtonId({ kind: 'choice', visit: id });
		return customId ? [button(label, customId, ButtonStyle.Primary)] : [];
	});
	return embedReply([choice.embed], inRows(buttons, ROWS_PER_MESSAGE), true);
}

/** A visit's count and its lists, in the order the reply shows them. */
function visitListsOf(visitId: string, engine: Engine): { count: Answer | undefined; lists: VisitLists } {
	const details = engine.visitDetails(visitId);
	if (!details) return { count: undefined, lists: {} };
	const { proposals, followUps } = engine.visitProposals(visitId);
	return {
		count: details.count,
		lists: {
			documents: engine.visitDocuments(visitId),
			figures: details.figures,
			awards: details.awards,
			events: details.events,
			proposals,
			'follow-ups': followUps,
		},
	};
}

function button(label: string, customId: string, style: ButtonStyle.Primary | ButtonStyle.Secondary) {
	return { type: ComponentType.Button, style, label, custom_id: customId } satisfies APIButtonComponent;
}

/** Buttons five to a row, in at most `rows` rows: those that do not fit are left out (their list says "+N more"). */
function inRows(buttons: readonly APIButtonComponent[], rows: number): APIActionRowComponent<APIButtonComponent>[] {
	const kept = buttons.slice(0, rows * BUTTONS_PER_ROW);
	const result: APIActionRowComponent<APIButtonComponent>[] = [];
	for (let start = 0; start < kept.length; start += BUTTONS_PER_ROW)
		result.push({ type: ComponentType.ActionRow, components: kept.slice(start, start + BUTTONS_PER_ROW) });
	return result;
}
