/** Words of the duty screens added for issue 10 (roster, attendance, gate log, posts, the overview's duty card). */
export const dutyZh = {
  roster: {
    clashMark: '⚠重复',
    clashWith: '重复排班：同一时间还在 {{list}}',
    fromTime: '{{time}} 起',
  },
  overview: {
    doubleBooked: '重复排班（同一人同一时间排在两处，请调整）',
    doubleBookedLine: '{{name}}：{{shift}} 与 {{others}}',
  },
};
