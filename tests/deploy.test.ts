/**
 * Registering the slash commands: `deployCommands` with its REST calls mocked (the route and the body it sends), and
 * `npm run deploy`'s script once against the Discord stand-in and once without a token.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandRegistrations, loadMessageCommands } from '../commands/index.js';
import { deployCommands } from '../src/deploy.js';
import { FakeDiscord, GUILD_ID } from './support/fakeDiscord/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const APPLICATION = '1300000000000000001';
const GUILD = '1300000000000000002';
/** Shaped like a bot token (three dot-separated parts), as the configuration requires. */
const TOKEN = `${'a'.repeat(24)}.bbbbbb.${'c'.repeat(27)}`;

/** Every registration, slash commands first, then the message commands. */
const bodies = commandRegistrations();
const messageCommands = new Set(loadMessageCommands().keys());

/** A REST client whose PUT answers with the commands it was sent (or `registered`), recording each call. */
function mockedRest(registered?: { name: string }[]) {
	const rest = new REST().setToken(TOKEN);
	const put = vi.spyOn(rest, 'put').mockImplementation(async (_route, options) => {
		const sent = (options?.body ?? []) as { name: string }[];
		return (registered ?? sent) as RESTPutAPIApplicationCommandsResult;
	});
	const get = vi.spyOn(rest, 'get').mockResolvedValue({ id: APPLICATION });
	return { rest, put, get };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('deployCommands', () => {
	it("puts every command's JSON, in the list's order, to one server's commands when a server is given", async () => {
		const { rest, put, get } = mockedRest();

		const result = await deployCommands(rest, APPLICATION, GUILD);

		expect(get).not.toHaveBeenCalled();
		expect(put).toHaveBeenCalledTimes(1);
		expect(put).toHaveBeenCalledWith(`/applications/${APPLICATION}/guilds/${GUILD}/commands`, { body: bodies });
		expect([result.names, result.scope]).toEqual([bodies.map((body) => body.name), `server ${GUILD}`]);
	});

	it('puts them to the global commands without a server', async () => {
		const { rest, put } = mockedRest();

		const result = await deployCommands(rest, APPLICATION, undefined);

		expect(put).toHaveBeenCalledWith(`/applications/${APPLICATION}/commands`, { body: bodies });
		expect(result.scope).toBe('all servers (global)');
	});

	it('asks Discord for the application id when none is configured', async () => {
		const { rest, put, get } = mockedRest();

		await deployCommands(rest, undefined, undefined);

		expect(get).toHaveBeenCalledWith('/applications/@me');
		expect(put).toHaveBeenCalledWith(`/applications/${APPLICATION}/commands`, { body: bodies });
	});

	it('reports the names Discord registered, not the ones it was sent', async () => {
		const { rest } = mockedRest([{ name: 'help' }]);

		expect((await deployCommands(rest, APPLICATION, GUILD)).names).toEqual(['help']);
	});
});

/** `src/deploy.ts` run as `npm run deploy` runs it (through tsx), with only the environment given. */
async function deploy(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], {
			cwd: ROOT,
			env: { PATH: process.env.PATH ?? '', ...env },
			timeout: 15_000,
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
	}
}

describe('npm run deploy', () => {
	it('registers the commands to the configured server and says which', async () => {
		const fake = await FakeDiscord.start();
		try {
			const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: GUILD_ID });

			expect(result).toEqual({
				code: 0,
				stdout: `Registered ${bodies.length} commands to server ${GUILD_ID}: ${bodies
					.map((body) => (messageCommands.has(body.name) ? `Apps → ${body.name}` : `/${body.name}`))
					.join(', ')}\n`,
				stderr: '',
			});
			expect(fake.registeredCommands(GUILD_ID).map((command) => command.name)).toEqual(bodies.map((body) => body.name));
		} finally {
			await fake.close();
		}
	});

	it('refuses to run without a token, saying where to put one, and exits 1', async () => {
		expect(await deploy({})).toEqual({
			code: 1,
			stdout: '',
			stderr: 'config: DISCORD_TOKEN is required to deploy commands (see .env.example)\n',
		});
	});
});
