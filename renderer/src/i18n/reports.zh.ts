/** The daily report's screen words (日报, issue 15); the report's own lines are in shared/report-lines.ts. */
export const reportsZh = {
  nav: { reports: '日报' },
  reports: {
    title: '日报',
    history: '历史日报',
    gap: '未报',
    print: '打印 / PDF',
    printFile: '日报-{{day}}.pdf',
    export: '导出 Excel',
    sign: '签发日报',
    correct: '签发更正（第 {{version}} 版）',
    signed: '已签发第 {{version}} 版',
    changedSince: '签发后数据有变化：',
  },
};
