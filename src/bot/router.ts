/**
 * Routes interactions to command handlers and sends their replies: slash
 * commands by name, message commands (Apps → "…") by name, autocomplete by
 * focused option, buttons by custom id (a list's pages, its Export and Chart, a visit's lists and choices, Share).
 * Errors are caught here and only here: logged with context, and answered
 * with an ephemeral message, never a stack trace.
 */
import { ApplicationCommandOptionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { isActionId } from '../discord/actionIds.js';
import { isCitationId } from '../discord/citationIds.js';
import { type PagedList, decodePageId } from '../discord/customIds.js';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from '../discord/limits.js';
import type { Reply } from '../render/reply.js';
import { truncate } from '../text/truncate.js';
import type { Command, CommandContext, CommandInput, MessageCommand, OptionValue, TargetMessage } from './command.js';
import { answerCitationAction } from './citationActions.js';
import { answerListAction } from './listActions.js';
import { answerShareButton } from './share.js';
import { answerVisitButton } from './visitButtons.js';
import { NO_CHOICES } from './completeOption.js';
import type { ListPager } from './listPage.js';
import { EXPIRED_BUTTON, GENERIC_ERROR } from './messages.js';
import { LIST_PAGES } from './pagedLists.js';
import type {
	EditPayload,
	ReplyPayload,
	RoutedAutocomplete,
	RoutedButton,
	RoutedChatInput,
	RoutedCommandReply,
	RoutedInteraction,
	RoutedMessageCommand,
	RoutedOption,
} from './routedInteraction.js';

/** Nobody is pinged by anything the bot sends. */
export const NO_MENTIONS = { parse: [] } as const;

/** An interaction still being answered, as a shutdown logs it when it has to abandon it. */
export interface UnfinishedInteraction {
	id: string;
	command: string;
	/** How long it has been in flight. */
	ms: number;
}

export class InteractionRouter {
	private readonly inFlight = new Map<Promise<void>, { id: string; command: string; started: number }>();

	/**
	 * @param commands - the commands, by name (`loadCommands()`)
	 * @param context - what the commands are given
	 * @param deferAfterMs - how long an answer may take before the interaction is acknowledged first
	 * @param pages - the paged lists a button can come back to (a list whose command is not loaded is expired)
	 * @param messageCommands - the message commands, by name (`loadMessageCommands()`)
	 */
	constructor(
		private readonly commands: ReadonlyMap<string, Command>,
		private readonly context: CommandContext,
		private readonly deferAfterMs: number = DEFER_AFTER_MS,
		private readonly pages: Readonly<Partial<Record<PagedList, ListPager>>> = LIST_PAGES,
		private readonly messageCommands: ReadonlyMap<string, MessageCommand> = new Map(),
	) {}

	/**
	 * Resolves when every interaction being answered has been answered (for a graceful shutdown), including those
	 * that arrived while it waited.
	 */
	async drain(): Promise<void> {
		while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.keys()]);
	}

	/** @returns the interactions still being answered, oldest first (what a shutdown past its deadline abandons). */
	unfinished(): UnfinishedInteraction[] {
		const now = performance.now();
		return [...this.inFlight.values()].map(({ id, command, started }) => ({
			id,
			command,
			ms: Math.round(now - started),
		}));
	}

	/** The `interactionCreate` listener (and the local console's). Never throws. */
	handle(interaction: RoutedInteraction): Promise<void> {
		const task = this.route(interaction).finally(() => this.inFlight.delete(task));
		const command =
			interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isMessageContextMenuCommand()
				? interaction.commandName
				: interaction.isButton()
					? 'button'
					: 'interaction';
		this.inFlight.set(task, { id: interaction.id, command, started: performance.now() });
		return task;
	}

	private async route(interaction: RoutedInteraction): Promise<void> {
		const started = performance.now();
		const { logger } = this.context;
		let name = 'unknown';
		let input: CommandInput | undefined;
		try {
			if (interaction.isChatInputCommand()) {
				name = interaction.commandName;
				input = commandInput(interaction);
				await this.chatInput(interaction, input);
			} else if (interaction.isMessageContextMenuCommand()) {
				name = interaction.commandName;
				// The message's id is what the command was given; its text is user text and is not logged.
				input = {
					options: new Map([['message', interaction.targetMessage.id]]),
					userId: interaction.user.id,
					guildId: interaction.guildId,
					canManageGuild: false,
				};
				await this.messageCommand(interaction);
			} else if (interaction.isAutocomplete()) {
				name = `${interaction.commandName}/autocomplete`;
				input = commandInput(interaction);
				await this.autocomplete(interaction, input);
			} else if (interaction.isButton()) {
				name = 'button';
				await this.button(interaction);
			} else {
				return;
			}
			// The fields are only gathered when the line is written: a quieter level costs nothing per interaction.
			if (logger.isLevelEnabled('info')) logger.info(logFields(interaction, name, input, started, 'ok'), 'answered');
		} catch (error) {
			logger.error({ ...logFields(interaction, name, input, started, 'error'), err: error }, 'failed');
			await this.replyWithError(interaction);
		}
	}

	private async chatInput(interaction: RoutedChatInput, input: CommandInput): Promise<void> {
		const command = this.commands.get(interaction.commandName);
		if (!command) {
			await this.replyUnavailable(interaction);
			return;
		}
		await this.answer(interaction, command.defer === true, () => command.execute(input, this.context));
	}

	private async messageCommand(interaction: RoutedMessageCommand): Promise<void> {
		const command = this.messageCommands.get(interaction.commandName);
		if (!command) {
			await this.replyUnavailable(interaction);
			return;
		}
		const input = {
			message: targetMessage(interaction.targetMessage),
			userId: interaction.user.id,
			guildId: interaction.guildId,
		};
		await this.answer(interaction, false, () => command.execute(input, this.context));
	}

	private async replyUnavailable(interaction: RoutedCommandReply): Promise<void> {
		await interaction.reply({
			content: 'This command is not available any more.',
			flags: MessageFlags.Ephemeral,
			allowedMentions: NO_MENTIONS,
		});
	}

	/** Runs a command and sends its reply: at once when it is ready, otherwise after acknowledging. */
	private async answer(
		interaction: RoutedCommandReply,
		defer: boolean,
		execute: () => Promise<Reply> | Reply,
	): Promise<void> {
		if (defer) {
			await interaction.deferReply();
			await this.editOrReplacePrivately(interaction, await execute());
			return;
		}
		const result = execute();
		// An answer computed synchronously is ready now: one callback, no timer, no deferral round trip.
		if (!(result instanceof Promise)) {
			await interaction.reply(replyPayload(result));
			return;
		}
		await this.replyInTime(interaction, result);
	}

	/** Replies directly when the answer is ready in time; otherwise acknowledges first (the 3-second rule) and edits. */
	private async replyInTime(interaction: RoutedCommandReply, pending: Promise<Reply>): Promise<void> {
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<'late'>((resolve) => {
			timer = setTimeout(() => resolve('late'), this.deferAfterMs);
		});
		const first = await Promise.race([pending, late]);
		clearTimeout(timer);
		if (first !== 'late') {
			await interaction.reply(replyPayload(first));
			return;
		}
		const reply = await pending.catch(async (error: unknown) => {
			await interaction.deferReply({ flags: MessageFlags.Ephemeral });
			throw error;
		});
		await interaction.deferReply(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
		await interaction.editReply(editPayload(reply));
	}

	/**
	 * Fills a deferred reply. A public deferral cannot become private, so a private
	 * reply (a refusal, an error) replaces the placeholder with an ephemeral follow-up.
	 */
	private async editOrReplacePrivately(interaction: RoutedCommandReply, reply: Reply): Promise<void> {
		if (!reply.ephemeral || interaction.ephemeral === true) {
			await interaction.editReply(editPayload(reply));
			return;
		}
		await interaction.deleteReply();
		await interaction.followUp(replyPayload(reply));
	}

	private async autocomplete(interaction: RoutedAutocomplete, input: CommandInput): Promise<void> {
		const command = this.commands.get(interaction.commandName);
		const focused = focusedOption(interaction.options.data);
		if (!focused) throw new Error('router: an autocomplete interaction without a focused option');
		const offered = command?.autocomplete?.(focused.name, String(focused.value), input, this.context) ?? NO_CHOICES;
		// Discord takes an integer option's choices as numbers (a year), every other option's as text.
		const numeric =
			focused.type === ApplicationCommandOptionType.Integer || focused.type === ApplicationCommandOptionType.Number;
		await interaction.respond(
			offered.choices
				.slice(0, DISCORD_LIMITS.autocompleteChoices)
				.filter((choice) => !numeric || Number.isFinite(Number(choice.value)))
				.map((choice) => ({
					name: truncate(choice.name, DISCORD_LIMITS.choiceName) || choice.value.slice(0, DISCORD_LIMITS.choiceName),
					value: numeric ? Number(choice.value) : choice.value.slice(0, DISCORD_LIMITS.choiceValue),
				})),
			offered.more,
		);
	}

	private async button(interaction: RoutedButton): Promise<void> {
		const available = (command: string): boolean => this.commands.has(command);
		const answered =
			answerVisitButton(interaction.customId, this.context, available) ??
			answerShareButton(interaction.customId, interaction.user.id, this.context, available);
		if (answered) {
			await (answered.turn
				? interaction.update(editPayload(answered.reply))
				: interaction.reply(replyPayload(answered.reply)));
			return;
		}
		if (isActionId(interaction.customId)) {
			await answerListAction(interaction, this.context, { available, deferAfterMs: this.deferAfterMs });
			return;
		}
		if (isCitationId(interaction.customId)) {
			await answerCitationAction(interaction, this.context, { available: (command) => this.commands.has(command) });
			return;
		}
		const state = decodePageId(interaction.customId);
		const pager = state && this.commands.has(state.list) ? this.pages[state.list] : undefined;
		if (!state || !pager) {
			await interaction.reply({ content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
			return;
		}
		const reply = pager(state.state, state.page, this.context);
		if (reply.ephemeral) {
			await interaction.reply(replyPayload(reply));
			return;
		}
		await interaction.update({
			content: reply.content ?? null,
			embeds: reply.embeds,
			components: reply.components,
			allowedMentions: NO_MENTIONS,
		});
	}

	private async replyWithError(interaction: RoutedInteraction): Promise<void> {
		if (!interaction.isRepliable()) {
			if (interaction.isAutocomplete() && !interaction.responded) await interaction.respond([]).catch(() => undefined);
			return;
		}
		try {
			if (
				interaction.deferred &&
				!interaction.replied &&
				(interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
			) {
				await this.editOrReplacePrivately(interaction, {
					content: GENERIC_ERROR,
					embeds: [],
					components: [],
					ephemeral: true,
				});
			} else if (interaction.replied || interaction.deferred) {
				await interaction.followUp({
					content: GENERIC_ERROR,
					flags: MessageFlags.Ephemeral,
					allowedMentions: NO_MENTIONS,
				});
			} else {
				await interaction.reply({
					content: GENERIC_ERROR,
					flags: MessageFlags.Ephemeral,
					allowedMentions: NO_MENTIONS,
				});
			}
		} catch (error) {
			// The interaction may have expired (Unknown interaction): nothing more can be sent.
			this.context.logger.warn(
				{ ...interactionFields(interaction), event: 'error-reply-failed', err: error },
				'could not tell the user about the error',
			);
		}
	}
}

function replyPayload(reply: Reply): ReplyPayload {
	return {
		...(reply.content !== undefined ? { content: reply.content } : {}),
		embeds: reply.embeds,
		components: reply.components,
		allowedMentions: NO_MENTIONS,
		...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
	};
}

function editPayload(reply: Reply): EditPayload {
	return {
		content: reply.content ?? null,
		embeds: reply.embeds,
		components: reply.components,
		allowedMentions: NO_MENTIONS,
	};
}

/** The text of the message a message command was used on: its content, or, for an embed-only message, its embeds'. */
function targetMessage(message: RoutedMessageCommand['targetMessage']): TargetMessage {
	const embedText = message.embeds
		.flatMap((embed) => [embed.title, embed.description])
		.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
	return { id: message.id, content: message.content.trim() !== '' ? message.content : embedText.join('\n\n') };
}

/** The options of a slash command or autocomplete as plain values, subcommands unwrapped. */
export function commandInput(interaction: RoutedChatInput | RoutedAutocomplete): CommandInput {
	const options = new Map<string, OptionValue>();
	let subcommand: string | undefined;
	const collect = (list: readonly RoutedOption[]): void => {
		for (const option of list) {
			if (
				option.type === ApplicationCommandOptionType.Subcommand ||
				option.type === ApplicationCommandOptionType.SubcommandGroup
			) {
				subcommand = option.name;
				collect(option.options ?? []);
			} else if (option.type === ApplicationCommandOptionType.Channel) {
				if (option.channel?.id) options.set(option.name, option.channel.id);
			} else if (option.value !== undefined) {
				options.set(option.name, option.value);
			}
		}
	};
	collect(interaction.options.data);
	return {
		options,
		subcommand,
		userId: interaction.user.id,
		guildId: interaction.guildId,
		canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
	};
}

/** The option being typed, looked for inside subcommands too, as discord.js's `getFocused(true)` finds it. */
function focusedOption(
	options: readonly RoutedOption[],
): { name: string; type: ApplicationCommandOptionType; value: string | number | boolean } | undefined {
	for (const option of options) {
		if (option.focused && option.value !== undefined)
			return { name: option.name, type: option.type, value: option.value };
		const inner = option.options ? focusedOption(option.options) : undefined;
		if (inner) return inner;
	}
	return undefined;
}

/** Who and where, on every line about an interaction. */
function interactionFields(interaction: RoutedInteraction): Record<string, string | null> {
	return { interaction: interaction.id, guild: interaction.guildId, user: interaction.user.id };
}

/** The one log line per interaction: what was asked (options cut short), how long it took, how it ended. */
function logFields(
	interaction: RoutedInteraction,
	command: string,
	input: CommandInput | undefined,
	started: number,
	outcome: 'ok' | 'error',
): Record<string, unknown> {
	return {
		...interactionFields(interaction),
		event: 'interaction',
		command,
		options: input ? optionsForLog(input) : undefined,
		latencyMs: elapsed(started),
		outcome,
	};
}

/** Option values for the log line, cut short: user text is logged, never in full. */
function optionsForLog(input: CommandInput): Record<string, string> {
	const entries = [...input.options].map(([key, value]) => [key, truncate(String(value), 80)]);
	return Object.fromEntries(entries);
}

function elapsed(started: number): number {
	return Math.round((performance.now() - started) * 100) / 100;
}
