/** The first-day checklist on the overview (issue 10 #13) and what empty screens say. */
export const setupZh = {
  firstSteps: {
    title: '开始使用：新值守点的第一天',
    intro: '按顺序完成以下几步，完成的步骤会自动打勾。',
    done: '已完成',
    compound: { title: '1. 填写小区信息', hint: '小区名称、封控开始日期和天数' },
    buildings: { title: '2. 新增楼栋', hint: '系统会为每个房间建好户档案' },
    residents: { title: '3. 登记住户或导入名单', hint: '上门登记，或从物业名单 Excel 导入' },
    team: { title: '4. 班子成员和值守点', hint: '录入五位一体人员和志愿者，设好各个卡口' },
    roster: { title: '5. 生成排班表', hint: '24 小时值守，每个卡口都有人' },
    hotels: { title: '6. 登记隔离酒店', hint: '镇里安排的酒店和房间' },
  },
  empty: {
    noGuests: '酒店里还没有隔离人员。',
    noPosts: '还没有值守点：请先到“班子成员”页录入人员、新增值守点和班次，再生成排班。',
    noShifts: '这段日期还没有排班：选好开始日期和天数，点“生成排班”。',
    noRooms: '还没有房间：请先在“楼栋”页新增楼栋，或在“导入导出”页导入住户名单。',
  },
} as const;
