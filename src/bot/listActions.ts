/**
 * A list's Export and Chart buttons: added under every list (a paged list, a visit's documents, a question's
 * answers), and answered with attachments when pressed. Export attaches the whole list, every page, as CSV and JSON
 * (`src/export/`); Chart attaches a PNG of a figure list's measure or of the timeline (`src/chart/`). The files go
 * privately to whoever pressed, so a busy channel is not filled with copies.
 */
import { type APIButtonComponent, AttachmentBuilder, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { figureChart } from '../chart/figureChart.js';
import { figureChartSpec } from '../chart/figureChartSpec.js';
import { renderChart } from '../chart/renderChart.js';
import { timelineChart } from '../chart/timelineChart.js';
import { timelineChartSpec } from '../chart/timelineChartSpec.js';
import { type ActionTarget, decodeActionId, encodeActionId } from '../discord/actionIds.js';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from '../discord/limits.js';
import type { Engine } from '../engine/engine.js';
import { type ExportTarget, exportFiles } from '../export/exportFiles.js';
import type { Reply } from '../render/reply.js';
import type { CommandContext } from './command.js';
import { canonicalState } from './listState.js';
import { EXPIRED_BUTTON, filterProblemReply } from './messages.js';
import type { EditPayload, ReplyPayload, RoutedButton } from './routedInteraction.js';

export const ACTION_LABELS = {
	export: 'Export (CSV, JSON)',
	/** A visit's reply shows more than its documents: say which list is exported. */
	exportDocuments: 'Export documents (CSV, JSON)',
	chart: 'Chart (PNG)',
} as const;

/** What a list's rows are called, by what it lists, for "Exported 12 documents". */
const ROW_NOUNS: Readonly<Record<ActionTarget['of'], readonly [string, string]>> = {
	agreement: ['document', 'documents'],
	figure: ['figure', 'figures'],
	timeline: ['timeline entry', 'timeline entries'],
	visit: ['document', 'documents'],
	ask: ['answer', 'answers'],
};

const NO_MENTIONS = { parse: [] } as const;

/**
 * @param reply - a list's reply (a page, or its one match in full)
 * @param target - what the list shows: a paged list's state (as typed, made canonical here), a visit, a question
 * @param context - the engine, to tell whether a chart can be drawn
 * @returns the reply with a row of Export (and, where there is something to draw, Chart) buttons; a private reply (a
 *   refusal, nothing found) is returned as it is
 */
export function withListActions(reply: Reply, target: ActionTarget, context: CommandContext): Reply {
	if (reply.ephemeral || reply.embeds.length === 0) return reply;
	let canonical = target;
	if (target.of === 'agreement' || target.of === 'figure' || target.of === 'timeline') {
		const resolved = canonicalState(target.state);
		if (!resolved.ok) return reply;
		canonical = { of: target.of, state: resolved.state };
	}
	const buttons = [actionButton('export', canonical)];
	// A timeline with entries always has a chart; a figure list has one when its measure has several values.
	const drawable = canonical.of === 'timeline' || (canonical.of === 'figure' && chartOf(canonical, context.engine));
	if (drawable) buttons.push(actionButton('chart', canonical));
	return { ...reply, components: [...reply.components, { type: ComponentType.ActionRow, components: buttons }] };
}

export interface ActionOptions {
	/** Whether the command behind a list is loaded (a button of a command that is not is expired). */
	available(command: string): boolean;
	/** How long a chart may take before the press is acknowledged first. */
	deferAfterMs?: number;
}

/**
 * Answers a press of an Export or Chart button with the files, privately.
 *
 * @param interaction - the button press
 * @param context - the engine
 * @param options - which commands are loaded; when to defer
 */
export async function answerListAction(
	interaction: RoutedButton,
	context: CommandContext,
	options: ActionOptions,
): Promise<void> {
	const button = decodeActionId(interaction.customId);
	if (!button || !options.available(button.target.of)) {
		await interaction.reply(privately({ content: EXPIRED_BUTTON }));
		return;
	}
	if (button.action === 'export') {
		await interaction.reply(privately(exportAnswer(button.target, context.engine)));
		return;
	}
	const pending = chartAnswer(button.target, context.engine);
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'late'>((resolve) => {
		timer = setTimeout(() => resolve('late'), options.deferAfterMs ?? DEFER_AFTER_MS);
	});
	const first = await Promise.race([pending, late]);
	clearTimeout(timer);
	if (first !== 'late') {
		await interaction.reply(privately(first));
		return;
	}
	// The first chart loads the drawing libraries: acknowledge within Discord's 3 seconds, then attach the chart.
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const answer = await pending;
	const edit: EditPayload = {
		content: answer.content,
		embeds: [],
		components: [],
		allowedMentions: NO_MENTIONS,
		...(answer.files ? { files: answer.files } : {}),
	};
	await interaction.editReply(edit);
}

interface FileAnswer {
	content: string;
	files?: AttachmentBuilder[];
}

function exportAnswer(target: ActionTarget, engine: Engine): FileAnswer {
	const outcome = exportFiles(engine, exportTarget(target));
	if (!outcome.ok) {
		return { content: outcome.problem ? (filterProblemReply(outcome.problem).content ?? '') : EXPIRED_BUTTON };
	}
	const { stem, rows, csv, json } = outcome.files;
	const [singular, plural] = ROW_NOUNS[target.of];
	if (rows === 0) return { content: `There are no ${plural} to export any more. Run the command again.` };
	const csvBytes = Buffer.from(csv, 'utf8');
	const jsonBytes = Buffer.from(json, 'utf8');
	if (csvBytes.length + jsonBytes.length > DISCORD_LIMITS.attachmentBytes) {
		return {
			content: `The export of ${rows} ${plural} is too large to attach here. The command line writes it in full: npm run --silent cli -- ${target.of} … --csv`,
		};
	}
	const counted = `${rows} ${rows === 1 ? singular : plural}`;
	return {
		content: `Exported ${counted}, with their citations: \`${stem}.csv\` (opens in a spreadsheet) and \`${stem}.json\`.`,
		files: [
			new AttachmentBuilder(csvBytes, { name: `${stem}.csv`, description: `${counted} as CSV` }),
			new AttachmentBuilder(jsonBytes, { name: `${stem}.json`, description: `${counted} as JSON` }),
		],
	};
}

async function chartAnswer(target: ActionTarget, engine: Engine): Promise<FileAnswer> {
	const chart = chartOf(target, engine);
	if (!chart) return { content: 'There is nothing to draw for this list any more. Run the command again.' };
	const { png } = await renderChart(chart.spec);
	return {
		content: chart.caption,
		files: [new AttachmentBuilder(png, { name: `${chart.stem}.png`, description: chart.caption })],
	};
}

/** The chart a list offers: a figure list's measure, the timeline; nothing for other lists. */
function chartOf(
	target: ActionTarget,
	engine: Engine,
): { spec: Parameters<typeof renderChart>[0]; stem: string; caption: string } | undefined {
	if (target.of === 'figure') {
		const chart = figureChart(engine, { query: target.state.q, country: target.state.c });
		if (!chart) return undefined;
		return {
			spec: figureChartSpec(chart),
			stem: `chart-${chart.measure}`,
			caption: `${chart.title}: ${chart.bars.length} figures, ${chart.axisUnit}, each with its source.`,
		};
	}
	if (target.of === 'timeline') {
		const chart = timelineChart(engine, target.state.c);
		if (!chart) return undefined;
		return {
			spec: timelineChartSpec(chart),
			stem: 'chart-timeline',
			caption: `${chart.title}: ${chart.entries.length} entries on a time axis, by country, each with its source.`,
		};
	}
	return undefined;
}

function exportTarget(target: ActionTarget): ExportTarget {
	switch (target.of) {
		case 'visit':
			return target;
		case 'ask':
			return target;
		default: {
			const { q, c, y, k, s } = target.state;
			return { of: target.of, filters: { query: q, country: c, year: y, kind: k, sector: s } };
		}
	}
}

function actionButton(action: 'export' | 'chart', target: ActionTarget): APIButtonComponent {
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Primary,
		label:
			action === 'chart'
				? ACTION_LABELS.chart
				: target.of === 'visit'
					? ACTION_LABELS.exportDocuments
					: ACTION_LABELS.export,
		custom_id: encodeActionId({ action, target }),
	};
}

function privately(answer: FileAnswer): ReplyPayload {
	return {
		content: answer.content,
		allowedMentions: NO_MENTIONS,
		flags: MessageFlags.Ephemeral,
		...(answer.files ? { files: answer.files } : {}),
	};
}
