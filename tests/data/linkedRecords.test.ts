/**
 * The people, organisations, proposals and follow-ups of the real dataset: each fact the sources state is present, with
 * its verbatim quote (the dataset test proves every quote stands in its source), and each link resolves.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.js';
import { followUpChains } from '../../src/data/summariseDataset.js';
import { RECORD_KINDS } from '../../src/data/validateDataset.js';

const dataset = await loadDataset();
const byId = <T extends { id: string }>(records: readonly T[], id: string): T => {
	const record = records.find((candidate) => candidate.id === id);
	if (!record) throw new Error(`no record ${id}`);
	return record;
};
const quotes = (record: { evidence: readonly { quote: string }[] }): string =>
	record.evidence.map((e) => e.quote).join(' ');

describe('people', () => {
	it('holds every spelling of the leaders in one record each', () => {
		const tokayev = byId(dataset.people, 'person-kassym-jomart-tokayev');
		expect(tokayev.aliases).toEqual(expect.arrayContaining(['Kassym-Zhomart Tokayev', 'Tokaev']));
		expect(byId(dataset.people, 'person-recep-tayyip-erdogan').aliases).toContain('Erdogan');
		expect(byId(dataset.people, 'person-nursultan-nazarbayev').aliases).toContain('Elbasy');
		expect(byId(dataset.people, 'person-abai-kunanbaiuly').aliases).toContain('Abai');
		for (const id of ['person-gurbanguly-berdimuhamedov', 'person-serdar-berdimuhamedov'])
			expect(byId(dataset.people, id).aliases).toContain('Berdymukhamedov');
	});

	it('credits Nazarbayev as the 2021 Joint Statement does', () => {
		const nazarbayev = byId(dataset.people, 'person-nursultan-nazarbayev');
		expect(quotes(nazarbayev)).toMatch(/outstanding contribution.*Elbasy of Nursultan Nazarbayev/u);
	});

	it('refers to heads of state by id, and leaves the 2022 host unnamed', () => {
		const visit = byId(dataset.visits, 'visit-2022-kazakhstan');
		expect(visit.host.person).toBeNull();
		expect(visit.guest.person).toBe('person-serdar-berdimuhamedov');
		const jointStatement = byId(dataset.documents, 'doc-2021-joint-statement');
		expect(jointStatement.parties.map((party) => party.person)).toEqual([
			'person-kassym-jomart-tokayev',
			'person-gurbanguly-berdimuhamedov',
		]);
		expect(byId(dataset.awards, 'award-2025-golden-eagle').recipient.person).toBe('person-serdar-berdimuhamedov');
	});
});

describe('organisations', () => {
	it('keeps one record for one body under two spellings', () => {
		const telecom = byId(dataset.organisations, 'org-tm-turkmentelecom');
		expect(telecom.aliases).toContain('Türkmentelekom');
		const signedBy = (id: string) =>
			dataset.documents.filter((document) => document.parties.some((party) => party.organisation === id));
		expect(signedBy('org-tm-turkmentelecom').map((document) => document.id)).toEqual([
			'doc-2021-cable-border-crossing',
			'doc-2025-telecom-cable-crossing',
		]);
		expect(signedBy('org-tm-state-committee-television-radio-cinematography')).toHaveLength(2);
		expect(byId(dataset.organisations, 'org-tm-agency-for-transport-and-communications').aliases).toContain(
			'Agency of Transport and Communications under the Cabinet of Ministers of Turkmenistan',
		);
	});

	it('keeps the Turkic council and the Organization of Turkic States apart, saying why', () => {
		const council = byId(dataset.organisations, 'org-cooperation-council-of-turkic-speaking-states');
		expect(council.mayBeSameAs.map((other) => other.id)).toEqual(['org-organization-of-turkic-states']);
		expect(council.mayBeSameAs[0]?.note).toMatch(/No source links/u);
	});

	it('gives every party that is a body an organisation', () => {
		const unlinked = dataset.documents.flatMap((document) =>
			document.parties.filter((party) => !['state', 'head-of-state'].includes(party.type) && !party.organisation),
		);
		expect(unlinked).toEqual([]);
	});
});

describe('proposals', () => {
	it.each([
		['prop-2021-annual-interregional-forums', 'proposed'],
		['prop-2021-border-trade-zone', 'proposed'],
		['prop-2021-mutual-trade-measures', 'agreed'],
		['prop-2021-days-of-turkmen-culture', 'agreed'],
		['prop-2021-garabogaz-bridge', 'proposed'],
		['prop-2025-trade-houses', 'agreed'],
		['prop-2025-direct-commercial-flights', 'agreed'],
		['prop-2025-kazakh-university-branch', 'proposed'],
		['prop-2025-grain-terminal-turkmen-afghan-border', 'proposed'],
		['prop-2025-railway-south-asia-via-afghanistan', 'proposed'],
		['prop-2025-tr-turkish-university-branches', 'proposed'],
		['prop-2025-tr-maarif-schools', 'agreed'],
		['prop-2025-garabogaz-bridge-commissioned', 'done'],
		['prop-2025-turkmenbashi-border-highway', 'under-way'],
	])('records %s as %s', (id, status) => {
		expect(byId(dataset.proposals, id).status).toBe(status);
	});

	it('models documents proposed but not signed as proposals, not documents', () => {
		for (const [id, kind] of [
			['prop-2021-investment-promotion-protection-agreement', 'agreement'],
			['prop-2025-trade-turnover-plan', 'plan'],
			['prop-2022-un-energy-transport-resolutions', 'un-resolution'],
		] as const) {
			expect(byId(dataset.proposals, id).documentKind).toBe(kind);
		}
		expect(dataset.documents.some((document) => /promotion and protection of investments/iu.test(document.title))).toBe(
			false,
		);
	});

	it('records CARICC’s director from Turkmenistan from 2022', () => {
		expect(quotes(byId(dataset.proposals, 'prop-2021-caricc-director'))).toMatch(
			/representative of Turkmenistan from 2022/u,
		);
	});
});

describe('follow-ups', () => {
	it('links each later step to the earlier one, evidence on both sides', () => {
		expect(followUpChains(dataset)).toEqual(
			expect.arrayContaining([
				['prop-2021-garabogaz-bridge', 'prop-2025-garabogaz-bridge-commissioned'],
				['prop-2021-days-of-turkmen-culture', 'event-2025-cross-days-of-culture'],
				['doc-2021-cable-border-crossing', 'doc-2025-telecom-cable-crossing'],
				['prop-2021-return-state-visit-invitation', 'visit-2022-kazakhstan'],
			]),
		);
		for (const followUp of dataset.followUps) {
			expect(followUp.earlierEvidence.length).toBeGreaterThan(0);
			expect(followUp.laterEvidence.length).toBeGreaterThan(0);
		}
	});

	it('records the return visit made by Serdar, not the invited Gurbanguly, as a discrepancy', () => {
		const followUp = byId(dataset.followUps, 'follow-return-visit-2021-2022');
		expect(followUp.discrepancy).toBe('disc-2021-return-visit-made-by-successor');
	});
});

describe('facts that had no record', () => {
	it.each([
		['event-2021-avaza-consultative-meeting', /Avaza/u],
		['event-2021-international-year-of-peace-and-trust', /International Year of Peace and Trust/u],
		['event-2025-monuments-opening', /opening of monuments/u],
	])('%s is an event recalled at its visit', (id, quote) => {
		const event = byId(dataset.events, id);
		expect(event.timing).toBe('earlier');
		expect(quotes(event)).toMatch(quote);
	});

	it('records the discrepancies the sources hold', () => {
		for (const id of [
			'disc-2021-days-of-culture-one-way-or-reciprocal',
			'disc-2025-checkpoints-modernized-or-being-modernized',
			'disc-2025-investment-figure-attribution',
			'disc-2025-areas-covered-incomplete',
		])
			expect(byId(dataset.discrepancies, id).statements.length).toBeGreaterThanOrEqual(2);
	});
});

describe('what over-reached', () => {
	it('states no place the source does not state', () => {
		const sidelines = dataset.documents.filter((document) => document.signing === 'sidelines');
		expect(sidelines.map((document) => document.signedPlace)).toEqual(sidelines.map(() => null));
		expect(dataset.events.filter((event) => event.place?.endsWith(', Ashgabat'))).toEqual([]);
	});

	it('marks and cites parties that titles do not name', () => {
		for (const id of ['doc-2021-civil-defence', 'doc-2024-gas-industry-cooperation'])
			for (const party of byId(dataset.documents, id).parties)
				expect(party.inferred?.evidence.length).toBeGreaterThan(0);
	});

	it('names the railway in the freight figures’ quotes and gives both cable crossings the same sectors', () => {
		for (const id of ['fig-2025-freight-volume', 'fig-2025-freight-growth'])
			expect(quotes(byId(dataset.figures, id))).toMatch(/Kazakhstan.Turkmenistan.Iran railway/u);
		expect(byId(dataset.documents, 'doc-2021-cable-border-crossing').sectors).toEqual(
			byId(dataset.documents, 'doc-2025-telecom-cable-crossing').sectors,
		);
		expect(byId(dataset.documents, 'doc-2025-pension-information').sectors).not.toContain('media');
	});
});

describe('notes for researchers', () => {
	const noted = RECORD_KINDS.flatMap((kind): readonly { id: string }[] => dataset[kind]).flatMap((record) =>
		'note' in record && typeof record.note === 'string' ? [[record.id, record.note]] : [],
	);

	it('name no record id or field, which only curation notes may', () => {
		const curatorial = noted.filter(([, note]) =>
			/\b(?:doc|fig|visit|disc|prop|org|person|event|award|follow)-[a-z0-9]+-[a-z0-9-]+|\b(?:signedDate|signedPlace|statedBy|mentionedAt)\b/u.test(
				note ?? '',
			),
		);
		expect(curatorial).toEqual([]);
		expect(noted.length).toBeGreaterThan(30);
	});

	it('have no doubled full stops', () => {
		expect(noted.filter(([, note]) => /(?<!\.)\.\.(?!\.)/u.test(note ?? ''))).toEqual([]);
	});
});
