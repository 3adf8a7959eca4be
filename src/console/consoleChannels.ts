/**
 * The console's channels. The console has no Discord server, so a channel is whatever name is typed
 * (`/daily set channel:#research …`, as in Discord): each name gets an id of the shape Discord uses, the same one in
 * every session (the daily settings saved in the database name it), and the replies show `#research` where the bot
 * wrote `<#id>`.
 */
import { createHash } from 'node:crypto';

/** Ids are 18 digits, as Discord's are in these years: 10^17 and up. */
const ID_FLOOR = 10n ** 17n;
const ID_SPAN = 9n * 10n ** 17n;

export class ConsoleChannels {
	/** The names seen in this session, by id. */
	private readonly names = new Map<string, string>();

	/**
	 * @param name - a channel name without `#`, in lower case (`research`)
	 * @returns its id, the same for the same name in every session
	 * @example
	 * new ConsoleChannels().idOf('research'); // an 18-digit id, e.g. '7421…'
	 */
	idOf(name: string): string {
		const hash = createHash('sha256').update(name).digest().readBigUInt64BE(0);
		const id = String(ID_FLOOR + (hash % ID_SPAN));
		this.names.set(id, name);
		return id;
	}

	/**
	 * @param text - what the bot wrote
	 * @returns the text with each mention of a channel named in this session as `#name`; other mentions as written
	 * @example
	 * channels.named(`Posted in <#${channels.idOf('research')}>.`); // 'Posted in #research.'
	 */
	named(text: string): string {
		return text.replace(/<#(\d{1,20})>/gu, (mention, id: string) => {
			const name = this.names.get(id);
			return name === undefined ? mention : `#${name}`;
		});
	}
}
