/** The typed picker's search (components/TypePicker.tsx), pure: tested without a browser. */

export type PickItem = { id: number; name: string; hint?: string };

/** What is typed, found in the names: the same name first, then names starting with it, then any. */
export function matches(items: PickItem[], typed: string): PickItem[] {
  const q = typed.trim().toLowerCase();
  if (!q) return items;
  const exact: PickItem[] = [];
  const starts: PickItem[] = [];
  const within: PickItem[] = [];
  for (const it of items) {
    const n = it.name.toLowerCase();
    if (n === q) exact.push(it);
    else if (n.startsWith(q)) starts.push(it);
    else if (n.includes(q)) within.push(it);
  }
  return [...exact, ...starts, ...within];
}
