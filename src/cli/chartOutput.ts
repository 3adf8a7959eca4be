/**
 * `figure --chart out.png` and `timeline --chart out.png`: the list's chart, as the bot's Chart button draws it. Builds
 * and renders it; `main.ts` writes the file and prints its path.
 */
import { resolve } from 'node:path';
import { figureChart } from '../chart/figureChart.js';
import { figureChartSpec } from '../chart/figureChartSpec.js';
import { renderChart } from '../chart/renderChart.js';
import { timelineChart } from '../chart/timelineChart.js';
import { timelineChartSpec } from '../chart/timelineChartSpec.js';
import type { Engine } from '../engine/engine.js';
import type { CliCommand } from './parseCli.js';
import type { CliOutput } from './runCli.js';

/** The chart to write, and what to print once it is written. */
export interface ChartOutput {
	output: CliOutput;
	file?: { path: string; data: Buffer };
}

/**
 * @param command - `figure` or `timeline` with `--chart FILE`
 * @param engine - the engine
 * @returns the PNG and its absolute path, with a line naming the path, its size and what it shows; or why there is
 *   no chart (exit code 1: the list has fewer than two values to compare, or nothing at all)
 */
export async function chartOutput(command: CliCommand, engine: Engine): Promise<ChartOutput> {
	const path = resolve(command.chart ?? 'chart.png');
	const drawn = chartOf(command, engine);
	if (!drawn) {
		const why =
			command.name === 'figure'
				? 'no chart: the measure of the best matching figure has fewer than two values in one unit'
				: 'no chart: the timeline has no entries for these filters';
		return { output: { stdout: '', stderr: why, exitCode: 1 } };
	}
	const { png, width, height } = await renderChart(drawn.spec);
	return {
		output: { stdout: `${path}\n${drawn.caption} (${width} × ${height} px)`, stderr: '', exitCode: 0 },
		file: { path, data: png },
	};
}

function chartOf(
	command: CliCommand,
	engine: Engine,
): { spec: Parameters<typeof renderChart>[0]; caption: string } | undefined {
	if (command.name === 'figure') {
		const { query, country, year } = command;
		const chart = figureChart(engine, { query, country, year });
		return chart && { spec: figureChartSpec(chart), caption: `${chart.title}: ${chart.bars.length} figures` };
	}
	if (command.name === 'timeline') {
		const chart = timelineChart(engine, command.country);
		return chart && { spec: timelineChartSpec(chart), caption: `${chart.title}: ${chart.entries.length} entries` };
	}
	return undefined;
}
