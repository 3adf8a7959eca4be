import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/render/checkReply.js';
import { embedLength } from '../../src/render/fitEmbed.js';
import type { RenderedCheck, RenderedVerdict } from '../../src/render/verdictProse.js';

function verdict(overrides: Partial<RenderedVerdict> = {}): RenderedVerdict {
	return {
		verdict: 'contradicted',
		label: 'Contradicted',
		mark: '❌',
		kind: 'count',
		claim: '25 documents were signed in Ashgabat.',
		checked: '25 documents',
		explanation: 'The sources list 20 documents signed at the visit, not 25.',
		citations: [{ outlet: 'nCa', date: '26 October 2021', source: '002.txt', title: 'T', quote: 'A quote.' }],
		...overrides,
	};
}

const check = (verdicts: RenderedVerdict[]): RenderedCheck => ({
	summary: `${verdicts.length} claims checked.`,
	verdicts,
});

describe('checkReply', () => {
	it('answers privately with one embed: the summary, and a field per claim with its quotes, outlet and date', () => {
		const reply = checkReply(check([verdict()]));
		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds).toEqual([
			{
				title: 'Checked against the sources',
				description: '1 claims checked.',
				color: 0xdc2626,
				fields: [
					{
						name: '❌ Contradicted: “25 documents were signed in Ashgabat.”',
						value:
							'The sources list 20 documents signed at the visit, not 25.\n> A quote.\n— nCa, 26 October 2021 · 002.txt',
					},
				],
			},
		]);
	});

	it('escapes the claim’s words, in its name and in the explanation that echoes them', () => {
		const [field] =
			checkReply(check([verdict({ claim: '**@everyone** signed 25', explanation: 'Not 25 **@everyone**.' })])).embeds[0]
				?.fields ?? [];
		expect(field?.name).toBe('❌ Contradicted: “\\*\\*@\u200beveryone\\*\\* signed 25”');
		expect(field?.value.startsWith('Not 25 \\*\\*@\u200beveryone\\*\\*.')).toBe(true);
	});

	it('says how many quotes it leaves out', () => {
		const citation = { outlet: 'nCa', date: 'd', source: 's', title: 't', quote: 'q' };
		const [field] =
			checkReply(check([verdict({ citations: [citation, citation, citation, citation] })])).embeds[0]?.fields ?? [];
		expect(field?.value.endsWith('(2 more quotes in the sources)')).toBe(true);
	});

	it('keeps within Discord’s limits and says how many claims it shows of how many when they do not all fit', () => {
		const long = 'x'.repeat(900);
		const verdicts = Array.from({ length: 40 }, (_, index) =>
			verdict({
				claim: `${index} ${long}`,
				explanation: long,
				citations: [{ outlet: 'o', date: 'd', source: 's', title: 't', quote: long }],
			}),
		);
		const [embed] = checkReply(check(verdicts)).embeds;
		const shown = embed?.fields?.length ?? 0;
		expect(embed && embedLength(embed)).toBeLessThanOrEqual(6000);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(40);
		expect(embed?.description).toBe(
			`40 claims checked.\n\nShowing the first ${shown} of 40 claims; ${40 - shown} more did not fit. Check a shorter passage with /check to see them.`,
		);
	});

	it('colours the reply by its worst verdict', () => {
		expect(
			[
				[verdict({ verdict: 'supported' })],
				[verdict({ verdict: 'supported' }), verdict({ verdict: 'not-in-sources' })],
				[],
			].map((verdicts) => checkReply(check(verdicts)).embeds[0]?.color),
		).toEqual([0x15803d, 0xd97706, 0x6b7280]);
	});
});
