import { describe, expect, it } from 'vitest';
import { ConsoleChannels } from '../../src/console/consoleChannels.js';

describe('ConsoleChannels.idOf', () => {
	it('gives a name an 18-digit id, the same in every session', () => {
		const id = new ConsoleChannels().idOf('research');
		expect(id).toMatch(/^\d{18}$/);
		expect(new ConsoleChannels().idOf('research')).toBe(id);
	});

	it('gives different names different ids', () => {
		const channels = new ConsoleChannels();
		expect(channels.idOf('research')).not.toBe(channels.idOf('general'));
	});
});

describe('ConsoleChannels.named', () => {
	it('writes the mention of a channel named in the session as #name, and leaves other mentions', () => {
		const channels = new ConsoleChannels();
		const id = channels.idOf('research');
		expect(channels.named(`Posted in <#${id}>, not <#42>.`)).toBe('Posted in #research, not <#42>.');
	});
});
