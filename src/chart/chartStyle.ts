/**
 * What every chart shares: the shipped font (so a chart looks the same on every machine, with no system font), the
 * size it is drawn at, and Vega-Lite's configuration. Labels are wrapped here, never cut: a chart hides no word.
 */
import type { Config } from 'vega-lite';

/** The family of `assets/fonts/DejaVuSans*.ttf`, the only fonts the renderer loads. */
export const CHART_FONT = 'DejaVu Sans';
/** The font files, inside the package. */
export const CHART_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const;

/** The PNG is drawn at twice the chart's size, for sharp text on high-density screens. */
export const CHART_SCALE = 2;
/** Outer margin, inside the chart's size (autosize "fit" with the padding contained). */
export const CHART_PADDING = 16;

export const CHART_CONFIG: Config = {
	font: CHART_FONT,
	background: 'white',
	title: { fontSize: 16, subtitleFontSize: 12, subtitleColor: '#4b5563', anchor: 'start', offset: 12 },
	axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0, labelOverlap: false },
	legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', labelLimit: 0 },
	view: { stroke: null },
};

/**
 * @param text - a label
 * @param width - the most characters on one line
 * @returns the label's lines, broken between words (a word longer than a line stands alone on its line)
 * @example
 * wrapWords('Kazakhstan–Türkiye bilateral trade turnover', 20); // ['Kazakhstan–Türkiye', 'bilateral trade', 'turnover']
 */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/u).filter((part) => part !== '')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
