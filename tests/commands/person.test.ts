/** /person through the router: a person by any spelling, a friendly miss, and names completed. */
import { MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../commands/person.js';
import { type CommandHarness, commandHarness, commandInput } from '../support/commandHarness.js';
import { fixtureAward, fixturePerson } from '../support/datasetFixture.js';

let bot: CommandHarness;

beforeAll(() => {
	bot = commandHarness({ awards: [fixtureAward()], people: [fixturePerson({ aliases: ['Guesto'] })] });
});

describe('/person', () => {
	it('finds a person by an alias and shows them in full, publicly, with mentions off', async () => {
		const payload = await bot.reply('person', { name: 'Guesto' });

		expect(payload.flags).toBeUndefined();
		expect(payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = payload.embeds ?? [];
		expect(embed?.title).toBe('Test Guest');
		expect(embed?.description).toBe('Test Guest: President of Turkmenistan. Received: Order of Friendship.');
		expect(embed?.fields).toContainEqual({ name: 'Also written', value: 'Guesto', inline: true });
		expect(embed?.footer?.text).toBe('Person');
	});

	it('says privately that no person matches, quoting the name, with people to try', async () => {
		const payload = await bot.reply('person', { name: 'Nobody Atall' });

		expect(payload.flags).toBe(MessageFlags.Ephemeral);
		expect(payload.content).toBe('No person matches `Nobody Atall`.\nDid you mean:\n• Test Guest');
	});

	it('looks up the id autocomplete sends as the value', () => {
		expect(execute(commandInput({ name: 'person-test-guest' }), bot.context).embeds[0]?.title).toBe('Test Guest');
	});

	it('completes the name with people, their ids as values', async () => {
		const choices = await bot.complete('person', 'name', 'te');
		expect(choices.map((choice) => choice.value)).toEqual(['person-test-guest']);
		expect(choices[0]?.name).toMatch(/^Test Guest\b/u);
	});
});
