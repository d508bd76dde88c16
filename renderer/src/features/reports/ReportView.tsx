import { useTranslation } from 'react-i18next';
import type { Change, Section } from '../../../../electron/api/reports/contract';
import { label } from '../../../../electron/api/shared/labels';
import { changeWord, lineWord, REPORT_WORDS } from '../../../../electron/api/shared/report-lines';

const num = (x: number | null) => (x === null ? '—' : x);

/** A report's sections as the town reads them: a line each, today / current / since the closure. */
export function ReportTable({ sections }: { sections: Section[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const w = REPORT_WORDS[lang];
  return (
    <table className="table report-table">
      <thead>
        <tr>
          <th>{w.cols.item}</th>
          <th className="num">{w.cols.today}</th>
          <th className="num">{w.cols.current}</th>
          <th className="num">{w.cols.cumulative}</th>
        </tr>
      </thead>
      {sections.map((s) => (
        <tbody key={s.key}>
          <tr className="report-section">
            <td colSpan={4}>
              {w.sections[s.key]} {s.built ? '' : `(${w.notBuilt})`}
            </td>
          </tr>
          {s.lines.map((l) => (
            <tr key={`${l.key}-${l.label}`}>
              <td>{lineWord(lang, l, (a) => label(lang, 'triageAction', a))}</td>
              <td className="num">{num(l.today)}</td>
              <td className="num">{num(l.current)}</td>
              <td className="num">{num(l.cumulative)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** What a correction changed (or what the data changed since the last signature). */
export function ChangeList({ changes }: { changes: Change[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <ul className="report-changes">
      {changes.map((c) => (
        <li key={`${c.section}-${c.key}-${c.label}`}>
          {changeWord(lang, c, (a) => label(lang, 'triageAction', a))}: {c.before ?? '—'} → {c.after ?? '—'}
        </li>
      ))}
    </ul>
  );
}
