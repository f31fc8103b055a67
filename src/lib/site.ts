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
