/**
 * Publisher settings. REPO_URL turns on the "suggest a change" link of every entry
 * (e.g. https://github.com/org/repo); EDIT_BRANCH names the branch it edits.
 */
export const REPO_URL = process.env.REPO_URL?.replace(/\/+$/, '');
export const EDIT_BRANCH = process.env.EDIT_BRANCH ?? 'main';

export function editUrl(filePath: string | undefined): string | undefined {
  if (!REPO_URL || !filePath) return undefined;
  return `${REPO_URL}/edit/${EDIT_BRANCH}/${filePath.replace(/^\.\//, '')}`;
}

/**
 * The site's icon, inline: a browser asks for /favicon.ico at the host's root otherwise, outside a
 * site under a sub-path (a 404 in every server log), and the CSP allows `data:` images.
 */
// Numbers are separated by commas where SVG allows them (viewBox, path data): a space costs three
// bytes escaped, on every page.
export const FAVICON = `data:image/svg+xml,${"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0,0,32,32'><rect width='32' height='32' rx='6' fill='#0a4d8c'/><path d='M8,22V10h7a4,4,0,0,1,0,8h-3v4z' fill='#fff'/></svg>".replace(/[<># ]/g, encodeURIComponent)}`;
