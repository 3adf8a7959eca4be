import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import { Engine } from '../../../src/engine/engine.js';

describe('the kind a question names, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('keeps a lead of the named kind over a record of another kind that holds a rarer word of the question', () => {
		// "leader" is rarer in the index than "decoration", and the neutrality anniversary holds it.
		expect(engine.ask('What decoration did Tokayev hand the Turkmen leader in Astana?').answers[0]?.kind).toBe('award');
		// "end" names no document, but a visit's summary holds it.
		const [plan] = engine.ask('Which transport plan was signed at the end of the Astana talks?').answers;
		expect(plan?.kind === 'document' ? plan.record.title : '').toMatch(/Transport Sector/u);
		// "which … body" names an organisation: its record leads over a sentence sharing "coordinate" and "led".
		const [body] = engine.ask(
			'Which Almaty-based anti-drug coordination body is to be led by someone from Turkmenistan from 2022 onward?',
		).answers;
		expect(body?.kind === 'organisation' ? body.record.name : '').toMatch(/Information Coordination Cent/u);
	});
});

describe('RANKING.specificLeadWithin, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("puts the sentence that holds the fact before the meeting's summary", () => {
		const [first, second] = engine.ask('What did the 2022 talks say about fighting the spread of deserts?').answers;
		expect([first?.kind, second?.kind]).toEqual(['passage', 'visit']);
	});

	it("puts the source's sentence before the note on what the sentence leaves out", () => {
		const [first, second] = engine.ask('What areas does the 2025 package of documents cover?').answers;
		expect(first?.kind).toBe('passage');
		expect(first?.kind === 'passage' ? first.record.text : '').toMatch(/package of documents covers/u);
		expect(second?.kind).toBe('discrepancy');
	});

	it('keeps the summary first when the question asks for what it gives', () => {
		expect(engine.ask("Who hosted Tokayev's first state visit to Turkmenistan?").answers[0]?.kind).toBe('visit');
		// Asked inside a conversational frame, the question still starts with "who", and is echoed as typed.
		const framed = engine.ask("can you tell me who hosted Tokayev's first state visit to Turkmenistan? thanks");
		expect(framed.answers[0]?.kind).toBe('visit');
		expect(framed.query).toBe("can you tell me who hosted Tokayev's first state visit to Turkmenistan? thanks");
	});
});

describe('a proposal still proposed, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it('answers what someone proposed with their proposal, before the goal both sides agreed on', () => {
		const [first, second] = engine.ask(
			'What did Kazakhstan propose to lift trade with Turkmenistan to $1 billion?',
		).answers;
		expect(first?.id).toBe('prop-2025-trade-turnover-plan');
		expect(second?.id).toBe('prop-2025-one-billion-trade-target');
	});

	it('leaves the agreed goal first when the question asks what was agreed', () => {
		expect(engine.ask('What trade target did the two sides agree on in 2025?').answers[0]?.kind).toBe('figure');
	});
});

describe('the sentence that reports what was said, through ask', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = new Engine(await loadDataset());
	});

	it("answers what someone said a thing achieved with the sentence that says it, before the thing's record", () => {
		const [first] = engine.ask('What did Tokayev say the two 2021 border documents accomplished?').answers;
		expect(first?.kind === 'passage' ? first.record.text : '').toMatch(/legal registration/u);
	});

	it('answers how someone regards a thing with their words, before the record of the thing', () => {
		const [first] = engine.ask(
			'How did Serdar Berdimuhamedov say he regards the Golden Eagle order he received?',
		).answers;
		expect(first?.kind === 'passage' ? first.record.text : '').toMatch(/sign of high respect/u);
	});

	it('leaves the record first when the question asks what was agreed, not said', () => {
		expect(engine.ask('What trade target did the two sides agree on in 2025?').answers[0]?.kind).toBe('figure');
	});
});
