/**
 * The words a chart is labelled with, one table, so a label is changed in one place. Dates come from
 * `src/text/format.ts` and "outlet not named" from `src/render/phrases.ts`, as every answer writes them.
 */
export const CHART_WORDS = {
	/** The title of a figure chart: the measure, and "against its target" when targets are drawn beside it. */
	figureTitle: (measure: string, withTarget: boolean): string =>
		`${measure.charAt(0).toUpperCase()}${measure.slice(1)}${withTarget ? ' against its target' : ''}`,
	figureSubtitle: (count: number, axisUnit: string): string =>
		`${count} figures in ${axisUnit}, each labelled as its source states it (qualifiers kept); the source under each bar`,
	/** A target series, beside the measure it is a target for. */
	target: 'target',
	/** When a figure holds, where the source gives no period: the month of the meeting it was stated at. */
	statedIn: (when: string): string => `stated ${when}`,
	seriesLegend: 'Measure',
	countriesLegend: 'Countries',
	timelineTitle: (country: string | undefined): string => `Visits and signings${country ? ` · ${country}` : ''}`,
	timelineSubtitle:
		'By the countries taking part; a bar spans a date the sources give only to the month or the year; the source under each entry',
	visit: 'visit',
	signing: 'signing outside a visit',
	kindLegend: 'Entry',
	documentsListed: (count: number): string => `${count} document${count === 1 ? '' : 's'} listed`,
	/** A document on the timeline: its kind, as a label ("Treaty", "UN resolution"). */
	documentKind: (kind: string): string =>
		kind === 'un-resolution' ? 'UN resolution' : `${kind.charAt(0).toUpperCase()}${kind.slice(1).replace(/-/gu, ' ')}`,
	/** Before the source under a bar or a point. */
	source: (label: string): string => `Source: ${label}`,
	/** A lane for documents whose parties name no country (UN texts). */
	noCountry: 'no country named',
} as const;
