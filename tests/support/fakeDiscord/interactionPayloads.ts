/**
 * The INTERACTION_CREATE payloads a test sends: slash commands, autocomplete, message commands and button presses, complete with the
 * fields Discord sets (ids, token, member and permissions, channel, guild, locale), in a guild or a bot DM.
 */
import {
	ApplicationCommandType,
	ChannelType,
	ComponentType,
	InteractionContextType,
	InteractionType,
	Locale,
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteractionDataOption,
	type APIChatInputApplicationCommandInteraction,
	type APIInteractionDataResolved,
	type APIInteractionGuildMember,
	type APIMessage,
	type APIMessageApplicationCommandInteraction,
	type APIMessageComponentButtonInteraction,
	type APIUser,
	type GuildMemberFlags,
} from 'discord.js';
import type { CommandRegistry } from './commandRegistry.js';
import { ALL_PERMISSIONS, APP_ID, CHANNEL_ID, GUILD_ID, buildMessage, snowflake, testUser } from './discordObjects.js';

export interface InteractionExtras {
	/** Overrides for the invoking user (defaults to USER_ID / 'tester'). */
	user?: Partial<APIUser>;
	/** Member permissions (default ALL_PERMISSIONS). */
	permissions?: string;
	/** `app_permissions` (default ALL_PERMISSIONS). */
	appPermissions?: string;
	roles?: string[];
	locale?: Locale;
	guildLocale?: Locale;
	channelId?: string;
	guildId?: string;
	/** A bot-DM interaction: no guild, `user` instead of `member`, context 1. */
	dm?: boolean;
	/** `data.resolved` for chat-input commands with user/role/channel/attachment options. */
	resolved?: APIInteractionDataResolved;
	/** Command id (defaults to the id the command was registered with, or a stable fake id per name). */
	commandId?: string;
}

/** A partial interaction: missing common fields (id, token, member, channel, …) are filled in. */
export type InteractionInput = { type: InteractionType; data?: unknown } & Record<string, unknown>;

export class InteractionPayloads {
	/** @param commands - the registered commands, whose ids (and guild) the payloads carry */
	constructor(private readonly commands: CommandRegistry) {}

	/** The fields every interaction has, for a guild member or (with `dm`) a user in a bot DM. */
	base(extra: InteractionExtras): Omit<APIChatInputApplicationCommandInteraction, 'type' | 'data'> {
		const id = snowflake();
		const user = testUser(extra.user);
		const guildId = extra.guildId ?? GUILD_ID;
		const channelId = extra.channelId ?? CHANNEL_ID;
		const common = {
			id,
			application_id: APP_ID,
			token: `fake-interaction-token-${id}`,
			version: 1 as const,
			app_permissions: extra.appPermissions ?? ALL_PERMISSIONS,
			locale: extra.locale ?? Locale.EnglishUS,
			entitlements: [],
			authorizing_integration_owners: {},
			attachment_size_limit: 10 * 1024 * 1024,
			channel_id: channelId,
		};
		if (extra.dm) {
			return {
				...common,
				channel: { id: channelId, type: ChannelType.DM },
				user,
				context: InteractionContextType.BotDM,
			};
		}
		const member: APIInteractionGuildMember = {
			user,
			roles: extra.roles ?? [],
			permissions: extra.permissions ?? ALL_PERMISSIONS,
			joined_at: new Date(Date.now() - 86_400_000).toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
		};
		return {
			...common,
			guild_id: guildId,
			guild: { id: guildId, locale: extra.guildLocale ?? Locale.EnglishUS, features: [] },
			guild_locale: extra.guildLocale ?? Locale.EnglishUS,
			channel: { id: channelId, type: ChannelType.GuildText, guild_id: guildId, name: 'general' },
			member,
			context: InteractionContextType.Guild,
		};
	}

	/** A chat-input command interaction (type 2, data.type 1). */
	chatInput(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[],
		extra: InteractionExtras,
	): APIChatInputApplicationCommandInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		return {
			...this.base(extra),
			type: InteractionType.ApplicationCommand,
			data: {
				id: extra.commandId ?? this.commands.idFor(name, guildId),
				name,
				type: ApplicationCommandType.ChatInput,
				options,
				...(extra.resolved ? { resolved: extra.resolved } : {}),
				...(guildId && this.commands.isGuildCommand(guildId, name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/** An autocomplete interaction (type 4); mark the option being typed with `focused: true`. */
	autocomplete(
		name: string,
		options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[],
		extra: InteractionExtras,
	): APIApplicationCommandAutocompleteInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		return {
			...this.base(extra),
			type: InteractionType.ApplicationCommandAutocomplete,
			data: {
				id: extra.commandId ?? this.commands.idFor(name, guildId),
				name,
				type: ApplicationCommandType.ChatInput,
				options,
				...(guildId && this.commands.isGuildCommand(guildId, name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/**
	 * A message context-menu command (type 2, data.type 3) used on a message: `data.target_id` names it and
	 * `data.resolved.messages` carries it, as Discord sends them. The message is a user's unless `message` says otherwise.
	 */
	messageCommand(
		name: string,
		message: Partial<APIMessage> & { content: string },
		extra: InteractionExtras,
	): APIMessageApplicationCommandInteraction {
		const guildId = extra.dm ? undefined : (extra.guildId ?? GUILD_ID);
		const base = this.base(extra);
		const target = buildMessage(base.channel_id, undefined, { author: testUser(), ...message });
		return {
			...base,
			type: InteractionType.ApplicationCommand,
			data: {
				id: extra.commandId ?? this.commands.idFor(name, guildId),
				name,
				type: ApplicationCommandType.Message,
				target_id: target.id,
				resolved: { messages: { [target.id]: target } },
				...(guildId && this.commands.isGuildCommand(guildId, name) ? { guild_id: guildId } : {}),
			},
		};
	}

	/** A button click (type 3, component_type 2) on a bot message carrying that button. */
	button(
		customId: string,
		messageId: string | undefined,
		extra: InteractionExtras,
	): APIMessageComponentButtonInteraction {
		const base = this.base(extra);
		const message = buildMessage(
			base.channel_id,
			{
				content: 'Message with a button',
				components: [
					{
						type: ComponentType.ActionRow,
						components: [{ type: ComponentType.Button, style: 1, custom_id: customId, label: 'Button' }],
					},
				],
			},
			{ id: messageId ?? snowflake(), application_id: APP_ID },
		);
		return {
			...base,
			type: InteractionType.MessageComponent,
			data: { custom_id: customId, component_type: ComponentType.Button },
			message,
		};
	}
}
