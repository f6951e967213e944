// Stands in for entities in the engine bundles (scripts/engine-build.mjs), whose whole point is its
// table of 2,125 HTML character reference names (18 KB). In block-only parsing (all Signpost runs,
// server/src/model/markdown.ts) markdown-it asks it for one thing: decoding a named reference
// ("&colon;") in a reference definition's URL or title ("[label]: url 'title'"). The title and the
// decoded URL are only stored in env.references, which Signpost never reads. What can matter is
// whether validateLink accepts the URL, since a definition it refuses is a paragraph instead; and
// validateLink only looks at how the normalised URL begins (javascript:, vbscript:, file:, data:
// unless data:image/gif|png|jpeg|webp;), after trimming white space.
//
// So this decodes, exactly as entities does, the 63 references whose text contains an ASCII
// character or white space (the only characters that can spell or trim such a beginning), and
// leaves the other 2,062 as written. Those decode to non-ASCII, non-space text, which normalizeLink
// percent-encodes ("%E2%80%A6"); kept as written they read "&hellip;". Either way the URL holds, at
// that point, a character that is neither a letter, ':', '/', ';' nor white space ('%' or '&'),
// and the same characters before it, so validateLink answers the same.
// test/unit/engine-bundle.test.ts checks the table against entities (every one of the 2,125 names)
// and validateLink's answer for every name at every place in such URLs.
const DECODED = {
  AMP: "&", DiacriticalGrave: "`", GT: ">", Hat: "^", LT: "<", MediumSpace: "\u205f",
  NewLine: "\n", NonBreakingSpace: "\u00a0", QUOT: "\"", Tab: "\t", ThickSpace: "\u205f\u200a",
  ThinSpace: "\u2009", UnderBar: "_", VerticalLine: "|", VeryThinSpace: "\u200a", amp: "&",
  apos: "'", ast: "*", bne: "=\u20e5", bsol: "\\", colon: ":", comma: ",", commat: "@",
  dollar: "$", emsp: "\u2003", emsp13: "\u2004", emsp14: "\u2005", ensp: "\u2002", equals: "=",
  excl: "!", fjlig: "fj", grave: "`", gt: ">", hairsp: "\u200a", lbrace: "{", lbrack: "[",
  lcub: "{", lowbar: "_", lpar: "(", lsqb: "[", lt: "<", midast: "*", nbsp: "\u00a0", num: "#",
  numsp: "\u2007", nvgt: ">\u20d2", nvlt: "<\u20d2", percnt: "%", period: ".", plus: "+",
  puncsp: "\u2008", quest: "?", quot: "\"", rbrace: "}", rbrack: "]", rcub: "}", rpar: ")",
  rsqb: "]", semi: ";", sol: "/", thinsp: "\u2009", verbar: "|", vert: "|",
};

/** markdown-it's only call: one named reference, "&name;" (it decodes numeric ones itself). */
export function decodeHTMLStrict(reference) {
  const name = /^&([#A-Za-z0-9]+);$/.exec(reference)?.[1];
  if (name === undefined) throw new Error(`entities is not bundled: only one "&name;" reference at a time (scripts/stubs/entities.mjs), not ${JSON.stringify(reference)}`);
  return Object.hasOwn(DECODED, name) ? DECODED[name] : reference;
}
