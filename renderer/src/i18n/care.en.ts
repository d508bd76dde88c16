import type { careZh } from './care.zh';
import type { Widen } from './zh-CN';

export const careEn: Widen<typeof careZh> = {
  care: {
    awaiting: 'Awaiting placement',
    awaitingList: 'Awaiting placement ({{count}})',
    awaitingNone: 'Nobody is waiting for a room',
    awaitingHint: 'Decided for a hotel, no room given yet',
    waitingSince: 'decided {{at}}',
    placeGroup: 'Place',
    offClosureTitle: 'Planned end not the current closure end ({{end}}) ({{count}})',
    offClosureHint: 'These guests were placed under another closure length. Choose whom to move:',
    offClosureMark: 'not the closure end {{end}}',
    moveTo: 'Move to',
    moveReason: 'Reason',
    moveChosen: 'Move the chosen guests',
    moved: 'Planned end moved for {{count}}',
  },
};
