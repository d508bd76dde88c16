/** Words of the duty screens added for issue 10 (roster, attendance, gate log, posts, the overview's duty card). */
export const dutyEn = {
  roster: {
    clashMark: '⚠twice',
    clashWith: 'Double booking: at the same time also on {{list}}',
    fromTime: 'from {{time}}',
  },
  overview: {
    doubleBooked: 'Double bookings (one person at two places at once; please fix)',
    doubleBookedLine: '{{name}}: {{shift}} and {{others}}',
  },
};
