/**
 * The one list of commands. The router, the local console and the deploy
 * script all read it; each module's shape is checked when it loads. Message
 * commands (Apps → "…" on a message) are listed apart: they have no options
 * and are named in words.
 */
import { type Command, type MessageCommand, assertCommand, assertMessageCommand } from '../src/bot/command.js';
import * as agreement from './agreement.js';
import * as ask from './ask.js';
import * as check from './check.js';
import * as checkMessage from './checkMessage.js';
import * as daily from './daily.js';
import * as fact from './fact.js';
import * as figure from './figure.js';
import * as help from './help.js';
import * as person from './person.js';
import * as proposal from './proposal.js';
import * as sources from './sources.js';
import * as timeline from './timeline.js';
import * as visit from './visit.js';

const MODULES: Readonly<Record<string, unknown>> = {
	agreement,
	visit,
	figure,
	person,
	proposal,
	ask,
	check,
	fact,
	timeline,
	sources,
	daily,
	help,
};

/**
 * @returns every command, validated, by name
 * @throws Error naming a module whose shape is wrong
 */
export function loadCommands(): ReadonlyMap<string, Command> {
	const commands = new Map<string, Command>();
	for (const [name, module] of Object.entries(MODULES)) {
		assertCommand(module, name);
		commands.set(name, module);
	}
	return commands;
}

/** Message commands, by the name Discord shows in the Apps menu. */
const MESSAGE_MODULES: Readonly<Record<string, unknown>> = {
	'Check against sources': checkMessage,
};

/**
 * @returns every message command, validated, by name
 * @throws Error naming a module whose shape is wrong
 */
export function loadMessageCommands(): ReadonlyMap<string, MessageCommand> {
	const commands = new Map<string, MessageCommand>();
	for (const [name, module] of Object.entries(MESSAGE_MODULES)) {
		assertMessageCommand(module, name);
		commands.set(name, module);
	}
	return commands;
}

/** What the deploy script registers: every slash command, then every message command. */
export function commandRegistrations(): ReturnType<Command['data']['toJSON'] | MessageCommand['data']['toJSON']>[] {
	return [...loadCommands().values(), ...loadMessageCommands().values()].map((command) => command.data.toJSON());
}
