/** Words of the hotels' care screens (issue 10): awaiting placement, planned ends, release, fever alerts, needs. */
export const careZh = {
  care: {
    awaiting: '待安置',
    awaitingList: '待安置（{{count}}）',
    awaitingNone: '没有等待安排房间的人员',
    awaitingHint: '已决定安排隔离酒店、尚未安排房间的人员',
    waitingSince: '{{at}} 决定',
    placeGroup: '安排房间',
    offClosureTitle: '计划离店与当前解封日（{{end}}）不一致（{{count}}）',
    offClosureHint: '这些住客入住时封闭天数不同。选择要调整的住客：',
    offClosureMark: '与解封日 {{end}} 不一致',
    moveTo: '改为',
    moveReason: '调整理由',
    moveChosen: '调整所选住客的计划离店',
    moved: '已调整 {{count}} 人的计划离店日期',
  },
} as const;
