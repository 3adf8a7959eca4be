/**
 * The Discord objects the stand-in serves, as Discord would return them: the fixed ids of its one application, bot,
 * guild, channel and user; snowflakes; users, the channel, the application, the guild and messages.
 */
import {
	ChannelType,
	GuildDefaultMessageNotifications,
	GuildExplicitContentFilter,
	GuildMFALevel,
	GuildNSFWLevel,
	GuildPremiumTier,
	GuildVerificationLevel,
	Locale,
	MessageType,
	type APIApplication,
	type APIAttachment,
	type APIGuild,
	type APIMessage,
	type APIRole,
	type APITextChannel,
	type APIUser,
	type ApplicationFlags,
	type ChannelFlags,
	type GatewayGuildCreateDispatchData,
	type GuildMemberFlags,
	type GuildSystemChannelFlags,
	type MessageFlags,
	type RoleFlags,
} from 'discord.js';

/** Application id (`client.application.id`, `interaction.applicationId`). */
export const APP_ID = '1100000000000000001';
/** Bot user id (`client.user.id`). Deliberately different from APP_ID so tests notice which one code uses. */
export const BOT_ID = '1100000000000000002';
export const GUILD_ID = '1100000000000000010';
export const CHANNEL_ID = '1100000000000000020';
/** The human user who triggers interactions by default. */
export const USER_ID = '1100000000000000030';
/** Default member permissions on interactions (every permission bit up to 1 << 40). */
export const ALL_PERMISSIONS = '2199023255551';

const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;

/** A fresh, strictly increasing snowflake (17-19 digits, like Discord's, so @discordjs/rest buckets work). */
export function snowflake(): string {
	const candidate = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
	lastSnowflake = candidate > lastSnowflake ? candidate : lastSnowflake + 1n;
	return lastSnowflake.toString();
}

export function botUser(): APIUser {
	return { id: BOT_ID, username: 'bot', discriminator: '0000', bot: true, avatar: null, global_name: null };
}

export function testUser(overrides: Partial<APIUser> = {}): APIUser {
	return { id: USER_ID, username: 'tester', discriminator: '0', avatar: null, global_name: 'Tester', ...overrides };
}

export function textChannel(id: string = CHANNEL_ID, name = 'general', guildId: string = GUILD_ID): APITextChannel {
	return {
		id,
		type: ChannelType.GuildText,
		guild_id: guildId,
		name,
		position: 0,
		permission_overwrites: [],
		nsfw: false,
		topic: null,
		last_message_id: null,
		last_pin_timestamp: null,
		rate_limit_per_user: 0,
		parent_id: null,
		flags: 0 as ChannelFlags,
	};
}

function everyoneRole(guildId: string): APIRole {
	return {
		id: guildId,
		name: '@everyone',
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position: 0,
		permissions: ALL_PERMISSIONS,
		managed: false,
		mentionable: false,
		flags: 0 as RoleFlags,
	};
}

export function application(): APIApplication {
	return {
		id: APP_ID,
		name: 'bot',
		icon: null,
		description: 'FakeDiscord application',
		bot_public: true,
		bot_require_code_grant: false,
		verify_key: '0'.repeat(64),
		team: null,
		flags: 0 as ApplicationFlags,
		flags_new: '0',
		bot: botUser(),
		owner: testUser(),
		summary: '',
	};
}

/** The names the stand-in's guild and channel go by (`FakeDiscordOptions`). */
export interface GuildNames {
	guildName?: string;
	channelName?: string;
}

export function guildObject(names: GuildNames): APIGuild {
	return {
		id: GUILD_ID,
		name: names.guildName ?? 'Fake Guild',
		icon: null,
		splash: null,
		discovery_splash: null,
		owner_id: USER_ID,
		region: 'deprecated',
		afk_channel_id: null,
		afk_timeout: 300,
		widget_enabled: false,
		widget_channel_id: null,
		verification_level: GuildVerificationLevel.None,
		default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
		explicit_content_filter: GuildExplicitContentFilter.Disabled,
		roles: [everyoneRole(GUILD_ID)],
		emojis: [],
		features: [],
		mfa_level: GuildMFALevel.None,
		application_id: null,
		system_channel_id: null,
		system_channel_flags: 0 as GuildSystemChannelFlags,
		rules_channel_id: null,
		max_presences: null,
		max_members: 500_000,
		vanity_url_code: null,
		description: null,
		banner: null,
		premium_tier: GuildPremiumTier.None,
		premium_subscription_count: 0,
		preferred_locale: Locale.EnglishUS,
		public_updates_channel_id: null,
		max_video_channel_users: 25,
		max_stage_video_channel_users: 50,
		nsfw_level: GuildNSFWLevel.Default,
		stickers: [],
		premium_progress_bar_enabled: false,
		hub_type: null,
		safety_alerts_channel_id: null,
		incidents_data: null,
	};
}

/** The full GUILD_CREATE payload sent after READY. */
export function guildCreatePayload(names: GuildNames): GatewayGuildCreateDispatchData {
	const now = new Date().toISOString();
	return {
		...guildObject(names),
		joined_at: now,
		large: false,
		unavailable: false,
		member_count: 2,
		voice_states: [],
		members: [
			{
				user: botUser(),
				roles: [],
				joined_at: now,
				deaf: false,
				mute: false,
				flags: 0 as GuildMemberFlags,
			},
		],
		channels: [textChannel(CHANNEL_ID, names.channelName ?? 'general')],
		threads: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		soundboard_sounds: [],
	};
}

/** A complete message object as Discord would return it. */
export function buildMessage(channelId: string, body: unknown, extra: Partial<APIMessage> = {}): APIMessage {
	const message: APIMessage = {
		id: snowflake(),
		channel_id: channelId,
		author: botUser(),
		content: '',
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: MessageType.Default,
		flags: 0 as MessageFlags,
		...extra,
	};
	return applyMessageFields(message, body, false);
}

/** Copies the message-shaped fields of a REST body (content, embeds, components, flags, attachments) onto a message. */
export function applyMessageFields(message: APIMessage, body: unknown, isEdit: boolean): APIMessage {
	const fields = asRecord(body);
	if (!fields) return message;
	const next: APIMessage = { ...message };
	if (typeof fields.content === 'string') next.content = fields.content;
	if (Array.isArray(fields.embeds)) next.embeds = fields.embeds as APIMessage['embeds'];
	if (Array.isArray(fields.components)) next.components = fields.components as APIMessage['components'];
	if (typeof fields.flags === 'number') next.flags = fields.flags;
	if (typeof fields.tts === 'boolean') next.tts = fields.tts;
	if (Array.isArray(fields.attachments)) {
		next.attachments = fields.attachments.map((raw): APIAttachment => {
			const attachment = asRecord(raw) ?? {};
			const id = typeof attachment.id === 'string' || typeof attachment.id === 'number' ? String(attachment.id) : '0';
			const filename = typeof attachment.filename === 'string' ? attachment.filename : 'file';
			return {
				id,
				filename,
				size: 0,
				url: `https://cdn.invalid/attachments/${id}/${filename}`,
				proxy_url: `https://media.invalid/attachments/${id}/${filename}`,
			};
		});
	}
	if (isEdit) next.edited_timestamp = new Date().toISOString();
	return next;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}
