// Stands in for uc.micro in the engine bundles (scripts/engine-build.mjs). markdown-it reads only
// its P (punctuation) and S (symbol) classes, in isPunctChar, which only the inline rules
// (emphasis delimiters) and the smartquotes core rule call; Signpost runs block rules only
// (server/src/model/markdown.ts). Should that change, this fails loudly instead of misparsing.
const unused = {
  test() {
    throw new Error('uc.micro is not bundled: Signpost parses block structure only (scripts/stubs/uc.micro.mjs)');
  },
};

export const P = unused;
export const S = unused;
