import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { checkText } from '../../../src/engine/check/checker.js';
import { Engine } from '../../../src/engine/engine.js';
import { summarise } from '../../support/verdicts.js';

let engine: Engine;
beforeAll(async () => {
	engine = new Engine(await loadDataset());
});
const check = (text: string) => summarise(checkText(engine, text));

describe('documents named by their title', () => {
	it('supports a document signed where the claim says', () => {
		expect(
			check('The Agreement on the delimitation of the Kazakh-Turkmen state border was signed in Ashgabat.'),
		).toEqual([
			{
				verdict: 'supported',
				claim: 'document',
				checked: 'The Agreement on the delimitation of the Kazakh-Turkmen state border',
				record: 'doc-2021-border-delimitation',
			},
		]);
	});

	it('contradicts the place and the date it was not signed at', () => {
		expect(
			check(
				'The Agreement on the delimitation of the Kazakh-Turkmen state border was signed in Astana. The Agreement on the delimitation of the Kazakh-Turkmen state border was signed in 2022.',
			).map(({ differs, claimed }) => [differs, claimed]),
		).toEqual([
			['place', 'Astana'],
			['date', '2022'],
		]);
	});

	it('contradicts a document the sources record as proposed, not signed', () => {
		expect(check('The Agreement on the promotion and protection of investments was signed in 2021.')).toEqual([
			expect.objectContaining({
				verdict: 'contradicted',
				differs: 'status',
				record: 'prop-2021-investment-promotion-protection-agreement',
			}),
		]);
	});

	it('does not read a title’s own period as the date it was signed', () => {
		expect(
			check(
				'The Plan of Joint Actions for the Further Expansion of Cooperation in the Transport Sector for 2026–2027 was signed.',
			),
		).toEqual([expect.objectContaining({ verdict: 'supported', claim: 'document' })]);
	});

	it('finds a title the sources do not hold not in the sources', () => {
		expect(check('The Agreement on joint space exploration was signed in Ashgabat.')).toEqual([
			expect.objectContaining({ verdict: 'not-in-sources', claim: 'document', reason: 'no-record' }),
		]);
	});
});
