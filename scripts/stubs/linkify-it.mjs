// Stands in for linkify-it in the engine bundles (scripts/engine-build.mjs). markdown-it constructs
// a LinkifyIt for its `linkify` option and rules; Signpost runs markdown-it with block rules only
// and linkify off (server/src/model/markdown.ts), so nothing is ever asked of it. Should that
// change, this fails loudly instead of quietly not linking.
const unused = () => {
  throw new Error('linkify-it is not bundled: Signpost parses block structure only (scripts/stubs/linkify-it.mjs)');
};

export class LinkifyIt {
  test = unused;
  pretest = unused;
  testSchemaAt = unused;
  match = unused;
  matchAtStart = unused;
  tlds = unused;
  add = unused;
  set = unused;
}
