// Stands in for punycode.js in the engine bundles (scripts/engine-build.mjs). In block-only parsing
// (server/src/model/markdown.ts) markdown-it calls it in one place: normalizeLink, for the host name
// of a reference definition's URL ("[label]: https://bücher.example/"). The normalised URL is only
// stored in env.references, which Signpost never reads, and checked by validateLink, which looks
// only at how the URL begins (javascript:, data: …); the host name never begins it, as it is
// converted only after http://, https://, mailto:, a bare // or user@. So its spelling changes
// neither that answer nor the blocks Signpost sees (test/unit/engine-bundle.test.ts compares them
// with the real library's). Host names are kept as written.
const keep = (hostname) => hostname;

export default { toASCII: keep, toUnicode: keep };
