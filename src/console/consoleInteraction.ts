/**
 * A typed console line as an interaction, for the router: a slash command, an autocomplete request (`query:bord?`)
 * or a press of a list's button (`next`). It records what the router sends back, as Discord would show it, so the
 * console prints exactly what a user of the bot would read, errors included.
 */
import {
	ApplicationCommandOptionType,
	type APIApplicationCommandOption,
	MessageFlags,
	PermissionFlagsBits,
} from 'discord.js';
import type {
	EditPayload,
	ReplyPayload,
	RoutedAutocomplete,
	RoutedButton,
	RoutedChatInput,
	RoutedMessageCommand,
	RoutedOption,
	RoutedRepliable,
} from '../bot/routedInteraction.js';
import type { Reply } from '../render/reply.js';
import type { ParsedSlashLine } from './parseSlashLine.js';

/** A choice as the router sends it: a number for an integer option. */
export interface ConsoleChoice {
	name: string;
	value: string | number;
}

/** The console's user may do anything, as the owner of the server would. */
const CONSOLE_USER = 'console';

type Kind = 'chatInput' | 'autocomplete' | 'button';

/** Interaction ids, unique within the process, for the router's log lines. */
let counter = 0;

/** One interaction of the console. Shaped like a discord.js interaction of its kind, as far as the router reads it. */
export class ConsoleInteraction implements RoutedChatInput, RoutedAutocomplete, RoutedButton {
	readonly id: string;
	readonly guildId = CONSOLE_USER;
	readonly user = { id: CONSOLE_USER };
	readonly memberPermissions = { has: (permission: bigint): boolean => permission === PermissionFlagsBits.ManageGuild };
	readonly commandName: string;
	readonly customId: string;
	readonly options: { readonly data: readonly RoutedOption[] };
	deferred = false;
	replied = false;
	responded = false;
	ephemeral: boolean | null = null;
	/** The messages a user would now see, oldest first. */
	readonly messages: Reply[] = [];
	/** The autocomplete choices sent back, once answered. */
	choices: ConsoleChoice[] | undefined;
	/** How many more choices match than were sent, once answered (the console says so; Discord cannot). */
	moreChoices = 0;
	/** Whether the pressed button's message was replaced (`update`: a list's page turned) rather than answered anew. */
	turned = false;
	/** Files attached to what was sent (an export, a chart), oldest first. */
	readonly files: ConsoleFile[] = [];

	private constructor(
		private readonly kind: Kind,
		fields: { commandName?: string; customId?: string; options?: readonly RoutedOption[] },
	) {
		this.id = `console-${(counter += 1)}`;
		this.commandName = fields.commandName ?? '';
		this.customId = fields.customId ?? '';
		this.options = { data: fields.options ?? [] };
	}

	/**
	 * @param line - a parsed slash line; with `autocomplete` set, it asks for choices instead of running
	 * @param definitions - the command's options (`data.toJSON().options`), for each option's type
	 */
	static fromLine(line: ParsedSlashLine, definitions: readonly APIApplicationCommandOption[]): ConsoleInteraction {
		return new ConsoleInteraction(line.autocomplete ? 'autocomplete' : 'chatInput', {
			commandName: line.name,
			options: optionData(line, definitions),
		});
	}

	/** A press of the button with this custom id. */
	static button(customId: string): ConsoleInteraction {
		return new ConsoleInteraction('button', { customId });
	}

	isChatInputCommand(): this is RoutedChatInput {
		return this.kind === 'chatInput';
	}

	/** The console has no messages to use a message command on; it checks text with /check instead. */
	isMessageContextMenuCommand(): this is RoutedMessageCommand {
		return false;
	}

	isAutocomplete(): this is RoutedAutocomplete {
		return this.kind === 'autocomplete';
	}

	isButton(): this is RoutedButton {
		return this.kind === 'button';
	}

	isRepliable(): this is RoutedRepliable {
		return this.kind !== 'autocomplete';
	}

	async reply(payload: ReplyPayload): Promise<void> {
		this.replied = true;
		this.messages.push(fromReplyPayload(payload));
		this.keepFiles(payload.files);
	}

	async followUp(payload: ReplyPayload): Promise<void> {
		this.messages.push(fromReplyPayload(payload));
		this.keepFiles(payload.files);
	}

	async deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<void> {
		this.deferred = true;
		this.ephemeral = options?.flags === MessageFlags.Ephemeral;
	}

	async editReply(payload: EditPayload): Promise<void> {
		this.replied = true;
		this.keepFiles(payload.files);
		const edited = fromEditPayload(payload, this.ephemeral === true);
		if (this.messages.length === 0) this.messages.push(edited);
		else this.messages[0] = edited;
	}

	async deleteReply(): Promise<void> {
		this.messages.shift();
	}

	/** A button's message is replaced by the new page. */
	async update(payload: EditPayload): Promise<void> {
		this.replied = true;
		this.turned = true;
		this.messages.push(fromEditPayload(payload, false));
	}

	async respond(choices: ConsoleChoice[], more?: () => number): Promise<void> {
		this.responded = true;
		this.choices = choices;
		this.moreChoices = more?.() ?? 0;
	}

	private keepFiles(files: ReplyPayload['files']): void {
		for (const file of files ?? []) {
			if (Buffer.isBuffer(file.attachment)) this.files.push({ name: file.name ?? 'file', data: file.attachment });
		}
	}
}

/** A file the router attached, as the console saves it. */
export interface ConsoleFile {
	name: string;
	data: Buffer;
}

/** The typed options as Discord sends them: typed by the definition, inside their subcommand, the partial focused. */
function optionData(line: ParsedSlashLine, definitions: readonly APIApplicationCommandOption[]): RoutedOption[] {
	const subcommand = line.subcommand ? definitions.find((option) => option.name === line.subcommand) : undefined;
	const own = subcommand && 'options' in subcommand ? (subcommand.options ?? []) : definitions;
	const typeOf = (name: string): ApplicationCommandOptionType =>
		own.find((option) => option.name === name)?.type ?? ApplicationCommandOptionType.String;
	const options: RoutedOption[] = [...line.options].map(([name, value]) =>
		typeOf(name) === ApplicationCommandOptionType.Channel
			? { name, type: ApplicationCommandOptionType.Channel, channel: { id: String(value) } }
			: { name, type: typeOf(name), value },
	);
	if (line.autocomplete) {
		const { option, partial } = line.autocomplete;
		options.push({ name: option, type: typeOf(option), value: partial, focused: true });
	}
	return line.subcommand
		? [{ name: line.subcommand, type: ApplicationCommandOptionType.Subcommand, options }]
		: options;
}

function fromReplyPayload(payload: ReplyPayload): Reply {
	return {
		...(payload.content !== undefined ? { content: payload.content } : {}),
		embeds: payload.embeds ?? [],
		components: payload.components ?? [],
		ephemeral: payload.flags === MessageFlags.Ephemeral,
	};
}

function fromEditPayload(payload: EditPayload, ephemeral: boolean): Reply {
	return {
		...(payload.content !== null ? { content: payload.content } : {}),
		embeds: payload.embeds,
		components: payload.components,
		ephemeral,
	};
}
