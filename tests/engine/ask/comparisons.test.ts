import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { ComparisonAnswer } from '../../../src/engine/answer.js';
import { Engine } from '../../../src/engine/engine.js';

let engine: Engine;

beforeAll(async () => {
	engine = new Engine(await loadDataset());
});

function comparisonOf(question: string): ComparisonAnswer | undefined {
	const [first] = engine.ask(question).answers;
	return first?.kind === 'comparison' ? first : undefined;
}

describe('comparisons', () => {
	it('set the values of one measure side by side, first, each with its citations', () => {
		const comparison = comparisonOf(
			"Does Türkiye take a bigger share of Kazakhstan's grain exports or of its cotton exports?",
		);
		expect(comparison).toBeDefined();
		const labels = comparison?.sides.map((side) => side.record.label).join(' | ') ?? '';
		expect(labels).toMatch(/grain/u);
		expect(labels).toMatch(/cotton/u);
		expect(new Set(comparison?.sides.map((side) => side.record.metric)).size).toBe(1);
		for (const side of comparison?.sides ?? [])
			expect(comparison?.citations).toEqual(expect.arrayContaining([...side.citations]));
	});

	it('compare the measure asked for: values for "worth more", not the counts of items offered', () => {
		const comparison = comparisonOf(
			"Which of Tokayev's export offers was worth more: the 60 commodity items for Turkmenistan, or the 34 product categories for the Turkish market?",
		);
		expect(comparison?.sides.map((side) => side.record.unit)).toEqual(['USD', 'USD']);
		const largest = comparison?.sides.find((side) => side.id === comparison.largest);
		expect(largest?.record.value).toBe(Math.max(...(comparison?.sides.map((side) => side.record.value) ?? [])));
	});

	it('are not built for a question asking which of two things holds, which asks for no measure', () => {
		expect(
			comparisonOf(
				'Is the Kazakhstan–Turkmenistan–Iran railway part of the North–South corridor or the East–West one?',
			),
		).toBeUndefined();
		// The same "or" with a measure asked compares figures.
		expect(comparisonOf('What share of Kazakh grain or cotton exports goes to Türkiye?')).toBeDefined();
	});

	it('compare values reached unless the question asks about goals, and goals when it does', () => {
		const reached = comparisonOf('Is Kazakhstan’s trade with Türkiye or with Turkmenistan larger?');
		expect(reached?.sides.map((side) => side.record.metric)).toEqual(['trade-turnover', 'trade-turnover']);
		const goals = comparisonOf(
			'Contrast the bilateral turnover goal voiced in Ankara with the one Astana and Ashgabat agreed on in Nov 2025.',
		);
		expect(goals?.sides.map((side) => side.record.metric)).toEqual(['trade-turnover-target', 'trade-turnover-target']);
	});

	it('name the largest side when the question asks which and the units agree', () => {
		const comparison = comparisonOf('grain vs gluten - which share of kazakh exports going to turkey is higher?');
		const largest = comparison?.sides.find((side) => side.id === comparison.largest);
		expect(largest).toBeDefined();
		const values = comparison?.sides.map((side) => side.record.value) ?? [];
		expect(largest?.record.value).toBe(Math.max(...values));
	});

	it('do not show a side again on its own', () => {
		const { answers } = engine.ask('grain vs gluten - which share of kazakh exports going to turkey is higher?');
		const sides = new Set(answers[0]?.kind === 'comparison' ? answers[0].sides.map((side) => side.id) : []);
		expect(answers.slice(1).some((answer) => sides.has(answer.id))).toBe(false);
	});

	it('set one figure of the measure for each country compared, though the best answers hold only one', () => {
		const comparison = comparisonOf(
			"Is Kazakhstan's trade with Türkiye bigger or smaller than its trade with Turkmenistan, going by these articles?",
		);
		const sides = comparison?.sides ?? [];
		expect(sides.map((side) => side.record.countries)).toEqual([
			expect.arrayContaining(['Türkiye']),
			expect.arrayContaining(['Turkmenistan']),
		]);
		expect(new Set(sides.map((side) => side.record.metric)).size).toBe(1);
		expect(sides.find((side) => side.id === comparison?.largest)?.record.countries).toContain('Türkiye');
	});

	it('set the figures of two years a question names side by side, though it has no word of comparing', () => {
		const comparison = comparisonOf('What trade growth did Tokayev cite in 2021, and what growth was cited in 2025?');
		expect(comparison?.sides.map((side) => side.id)).toEqual(
			expect.arrayContaining(['fig-2021-trade-growth', 'fig-2025-trade-growth-fourfold']),
		);
	});

	it('set side by side for the years named only figures of two of those years', () => {
		// The freight figures are both of 2025: no comparison across the years asked about.
		const comparison = comparisonOf(
			'Kazakhstan–Turkmenistan–Iran railway: what task was set for it in 2021, and what freight result was reported in 2025?',
		);
		expect(comparison).toBeUndefined();
	});

	it('are not built for a question that does not compare, nor when no figure leads', () => {
		expect(
			comparisonOf('Besides wheat, which Kazakh products could be exported more to Turkmenistan?'),
		).toBeUndefined();
		expect(comparisonOf('Which memoranda or agreements on transport were signed in 2021?')).toBeUndefined();
	});
});
