/**
 * End-to-end on the real entry point: `src/main.ts` spawned as `npm run dev` runs it (and, once, compiled as `npm start`
 * runs it), talking to a FakeDiscord in this process. Proves start-up, serving, graceful SIGTERM, failed login and bad
 * configuration, and that the token never reaches the output. Spawned asynchronously: the fake must keep answering
 * while the child runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './support/fakeDiscord/index.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
/** What `npm start` runs: the compiled entry point, built by `npm run build` (which `npm ci` runs). */
const COMPILED_MAIN = 'dist/src/main.js';
/** The entry point from source, as `npm run dev` runs it. */
const SOURCE_MAIN = ['--import', 'tsx', 'src/main.ts'];
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';
/** Loaded into the child before main: SIGUSR2 causes one unhandled rejection (the entry point must survive it). */
const REJECT_ON_SIGUSR2 =
	'data:text/javascript,process.on("SIGUSR2",()=>{Promise.reject(new Error("probe rejection"))})';

interface Run {
	child: ChildProcess;
	output: () => string;
	stderr: () => string;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** Resolves when the output contains `text`. */
	waitFor: (text: string, timeoutMs?: number) => Promise<void>;
}

const children = new Set<ChildProcess>();
let tmp: string;
let runCount = 0;

function start(env: Record<string, string>, extraNodeArgs: string[] = [], entry = SOURCE_MAIN): Run {
	runCount += 1;
	const child = spawn(process.execPath, [...extraNodeArgs, ...entry], {
		cwd: REPO,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? tmp,
			DATABASE_PATH: join(tmp, `bot-${runCount}.sqlite`),
			LOG_LEVEL: 'info',
			...env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.add(child);
	let out = '';
	let err = '';
	const listeners = new Set<() => void>();
	child.stdout?.on('data', (chunk: Buffer) => {
		out += chunk.toString('utf8');
		for (const listener of listeners) listener();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		err += chunk.toString('utf8');
		for (const listener of listeners) listener();
	});
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
		child.once('exit', (code, signal) => {
			children.delete(child);
			resolve({ code, signal });
		});
	});
	const output = (): string => out + err;
	const waitFor = (text: string, timeoutMs = 10_000): Promise<void> =>
		new Promise<void>((resolve, reject) => {
			const check = (): void => {
				if (!output().includes(text)) return;
				listeners.delete(check);
				clearTimeout(timer);
				resolve();
			};
			const timer = setTimeout(() => {
				listeners.delete(check);
				reject(new Error(`no "${text}" in the output within ${timeoutMs} ms:\n${output()}`));
			}, timeoutMs);
			listeners.add(check);
			check();
			void exited.then(() => {
				if (!listeners.has(check)) return;
				listeners.delete(check);
				clearTimeout(timer);
				reject(new Error(`exited before "${text}" appeared:\n${output()}`));
			});
		});
	return { child, output, stderr: () => err, exited, waitFor };
}

/** Exit within `ms`, or fail. */
async function exitWithin(run: Run, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`did not exit within ${ms} ms:\n${run.output()}`)), ms);
	});
	try {
		return await Promise.race([run.exited, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

function jsonLines(text: string): Record<string, unknown>[] {
	return text
		.split('\n')
		.filter((line) => line.startsWith('{'))
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}

let fake: FakeDiscord;

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'main-e2e-'));
	fake = await FakeDiscord.start({ token: TOKEN });
});

afterEach(() => {
	fake.clearFaults();
});

afterAll(async () => {
	for (const child of children) child.kill('SIGKILL');
	await fake?.close();
	rmSync(tmp, { recursive: true, force: true });
});

describe('npm start with a token', () => {
	it('logs ready, answers /agreement, survives an unhandled rejection and exits 0 on SIGTERM', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }, ['--import', REJECT_ON_SIGUSR2]);
		await run.waitFor('"event":"ready"');

		const handle = fake.dispatchInteraction(
			fake.chatInput('agreement', [
				{ name: 'query', type: ApplicationCommandOptionType.String, value: 'doc-2021-border-regime' },
			]),
		);
		const callback = await fake.waitForCallback(handle);
		expect(callback.status).toBe(204);
		expect(callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });

		// An unhandled rejection is logged, not fatal: the bot still answers afterwards.
		run.child.kill('SIGUSR2');
		await run.waitFor('"event":"unhandled-rejection"');
		const again = fake.dispatchInteraction(fake.chatInput('help'));
		expect((await fake.waitForCallback(again)).status).toBe(204);

		run.child.kill('SIGTERM');
		const { code } = await exitWithin(run, 5_000);
		expect(code).toBe(0);
		const events = jsonLines(run.output()).map((line) => line.event);
		expect(events).toEqual(expect.arrayContaining(['ready', 'unhandled-rejection', 'shutdown', 'stopped']));
		expect(run.output()).not.toContain(TOKEN);
	});

	it('finishes an /ask reply that is in flight when SIGTERM arrives, then exits 0', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
		await run.waitFor('"event":"ready"');

		const payload = fake.chatInput('ask', [
			{
				name: 'question',
				type: ApplicationCommandOptionType.String,
				value: 'How many documents were signed in Ashgabat?',
			},
		]);
		const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
		// The reply reaches the fake (and is recorded) at once, but the response to it is held back for a second: the
		// interaction is certainly in flight when SIGTERM is sent.
		fake.delayNext({ method: 'POST', path: callbackPath }, 1_000);
		const handle = fake.dispatchInteraction(payload);
		const callback = await fake.waitForCallback(handle);
		expect(callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
		expect(JSON.stringify(callback.body)).toMatch(/\b20 documents\b/);
		run.child.kill('SIGTERM');

		const { code } = await exitWithin(run, 5_000);
		expect(code).toBe(0);
		// The bot waited for the reply to complete before stopping: its log line comes after the shutdown began
		// (pino's `time` is epoch milliseconds) and before the bot stopped.
		// Times, not line order: two loggers share stdout, and under load their lines may interleave out of order.
		const lines = jsonLines(run.output());
		const timeOf = (found: Record<string, unknown> | undefined): number => Number(found?.['time']);
		const answered = lines.find((line) => line.event === 'interaction' && line.command === 'ask');
		expect(answered).toMatchObject({ outcome: 'ok' });
		expect(timeOf(answered)).toBeGreaterThanOrEqual(timeOf(lines.find((line) => line.event === 'shutdown')));
		expect(timeOf(answered)).toBeLessThanOrEqual(timeOf(lines.find((line) => line.event === 'stopped')));
		expect(run.output()).not.toContain(TOKEN);
	});
});

// CI runs `npm ci`, which builds, before `npm test`; a checkout that was never built has nothing to run here.
describe.skipIf(!existsSync(join(REPO, COMPILED_MAIN)))('npm start on the compiled build', () => {
	it('runs dist/ with plain node: logs ready, answers /agreement from the dataset, exits 0 on SIGTERM', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }, [], [COMPILED_MAIN]);
		await run.waitFor('"event":"ready"');
		const handle = fake.dispatchInteraction(
			fake.chatInput('agreement', [
				{ name: 'query', type: ApplicationCommandOptionType.String, value: 'doc-2021-border-regime' },
			]),
		);
		const callback = await fake.waitForCallback(handle);
		expect(callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
		expect(JSON.stringify(callback.body)).toContain('border');
		run.child.kill('SIGTERM');
		expect((await exitWithin(run, 5_000)).code).toBe(0);
		expect(run.output()).not.toContain(TOKEN);
	});
});

describe('npm start that cannot start', () => {
	it('exits non-zero with login-failed when the token is refused, never printing it', async () => {
		const other = await FakeDiscord.start({ token: 'other-token' });
		try {
			const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: other.apiUrl });
			const { code } = await exitWithin(run, 15_000);
			expect(code).toBe(1);
			expect(run.output()).toContain('"event":"login-failed"');
			expect(run.output()).toContain('"cause":"token"');
			expect(run.output()).toContain('the token was refused. Check DISCORD_TOKEN');
			expect(run.output()).not.toContain(TOKEN);
			// Not even the token's distinctive parts.
			expect(run.output()).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789AB');
		} finally {
			await other.close();
		}
	});

	it('exits 1 saying the network failed, not the token, when DISCORD_API_URL cannot be reached', async () => {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		await new Promise<void>((resolve) => server.close(() => resolve()));
		if (address === null || typeof address === 'string') throw new Error('no port');
		const api = `http://127.0.0.1:${address.port}/api`;
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: api });
		const { code } = await exitWithin(run, 15_000);
		expect(code).toBe(1);
		const failed = jsonLines(run.output()).find((line) => line['event'] === 'login-failed');
		expect(failed).toMatchObject({
			cause: 'network',
			msg: `could not log in to Discord: DISCORD_API_URL (${api}) could not be reached (ECONNREFUSED). Check the network connection and DISCORD_API_URL; the token was not checked`,
		});
		expect(run.output()).not.toContain(TOKEN);
	});

	it('exits 1 with one "config: DISCORD_TOKEN" line for a malformed token, without echoing it', async () => {
		const run = start({ DISCORD_TOKEN: 'abc', DISCORD_API_URL: fake.apiUrl });
		const { code } = await exitWithin(run, 15_000);
		expect(code).toBe(1);
		const lines = run.stderr().split('\n').filter(Boolean);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^config: DISCORD_TOKEN /);
		expect(lines[0]).not.toContain('abc');
	});

	it('exits 1 naming DISCORD_GUILD_ID when it is not a Discord id', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: 'my-server' });
		const { code } = await exitWithin(run, 15_000);
		expect(code).toBe(1);
		const lines = run.stderr().split('\n').filter(Boolean);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^config: DISCORD_GUILD_ID /);
		expect(run.output()).not.toContain(TOKEN);
	});
});

describe('npm start and its database', () => {
	it('refuses a second bot on the same DATABASE_PATH with one line, and the first keeps running', async () => {
		const databasePath = join(tmp, 'shared.sqlite');
		const first = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath });
		await first.waitFor('"event":"ready"');

		const second = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath });
		const { code } = await exitWithin(second, 15_000);

		expect(code).toBe(1);
		const lines = second.stderr().split('\n').filter(Boolean);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toBe(
			`daily-store: ${databasePath} (DATABASE_PATH) is in use by another bot (pid ${first.child.pid} on ${hostname()}); stop it, or give this one its own DATABASE_PATH`,
		);
		expect(second.output()).not.toContain('"event":"ready"');
		const handle = fake.dispatchInteraction(fake.chatInput('help'));
		expect((await fake.waitForCallback(handle)).status).toBe(204);
		first.child.kill('SIGTERM');
		expect((await exitWithin(first, 5_000)).code).toBe(0);
	});

	it('starts at once on the file of a bot that was killed', async () => {
		const databasePath = join(tmp, 'killed.sqlite');
		const killed = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath });
		await killed.waitFor('"event":"ready"');
		killed.child.kill('SIGKILL');
		await killed.exited;

		const restarted = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath });
		await restarted.waitFor('"event":"ready"');
		restarted.child.kill('SIGTERM');
		expect((await exitWithin(restarted, 5_000)).code).toBe(0);
	});

	it('exits 1 with one line naming the file and DATABASE_PATH when it is not a database, and leaves it as it was', async () => {
		const databasePath = join(tmp, 'notes.sqlite');
		writeFileSync(databasePath, 'not a database\n'.repeat(300));
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATABASE_PATH: databasePath });

		const { code } = await exitWithin(run, 15_000);

		expect(code).toBe(1);
		const lines = run.stderr().split('\n').filter(Boolean);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^daily-store: .+notes\.sqlite \(DATABASE_PATH\) is not a usable SQLite database/);
		expect(run.output()).not.toContain('"event":"ready"');
		expect(readFileSync(databasePath, 'utf8')).toBe('not a database\n'.repeat(300));
	});
});

describe('npm start when the gateway closes for good', () => {
	function fatalLines(run: Run): Record<string, unknown>[] {
		return jsonLines(run.output()).filter((line) => line.level === 60);
	}

	it.each([
		[4004, 'gateway closed with 4004 (authentication failed): check DISCORD_TOKEN'],
		[
			4014,
			'gateway closed with 4014 (disallowed intents): the bot asks for a privileged intent not enabled for it in the Developer Portal (Bot → Privileged Gateway Intents); the token is fine',
		],
	])('exits 1 with one line naming the cause when the gateway closes with %i after READY', async (code, cause) => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
		await run.waitFor('"event":"ready"');

		fake.closeGateway(code);
		const exit = await exitWithin(run, 5_000);

		expect(exit.code).toBe(1);
		expect(fatalLines(run)).toEqual([expect.objectContaining({ event: 'gateway-fatal', code, msg: cause })]);
		expect(run.output()).not.toContain(TOKEN);
	});

	it('exits 1 blaming the intents, not the token, when IDENTIFY is refused with 4014 before READY', async () => {
		fake.identifyCloseCode = 4014;
		try {
			const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
			const exit = await exitWithin(run, 10_000);

			expect(exit.code).toBe(1);
			expect(fatalLines(run)).toEqual([expect.objectContaining({ event: 'gateway-fatal', code: 4014 })]);
			expect(run.output()).not.toContain('check DISCORD_TOKEN');
			expect(run.output()).not.toContain('"event":"ready"');
		} finally {
			fake.identifyCloseCode = undefined;
		}
	});
});

describe('npm start on SIGTERM', () => {
	function ask(question: string): ReturnType<FakeDiscord['chatInput']> {
		return fake.chatInput('ask', [{ name: 'question', type: ApplicationCommandOptionType.String, value: question }]);
	}

	it('closes the gateway before draining, so an interaction sent during the drain goes elsewhere, and answers the one in flight', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
		await run.waitFor('"event":"ready"');
		const connection = fake.gatewayEvents.filter((event) => event.kind === 'ready').at(-1)?.connection;
		const first = ask('How many documents were signed in Ashgabat?');
		fake.delayNext({ method: 'POST', path: `/interactions/${first.id}/${first.token}/callback` }, 1_000);
		await fake.waitForCallback(fake.dispatchInteraction(first));

		run.child.kill('SIGTERM');
		const closed = await fake.waitForGatewayEvent(
			(event) => event.kind === 'close' && event.connection === connection,
			3_000,
		);
		// Sent while the bot drains: Discord has no session of this process left to deliver it to, so it waits for
		// the next one (the stand-in keeps it for the next connection) instead of being dropped by a stopping bot.
		const late = fake.dispatchInteraction(fake.chatInput('help'));
		const exit = await exitWithin(run, 5_000);

		expect(exit.code).toBe(0);
		expect(closed.code).toBe(1000);
		const lines = jsonLines(run.output());
		const firstAnswer = lines.find((line) => line.event === 'interaction' && line.command === 'ask');
		// The held reply finished after the gateway had closed, before the bot stopped.
		expect(firstAnswer).toMatchObject({ outcome: 'ok' });
		expect(Number(firstAnswer?.time)).toBeGreaterThanOrEqual(closed.at);
		const events = lines.map((line) => line.event);
		expect(events.indexOf('stopped')).toBeGreaterThan(events.indexOf('interaction'));
		expect(events).not.toContain('abandoned');
		expect(
			fake.gatewayEvents.some(
				(event) => event.kind === 'dispatch' && (event.d as { id?: string } | undefined)?.id === late.id,
			),
		).toBe(false);
	});

	it('logs the replies it abandons at the deadline and still exits 0 within 5 s', async () => {
		const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
		await run.waitFor('"event":"ready"');
		const held = ask('Which plans were exchanged in 2025?');
		fake.delayNext({ method: 'POST', path: `/interactions/${held.id}/${held.token}/callback` }, 20_000);
		await fake.waitForCallback(fake.dispatchInteraction(held));

		run.child.kill('SIGTERM');
		const exit = await exitWithin(run, 5_000);

		expect(exit.code).toBe(0);
		const abandoned = jsonLines(run.output()).find((line) => line.event === 'abandoned');
		expect(abandoned).toMatchObject({
			level: 40,
			interactions: [expect.objectContaining({ id: held.id, command: 'ask' })],
		});
	});
});
