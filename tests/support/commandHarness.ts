/**
 * Commands driven without Discord: an engine over a tiny fixture dataset, the real router and commands, and a
 * recorded interaction of the shape the router reads (`RoutedInteraction`) that keeps every payload the router sends
 * (`reply`, `editReply`, `update`, `respond`…) exactly as Discord would receive it, mentions and flags included.
 * `commandInput` builds the plain input a handler's `execute` and `autocomplete` take, for tests that call them directly.
 */
import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	type MessageFlags,
	PermissionFlagsBits,
} from 'discord.js';
import { loadCommands } from '../../commands/index.js';
import type { Command, CommandContext, CommandInput, OptionValue } from '../../src/bot/command.js';
import type {
	EditPayload,
	ReplyPayload,
	RoutedAutocomplete,
	RoutedButton,
	RoutedMessageCommand,
	RoutedChatInput,
	RoutedOption,
	RoutedRepliable,
} from '../../src/bot/routedInteraction.js';
import { InteractionRouter } from '../../src/bot/router.js';
import { validateDataset } from '../../src/data/validateDataset.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/logger.js';
import { type DatasetFixtureParts, datasetFixture } from './datasetFixture.js';

/** One call the router made on an interaction, with what it sent. */
export type RecordedCall =
	| { method: 'reply' | 'followUp'; payload: ReplyPayload }
	| { method: 'editReply' | 'update'; payload: EditPayload }
	| { method: 'deferReply'; flags: MessageFlags.Ephemeral | undefined }
	| { method: 'deleteReply' }
	| { method: 'respond'; choices: { name: string; value: string }[] };

/** Who runs a command: a manager of the server unless told otherwise. */
export interface Caller {
	userId?: string;
	guildId?: string | null;
	canManageGuild?: boolean;
}

type Kind = 'chatInput' | 'autocomplete' | 'button';

let counter = 0;

/** An interaction that records what the router sends; shaped like a discord.js interaction as far as the router reads. */
export class RecordedInteraction implements RoutedChatInput, RoutedAutocomplete, RoutedButton {
	readonly id = `recorded-${(counter += 1)}`;
	readonly guildId: string | null;
	readonly user: { id: string };
	readonly memberPermissions: { has(permission: bigint): boolean };
	readonly options: { readonly data: readonly RoutedOption[] };
	deferred = false;
	replied = false;
	responded = false;
	ephemeral: boolean | null = null;
	readonly calls: RecordedCall[] = [];

	private constructor(
		private readonly kind: Kind,
		readonly commandName: string,
		readonly customId: string,
		options: readonly RoutedOption[],
		caller: Caller,
	) {
		this.guildId = caller.guildId === undefined ? 'guild-test' : caller.guildId;
		this.user = { id: caller.userId ?? 'user-test' };
		const manages = caller.canManageGuild ?? true;
		this.memberPermissions = { has: (permission) => manages && permission === PermissionFlagsBits.ManageGuild };
		this.options = { data: options };
	}

	/** A slash command with these options, typed as the command's builder types them. */
	static chatInput(command: Command, options: Record<string, OptionValue> = {}, caller: Caller = {}) {
		return new RecordedInteraction('chatInput', command.data.name, '', routedOptions(command, options), caller);
	}

	/** An autocomplete request: `partial` typed in `option`, beside the other options already given. */
	static autocomplete(command: Command, option: string, partial: string, others: Record<string, OptionValue> = {}) {
		const options = [
			...routedOptions(command, others),
			{ name: option, type: optionType(command, option), value: partial, focused: true },
		];
		return new RecordedInteraction('autocomplete', command.data.name, '', options, {});
	}

	/** A press of the button with this custom id, by the caller given (the test user by default). */
	static button(customId: string, caller: Caller = {}) {
		return new RecordedInteraction('button', '', customId, [], caller);
	}

	isChatInputCommand(): this is RoutedChatInput {
		return this.kind === 'chatInput';
	}

	isAutocomplete(): this is RoutedAutocomplete {
		return this.kind === 'autocomplete';
	}

	isButton(): this is RoutedButton {
		return this.kind === 'button';
	}

	/** The harness records slash commands, autocomplete and buttons; message commands are tested end to end. */
	isMessageContextMenuCommand(): this is RoutedMessageCommand {
		return false;
	}

	isRepliable(): this is RoutedRepliable {
		return this.kind !== 'autocomplete';
	}

	async reply(payload: ReplyPayload): Promise<void> {
		this.replied = true;
		this.calls.push({ method: 'reply', payload });
	}

	async followUp(payload: ReplyPayload): Promise<void> {
		this.calls.push({ method: 'followUp', payload });
	}

	async deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<void> {
		this.deferred = true;
		this.ephemeral = options?.flags !== undefined;
		this.calls.push({ method: 'deferReply', flags: options?.flags });
	}

	async editReply(payload: EditPayload): Promise<void> {
		this.replied = true;
		this.calls.push({ method: 'editReply', payload });
	}

	async deleteReply(): Promise<void> {
		this.calls.push({ method: 'deleteReply' });
	}

	async update(payload: EditPayload): Promise<void> {
		this.replied = true;
		this.calls.push({ method: 'update', payload });
	}

	async respond(choices: { name: string; value: string }[]): Promise<void> {
		this.responded = true;
		this.calls.push({ method: 'respond', choices });
	}
}

function definitionOf(command: Command, name: string): APIApplicationCommandOption | undefined {
	return (command.data.toJSON().options ?? []).find((option) => option.name === name);
}

function optionType(command: Command, name: string): ApplicationCommandOptionType {
	return definitionOf(command, name)?.type ?? ApplicationCommandOptionType.String;
}

function routedOptions(command: Command, options: Record<string, OptionValue>): RoutedOption[] {
	return Object.entries(options).map(([name, value]) => ({ name, type: optionType(command, name), value }));
}

/** An engine over `datasetFixture(parts)`: the real index, on a handful of records. */
export function fixtureEngine(parts: DatasetFixtureParts = {}): Engine {
	return new Engine(validateDataset(datasetFixture(parts)));
}

/** The input a handler takes, as the router builds it: options by name, a manager of the server by default. */
export function commandInput(options: Record<string, OptionValue> = {}, overrides: Partial<CommandInput> = {}) {
	return {
		options: new Map(Object.entries(options)),
		userId: 'user-test',
		guildId: 'guild-test',
		canManageGuild: true,
		...overrides,
	} satisfies CommandInput;
}

export interface CommandHarness {
	engine: Engine;
	context: CommandContext;
	commands: ReadonlyMap<string, Command>;
	router: InteractionRouter;
	/** Runs a slash command that must be answered by exactly one `reply`, and returns what it sent. */
	reply(name: string, options?: Record<string, OptionValue>, caller?: Caller): Promise<ReplyPayload>;
	/** The autocomplete choices the router sends for `partial` typed in `option`. */
	complete(
		name: string,
		option: string,
		partial: string,
		others?: Record<string, OptionValue>,
	): Promise<{ name: string; value: string }[]>;
	/** Presses a button (a list's page) and returns every call the router made. */
	press(customId: string, caller?: Caller): Promise<RecordedCall[]>;
}

/**
 * The real commands and router over an engine (a fixture dataset's unless given), with a silent logger and a fixed
 * clock (25 November 2025, the fixture visit's day, unless given).
 *
 * @example
 * const bot = commandHarness({ documents: [fixtureDocument()] });
 * (await bot.reply('agreement', { query: 'joint' })).embeds?.[0]?.title; // 'Joint Statement'
 */
export function commandHarness(
	data: DatasetFixtureParts | Engine = {},
	now: () => Date = () => new Date('2025-11-25T09:00:00Z'),
): CommandHarness {
	const engine = data instanceof Engine ? data : fixtureEngine(data);
	const context: CommandContext = { engine, logger: createLogger('silent'), now };
	const commands = loadCommands();
	const router = new InteractionRouter(commands, context);
	const commandNamed = (name: string): Command => {
		const command = commands.get(name);
		if (!command) throw new Error(`commandHarness: no command named ${name}`);
		return command;
	};
	const handled = async (interaction: RecordedInteraction): Promise<RecordedCall[]> => {
		await router.handle(interaction);
		return interaction.calls;
	};
	return {
		engine,
		context,
		commands,
		router,
		async reply(name, options = {}, caller = {}) {
			const calls = await handled(RecordedInteraction.chatInput(commandNamed(name), options, caller));
			const [call] = calls;
			if (calls.length !== 1 || call?.method !== 'reply')
				throw new Error(`/${name}: expected one reply, got ${JSON.stringify(calls)}`);
			return call.payload;
		},
		async complete(name, option, partial, others = {}) {
			const calls = await handled(RecordedInteraction.autocomplete(commandNamed(name), option, partial, others));
			const [call] = calls;
			if (calls.length !== 1 || call?.method !== 'respond')
				throw new Error(`/${name} autocomplete: expected one respond, got ${JSON.stringify(calls)}`);
			return call.choices;
		},
		press: (customId, caller = {}) => handled(RecordedInteraction.button(customId, caller)),
	};
}

/** The buttons of a payload's action rows: label, custom id, whether disabled. */
export function buttonsOf(payload: { components?: EditPayload['components'] }): {
	label: string;
	customId: string;
	disabled: boolean;
}[] {
	return (payload.components ?? [])
		.flatMap((row) => row.components)
		.map((button) => ({
			label: 'label' in button ? (button.label ?? '') : '',
			customId: 'custom_id' in button ? button.custom_id : '',
			disabled: button.disabled === true,
		}));
}
