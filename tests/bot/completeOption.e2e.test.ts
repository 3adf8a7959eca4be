/**
 * End to end: autocomplete through the real discord.js client against the local Discord stand-in, asserting on the
 * choices the bot sends (the payload Discord would show): names that tell documents apart and show the word typed,
 * fixed lists ranked in full, an integer option's choices as numbers.
 */
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Sector } from '../../src/data/schema.js';
import { normaliseTerms } from '../../src/engine/normalise.js';
import { type BotHarness, startBot } from '../support/botHarness.js';
import type { FakeDiscord } from '../support/fakeDiscord/index.js';
import { asObject, readCallback, type SentCallback, stringOption } from '../support/sentPayloads.js';

let bot: BotHarness;
let fake: FakeDiscord;

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

type Options = Parameters<FakeDiscord['autocomplete']>[1];

/** Sends an autocomplete interaction and reads the callback the bot answers it with. */
async function complete(command: string, options: Options): Promise<{ callback: SentCallback; body: unknown }> {
	const handle = fake.dispatchInteraction(fake.autocomplete(command, options));
	const request = await fake.waitForCallback(handle);
	const callback = readCallback(request);
	expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
	return { callback, body: request.body };
}

function expectDistinctNamesShowing(callback: SentCallback, word: string): void {
	const names = callback.choices.map((choice) => choice.name);
	expect(names.length).toBeGreaterThan(0);
	expect(names.length).toBeLessThanOrEqual(25);
	expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
	for (const name of names) {
		expect(name.length).toBeLessThanOrEqual(100);
		expect(
			normaliseTerms(name).some((term) => term.startsWith(word)),
			`"${name}" shows "${word}"`,
		).toBe(true);
	}
}

describe('/agreement query autocomplete', () => {
	it('names the veterinary memorandum for "vet" by what it is about and who signed it', async () => {
		const { callback } = await complete('agreement', [stringOption('query', 'vet', true)]);
		expect(callback.choices).toEqual([
			{ name: '2025 · MoU · veterinary medicine · agriculture ministries', value: 'doc-2025-veterinary' },
		]);
	});

	it.each(['transport', 'agriculture', 'bord'])('offers distinct names that show "%s"', async (word) => {
		const { callback } = await complete('agreement', [stringOption('query', word, true)]);
		expectDistinctNamesShowing(callback, word);
	});

	it('tells the two 2021 transport memoranda of the same ministries apart', async () => {
		const { callback } = await complete('agreement', [stringOption('query', 'transport', true)]);
		const byValue = new Map(callback.choices.map((choice) => [choice.value, choice.name]));
		expect(byValue.get('doc-2021-international-road-transport')).toMatch(/^2021 · MoU · international road transport/u);
		expect(byValue.get('doc-2021-transport-transit')).toMatch(/^2021 · MoU · transportation and transit/u);
	});
});

describe('fixed-list autocomplete', () => {
	it('offers the 25 sectors of the most records for an empty sector, every one of them a real sector', async () => {
		const { callback } = await complete('agreement', [stringOption('sector', '', true)]);
		expect(callback.choices.length).toBe(25);
		const sectors: readonly string[] = Sector.options;
		for (const choice of callback.choices) expect(sectors).toContain(choice.value);
	});

	it('reaches a sector beyond the first 25 by typing it', async () => {
		const { callback: first } = await complete('agreement', [stringOption('sector', '', true)]);
		const hidden = Sector.options.find((sector) => !first.choices.some((choice) => choice.value === sector));
		expect(hidden).toBeDefined();
		const { callback } = await complete('agreement', [stringOption('sector', hidden ?? '', true)]);
		expect(callback.choices[0]?.value).toBe(hidden);
	});

	it("offers the records' years for the integer year option, sent as numbers", async () => {
		const { body } = await complete('agreement', [
			{ name: 'year', type: ApplicationCommandOptionType.Integer, value: '202', focused: true },
		]);
		const choices = asObject(asObject(body, 'callback').data, 'callback data').choices;
		expect(Array.isArray(choices)).toBe(true);
		const sent = (choices as unknown[]).map((choice) => asObject(choice, 'choice'));
		expect(sent[0]).toEqual({ name: '2025', value: 2025 });
		for (const choice of sent) expect(typeof choice.value).toBe('number');
	});
});
