/** What a command answers: the same model is sent to Discord or printed by the local console. */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { fitEmbeds } from './fitEmbed.js';

export interface Reply {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIButtonComponent>[];
	/** Only the caller sees it: errors, refusals, previews. */
	ephemeral: boolean;
}

export function textReply(content: string, ephemeral = true): Reply {
	return { content, embeds: [], components: [], ephemeral };
}

export function embedReply(embeds: APIEmbed[], components: Reply['components'] = [], ephemeral = false): Reply {
	return { embeds: fitEmbeds(embeds), components, ephemeral };
}
