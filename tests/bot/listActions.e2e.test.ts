/**
 * End to end: the real discord.js client against the Discord stand-in. A list's Export and Chart buttons are pressed
 * as Discord sends the press, and the files come back as Discord receives them: uploaded as multipart form data on
 * the interaction callback, with `payload_json` naming the attachments. The tests read the files themselves.
 */
import { parse } from 'csv-parse/sync';
import { InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHART_SCALE } from '../../src/chart/chartStyle.js';
import { EXPIRED_BUTTON } from '../../src/bot/messages.js';
import { encodeActionId } from '../../src/discord/actionIds.js';
import type { FakeDiscord, InteractionHandle, RecordedRequest } from '../support/fakeDiscord/index.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import { pngSize } from '../support/pngSize.js';
import {
	NO_MENTIONS,
	asArray,
	asObject,
	integerOption,
	isEphemeral,
	readCallback,
	readMessage,
	type SentCallback,
	stringOption,
	buttonId,
} from '../support/sentPayloads.js';

let bot: BotHarness;
let fake: FakeDiscord;

type InteractionPayload = Parameters<FakeDiscord['dispatchInteraction']>[0];

async function send(payload: InteractionPayload): Promise<{ handle: InteractionHandle; request: RecordedRequest }> {
	const handle = fake.dispatchInteraction(payload);
	return { handle, request: await fake.waitForCallback(handle, 15_000) };
}

/** The message a press finally brings: its callback, or the edit of @original after a deferral. */
async function pressed(customId: string, dm = false): Promise<{ message: SentCallback; request: RecordedRequest }> {
	const { handle, request } = await send(fake.button(customId, undefined, { dm }));
	const callback = readCallback(request);
	if (callback.type !== InteractionResponseType.DeferredChannelMessageWithSource) return { message: callback, request };
	const edit = await fake.waitForRequest(
		(candidate) => candidate.method === 'PATCH' && candidate.path === handle.originalMessagePath,
		15_000,
	);
	return { message: { ...callback, ...readMessage(edit.body) }, request: edit };
}

/** The uploaded file of that name: a part `files[n]` of the multipart body, declared as attachment n in `payload_json`. */
function uploaded(request: RecordedRequest, name: string): Buffer {
	expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/u);
	const index = request.files.findIndex((candidate) => candidate.name === name);
	const file = request.files[index];
	if (!file) throw new Error(`no file ${name} in ${JSON.stringify(request.files.map((candidate) => candidate.name))}`);
	expect(file.field).toBe(`files[${index}]`);
	const body = asObject(request.body, 'payload_json');
	const data = body.data === undefined ? body : asObject(body.data, 'callback data');
	const declared = asArray(data.attachments, 'attachments').map((raw) => asObject(raw, 'attachment').id);
	expect(declared).toContain(String(index));
	return file.data;
}

function csvRows(csv: Buffer): string[][] {
	return parse(csv, { bom: true }) as string[][];
}

beforeAll(async () => {
	bot = await startBot();
	({ fake } = bot);
});

afterEach(async () => {
	await bot.router.drain();
	expect(fake.unhandledRequests()).toEqual([]);
});

afterAll(async () => {
	await bot?.stop();
});

describe('the Export button', () => {
	it('attaches the whole agreement list, every page, as CSV and JSON, privately', async () => {
		const list = readCallback(
			(await send(fake.chatInput('agreement', [integerOption('year', 2021), stringOption('kind', 'memorandum')])))
				.request,
		);
		expect(list.embeds[0]?.footer).toMatch(/^Page 1 of [2-9]/u);
		const { message, request } = await pressed(buttonId(list, 'Export'));

		expect(isEphemeral(message)).toBe(true);
		expect(message.allowedMentions).toEqual(NO_MENTIONS);
		const total = bot.context.engine.agreements(undefined, { year: 2021, kind: 'memorandum' });
		if (!total.ok) throw new Error('the filters are valid');
		expect(message.content).toContain(`Exported ${total.total} documents`);

		const csv = uploaded(request, 'documents.csv');
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = csvRows(csv);
		expect(rows[0]?.slice(0, 4)).toEqual(['id', 'title', 'kind', 'date']);
		expect(rows[0]?.slice(-4)).toEqual(['outlet', 'published', 'source', 'quote']);
		expect(rows.slice(1).map((row) => row[0])).toEqual(total.results.map((answer) => answer.id));
		// Every one is cited from the nCa article of 26 October 2021, with one line per quote.
		for (const row of rows.slice(1)) {
			expect(row.slice(-4, -1)).toEqual(['nCa', '2021-10-26', '002_bb1a33c2bc12b1c8.txt']);
			expect(row.at(-1)?.split('\n')).toHaveLength(Number(row.at(-5)));
		}

		const json = asObject(JSON.parse(uploaded(request, 'documents.json').toString('utf8')), 'export json');
		expect(json).toMatchObject({ list: 'documents', query: { year: 2021, kind: 'memorandum' }, total: total.total });
		const first = asObject(asArray(json.rows, 'rows')[0], 'row');
		expect(asArray(first.citations, 'citations')[0]).toMatchObject({
			source: '002_bb1a33c2bc12b1c8.txt',
			outlet: 'nCa',
			published: '2021-10-26',
		});
	});

	it("attaches a visit's documents from /visit", async () => {
		const visit = readCallback(
			(await send(fake.chatInput('visit', [stringOption('which', 'visit-2021-ashgabat')]))).request,
		);
		const { request } = await pressed(buttonId(visit, 'Export documents'));
		const rows = csvRows(uploaded(request, 'visit-2021-ashgabat-documents.csv'));
		expect(rows).toHaveLength(1 + bot.context.engine.visitDocuments('visit-2021-ashgabat').length);
		expect(rows.slice(1).every((row) => row[8] === 'visit-2021-ashgabat')).toBe(true);
	});

	it("attaches an /ask result's answers, with their rank", async () => {
		const question = 'Which transport memoranda were signed in 2021?';
		const ask = readCallback((await send(fake.chatInput('ask', [stringOption('question', question)]))).request);
		const { request } = await pressed(buttonId(ask, 'Export'));
		const rows = csvRows(uploaded(request, 'answers.csv'));
		expect(rows[0]?.slice(0, 5)).toEqual(['rank', 'kind', 'id', 'title', 'text']);
		expect(rows.slice(1).map((row) => row[2])).toEqual(bot.context.engine.ask(question).answers.map((a) => a.id));
		const json = asObject(JSON.parse(uploaded(request, 'answers.json').toString('utf8')), 'export json');
		expect(json.query).toEqual({ question });
	});

	it('works in a DM, where there is no server', async () => {
		const list = readCallback(
			(await send(fake.chatInput('timeline', [stringOption('country', 'Türkiye')], { dm: true }))).request,
		);
		const { message, request } = await pressed(buttonId(list, 'Export'), true);
		expect(message.content).toContain('Exported');
		expect(
			csvRows(uploaded(request, 'timeline.csv'))
				.slice(1)
				.map((row) => row[0]),
		).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('answers a tampered or forgotten export button with the expired-button message', async () => {
		for (const customId of ['ex:agreement:99::::', 'ex:k:AAAAAAAAAAAAAAAAAAAAAA', 'ex:visit:Not An Id']) {
			const { message, request } = await pressed(customId);
			expect([message.content, isEphemeral(message), request.files]).toEqual([EXPIRED_BUTTON, true, []]);
		}
	});
});

describe('the lookups in a DM', () => {
	it.each([
		['agreement', [stringOption('query', 'border regime')]],
		['visit', [stringOption('which', 'Ankara')]],
		['figure', [stringOption('query', 'investments')]],
		['person', [stringOption('name', 'Tokaev')]],
		['proposal', [stringOption('which', 'Garabogaz bridge')]],
		['ask', [stringOption('question', 'How many documents were signed in Ashgabat?')]],
		['timeline', []],
		['fact', []],
		['sources', []],
		['help', []],
	] as const)('/%s answers with its embed', async (name, options) => {
		const callback = readCallback((await send(fake.chatInput(name, [...options], { dm: true }))).request);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(callback.embeds.length).toBeGreaterThan(0);
	});

	it('/daily refuses politely: daily posts belong to a server', async () => {
		const callback = readCallback(
			(await send(fake.chatInput('daily', [{ name: 'status', type: 1 }], { dm: true }))).request,
		);
		expect([callback.content, isEphemeral(callback)]).toEqual([
			'Daily posts are set per server: run this in a server.',
			true,
		]);
	});
});

describe('the Chart button', () => {
	it("attaches a PNG of a figure query's measure, drawn at the chart's size", async () => {
		const figure = readCallback(
			(await send(fake.chatInput('figure', [stringOption('query', 'trade turnover')]))).request,
		);
		const { message, request } = await pressed(buttonId(figure, 'Chart'));
		expect(message.content).toMatch(/^Trade turnover against its target: 4 figures, billion USD/u);
		const png = uploaded(request, 'chart-trade-turnover.png');
		const size = pngSize(png);
		expect(size.width % CHART_SCALE).toBe(0);
		expect(size).toEqual({ width: size.width, height: 560 * CHART_SCALE });
	});

	it('attaches a PNG of the timeline', async () => {
		const timeline = readCallback((await send(fake.chatInput('timeline'))).request);
		const { request } = await pressed(buttonId(timeline, 'Chart'));
		expect(pngSize(uploaded(request, 'chart-timeline.png')).width).toBe(1100 * CHART_SCALE);
	});

	it('is not offered for a list without a chart, and a chart button of such a list says so', async () => {
		const agreement = readCallback((await send(fake.chatInput('agreement', [integerOption('year', 2025)]))).request);
		expect(agreement.buttons.some((button) => button.label.startsWith('Chart'))).toBe(false);
		const { message } = await pressed(encodeActionId({ action: 'chart', target: { of: 'agreement', state: {} } }));
		expect(message.content).toBe('There is nothing to draw for this list any more. Run the command again.');
	});
});

describe('a chart that takes longer than the deferral threshold', () => {
	it('is acknowledged first (type 5, private), then edited in as a multipart PATCH of @original', async () => {
		const slow = await startBot({ deferAfterMs: 0 });
		try {
			const handle = slow.fake.dispatchInteraction(slow.fake.chatInput('timeline'));
			const list = readCallback(await slow.fake.waitForCallback(handle));
			const press = slow.fake.dispatchInteraction(slow.fake.button(buttonId(list, 'Chart')));
			const callback = readCallback(await slow.fake.waitForCallback(press));
			expect([callback.type, isEphemeral(callback)]).toEqual([
				InteractionResponseType.DeferredChannelMessageWithSource,
				true,
			]);
			const edit = await slow.fake.waitForRequest(
				(request) => request.method === 'PATCH' && request.path === press.originalMessagePath,
				15_000,
			);
			expect(pngSize(uploaded(edit, 'chart-timeline.png')).width).toBe(1100 * CHART_SCALE);
		} finally {
			await slow.stop();
		}
	});
});
