import { beforeAll, describe, expect, it } from 'vitest';
import { data, execute } from '../../commands/check.js';
import type { CommandContext } from '../../src/bot/command.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

let context: CommandContext;
beforeAll(async () => {
	context = { engine: new Engine(await loadDataset()), logger: createLogger('silent'), now: () => new Date() };
});

function run(text: string) {
	return execute({ options: new Map([['text', text]]), userId: '1', guildId: null, canManageGuild: false }, context);
}

describe('/check', () => {
	it('takes the text as a required option of up to 4,000 characters', () => {
		expect(data.toJSON().options).toEqual([
			expect.objectContaining({ name: 'text', required: true, max_length: 4000 }),
		]);
	});

	it('answers privately with the text’s claims checked', () => {
		const reply = run('25 documents were signed in Ashgabat.');
		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds[0]?.fields?.[0]?.name).toBe('❌ Contradicted: “25 documents were signed in Ashgabat.”');
	});

	it('says there is nothing to check in blank text', () => {
		expect(run('   ').embeds[0]?.description).toBe('This message has no text to check.');
	});
});
