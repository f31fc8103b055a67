import { describe, expect, it } from 'vitest';
import { elemenBerlebih } from '../src/rules/elemen-mdx.ts';

describe('the count of MDX tags and expressions taken before parsing', () => {
  it('points at the first tag over the limit, by line and column', () => {
    const body = `---\njudul: "<b>{x}</b>"\n---\n\n${'<sub>x</sub>\n'.repeat(3)}`;
    // Frontmatter does not count; each line holds two: `<s` and `</`.
    expect(elemenBerlebih(body, 4)).toMatchObject({ line: 7, col: 1 });
    expect(elemenBerlebih(body, 4)?.message).toMatch(/lebih dari 4 tag atau ekspresi MDX/);
    expect(elemenBerlebih(body, 6)).toBeUndefined();
  });

  it('counts expressions, and leaves out fenced code, comparisons and plain text', () => {
    expect(elemenBerlebih('a {/* c */} b {x}\n', 1)).toMatchObject({ line: 1, col: 15 });
    expect(elemenBerlebih('```html\n<b>x</b><i>y</i>\n```\n\nHarga < 5 juta, 3 <= 4.\n', 0)).toBeUndefined();
  });

  it('reads a hostile body of 90,000 unclosed tags in linear time and stops at the limit', () => {
    expect(elemenBerlebih(`\n${'a <b '.repeat(90_000)}`)).toMatchObject({ line: 2, col: 1 + 1000 * 5 + 2 });
  });
});
