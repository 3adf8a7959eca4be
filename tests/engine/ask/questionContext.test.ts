import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.js';
import type { QuestionContext } from '../../../src/engine/ask/questionContext.js';
import { readQuestion } from '../../../src/engine/ask/questionContext.js';
import { wordTerms } from '../../../src/engine/normalise.js';
import { buildVocabulary, type Vocabulary } from '../../../src/engine/vocabulary.js';
import { useDatasetNames } from '../../support/datasetNames.js';

// Names and their spellings come from the dataset, as in the engine.
beforeAll(useDatasetNames);

let vocabulary: Vocabulary;

beforeAll(async () => {
	vocabulary = buildVocabulary(await loadDataset());
});

function read(question: string): QuestionContext {
	return readQuestion(question, vocabulary);
}

function intents(question: string): string[] {
	return [...read(question).intents].sort();
}

describe('readQuestion', () => {
	it('reads what someone said, or how they saw something, as asking what was said', () => {
		for (const question of [
			'What did Tokayev say the two 2021 border documents accomplished?',
			'How did Serdar Berdimuhamedov react to the award?',
			"Garabogaz bridge initiative 2021 - Tokayev's view?",
			'What did Tokayev reveal about how he had treated awards before?',
			'What did Tokayev recall about the Caspian Summit?',
		])
			expect(read(question).asksWhatWasSaid, question).toBe(true);
		// Proposing and agreeing are answered by proposals and figures.
		expect(read('What did Kazakhstan propose in 2025?').asksWhatWasSaid).toBe(false);
		expect(read('What trade target did the two sides agree on?').asksWhatWasSaid).toBe(false);
	});

	it('searches for no word of a phrase that only joins the question\'s parts ("in order to")', () => {
		const { searchText } = read('What did Kazakhstan propose in order to get trade up to $1 billion?');
		expect(searchText.split(' ')).not.toContain('order');
		expect(searchText.split(' ')).toContain('trade');
	});

	it('reads a meeting named by its title as a part a city can contradict', () => {
		const conflict = read(
			'How many agreements came out of the fifth High-Level Strategic Cooperation Council held in Astana?',
		).scopeConflict;
		expect(conflict?.map((facet) => facet.kind)).toEqual(['city', 'meeting']);
		expect(conflict?.find((facet) => facet.kind === 'meeting')?.visits).toEqual(['visit-2025-ankara-hlscc']);
		// Two shared words are no name: the gas agreement's "strategic cooperation" is not the council's.
		const gas = read('When was the KZ-Turkmen Agreement on Strategic Cooperation in the Gas Industry signed?');
		expect(gas.scopeConflict).toBeNull();
	});

	it('reads "how many documents" as a document count', () => {
		const context = read('How many documents were signed in Ashgabat?');
		expect([intents('How many documents were signed in Ashgabat?'), context.asksDocumentCount]).toEqual([
			['count', 'document'],
			true,
		]);
	});

	it('reads "number of agreements" as a document count', () => {
		expect(read('What was the number of agreements signed?').asksDocumentCount).toBe(true);
	});

	it('does not read "the number of the resolution" (its name) as a count', () => {
		expect(read('What is the number of the UN General Assembly resolution?').intents.has('count')).toBe(false);
		expect(read('What was the number of documents signed?').asksDocumentCount).toBe(true);
	});

	it('reads "docs" as documents', () => {
		expect(read('Number of docs signed in Ashgabat?').asksDocumentCount).toBe(true);
	});

	it('scopes a comparison to the meetings its sides name when no one meeting has every part', () => {
		const context = read("Serdar Berdimuhamedov's 2025 Astana visit vs the Tokayev–Erdoğan council in Ankara");
		expect([...context.scope].sort()).toEqual(['visit-2025-ankara-hlscc', 'visit-2025-astana']);
		expect(context.scopeConflict).toBeNull();
	});

	it('keeps every year a comparison names, though a city names the meeting of one of them', () => {
		const context = read(
			'What order did Tokayev receive in Ashgabat in 2021, and which did he confer in 2025, compared?',
		);
		expect(context.scope).toContain('visit-2021-ashgabat');
		expect(context.scope.some((id) => id.startsWith('visit-2025'))).toBe(true);
		// Without a comparison the city and the year narrow together.
		expect(read('What order did Tokayev receive in Ashgabat in 2021?').scope).toEqual(['visit-2021-ashgabat']);
	});

	it('reads "reported" as asking for a source only after who or which', () => {
		expect(read('Which news agency reported the investment figure?').intents.has('source')).toBe(true);
		expect(read('Who reported the investment figure?').intents.has('source')).toBe(true);
		expect(read('What freight result was reported in 2025?').intents.has('source')).toBe(false);
	});

	it('reads "which … body", "which company" as asking for an organisation', () => {
		expect(
			read('Which Almaty-based anti-drug coordination body is to be led by a Turkmen?').intents.has('organisation'),
		).toBe(true);
		expect(read('Which Kazakh company signed the cable deal?').intents.has('organisation')).toBe(true);
		expect(read('What did the two presidents sign?').intents.has('organisation')).toBe(false);
	});

	it('reads a source noun as asking for a source after which or what, not where it names the source read', () => {
		expect(read('Which outlet published the report on the Ankara meeting?').intents.has('source')).toBe(true);
		expect(read('What sources cover the 2021 visit?').intents.has('source')).toBe(true);
		expect(read('sources on the Caspian summit').intents.has('source')).toBe(true);
		expect(
			read('Which regional organisations does the 2022 magazine article list as channels?').intents.has('source'),
		).toBe(false);
	});

	it('does not read a count of companies as a document count', () => {
		expect(read('How many companies signed agreements?').asksDocumentCount).toBe(false);
	});

	it('reads turnover, investment and the word percent as an amount', () => {
		expect([intents('trade turnover'), intents('Kazakh investments'), intents('a rise of 14 percent')]).toEqual([
			['amount'],
			['amount'],
			['amount'],
		]);
	});

	// BUG: the amount pattern ends in `\d+ ?%)\b`, and a word boundary after "%" needs a word character
	// to follow it, so "14%" at the end of a question or before a space is never read as an amount.
	it('reads a figure written with a percent sign as an amount', () => {
		expect([intents('a rise of 14%'), intents('grew by 14% in 2025')]).toEqual([['amount'], ['amount']]);
	});

	it('reads when, where and who questions', () => {
		expect([intents('When did they meet?'), intents('Where did they meet?'), intents('Who met them?')]).toEqual([
			['when'],
			['where'],
			['who'],
		]);
	});

	it('reads a country no meeting involves as the topic, not as a part of the scope', () => {
		expect(read('What did the 2021 Ashgabat summit decide about Azerbaijan?').scope).toEqual(['visit-2021-ashgabat']);
	});

	it('reads a polite request for a list, or for the titles of documents, as asking for the documents', () => {
		for (const question of [
			'can you list the agreements signed in Ankara?',
			'Please name the memoranda of 2025',
			'the titles of the 18 agreements signed in Ankara',
		])
			expect(read(question).asksDocumentList, question).toBe(true);
		expect(read('Can you tell me about the agreements?').asksDocumentList).toBe(false);
	});

	it('leaves out a kind of document the question names only to leave it out', () => {
		expect(read('Apart from the joint declaration, how many agreements were signed?').documentKinds).toEqual([]);
		expect(read('how many agreements (not memoranda or plans) were signed').documentKinds).toEqual([]);
		expect(read('How many memoranda, besides the declaration?').documentKinds).toEqual(['memorandum']);
	});

	it('reads a noun for a person, or "whom", as asking for a person', () => {
		for (const question of [
			'Which Kazakh figure does the joint statement credit?',
			'which earlier Kazakh leader was credited',
			'Besides him, whom did they credit?',
		])
			expect(intents(question), question).toContain('person');
		expect(intents('Which figures were given for trade?')).not.toContain('person');
	});

	it('reads orders and the names of the awards as an award question', () => {
		expect([intents('Golden Eagle'), intents('the Bitaraplyk order'), intents('Devlet Nişanı')]).toEqual([
			['award'],
			['award'],
			['award'],
		]);
	});

	it('reads a question with no cue as general', () => {
		expect(intents('border regime')).toEqual(['general']);
	});

	it('collects the years named', () => {
		expect(read('between 2021 and 2025, not 1850').years).toEqual([2021, 2025]);
	});

	it('collects Türkiye and Turkmenistan by their aliases', () => {
		expect([read('trade with Turkey').countries, read('the Turkmen side').countries]).toEqual([
			['Türkiye'],
			['Turkmenistan'],
		]);
		// Two-letter codes are aliases the dataset's places declare too.
		expect([read('KZ and TM trade goal').countries, read('KZ-TR trade').countries]).toEqual([
			['Turkmenistan'],
			['Türkiye'],
		]);
	});

	it('does not treat Kazakhstan as a country that narrows', () => {
		expect([read('Kazakhstan trade').countries, read('Kazakhstan trade').scope]).toEqual([[], []]);
	});

	it('narrows to the visits of a year', () => {
		expect(read('What happened in 2025?').scope).toEqual(['visit-2025-ankara-hlscc', 'visit-2025-astana']);
	});

	it('narrows to a month of a year', () => {
		expect(read('What was signed in November 2025?').scope).toEqual(['visit-2025-astana']);
	});

	it('narrows to a city', () => {
		expect(read('documents signed in Ashgabat').scope).toEqual(['visit-2021-ashgabat']);
	});

	it('narrows a visit to a country to the meetings that country hosted', () => {
		expect(read("Who hosted Tokayev's state visit to Turkmenistan?").scope).toEqual(['visit-2021-ashgabat']);
		expect(read('When did Serdar Berdimuhamedov come to Kazakhstan?').scope).toEqual([
			'visit-2022-kazakhstan',
			'visit-2025-astana',
		]);
		// "to" after no word of going names no destination: Kazakh exports to Turkmenistan were offered in Ashgabat.
		expect(read('Kazakh exports to Turkmenistan').scope).not.toEqual(['visit-2021-ashgabat']);
	});

	it('narrows to the visits of Gurbanguly Berdimuhamedov', () => {
		expect(read('Gurbanguly award').scope).toEqual(['visit-2021-ashgabat']);
	});

	it('narrows to the visits of Serdar Berdimuhamedov', () => {
		expect(read('Serdar Berdimuhamedov award').scope).toEqual(['visit-2022-kazakhstan', 'visit-2025-astana']);
	});

	it('narrows to the visit with Erdoğan, typed without ğ', () => {
		expect(read('What did Erdogan say?').scope).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('keeps the index forms of the names that chose the scope, to weigh them less', () => {
		expect([...read('How did Erdoğan characterise relations with Türkiye?').scopeNameTerms].sort()).toEqual([
			'erdogan',
			'turkiy',
		]);
		expect(read('How did the presidents characterise relations?').scopeNameTerms.size).toBe(0);
		// An outlet's name says where a fact was read.
		const outlet = read('What does the 2022 Turkmenistan Analytic article say about the Caspian?').scopeNameTerms;
		expect([...outlet]).toEqual(expect.arrayContaining([...wordTerms('Turkmenistan Analytic')]));
	});

	it('narrows to the Türkiye meeting by country', () => {
		expect(read('trade turnover with Türkiye').scope).toEqual(['visit-2025-ankara-hlscc']);
	});

	it('combines scope words: Astana in 2025', () => {
		expect(read('How many documents were signed in Astana in 2025?').scope).toEqual(['visit-2025-astana']);
	});

	it('leaves the scope empty when the words name no visit', () => {
		expect(read('What happened in 2019?').scope).toEqual([]);
	});

	it('leaves the scope empty when the words name every visit', () => {
		expect(read('visits of 2021, 2022 and 2025').scope).toEqual([]);
	});

	it('reads sides set beside each other as a comparison', () => {
		const compares = (question: string): boolean => read(question).compares;
		expect(
			[
				'Trade in 2021 vs 2025',
				'What trade targets were set with Turkmenistan and with Türkiye?',
				'Contrast the goal voiced in Ankara with the one agreed in Astana',
				'the targets of each visit',
				// Two questions in one, each of its own year.
				'Who hosted the talks in 2021, and who led Turkmenistan on the 2025 visit?',
			].map(compares),
		).toEqual([true, true, true, true, true]);
		expect(['What trade target was set with Turkmenistan?', 'Trade and transport with Türkiye'].map(compares)).toEqual([
			false,
			false,
		]);
	});

	it('reads a question comparing by "or" alone as offering alternatives', () => {
		const alternatives = (question: string): boolean => read(question).offersAlternatives;
		expect(alternatives('Is the railway part of the North–South corridor or the East–West one?')).toBe(true);
		expect(alternatives('Is trade with Türkiye or with Turkmenistan larger?')).toBe(false);
		expect(alternatives('Trade in 2021 vs 2025')).toBe(false);
	});

	it('removes question words from the text to search for', () => {
		expect(read('How many documents were signed in this visit?').searchText).toBe('documents were signed in this');
		expect(read('How much have Kazakh investors put in so far?').searchText).toBe('have kazakh investors put in');
		// "Number of …" asks how many, as "how many" does; "the number of the meeting" asks which.
		expect(read('number of Turkish firms in Kazakhstan').searchText).toBe('turkish firms in kazakhstan');
		expect(read('the ordinal number of the council meeting').searchText).toBe(
			'the ordinal number of the council meeting',
		);
	});

	it('leaves out the year, month and city that chose the scope, but not the leader', () => {
		const context = read('What did Serdar Berdimuhamedov say about the Caspian in Astana in November 2025?');

		expect(context.scope).toEqual(['visit-2025-astana']);
		expect(context.searchText).toBe('what did serdar berdimuhamedov say the caspian in in');
	});

	it('keeps a year that chooses no visit in the text to search for', () => {
		expect(read('trade in 2019').searchText).toBe('trade in 2019');
	});

	it('reads what someone said, called for, proposed or agreed as a statement question', () => {
		for (const question of [
			'What did Tokayev say about Afghanistan?',
			'What did the presidents call for on the Caspian?',
			'What did Gurbanguly Berdimuhamedov propose on culture?',
			'How did Tokayev describe Turkmenistan?',
			'What was agreed on transit?',
		]) {
			expect(intents(question), question).toContain('statement');
		}
		expect(intents('Which agreements were signed?')).not.toContain('statement');
	});

	it('reads "which visit" and "what meeting" as asking for a visit', () => {
		expect(intents('At which visit did Kazakhstan propose annual interregional forums?')).toEqual([
			'statement',
			'visit',
		]);
		expect(intents('What meeting was held in Ankara?')).toContain('visit');
	});

	it('returns an empty search text for an empty question', () => {
		expect([read('').searchText, intents('')]).toEqual(['', ['general']]);
	});
});

describe('readQuestion on sets of documents', () => {
	it('reads "which … documents" as a list of documents, not a count', () => {
		const context = read('Which transport documents were signed in 2021?');
		expect([context.asksDocumentList, context.asksDocumentCount]).toEqual([true, false]);
		expect(read('How many documents were signed?').asksDocumentList).toBe(false);
		expect(read('What is the trade turnover?').asksDocumentList).toBe(false);
	});

	it('reads the kinds a question names, but not "agreements" or "documents", which researchers use for any', () => {
		expect(read('How many memoranda and MoUs were signed?').documentKinds).toEqual(['memorandum']);
		expect(read('which plans and joint statements were adopted').documentKinds).toEqual(['plan', 'joint-statement']);
		expect(read('How many agreements and documents were signed?').documentKinds).toEqual([]);
	});

	it('reads how the documents were signed', () => {
		expect(read('documents signed on the sidelines').signings).toEqual(['sidelines']);
		expect(read('Which documents were exchanged in the presence of the presidents?').signings).toEqual([
			'exchanged-in-presence',
		]);
		expect(read('Which documents were signed?').signings).toEqual([]);
	});

	it('reads "including those on the sidelines" as widening, not narrowing', () => {
		expect(read('total number of memoranda signed in 2025, including sideline ones').signings).toEqual([]);
		expect(read('memoranda signed with Turkmen partners on the sidelines').signings).toEqual(['sidelines']);
	});

	it('reads totals and comparisons of documents as counts', () => {
		expect(read('documents signed 2021 vs 2025').asksDocumentCount).toBe(true);
		expect(read('total documents signed in Astana').asksDocumentCount).toBe(true);
		expect(read('documents signed in 2021').asksDocumentCount).toBe(false);
	});
});

describe('readQuestion on meetings named by their own words', () => {
	it('narrows to a meeting named by words only its title and aliases use', () => {
		expect(read('How many documents were signed at the fifth HLSCC?').scope).toEqual(['visit-2025-ankara-hlscc']);
		expect(read('What did the High-Level Strategic Cooperation Council decide?').scope).toEqual([
			'visit-2025-ankara-hlscc',
		]);
	});

	it('does not narrow by one such word, nor let one named meeting drop another named by place and year', () => {
		expect(read('What was said about strategic partnership?').scope).toEqual([]);
		expect(
			[...read('Which awards did Tokayev receive in Ashgabat in 2021 and in Ankara in 2025?').scope].sort(),
		).toEqual(['visit-2021-ashgabat', 'visit-2025-ankara-hlscc']);
	});
});
