import { describe, expect, it } from 'vitest';
import { noticeText } from '../../src/render/noticeText.js';

const ashgabat = { id: 'visit-a', city: 'Ashgabat', date: { iso: '2021-10-25', precision: 'day' as const } };
const astana = { id: 'visit-b', city: 'Astana', date: { iso: '2025-11-24', precision: 'day' as const } };
const ankara = { id: 'visit-c', city: 'Ankara', date: { iso: '2025-07-29', precision: 'day' as const } };

describe('noticeText', () => {
	it('says which names the sources do not mention', () => {
		expect(noticeText({ kind: 'not-in-sources', words: ['Uzbekistan'] })).toBe(
			'The sources do not mention Uzbekistan.',
		);
		expect(noticeText({ kind: 'not-in-sources', words: ['Putin', 'Xi'] })).toBe(
			'The sources do not mention Putin or Xi.',
		);
	});

	it('says which leaders no award involves', () => {
		expect(noticeText({ kind: 'no-award', names: ['Recep Tayyip Erdoğan', 'Serdar Berdimuhamedov'] })).toBe(
			'The sources record no award involving Recep Tayyip Erdoğan and Serdar Berdimuhamedov.',
		);
	});

	it('names the award the question meant, as the sources record it', () => {
		expect(
			noticeText({
				kind: 'no-award',
				names: ['Serdar Berdimuhamedov'],
				recorded: [{ award: 'Bitaraplyk', giver: 'Gurbanguly Berdimuhamedov', recipient: 'Kassym-Jomart Tokayev' }],
			}),
		).toBe(
			'The sources record no such award to or from Serdar Berdimuhamedov; they record the Bitaraplyk given by Gurbanguly Berdimuhamedov to Kassym-Jomart Tokayev.',
		);
	});

	it('names the measure none of the closest matches gives', () => {
		expect(noticeText({ kind: 'no-measure', measures: ['money'] })).toBe(
			'The sources give no cost, price or sum for this; the closest matches are below.',
		);
		expect(noticeText({ kind: 'no-measure', measures: ['mass', 'volume'] })).toBe(
			'The sources give no weight in tonnes or volume for this; the closest matches are below.',
		);
	});

	it('names the ordinal the sources hold, the countries a figure is about, and meetings without documents', () => {
		expect(noticeText({ kind: 'other-ordinal', asked: 4, found: 5, title: 'Fifth meeting of the Council' })).toBe(
			'The sources report the fifth (“Fifth meeting of the Council”), not the fourth.',
		);
		expect(
			noticeText({
				kind: 'other-countries',
				title: 'Turkish companies operating in Kazakhstan',
				countries: ['Kazakhstan', 'Türkiye'],
				missing: ['Turkmenistan'],
			}),
		).toBe(
			'The closest figure, “Turkish companies operating in Kazakhstan”, is about Kazakhstan and Türkiye; the sources give none of it for Turkmenistan.',
		);
		expect(noticeText({ kind: 'no-documents', meetings: [astana] })).toBe(
			'The sources neither list nor count the documents signed at the meeting in Astana, 24 November 2025.',
		);
	});

	it('corrects where the question says a thing was held', () => {
		expect(
			noticeText({ kind: 'held-elsewhere', title: 'Sixth Caspian Summit', places: ['Ashgabat'], asked: ['Astana'] }),
		).toBe('The sources place “Sixth Caspian Summit” in Ashgabat, not in Astana.');
	});

	it('says which way the closest figure runs between the two countries', () => {
		expect(
			noticeText({
				kind: 'other-direction',
				title: 'Companies with Turkmen capital operating in Kazakhstan',
				from: 'Turkmenistan',
				to: 'Kazakhstan',
			}),
		).toBe(
			'The closest figure, “Companies with Turkmen capital operating in Kazakhstan”, runs from Turkmenistan to Kazakhstan; the sources give none of it from Kazakhstan to Turkmenistan.',
		);
	});

	it('names the period of the closest figure and the proposal never followed up', () => {
		expect(noticeText({ kind: 'other-period', title: 'Trade growth', period: '2021', asked: [2020] })).toBe(
			'The closest figure, “Trade growth”, is for 2021; the sources give none of it for 2020.',
		);
		expect(noticeText({ kind: 'no-follow-up', title: 'Annual interregional forums' })).toBe(
			'The sources record “Annual interregional forums” but not what became of it.',
		);
	});

	it('says how many documents a source states beside how many it names', () => {
		expect(noticeText({ kind: 'not-listed', meeting: ankara, stated: 18, listed: 1 })).toBe(
			'The source states 18 documents signed at the meeting in Ankara, 29 July 2025, but names only 1 of them.',
		);
	});

	it('corrects the meeting a record belongs to', () => {
		expect(
			noticeText({ kind: 'elsewhere', title: 'Jusan Mobile memorandum', meeting: ashgabat, asked: [astana] }),
		).toBe(
			'The sources place “Jusan Mobile memorandum” at the meeting in Ashgabat, 25 October 2021, not at the one in Astana, 24 November 2025.',
		);
	});

	it('corrects a scope from what the sources hold for each part', () => {
		const text = noticeText({
			kind: 'scope-conflict',
			parts: [
				{ kind: 'year', values: [2025], visits: ['visit-c', 'visit-b'], meetings: [ankara, astana] },
				{ kind: 'city', values: ['ashgabat'], visits: ['visit-a'], meetings: [ashgabat] },
			],
		});
		expect(text).toBe(
			'No meeting in the sources matches all of that: in 2025 the meetings were in Ankara, 29 July 2025 and Astana, 24 November 2025; the meeting in Ashgabat was on 25 October 2021.',
		);
	});

	it('corrects a meeting named by its title and placed in another city', () => {
		const text = noticeText({
			kind: 'scope-conflict',
			parts: [
				{ kind: 'city', values: ['astana'], visits: ['visit-b'], meetings: [astana] },
				{ kind: 'meeting', values: ['visit-c'], visits: ['visit-c'], meetings: [ankara] },
			],
		});
		expect(text).toBe(
			'No meeting in the sources matches all of that: the meeting in Astana was on 24 November 2025; the meeting named by its title was in Ankara, 29 July 2025.',
		);
	});

	it('says a part once when two parts name the same meetings, and names leaders', () => {
		const text = noticeText({
			kind: 'scope-conflict',
			parts: [
				{ kind: 'year', values: [2021], visits: ['visit-a'], meetings: [ashgabat] },
				{ kind: 'city', values: ['ashgabat'], visits: ['visit-a'], meetings: [ashgabat] },
				{
					kind: 'leader',
					values: ['person-x'],
					names: ['Serdar Berdimuhamedov'],
					visits: ['visit-b'],
					meetings: [astana],
				},
			],
		});
		expect(text).toBe(
			'No meeting in the sources matches all of that: in 2021 the meeting was in Ashgabat, 25 October 2021; the sources name Serdar Berdimuhamedov at the meeting in Astana, 24 November 2025.',
		);
	});
});
