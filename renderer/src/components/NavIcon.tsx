/**
 * The sidebar's icons, drawn inline (24×24, the text's colour): a glyph such as ◔ or ⌕ is in the
 * Chinese font but not the Latin one, so in English it fell back to a dot. These draw the same in
 * both languages and need no font.
 */
const PATHS: Record<string, string[]> = {
  overview: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z'],
  dashboard: ['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'],
  buildings: ['M4 21V4h10v17', 'M14 9h6v12', 'M7 8h2', 'M7 12h2', 'M7 16h2', 'M2 21h20'],
  progress: ['M4 12l5 5L20 6'],
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M15.5 15.5L21 21'],
  import: ['M7 4v16', 'M3 8l4-4l4 4', 'M17 20V4', 'M13 16l4 4l4-4'],
  returnees: ['M3 12h12', 'M11 7l5 5l-5 5', 'M20 4v16'],
  hotels: ['M3 11l9-7l9 7', 'M5 10v10h14V10', 'M10 20v-5h4v5'],
  stock: ['M3 7l9-4l9 4v10l-9 4l-9-4z', 'M3 7l9 4l9-4', 'M12 11v10'],
  errands: ['M3 12h14', 'M13 6l6 6l-6 6', 'M3 6h5', 'M3 18h5'],
  health: ['M9 3h6v6h6v6h-6v6H9v-6H3V9h6z'],
  roster: ['M4 5h16v15H4z', 'M4 10h16', 'M9 3v4', 'M15 3v4', 'M8 14h3', 'M13 14h3'],
  staff: [
    'M9 7a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
    'M3 20c0-3.5 2.7-5 6-5s6 1.5 6 5',
    'M16 5a3 3 0 0 1 0 6',
    'M18 15c2 .5 3 2 3 5',
  ],
  gate: ['M4 8h14', 'M14 4l4 4l-4 4', 'M20 16H6', 'M10 12l-4 4l4 4'],
  reports: ['M6 3h9l4 4v14H6z', 'M14 3v5h5', 'M9 12h7', 'M9 16h7'],
  audit: ['M8 6h13', 'M8 12h13', 'M8 18h13', 'M3 6h1', 'M3 12h1', 'M3 18h1'],
  settings: [
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
    'M12 2v3',
    'M12 19v3',
    'M2 12h3',
    'M19 12h3',
    'M4.9 4.9l2.1 2.1',
    'M17 17l2.1 2.1',
    'M4.9 19.1L7 17',
    'M17 7l2.1-2.1',
  ],
  backups: [
    'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3s-3.6 3-8 3s-8-1.3-8-3z',
    'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
    'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  ],
};

export const NAV_ICONS = Object.keys(PATHS);

export function NavIcon({ name }: { name: string }) {
  const paths = PATHS[name];
  if (!paths) return null;
  return (
    <svg
      className="nav-svg"
      data-icon={name}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
