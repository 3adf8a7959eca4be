/**
 * Draws a Vega-Lite spec as a PNG: Vega-Lite compiles it to Vega, Vega renders it headless to SVG, and resvg (its
 * binary ships inside the npm package) rasterises the SVG with the shipped DejaVu fonts only, never the system's.
 * The three libraries are loaded on the first chart, so neither the bot's start-up nor a CLI run without `--chart`
 * pays for them.
 */
import type { TopLevelSpec } from 'vega-lite';
import { packagePath } from '../packageRoot.js';
import { CHART_FONT, CHART_FONT_FILES, CHART_SCALE } from './chartStyle.js';

export interface RenderedChart {
	svg: string;
	png: Buffer;
	/** The PNG's size in pixels. */
	width: number;
	height: number;
	/** What Vega-Lite and Vega warned about while drawing it: none for a well-made spec. */
	warnings: string[];
}

/**
 * @param spec - a Vega-Lite spec with a fixed size
 * @returns the chart as SVG and as a PNG drawn at `CHART_SCALE` times the spec's size
 * @example
 * const { png } = await renderChart(figureChartSpec(chart)); // a PNG of 2 × width by 2 × height pixels
 */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
	const [{ compile }, vega, { Resvg }] = await Promise.all([
		import('vega-lite'),
		import('vega'),
		import('@resvg/resvg-js'),
	]);
	const { View, parse } = vega;
	measureTextAsDejaVu(vega);
	// Warnings (a dropped format, a conflicting domain) are kept, not printed: a chart with any is a bug to fix.
	const warnings: string[] = [];
	const logger = vega.logger(vega.Warn, undefined, (_method, _level, args) => {
		warnings.push(args.map(String).join(' '));
	});
	const view = new View(parse(compile(spec, { logger }).spec), { renderer: 'none', logger });
	// Drawing is CPU work in three long steps; between them other interactions (and a due deferral) get their turn.
	await yieldToEventLoop();
	const svg = await view.toSVG();
	view.finalize();
	await yieldToEventLoop();
	const image = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: CHART_SCALE },
		font: {
			fontFiles: CHART_FONT_FILES.map((file) => packagePath('assets', 'fonts', file)),
			loadSystemFonts: false,
			defaultFontFamily: CHART_FONT,
			sansSerifFamily: CHART_FONT,
		},
	}).render();
	return { svg, png: image.asPng(), width: image.width, height: image.height, warnings };
}

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

/** What Vega measures text with (`vega-scenegraph`'s `textMetrics`, which `vega` re-exports but does not type). */
interface TextMetrics {
	width(item: { fontSize?: number | string }, text?: string | number): number;
}

/**
 * Without a canvas Vega guesses a text's width as 0.8 em a character, far wider than DejaVu Sans: titles and axis
 * labels were laid out as if twice as long and the layout shifted off the image. Widths per kind of character, from
 * DejaVu Sans's advances, keep the layout where resvg then draws the text.
 */
function measureTextAsDejaVu(vega: object): void {
	const metrics = (vega as { textMetrics?: TextMetrics }).textMetrics;
	if (metrics) metrics.width = (item, text) => textWidth(String(text ?? ''), Number(item.fontSize ?? 11) || 11);
}

/**
 * @param text - one line
 * @param fontSize - in pixels
 * @returns its width in DejaVu Sans, estimated by character class (within a few per cent on the chart's labels)
 * @example
 * textWidth('Kazakhstan', 11); // 64
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const character of text.trim()) {
		if (/[ilIjtf.,:;'|!()[\]]/u.test(character)) ems += 0.32;
		else if (character === ' ') ems += 0.32;
		else if (/[mwMW]/u.test(character)) ems += 0.9;
		else if (/[A-Z–—]/u.test(character)) ems += 0.7;
		else ems += 0.6;
	}
	return Math.round(ems * fontSize);
}
