/**
 * The part of a discord.js interaction the router uses, and nothing more. discord.js's own interactions have this
 * shape, so the bot hands them over as they come; the local console builds the same shape
 * (`src/console/consoleInteraction.ts`), so typing a command there goes through the very router, error handling and
 * reply payloads that Discord gets.
 */
import type {
	APIActionRowComponent,
	APIButtonComponent,
	APIEmbed,
	ApplicationCommandOptionType,
	AttachmentBuilder,
	MessageFlags,
} from 'discord.js';

/** What the router sends: a new message (reply, follow-up; a plain notice has no embeds or components) … */
export interface ReplyPayload {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIButtonComponent>[];
	allowedMentions: { parse: readonly [] };
	flags?: MessageFlags.Ephemeral;
	/** Attachments (an export's CSV and JSON, a chart's PNG), uploaded as multipart form data. */
	files?: AttachmentBuilder[];
}

/** … or the new content of a message already sent (an edit, a list's page). */
export interface EditPayload {
	content: string | null;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	allowedMentions: { parse: readonly [] };
	files?: AttachmentBuilder[];
}

/** One option as Discord sends it: a value, a resolved channel, or a subcommand with its own options. */
export interface RoutedOption {
	readonly name: string;
	readonly type: ApplicationCommandOptionType;
	readonly value?: string | number | boolean;
	readonly focused?: boolean;
	readonly channel?: { readonly id: string } | null;
	readonly options?: readonly RoutedOption[];
}

export interface RoutedInteraction {
	readonly id: string;
	readonly guildId: string | null;
	readonly user: { readonly id: string };
	isChatInputCommand(): this is RoutedChatInput;
	isMessageContextMenuCommand(): this is RoutedMessageCommand;
	isAutocomplete(): this is RoutedAutocomplete;
	isButton(): this is RoutedButton;
	isRepliable(): this is RoutedRepliable;
}

/** Who may do what where the command was used. */
interface InvokedCommand extends RoutedInteraction {
	readonly commandName: string;
	readonly options: { readonly data: readonly RoutedOption[] };
	readonly memberPermissions: { has(permission: bigint): boolean } | null;
}

export interface RoutedRepliable extends RoutedInteraction {
	readonly deferred: boolean;
	readonly replied: boolean;
	reply(payload: ReplyPayload): Promise<unknown>;
	followUp(payload: ReplyPayload): Promise<unknown>;
}

/** A command's interaction as the router answers it: at once, or acknowledged first and edited. */
export interface RoutedCommandReply extends RoutedRepliable {
	readonly commandName: string;
	/** Whether the deferred reply is private. */
	readonly ephemeral: boolean | null;
	deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
	editReply(payload: EditPayload): Promise<unknown>;
	deleteReply(): Promise<unknown>;
}

export interface RoutedChatInput extends InvokedCommand, RoutedCommandReply {}

/** A message context-menu command (Apps → "…" on a message): the message it was used on, text and embeds. */
export interface RoutedMessageCommand extends RoutedCommandReply {
	readonly targetMessage: {
		readonly id: string;
		readonly content: string;
		readonly embeds: readonly { readonly title: string | null; readonly description: string | null }[];
	};
}

export interface RoutedAutocomplete extends InvokedCommand {
	readonly responded: boolean;
	/**
	 * Sends the choices; a number for an integer option. `more` counts the matches not sent: the console shows it,
	 * discord.js takes no such argument and Discord has no way to show it.
	 */
	respond(choices: { name: string; value: string | number }[], more?: () => number): Promise<unknown>;
}

export interface RoutedButton extends RoutedRepliable {
	readonly customId: string;
	update(payload: EditPayload): Promise<unknown>;
	/** For an answer that takes a while (a chart): acknowledge first, then edit in the answer. */
	deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
	editReply(payload: EditPayload): Promise<unknown>;
}
