import { type CompiledLexicon, compileLexicon } from './lexicon-compile';
import { LEXICON } from './lexicon';

let compiled: CompiledLexicon | null = null;
/** The citizen lexicon as shipped (lexicon.ts), compiled once: what the server, tests and benches index with. */
export function defaultLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(LEXICON);
  return compiled;
}
