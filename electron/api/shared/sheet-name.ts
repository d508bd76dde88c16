/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX = 31;

/** How names compare when they must be unique: width and case do not make two posts different. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

/**
 * A sheet name Excel accepts, different from every name in `used` (compared without case), which
 * it joins: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe,
 * not empty and not the reserved "History". Duplicates get " (2)", " (3)" ….
 */
export function uniqueSheetName(wanted: string, used: Set<string>, fallback = '工作表'): string {
  let base = wanted
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!base || base.toLowerCase() === 'history') base = base ? `${base}-` : fallback;
  base = Array.from(base).slice(0, MAX).join('');
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name =
      Array.from(base)
        .slice(0, MAX - suffix.length)
        .join('') + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
