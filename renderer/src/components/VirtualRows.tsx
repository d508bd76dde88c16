import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Up to this many rows a table draws them all (the demo's lists): no spacers, nothing measured. */
export const DRAW_ALL_UP_TO = 120;

/**
 * What a row puts on its `<tr>`: its place in the whole list for a screen reader (`aria-rowindex`,
 * the header row being 1), and once the list is long the virtualizer's measuring (rows differ in height).
 */
export type RowProps = {
  'aria-rowindex': number;
  ref?: (el: HTMLTableRowElement | null) => void;
  'data-index'?: number;
};

/** The nearest ancestor that scrolls (the content area, or a dialog): the rows follow its scroll. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if (y === 'auto' || y === 'scroll') return p;
  }
  return null;
}

/** True while the page prints (beforeprint → afterprint): a printed table holds every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the rows must be in the document before the browser lays the print out.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * A real table's `<tbody>` that holds only the rows in sight (and a few either side) once a list is
 * long: a district's 758 buildings or a day's 500 gate entries draw ~40 rows, whatever the length.
 * The table stays a table (its header sticks, rows are rows to a screen reader), scrolled by the
 * area that scrolls it — the rows above and below are two empty spacer rows of their height.
 * Printing draws every row.
 */
export function VirtualRows<T>({
  items,
  columns,
  estimate,
  row,
  empty,
}: {
  items: readonly T[];
  /** The table's columns: the spacer rows span them. */
  columns: number;
  /** A row's height before it is measured, in pixels. */
  estimate: number;
  /** One item's row, a `<tr>` carrying `props` (and its own key). */
  row: (item: T, props: RowProps) => ReactNode;
  /** What the body shows with no rows. */
  empty?: ReactNode;
}) {
  const count = items.length;
  const body = useRef<HTMLTableSectionElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const printing = usePrinting();
  const all = count <= DRAW_ALL_UP_TO || printing;
  // Where the body starts inside its scroller: what sits above it (filters, an alert) may change.
  useLayoutEffect(() => {
    const el = body.current;
    if (all || !el) return;
    const parent = scroller ?? scrollParent(el);
    if (parent !== scroller) setScroller(parent);
    if (!parent) return;
    const top = el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const virtual = useVirtualizer({
    count: all ? 0 : count,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 10,
    scrollMargin: margin,
  });
  if (count === 0) return <tbody ref={body}>{empty}</tbody>;
  if (all) return <tbody ref={body}>{items.map((item, i) => row(item, { 'aria-rowindex': i + 2 }))}</tbody>;
  const drawn = virtual.getVirtualItems();
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const above = first ? first.start - margin : 0;
  const below = last ? virtual.getTotalSize() - (last.end - margin) : virtual.getTotalSize();
  const spacer = (h: number, key: string) =>
    h > 0 && (
      <tr key={key} aria-hidden className="spacer-row">
        <td colSpan={columns} style={{ height: h, padding: 0, border: 0 }} />
      </tr>
    );
  return (
    <tbody ref={body}>
      {spacer(above, 'above')}
      {drawn.map((v) =>
        row(items[v.index] as T, {
          'aria-rowindex': v.index + 2,
          ref: virtual.measureElement,
          'data-index': v.index,
        }),
      )}
      {spacer(below, 'below')}
    </tbody>
  );
}
