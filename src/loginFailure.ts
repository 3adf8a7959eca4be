/**
 * Why `client.login` failed, in one line that says what to do: a refused token is fixed in DISCORD_TOKEN, a network
 * that does not reach Discord (or DISCORD_API_URL) is not, and an answer of 5xx means waiting. discord.js reports a
 * refused token as `TokenInvalid` (its own check, or a 401 from GET /gateway/bot); a failed connection comes from
 * Node or undici with a system code, sometimes wrapped as the `cause` of "fetch failed".
 */

export type LoginFailureCause = 'token' | 'network' | 'discord' | 'other';

export interface LoginFailure {
	cause: LoginFailureCause;
	/** One line for the log, naming what to check; never the token. */
	message: string;
}

/** System and undici codes of a connection that could not be made or was lost. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNREFUSED',
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENETDOWN',
	'EPIPE',
]);
const NETWORK_NAMES: ReadonlySet<string> = new Set([
	'AbortError',
	'TimeoutError',
	'ConnectTimeoutError',
	'SocketError',
]);

/** What one error in the chain says about itself. */
interface ErrorFacts {
	code?: string;
	name?: string;
	message?: string;
	status?: number;
}

/**
 * @param error - what `client.login` rejected with
 * @param apiUrl - DISCORD_API_URL, when set (named in the advice: it is where the bot tried to connect)
 * @returns the cause and the line to log
 * @example
 * describeLoginFailure(Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' })).cause; // 'network'
 */
export function describeLoginFailure(error: unknown, apiUrl?: string): LoginFailure {
	const chain = errorChain(error);
	if (chain.some((facts) => facts.code === 'TokenInvalid' || facts.status === 401)) {
		return {
			cause: 'token',
			message:
				'could not log in to Discord: the token was refused. Check DISCORD_TOKEN (Bot → Reset Token gives a new one)',
		};
	}
	const network = networkFailure(chain);
	if (network) {
		const where = apiUrl ? `DISCORD_API_URL (${apiUrl})` : 'Discord';
		return {
			cause: 'network',
			message: `could not log in to Discord: ${where} could not be reached (${network}). Check the network connection${apiUrl ? ' and DISCORD_API_URL' : ''}; the token was not checked`,
		};
	}
	const status = chain.find((facts) => facts.status !== undefined && facts.status >= 500)?.status;
	if (status !== undefined) {
		return {
			cause: 'discord',
			message: `could not log in to Discord: it answered ${status}, so it may be down. Try again in a few minutes`,
		};
	}
	return { cause: 'other', message: `could not log in to Discord: ${chain[0]?.message ?? String(error)}` };
}

/** The most telling sign of a connection that failed (a system code before a name, a name before "fetch failed"). */
function networkFailure(chain: readonly ErrorFacts[]): string | undefined {
	const isNetworkCode = (code: string | undefined): code is string =>
		code !== undefined && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'));
	return (
		chain.map((facts) => facts.code).find(isNetworkCode) ??
		chain.map((facts) => facts.name).find((name): name is string => name !== undefined && NETWORK_NAMES.has(name)) ??
		chain.map((facts) => facts.message).find((message) => message === 'fetch failed')
	);
}

/** The error, its `cause`s and an AggregateError's `errors` (a connection tries each address), a few levels deep. */
function errorChain(error: unknown, depth = 0): ErrorFacts[] {
	if (typeof error !== 'object' || error === null || depth > 4) return [];
	const record = error as Record<string, unknown>;
	const facts: ErrorFacts = {
		...(typeof record['code'] === 'string' ? { code: record['code'] } : {}),
		...(typeof record['name'] === 'string' ? { name: record['name'] } : {}),
		...(typeof record['message'] === 'string' ? { message: record['message'] } : {}),
		...(typeof record['status'] === 'number' ? { status: record['status'] } : {}),
	};
	const inner = Array.isArray(record['errors']) ? record['errors'] : [];
	return [facts, ...errorChain(record['cause'], depth + 1), ...inner.flatMap((each) => errorChain(each, depth + 1))];
}
