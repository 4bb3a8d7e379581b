/**
 * A row name as a file-name part: each run of characters other than ASCII letters and digits
 * becomes one `-`, so plots of every row of a table sit side by side in one folder.
 * @example fileSlug('AAE (ours) d=2') // 'AAE-ours-d-2'
 */
export function fileSlug(name: string): string {
  return name.replace(/[^a-zA-Z0-9]+/g, '-');
}
