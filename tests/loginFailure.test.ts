import { createServer } from 'node:net';
import { Client, DiscordjsErrorCodes, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLoginFailure } from '../src/loginFailure.js';
import { FakeDiscord } from './support/fakeDiscord/index.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';

/** A port on loopback that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** What a real discord.js client rejects with when it logs in against `api`. */
async function loginError(api: string, token = TOKEN): Promise<unknown> {
	const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api, retries: 0 } });
	try {
		await client.login(token);
		return undefined;
	} catch (error) {
		return error;
	} finally {
		await client.destroy();
	}
}

let fake: FakeDiscord;

beforeAll(async () => {
	fake = await FakeDiscord.start({ token: 'another-token' });
});

afterAll(async () => {
	await fake?.close();
});

describe('describeLoginFailure', () => {
	it('tells a refused token (a 401 from GET /gateway/bot) to check DISCORD_TOKEN', async () => {
		expect(describeLoginFailure(await loginError(fake.apiUrl), fake.apiUrl)).toEqual({
			cause: 'token',
			message:
				'could not log in to Discord: the token was refused. Check DISCORD_TOKEN (Bot → Reset Token gives a new one)',
		});
	});

	it("tells discord.js's own TokenInvalid (no token at all) as a refused token too", async () => {
		const error = await loginError(fake.apiUrl, '');
		expect([error instanceof Error && 'code' in error && error.code, describeLoginFailure(error).cause]).toEqual([
			DiscordjsErrorCodes.TokenInvalid,
			'token',
		]);
	});

	it('tells a connection refused at DISCORD_API_URL from a refused token, naming the address and the code', async () => {
		const api = `http://127.0.0.1:${await closedPort()}/api`;
		expect(describeLoginFailure(await loginError(api), api)).toEqual({
			cause: 'network',
			message: `could not log in to Discord: DISCORD_API_URL (${api}) could not be reached (ECONNREFUSED). Check the network connection and DISCORD_API_URL; the token was not checked`,
		});
	});

	it('tells a name that does not resolve, a time-out and a wrapped "fetch failed" as network failures', () => {
		const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
		const timedOut = Object.assign(new Error('connect ETIMEDOUT 162.159.135.232:443'), { code: 'ETIMEDOUT' });
		const wrapped = new TypeError('fetch failed', {
			cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
		});
		const aggregate = new AggregateError([Object.assign(new Error('x'), { code: 'ENETUNREACH' })], 'connect failed');
		expect([notFound, timedOut, wrapped, aggregate].map((error) => describeLoginFailure(error))).toEqual([
			{
				cause: 'network',
				message:
					'could not log in to Discord: Discord could not be reached (ENOTFOUND). Check the network connection; the token was not checked',
			},
			expect.objectContaining({ cause: 'network', message: expect.stringContaining('(ETIMEDOUT)') }),
			expect.objectContaining({ cause: 'network', message: expect.stringContaining('(UND_ERR_CONNECT_TIMEOUT)') }),
			expect.objectContaining({ cause: 'network', message: expect.stringContaining('(ENETUNREACH)') }),
		]);
	});

	it('tells a 5xx answer as Discord being down, and anything else by its own message', () => {
		expect([
			describeLoginFailure(Object.assign(new Error('Service Unavailable'), { status: 503 })),
			describeLoginFailure(new Error('something else')),
		]).toEqual([
			{
				cause: 'discord',
				message: 'could not log in to Discord: it answered 503, so it may be down. Try again in a few minutes',
			},
			{ cause: 'other', message: 'could not log in to Discord: something else' },
		]);
	});
});
