import { z } from 'zod';
import { OCCUPANCY, REG_STATUS } from '../../../db/schema/enums';

export const NewBuilding = z.object({
  name: z.string().trim().min(1, '请填写楼栋名称').max(20, '楼栋名称最多 20 字'),
  floors: z.number({ error: '请填写数字' }).int('层数应为整数').min(1, '至少 1 层').max(60, '最多 60 层'),
  unitsCount: z.number({ error: '请填写数字' }).int().min(1, '至少 1 个单元').max(12, '最多 12 个单元'),
  roomsPerFloor: z.number({ error: '请填写数字' }).int().min(1, '每层至少 1 户').max(20, '每层最多 20 户'),
});

export const BuildingRow = z.object({
  id: z.number().int(),
  name: z.string(),
  floors: z.number().int(),
  unitsCount: z.number().int(),
  roomsPerFloor: z.number().int(),
  rooms: z.number().int(),
  households: z.number().int(),
  residents: z.number().int(),
  notVisited: z.number().int(),
});
export type BuildingRow = z.infer<typeof BuildingRow>;

export const RoomCell = z.object({
  householdId: z.number().int(),
  unit: z.string(),
  room: z.string(),
  floor: z.number().int(),
  occupancy: z.enum(OCCUPANCY),
  regStatus: z.enum(REG_STATUS),
  householder: z.string(),
  residents: z.number().int(),
  elderly: z.number().int(),
  flagged: z.number().int(),
  away: z.number().int(),
});
export type RoomCell = z.infer<typeof RoomCell>;

export const BoardBuilding = BuildingRow.extend({ cells: z.array(RoomCell) });
export type BoardBuilding = z.infer<typeof BoardBuilding>;

export const buildingsContract = {
  'buildings.list': { kind: 'query', input: z.object({}), output: z.array(BuildingRow) },
  'buildings.add': { kind: 'mutation', input: NewBuilding, output: BuildingRow },
  'buildings.board': {
    kind: 'query',
    input: z.object({ buildingId: z.number().int().positive().optional() }),
    output: z.array(BoardBuilding),
  },
} as const;
