/**
 * Where a command can be installed and used. The lookups go anywhere: installed to a server or to a researcher's own
 * account, and used in a server, in a DM with the bot or in a group DM. /daily posts to a server's channel, so it is
 * installed with the bot to a server and used there only.
 */
import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

export const ANYWHERE = {
	integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} as const;

export const SERVER_ONLY = {
	integrationTypes: [ApplicationIntegrationType.GuildInstall],
	contexts: [InteractionContextType.Guild],
} as const;
