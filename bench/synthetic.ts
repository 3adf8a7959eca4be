/**
 * A seeded generator of datasets shaped like the real one: visits with their
 * own source article, documents with realistic titles, parties and sectors,
 * figures and events, each quoting a sentence of its article. The same seed
 * gives the same dataset, so benchmark runs repeat.
 */
import type { RawDataset } from '../src/data/validateDataset.js';
import { seededRandom } from './support.js';

const BODIES = [
	['Ministry of Health', 'Ministry of Health and Medical Industry'],
	['Ministry of Agriculture', 'Ministry of Agriculture and Environmental Protection'],
	['Ministry of Defense', 'Ministry of Defense'],
	['Ministry of Culture and Sports', 'Ministry of Culture'],
	['Ministry of Trade and Integration', 'Ministry of Trade and Foreign Economic Relations'],
	['Ministry of Justice', 'Ministry of Justice'],
	['National Academy of Sciences', 'Academy of Sciences'],
	['Al-Farabi Kazakh National University', 'Makhtumkuli Turkmen State University'],
	['Akimat of Mangystau Region', 'Khakimlik of Balkan Velayat'],
	['JSC Kazakhstan Temir Zholy', 'Agency Turkmendemiryollary'],
	['Bureau of National Statistics', 'State Statistics Committee'],
	['National Museum', 'State Museum of the State Cultural Center'],
] as const;
const TOPICS = [
	['transport', 'the development of international road transport'],
	['health', 'cooperation in the field of healthcare and medical industry'],
	['culture', 'cooperation in the field of culture and art'],
	['agriculture', 'cooperation in the field of veterinary medicine and grain crops'],
	['defence', 'cooperation in the field of defense'],
	['science', 'cooperation in the field of science and technology'],
	['border', 'the regime of the state border'],
	['telecom', 'the construction of a cable border crossing'],
	['media', 'cooperation in the information sphere and broadcasting'],
	['statistics', 'the exchange of statistical information'],
	['legal', 'cooperation in the legal sphere'],
	['education', 'academic exchange and joint research programmes'],
] as const;
const KINDS = [
	['memorandum-of-understanding', 'Memorandum of Understanding'],
	['agreement', 'Agreement'],
	['memorandum', 'Memorandum'],
	['plan', 'Plan of Joint Actions'],
	['memorandum-of-cooperation', 'Memorandum of Cooperation'],
] as const;
const CITIES = ['Astana', 'Ashgabat', 'Ankara', 'Almaty', 'Turkmenbashi', 'Aktau', 'Istanbul', 'Mary'] as const;
const METRICS = [
	['trade-turnover', 'mutual trade turnover', 'USD'],
	['investment', 'investments', 'USD'],
	['freight-volume', 'freight on the railway', 'tons'],
	['companies', 'companies with foreign capital', 'companies'],
] as const;

/**
 * @param recordCount - roughly how many records of all kinds
 * @param seed - the same seed gives the same dataset
 * @returns the raw files, ready for `validateDataset`
 */
export function syntheticDataset(recordCount: number, seed = 42): RawDataset {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const perVisit = 100;
	const visitCount = Math.max(1, Math.round(recordCount / perVisit));
	const catalogue: unknown[] = [];
	const bundles: { file: string; json: unknown }[] = [];
	const sourceTexts = new Map<string, string>();

	for (let visitIndex = 0; visitIndex < visitCount; visitIndex += 1) {
		const year = 1995 + (visitIndex % 31);
		const month = 1 + Math.floor(random() * 12);
		const day = 1 + Math.floor(random() * 28);
		const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		const city = pick(CITIES);
		const source = `syn_${String(visitIndex).padStart(5, '0')}.txt`;
		const sentences: string[] = [];
		const quote = (sentence: string): { source: string; quote: string } => {
			sentences.push(sentence);
			return { source, quote: sentence };
		};
		const visitId = `visit-syn-${visitIndex}`;
		const visit = {
			id: visitId,
			title: `State visit number ${visitIndex} to ${city}`,
			kind: 'state-visit',
			startDate: { iso, precision: 'day' },
			city,
			country: visitIndex % 3 === 0 ? 'Türkiye' : 'Turkmenistan',
			venue: null,
			host: { country: 'Turkmenistan', person: 'person-syn-host', role: 'President of Turkmenistan' },
			guest: { country: 'Kazakhstan', person: 'person-syn-guest', role: 'President of Kazakhstan' },
			formats: ['narrow', 'expanded'],
			topics: ['trade', 'transport', 'energy'],
			summary: `The presidents met in ${city} and discussed trade, transport and energy.`,
			sources: [source],
			evidence: [quote(`On ${iso} the presidents held talks in ${city} as part of visit ${visitIndex}.`)],
		};
		const documents = [];
		const figures = [];
		const events = [];
		for (let recordIndex = 0; recordIndex < perVisit - 1; recordIndex += 1) {
			const roll = random();
			if (roll < 0.75) {
				const [kazakhBody, turkmenBody] = pick(BODIES);
				const [sector, topic] = pick(TOPICS);
				const [kind, kindTitle] = pick(KINDS);
				const title = `${kindTitle} between the ${kazakhBody} of the Republic of Kazakhstan and the ${turkmenBody} of Turkmenistan on ${topic} (${visitIndex}.${recordIndex})`;
				documents.push({
					id: `doc-syn-${visitIndex}-${recordIndex}`,
					title,
					kind,
					parties: [
						{ country: 'Kazakhstan', body: `${kazakhBody} of the Republic of Kazakhstan`, type: 'ministry' },
						{ country: 'Turkmenistan', body: `${turkmenBody} of Turkmenistan`, type: 'ministry' },
					],
					visit: visitId,
					signedDate: { iso, precision: 'day' },
					signedPlace: city,
					signing: 'exchanged-in-presence',
					sectors: [sector],
					list: { name: `syn-${visitIndex}`, position: documents.length + 1 },
					evidence: [quote(`${title};`)],
				});
			} else if (roll < 0.95) {
				const [metric, label, unit] = pick(METRICS);
				const value = Math.round(random() * 1000) + 1;
				const valueText = unit === 'USD' ? `$${value} million` : `${value} ${unit}`;
				figures.push({
					id: `fig-syn-${visitIndex}-${recordIndex}`,
					metric,
					label: `Kazakhstan–Turkmenistan ${label}`,
					value: unit === 'USD' ? value * 1e6 : value,
					unit,
					valueText,
					qualifier: 'more than',
					period: String(year),
					countries: ['Kazakhstan', 'Turkmenistan'],
					statedBy: 'person-syn-guest',
					visit: visitId,
					text: `In ${year} the ${label} exceeded ${valueText}.`,
					evidence: [quote(`In ${year}, the ${label} reached more than ${valueText}, Tokayev said (${recordIndex}).`)],
				});
			} else {
				events.push({
					id: `event-syn-${visitIndex}-${recordIndex}`,
					visit: visitId,
					kind: 'wreath-laying',
					title: `Wreath laying at the monument in ${city} (${recordIndex})`,
					place: city,
					participants: ['person-syn-guest'],
					description: `The guest laid a wreath at the monument in ${city}.`,
					evidence: [quote(`The President laid a wreath at the monument in ${city} (${visitIndex}.${recordIndex}).`)],
				});
			}
		}
		sourceTexts.set(source, sentences.join('\n\n'));
		catalogue.push({
			id: source,
			outlet: 'Synthetic News',
			published: { iso, precision: 'day' },
			title: `Report on visit ${visitIndex}`,
			covers: `Synthetic report on the visit to ${city}.`,
			language: 'en',
			evidence: [{ source, quote: sentences[0] ?? '' }],
		});
		bundles.push({ file: `records/${source}.json`, json: { visits: [visit], documents, figures, events } });
	}
	// The two leaders every synthetic visit names, quoted from the first article.
	const firstSource = `syn_${String(0).padStart(5, '0')}.txt`;
	const leaderQuote = 'Serdar Berdimuhamedov and Kassym-Jomart Tokayev held talks.';
	sourceTexts.set(firstSource, `${sourceTexts.get(firstSource) ?? ''}\n\n${leaderQuote}`);
	const leader = (id: string, name: string, country: string) => ({
		id,
		name,
		country,
		roles: [
			{
				title: `President of ${country}`,
				country,
				visits: [],
				evidence: [{ source: firstSource, quote: leaderQuote }],
			},
		],
		evidence: [{ source: firstSource, quote: leaderQuote }],
	});
	bundles.push({
		file: 'records/people.json',
		json: {
			people: [
				leader('person-syn-host', 'Serdar Berdimuhamedov', 'Turkmenistan'),
				leader('person-syn-guest', 'Kassym-Jomart Tokayev', 'Kazakhstan'),
			],
		},
	});
	return { catalogue: { file: 'sources.json', json: catalogue }, bundles, sourceTexts };
}
