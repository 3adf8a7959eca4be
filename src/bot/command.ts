/**
 * The shape of a command module: its builder, and handlers that take plain
 * inputs and return a `Reply`. No handler touches a discord.js interaction, so
 * the router, the local console and the tests drive the very same code.
 * A slash command (`Command`) reads options; a message command (`MessageCommand`, Apps → "…" on a message) reads
 * the message it was used on.
 */
import type {
	ContextMenuCommandBuilder,
	SlashCommandOptionsOnlyBuilder,
	SlashCommandSubcommandsOnlyBuilder,
} from '@discordjs/builders';
import { ApplicationCommandType, type PermissionFlagsBits } from 'discord.js';
import type { DailyScheduler } from '../daily/dailyScheduler.js';
import type { DailyStore } from '../daily/dailyStore.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../render/reply.js';
import type { OptionChoices } from './completeOption.js';

export type OptionValue = string | number | boolean;

export interface CommandInput {
	/** Option values by name; for subcommands, `subcommand` holds its name. */
	options: ReadonlyMap<string, OptionValue>;
	subcommand?: string;
	userId: string;
	guildId: string | null;
	/** Whether the caller may manage the server (checked again at run time, never trusted from the client alone). */
	canManageGuild: boolean;
}

/** The daily-post state and scheduler, when the bot runs with a database. */
export interface DailyService {
	store: DailyStore;
	scheduler: DailyScheduler;
}

/** A permission by its discord.js flag name (`EmbedLinks`). */
export type PermissionName = keyof typeof PermissionFlagsBits;

/** What the bot itself may do in its servers' channels, as its connection to Discord knows it. */
export interface ChannelAccess {
	/**
	 * @returns those of `needed` the bot lacks in the channel, or undefined when it cannot tell (a channel or a server
	 *   it has not been told about)
	 */
	missing(channelId: string, needed: readonly PermissionName[]): PermissionName[] | undefined;
}

export interface CommandContext {
	engine: Engine;
	logger: Logger;
	now: () => Date;
	daily?: DailyService;
	/** Set when the bot is connected to Discord; the console has no channels to check. */
	channels?: ChannelAccess;
}

export interface Command {
	data: SlashCommandOptionsOnlyBuilder | SlashCommandSubcommandsOnlyBuilder;
	execute(input: CommandInput, context: CommandContext): Promise<Reply> | Reply;
	/** The choices for the option being typed (see `completeOption`): at most 25, and how many more match. */
	autocomplete?(option: string, partial: string, input: CommandInput, context: CommandContext): OptionChoices;
	/** The answer may take a moment: acknowledge at once and edit the reply when ready. */
	defer?: boolean;
}

/** The message a message command was used on, as far as a command reads it. */
export interface TargetMessage {
	id: string;
	/** Its text; an embed-only message (another bot's answer) gives its embeds' titles and descriptions. */
	content: string;
}

export interface MessageCommandInput {
	message: TargetMessage;
	userId: string;
	guildId: string | null;
}

/**
 * A message context-menu command: Discord lists it under Apps on every message, by its name in words ("Check against
 * sources"); it has no options and runs on the message it was used on.
 */
export interface MessageCommand {
	data: ContextMenuCommandBuilder;
	execute(input: MessageCommandInput, context: CommandContext): Promise<Reply> | Reply;
}

/**
 * What a command module may export. Anything else (a helper, a constant) belongs in `src/`: list pages are in
 * `src/bot/pagedLists.ts`, shared option builders in `src/bot/options.ts`.
 */
const COMMAND_EXPORTS: ReadonlySet<string> = new Set(['data', 'execute', 'autocomplete', 'defer']);

/** Reads a string option, trimmed; undefined when absent or blank. */
export function stringOption(input: CommandInput, name: string): string | undefined {
	const value = input.options.get(name);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Reads an integer option; undefined when absent. */
export function integerOption(input: CommandInput, name: string): number | undefined {
	const value = input.options.get(name);
	return typeof value === 'number' ? value : undefined;
}

/**
 * Checks a module's shape when it loads, so a broken command fails at startup, not in a channel.
 *
 * @throws Error naming the module and what is missing
 */
export function assertCommand(module: unknown, name: string): asserts module is Command {
	const candidate = module as Partial<Command> | null;
	if (!candidate || typeof candidate !== 'object') throw new Error(`commands: ${name} does not export a command`);
	if (!candidate.data || typeof candidate.data.toJSON !== 'function')
		throw new Error(`commands: ${name} has no "data" builder`);
	if (typeof candidate.execute !== 'function') throw new Error(`commands: ${name} has no "execute" handler`);
	if (candidate.data.name !== name)
		throw new Error(`commands: ${name} builds a command named "${candidate.data.name}"`);
	const extra = Object.keys(candidate).filter((key) => !COMMAND_EXPORTS.has(key));
	if (extra.length > 0)
		throw new Error(`commands: ${name} exports ${extra.map((key) => `"${key}"`).join(', ')} besides its command`);
}

/** What a message command module may export: its builder and its handler. */
const MESSAGE_COMMAND_EXPORTS: ReadonlySet<string> = new Set(['data', 'execute']);

/**
 * Checks a message command module's shape when it loads, as `assertCommand` checks a slash command's.
 *
 * @param name - the name it is listed under, which its builder must give (Discord shows it in the Apps menu)
 * @throws Error naming the module and what is wrong
 */
export function assertMessageCommand(module: unknown, name: string): asserts module is MessageCommand {
	const candidate = module as Partial<MessageCommand> | null;
	if (!candidate || typeof candidate !== 'object') throw new Error(`commands: "${name}" does not export a command`);
	if (!candidate.data || typeof candidate.data.toJSON !== 'function')
		throw new Error(`commands: "${name}" has no "data" builder`);
	if (candidate.data.type !== ApplicationCommandType.Message)
		throw new Error(`commands: "${name}" does not build a message command`);
	if (typeof candidate.execute !== 'function') throw new Error(`commands: "${name}" has no "execute" handler`);
	if (candidate.data.name !== name)
		throw new Error(`commands: "${name}" builds a command named "${candidate.data.name}"`);
	const extra = Object.keys(candidate).filter((key) => !MESSAGE_COMMAND_EXPORTS.has(key));
	if (extra.length > 0)
		throw new Error(`commands: "${name}" exports ${extra.map((key) => `"${key}"`).join(', ')} besides its command`);
}

/**
 * What a button press answers: a reply, sent as a new message, or, with `turn`, put in place of the message whose
 * button was pressed (the next page of a list).
 */
export interface ButtonAnswer {
	reply: Reply;
	turn: boolean;
}
