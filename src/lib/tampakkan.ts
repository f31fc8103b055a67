/**
 * Control and invisible formatting characters (bidi overrides, zero-width spaces), apart from line
 * breaks and tabs, written as `\u{202E}`: a hostile file name or value quoted in a message cannot
 * reorder or hide what a terminal, a build log, a pull request annotation or the studio shows the
 * reviewer.
 */
export const tampakkan = (s: string): string => s.replace(/(?![\n\t])[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);

/**
 * `tampakkan` for text printed as one line (a terminal line, a log line): line breaks and tabs
 * are written as `\n` and `\t` too, so a value cannot start a line of its own that passes for the
 * tool's (a fake "✓ … ditambahkan", a `::warning` command).
 */
export const tampakkanBaris = (s: string): string => tampakkan(s).replace(/[\n\t]/g, (c) => (c === '\n' ? '\\n' : '\\t'));
