import { SlashCommandBuilder } from '@discordjs/builders';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { SERVER_ONLY } from '../src/bot/installContexts.js';
import { type CommandContext, type CommandInput, type PermissionName, stringOption } from '../src/bot/command.js';
import { quoteUserText } from '../src/bot/messages.js';
import { completeOption } from '../src/bot/completeOption.js';
import { localDay, nextPostTime } from '../src/daily/dailyScheduler.js';
import { isBusy, retryWhenBusy } from '../src/daily/dailyStore.js';
import { normaliseTime } from '../src/daily/timeOfDay.js';
import { completeTimeZone } from '../src/daily/timeZones.js';
import { answerEmbed } from '../src/render/answerEmbed.js';
import { answerTitle } from '../src/render/answerProse.js';
import { type Reply, embedReply, textReply } from '../src/render/reply.js';

export const data = new SlashCommandBuilder()
	.setName('daily')
	.setDescription('A fact posted every day in a channel of this server')
	.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
	.setIntegrationTypes(...SERVER_ONLY.integrationTypes)
	.setContexts(...SERVER_ONLY.contexts)
	.addSubcommand((sub) =>
		sub
			.setName('set')
			.setDescription('Post a fact every day in a channel, at a local time')
			.addChannelOption((option) =>
				option
					.setName('channel')
					.setDescription('Where to post')
					.addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
					.setRequired(true),
			)
			.addStringOption((option) =>
				option
					.setName('time')
					.setDescription('Local time, HH:MM (24-hour), e.g. 09:00')
					.setRequired(true)
					.setMaxLength(5),
			)
			.addStringOption((option) =>
				option
					.setName('timezone')
					.setDescription('Time zone, e.g. Asia/Almaty')
					.setRequired(true)
					.setAutocomplete(true)
					.setMaxLength(64),
			),
	)
	.addSubcommand((sub) => sub.setName('stop').setDescription('Stop the daily posts'))
	.addSubcommand((sub) => sub.setName('status').setDescription('Channel, next post time, last post and any problem'))
	.addSubcommand((sub) => sub.setName('preview').setDescription('See the fact that would be posted next (only you)'));

const REFUSAL = 'Only members with the Manage Server permission can change the daily posts.';
const UNAVAILABLE = 'Daily posts are not available here: the bot runs without its database.';
const BUSY = 'The daily settings could not be saved: the database is busy. Try again in a moment.';

/** What the bot needs in the chosen channel to post a fact there: see it, write in it, and show the embed. */
const POST_PERMISSIONS: readonly PermissionName[] = ['ViewChannel', 'SendMessages', 'EmbedLinks'];

/** "ViewChannel" as Discord's settings name it: "View Channel". */
function permissionLabel(name: PermissionName): string {
	return name.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ');
}

function joinWithAnd(words: readonly string[]): string {
	return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Why the bot could not post in the channel, naming each permission it lacks there; undefined when it can. */
function missingPermissionsText(channelId: string, context: CommandContext): string | undefined {
	const missing = context.channels?.missing(channelId, POST_PERMISSIONS);
	if (!missing || missing.length === 0) return undefined;
	const names = joinWithAnd(missing.map(permissionLabel));
	return (
		`I cannot post in <#${channelId}>: I am missing the ${names} permission${missing.length === 1 ? '' : 's'} there. ` +
		`Give ${missing.length === 1 ? 'it' : 'them'} to me in that channel (Edit Channel → Permissions), or pick another ` +
		'channel, and run /daily set again.'
	);
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/** Building an Intl.DateTimeFormat costs far more than using one; zones are a bounded set (IANA names only). */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function formatInZone(instant: Date, timeZone: string): string {
	let format = zoneFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' });
		zoneFormats.set(timeZone, format);
	}
	return format.format(instant);
}

export async function execute(input: CommandInput, context: CommandContext): Promise<Reply> {
	// A DM or a user-installed use has no server: say so first, whatever else is missing.
	if (!input.guildId) return textReply('Daily posts are set per server: run this in a server.');
	const daily = context.daily;
	if (!daily) return textReply(UNAVAILABLE);
	const guildId = input.guildId;
	switch (input.subcommand) {
		case 'set': {
			if (!input.canManageGuild) return textReply(REFUSAL);
			const channelId = stringOption(input, 'channel');
			const rawTime = stringOption(input, 'time') ?? '';
			const time = normaliseTime(rawTime);
			const timezone = stringOption(input, 'timezone') ?? '';
			// Discord sends a channel id; anything else (the console passes text through) is refused, never echoed.
			if (!channelId || !/^\d{1,20}$/.test(channelId)) return textReply('Pick the channel to post in.');
			if (!time) return textReply(`${quoteUserText(rawTime)} is not a time of day. Use HH:MM, for example 09:00.`);
			if (!isTimeZone(timezone)) {
				return textReply(
					`${quoteUserText(timezone)} is not a time zone. Pick one from the list, for example Asia/Almaty.`,
				);
			}
			// Checked now rather than found out at the first post: the settings are kept only for a channel the bot can post in.
			const missing = missingPermissionsText(channelId, context);
			if (missing) return textReply(missing);
			let settings;
			try {
				settings = await retryWhenBusy(() => daily.store.saveSettings({ guildId, channelId, time, timezone }));
			} catch (error) {
				if (isBusy(error)) return textReply(BUSY);
				throw error;
			}
			const next = nextPostTime(settings, context.now());
			return textReply(
				`Daily facts will be posted in <#${channelId}> at ${time} (${timezone}). Next post: ${formatInZone(next, timezone)}.`,
				false,
			);
		}
		case 'stop': {
			if (!input.canManageGuild) return textReply(REFUSAL);
			let stopped: boolean;
			try {
				stopped = await retryWhenBusy(() => daily.store.disable(guildId));
			} catch (error) {
				if (isBusy(error)) return textReply(BUSY);
				throw error;
			}
			return textReply(
				stopped ? 'Daily posts stopped. Use /daily set to start them again.' : 'There were no daily posts to stop.',
				false,
			);
		}
		case 'status': {
			const settings = daily.store.getSettings(guildId);
			if (!settings?.enabled) return textReply('No daily posts are set for this server. Use /daily set.');
			const last = daily.store.lastPost(guildId);
			const lastText = last
				? `${last.day}: ${answerTitle(context.engine.get(last.factId)) ?? last.factId} (${last.status})`
				: 'none yet';
			// A post still being retried is a problem too, shown with how long it has lasted and the last reason.
			const retrying =
				last?.status === 'pending' && last.retryingSince !== null
					? `retrying since ${formatInZone(new Date(last.retryingSince), settings.timezone)} (${last.error ?? 'no answer'})`
					: null;
			const lines = [
				`Channel: <#${settings.channelId}>`,
				`Time: ${settings.time} (${settings.timezone})`,
				`Next post: ${formatInZone(nextPostTime(settings, context.now()), settings.timezone)}`,
				`Last post: ${lastText}`,
				`Problem: ${retrying ?? settings.problem ?? 'none'}`,
				`Today in that zone: ${localDay(context.now(), settings.timezone)}`,
			];
			return textReply(lines.join('\n'));
		}
		case 'preview': {
			const fact = daily.scheduler.preview(guildId);
			return embedReply([answerEmbed(fact.answer, context.engine.sourceCatalogue)], [], true);
		}
		default:
			return textReply('Use /daily set, stop, status or preview.');
	}
}

export function autocomplete(option: string, partial: string, _input: CommandInput, context: CommandContext) {
	return completeOption(context.engine, { timezone: completeTimeZone }, option, partial);
}
