/** createBotContext: the commands and the context a bot or console starts with, from the dataset directory given. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { createBotContext } from '../../src/bot/createContext.js';
import { DatasetError } from '../../src/data/DatasetError.js';
import { createLogger } from '../../src/logger.js';
import { datasetFixture, fixtureDocument, fixtureVisit, writeDataset } from '../support/datasetFixture.js';

const directory = mkdtempSync(join(tmpdir(), 'create-context-'));

afterAll(() => {
	rmSync(directory, { recursive: true, force: true });
});

describe('createBotContext', () => {
	it('loads the commands and an engine over the dataset directory given, with the logger given', async () => {
		const dataDir = writeDataset(join(directory, 'good'), datasetFixture({ documents: [fixtureDocument()] }));
		const logger = createLogger('silent');

		const { commands, context } = await createBotContext(logger, dataDir);

		expect([...commands.keys()]).toEqual([...loadCommands().keys()]);
		expect(context.logger).toBe(logger);
		const agreements = context.engine.agreements();
		expect(agreements.ok && agreements.total).toBe(1);
		expect(context.engine.get('doc-test-joint-statement')?.kind).toBe('document');
		expect(context.daily).toBeUndefined();
	});

	it("reads the clock at each call: the context's now is the time of asking", async () => {
		const { context } = await createBotContext(
			createLogger('silent'),
			writeDataset(join(directory, 'clock'), datasetFixture()),
		);

		const before = Date.now();
		const now = context.now().getTime();

		expect(now).toBeGreaterThanOrEqual(before);
		expect(now).toBeLessThanOrEqual(Date.now());
	});

	it('rejects with the dataset problems when the directory holds a broken record', async () => {
		const dataDir = writeDataset(
			join(directory, 'broken'),
			datasetFixture({ visits: [fixtureVisit({ sources: ['999_missing.txt'] })] }),
		);

		await expect(createBotContext(createLogger('silent'), dataDir)).rejects.toBeInstanceOf(DatasetError);
	});
});
