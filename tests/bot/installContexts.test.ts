import { ApplicationIntegrationType, InteractionContextType, REST } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { ANYWHERE, SERVER_ONLY } from '../../src/bot/installContexts.js';
import { deployCommands } from '../../src/deploy.js';
import { APP_ID, FakeDiscord } from '../support/fakeDiscord/index.js';

const registered = [...loadCommands()].map(([name, command]) => [name, command.data.toJSON()] as const);

describe('where commands can be installed and used', () => {
	it('installs the lookups to a server or to a user, for servers, DMs with the bot and group DMs', () => {
		expect([...ANYWHERE.integrationTypes]).toEqual([
			ApplicationIntegrationType.GuildInstall,
			ApplicationIntegrationType.UserInstall,
		]);
		expect([...ANYWHERE.contexts]).toEqual([
			InteractionContextType.Guild,
			InteractionContextType.BotDM,
			InteractionContextType.PrivateChannel,
		]);
	});

	it.each(registered.filter(([name]) => name !== 'daily'))('registers /%s to be used anywhere', (_name, json) => {
		expect([json.integration_types, json.contexts]).toEqual([[...ANYWHERE.integrationTypes], [...ANYWHERE.contexts]]);
	});

	it('keeps /daily to servers: installed with the bot to a server, used in a server', () => {
		const daily = registered.find(([name]) => name === 'daily')?.[1];
		expect([daily?.integration_types, daily?.contexts]).toEqual([
			[...SERVER_ONLY.integrationTypes],
			[...SERVER_ONLY.contexts],
		]);
	});
});

describe('npm run deploy', () => {
	it('registers each command globally with where it can be installed and used, and names the user-installable ones', async () => {
		const fake = await FakeDiscord.start();
		try {
			const rest = new REST({ api: fake.apiUrl }).setToken('fake-token');
			const result = await deployCommands(rest, APP_ID, undefined);
			const stored = new Map(fake.registeredCommands().map((command) => [command.name, command]));
			expect(stored.get('figure')).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
			expect(stored.get('daily')).toMatchObject({ integration_types: [0], contexts: [0] });
			// Every lookup and the message command install to a user; /daily stays in servers.
			expect(result.userInstallable).toEqual([
				...registered.map(([name]) => name).filter((name) => name !== 'daily'),
				'Check against sources',
			]);
		} finally {
			await fake.close();
		}
	});
});
