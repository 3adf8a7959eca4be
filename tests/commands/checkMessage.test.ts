import { ApplicationCommandType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { data, execute } from '../../commands/checkMessage.js';
import type { CommandContext } from '../../src/bot/command.js';
import { loadDataset } from '../../src/data/loadDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';

let context: CommandContext;
beforeAll(async () => {
	context = { engine: new Engine(await loadDataset()), logger: createLogger('silent'), now: () => new Date() };
});

describe('Apps → Check against sources', () => {
	it('is a message command named for the Apps menu', () => {
		expect(data.toJSON()).toMatchObject({ name: 'Check against sources', type: ApplicationCommandType.Message });
	});

	it('checks the message it was used on, privately', () => {
		const reply = execute(
			{
				message: { id: '1', content: 'Serdar Berdimuhamedov received the Order of the Golden Eagle.' },
				userId: '1',
				guildId: null,
			},
			context,
		);
		expect([reply.ephemeral, reply.embeds[0]?.fields?.[0]?.name]).toEqual([
			true,
			'✅ Supported: “Serdar Berdimuhamedov received the Order of the Golden Eagle.”',
		]);
	});
});
