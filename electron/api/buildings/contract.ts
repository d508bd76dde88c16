import { z } from 'zod';
import { OCCUPANCY, REG_STATUS } from '../../../db/schema/enums';
import { msg } from '../shared/reason';

export const NewBuilding = z.object({
  name: z.string().trim().min(1, msg('name_required')).max(20),
  floors: z.number().int().min(1).max(60),
  unitsCount: z.number().int().min(1).max(12),
  roomsPerFloor: z.number().int().min(1).max(20),
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

/** Buildings on one page of the board. */
export const BOARD_PAGE = 12;

export const BoardBuilding = BuildingRow.extend({ cells: z.array(RoomCell) });
export type BoardBuilding = z.infer<typeof BoardBuilding>;

export const buildingsContract = {
  'buildings.list': { kind: 'query', input: z.object({}), output: z.array(BuildingRow) },
  'buildings.add': { kind: 'mutation', input: NewBuilding, output: BuildingRow },
  /**
   * The rooms of one building, or of a page of buildings (in their order): a district's registry
   * has hundreds, so the whole board is read page by page — `cursor` is the `next` of the page before.
   */
  'buildings.board': {
    kind: 'query',
    input: z.object({
      buildingId: z.number().int().positive().optional(),
      cursor: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(100).default(BOARD_PAGE),
    }),
    output: z.object({
      buildings: z.array(BoardBuilding),
      /** Where the next page starts; null on the last. */
      next: z.number().int().nullable(),
      /** How many buildings there are in all. */
      total: z.number().int(),
    }),
  },
} as const;
