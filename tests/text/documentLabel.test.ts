import { describe, expect, it } from 'vitest';
import type { Party } from '../../src/data/schema.js';
import { documentSubject, shortParties } from '../../src/text/documentLabel.js';

function party(body: string, type: Party['type'], country: Party['country']): Party {
	return { body, type, country, organisation: null, person: null };
}

const AGRICULTURE_KZ = party('Ministry of Agriculture of the Republic of Kazakhstan', 'ministry', 'Kazakhstan');
const AGRICULTURE_TM = party('Ministry of Agriculture of Turkmenistan', 'ministry', 'Turkmenistan');

describe('documentSubject', () => {
	it('keeps what the title is about, without its kind, its parties and the frame around them', () => {
		expect(
			documentSubject({
				title:
					'Memorandum of Understanding between the Ministry of Agriculture of the Republic of Kazakhstan and the Ministry of Agriculture of Turkmenistan on Cooperation in the Field of Veterinary Medicine',
				parties: [AGRICULTURE_KZ, AGRICULTURE_TM],
				sectors: ['veterinary', 'agriculture'],
			}),
		).toBe('veterinary medicine');
	});

	it('keeps the words inside the subject, and the case of a title written in sentence case', () => {
		expect(
			documentSubject({
				title: 'Agreement on the delimitation of the Kazakh-Turkmen state border in the Caspian Sea',
				parties: [],
				sectors: ['border'],
			}),
		).toBe('delimitation of the Kazakh-Turkmen state border in the Caspian Sea');
	});

	it('drops the countries a subject ends with', () => {
		expect(
			documentSubject({
				title:
					'Agreement between the Ministry of Finance of the Republic of Kazakhstan and the State Customs Service of Turkmenistan on the exchange of information on goods transported between the Republic of Kazakhstan and Turkmenistan',
				parties: [
					party('Ministry of Finance of the Republic of Kazakhstan', 'ministry', 'Kazakhstan'),
					party('State Customs Service of Turkmenistan', 'agency', 'Turkmenistan'),
				],
				sectors: ['customs'],
			}),
		).toBe('exchange of information on goods transported');
	});

	it('lower-cases a title-cased subject but for the names of regions and countries', () => {
		expect(
			documentSubject({
				title: 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia',
				parties: [],
				sectors: ['security'],
			}),
		).toBe('nuclear-weapon-free zone in Central Asia');
	});

	it('names the sectors when the title names only its kind and its parties', () => {
		expect(
			documentSubject({
				title: 'Memorandum of Understanding between Al-Farabi Kazakh National University and Makhtumkuli University',
				parties: [
					party('Al-Farabi Kazakh National University', 'university', 'Kazakhstan'),
					party('Makhtumkuli University', 'university', 'Turkmenistan'),
				],
				sectors: ['education', 'public-administration'],
			}),
		).toBe('education, public administration');
	});

	it('says what a plan is about when its title leaves only its years', () => {
		expect(
			documentSubject({
				title: 'Plan of Main Measures for the Development of Cooperation between the Ministries for 2026–2027',
				parties: [party('Ministries', 'ministry', null)],
				sectors: ['health'],
			}),
		).toBe('health, 2026–2027');
	});

	it('cuts out a party only where its name stands as whole words', () => {
		expect(
			documentSubject({
				title: 'Agreement between Kazakhstan and Turkmenistan on Turkmenistani gas',
				parties: [party('Turkmenistan', 'state', 'Turkmenistan'), party('Kazakhstan', 'state', 'Kazakhstan')],
				sectors: ['energy'],
			}),
		).toBe('Turkmenistani gas');
	});
});

describe('shortParties', () => {
	it('names two ministries of the same thing once, in the plural', () => {
		expect(shortParties([AGRICULTURE_KZ, AGRICULTURE_TM])).toBe('agriculture ministries');
	});

	it('names ministries by the first thing they share', () => {
		expect(
			shortParties([
				party('Ministry of Health of the Republic of Kazakhstan', 'ministry', 'Kazakhstan'),
				party('Ministry of Health and Medical Industry of Turkmenistan', 'ministry', 'Turkmenistan'),
			]),
		).toBe('health ministries');
	});

	it('names two states by their countries, and governments or heads of state by what they are', () => {
		expect(
			shortParties([
				party('Republic of Kazakhstan', 'state', 'Kazakhstan'),
				party('Turkmenistan', 'state', 'Turkmenistan'),
			]),
		).toBe('Kazakhstan and Turkmenistan');
		expect(
			shortParties([
				party('Government of the Republic of Kazakhstan', 'government', 'Kazakhstan'),
				party('Government of Turkmenistan', 'government', 'Turkmenistan'),
			]),
		).toBe('governments');
		expect(
			shortParties([
				party('President of Kazakhstan', 'head-of-state', 'Kazakhstan'),
				party('President of Turkmenistan', 'head-of-state', 'Turkmenistan'),
			]),
		).toBe('heads of state');
	});

	it('names a body by its quoted name and cuts a name at the body it belongs to', () => {
		expect(
			shortParties([
				party(
					'Ministry of Industry and Infrastructure Development of the Republic of Kazakhstan',
					'ministry',
					'Kazakhstan',
				),
				party(
					'Agency “Turkmenautoulaglary” of the Agency of Transport and Communications under the Cabinet of Ministers of Turkmenistan',
					'agency',
					'Turkmenistan',
				),
			]),
		).toBe('industry ministry and Turkmenautoulaglary');
		expect(
			shortParties([
				party(
					'Research Institute of Grain Crops of the Ministry of Agriculture of Turkmenistan',
					'institute',
					'Turkmenistan',
				),
			]),
		).toBe('Research Institute of Grain Crops');
	});

	it('names nobody when there are no parties', () => {
		expect(shortParties([])).toBe('');
	});
});
