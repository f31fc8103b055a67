import { Lexer } from 'yaml';

/**
 * A YAML text token by token, as written, each with its offset: what the comment-aware readers
 * (the scaffold's `# ISI` checklist, the checker's comment search) walk. The lexer's control
 * tokens (document start, scalar, flow end) are not in the text and are left out.
 */
export function* tokenYaml(yaml: string): Generator<{ teks: string; offset: number }> {
  let offset = 0;
  for (const t of new Lexer().lex(yaml)) {
    if (t === '\x02' || t === '\x1f' || t === '\x18') continue;
    yield { teks: t, offset };
    offset += t.length;
  }
}
