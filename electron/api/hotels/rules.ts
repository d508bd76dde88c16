/** Room suggestion for a group of returnees. Pure. Unrelated groups never share a room. */
import type { Reason } from '../shared/reason';

export type RoomInfo = {
  id: number;
  hotelId: number;
  number: string;
  floor: number;
  beds: number;
  ventilated: boolean;
  accessible: boolean;
  status: 'free' | 'occupied' | 'cleaning' | 'out_of_service';
  occupants: number;
};
export type Guest = { id: number; elderly: boolean; wantsVentilation: boolean };
export type Assignment = { roomId: number; guestIds: number[] };
export type Suggestion =
  | { hotelId: number; assignments: Assignment[]; unmet: Reason[] }
  | { hotelId: null; assignments: []; unmet: Reason[] };

/** A low or accessible room suits an elderly guest. */
const LOW_FLOOR = 2;
const suitsElderly = (r: RoomInfo) => r.accessible || r.floor <= LOW_FLOOR;

function needScore(r: RoomInfo, g: Guest[]): number {
  let s = 0;
  if (g.some((x) => x.wantsVentilation) && r.ventilated) s += 2;
  if (g.some((x) => x.elderly) && suitsElderly(r)) s += 2;
  return s;
}

/**
 * A family stays together: the rooms where a guest's family already stays (`familyRoomIds`, in order)
 * are offered first, as far as their beds go; whoever is left is placed by `suggestRooms` in empty
 * rooms, in the family's hotel when it has room. A family room with no bed left is said (unmet).
 */
export function suggestWithFamily(rooms: RoomInfo[], guests: Guest[], familyRoomIds: number[]): Suggestion {
  const family = familyRoomIds
    .map((id) => rooms.find((r) => r.id === id))
    .filter((r): r is RoomInfo => !!r && (r.status === 'free' || r.status === 'occupied'));
  const first = family[0];
  if (!first || guests.length === 0) return suggestRooms(rooms, guests);
  const queue = [...guests];
  const assignments: Assignment[] = [];
  const unmet: Reason[] = [];
  for (const r of family) {
    const free = Math.max(0, bedsLeft(r, 0));
    if (free === 0) unmet.push({ code: 'family_room_full', params: { room: r.number } });
    const seated = queue.splice(0, free).map((g) => g.id);
    if (seated.length) assignments.push({ roomId: r.id, guestIds: seated });
  }
  if (queue.length === 0) return { hotelId: first.hotelId, assignments, unmet };
  const others = rooms.filter((r) => !family.includes(r));
  const inHotel = suggestRooms(
    others.filter((r) => r.hotelId === first.hotelId),
    queue,
  );
  const rest = inHotel.hotelId !== null ? inHotel : suggestRooms(others, queue);
  if (rest.hotelId === null) return { hotelId: first.hotelId, assignments, unmet: [...unmet, ...rest.unmet] };
  return {
    hotelId: assignments.length ? first.hotelId : rest.hotelId,
    assignments: [...assignments, ...rest.assignments],
    unmet: [...unmet, ...rest.unmet],
  };
}

/**
 * Fewest rooms, together in one hotel, needs matched, never overfilled.
 * Only empty, free rooms are offered: a group does not share a room with strangers.
 */
export function suggestRooms(rooms: RoomInfo[], guests: Guest[]): Suggestion {
  if (guests.length === 0) return { hotelId: null, assignments: [], unmet: [{ code: 'nobody_to_place' }] };
  const empty = rooms.filter((r) => r.status === 'free' && r.occupants === 0 && r.beds > 0);
  const byHotel = new Map<number, RoomInfo[]>();
  for (const r of empty) byHotel.set(r.hotelId, [...(byHotel.get(r.hotelId) ?? []), r]);
  let best: {
    hotelId: number;
    assignments: Assignment[];
    unmet: Reason[];
    rooms: number;
    score: number;
  } | null = null;
  for (const [hotelId, list] of byHotel) {
    const plan = planInHotel(list, guests);
    if (!plan) continue;
    const better =
      !best ||
      plan.rooms.length < best.rooms ||
      (plan.rooms.length === best.rooms && plan.score > best.score);
    if (better)
      best = {
        hotelId,
        assignments: plan.assignments,
        unmet: plan.unmet,
        rooms: plan.rooms.length,
        score: plan.score,
      };
  }
  if (!best) {
    const beds = empty.reduce((a, r) => a + r.beds, 0);
    return {
      hotelId: null,
      assignments: [],
      unmet: [{ code: 'not_enough_rooms', params: { needed: guests.length, beds } }],
    };
  }
  return { hotelId: best.hotelId, assignments: best.assignments, unmet: best.unmet };
}

function planInHotel(rooms: RoomInfo[], guests: Guest[]) {
  const total = rooms.reduce((a, r) => a + r.beds, 0);
  if (total < guests.length) return null;
  // Fewest rooms: biggest first until the beds cover the group; then the last room as small as will do.
  const order = [...rooms].sort(
    (a, b) =>
      b.beds - a.beds ||
      needScore(b, guests) - needScore(a, guests) ||
      a.floor - b.floor ||
      a.number.localeCompare(b.number, 'zh-CN', { numeric: true }),
  );
  const chosen: RoomInfo[] = [];
  let beds = 0;
  for (const r of order) {
    if (beds >= guests.length) break;
    chosen.push(r);
    beds += r.beds;
  }
  // Improve each chosen room: the best-fitting room with the same count that still covers the group and suits the needs better.
  const rest = order.filter((r) => !chosen.includes(r));
  for (let i = chosen.length - 1; i >= 0; i--) {
    const cur = chosen[i] as RoomInfo;
    const others = beds - cur.beds;
    const need = guests.length - others;
    const alt = rest
      .filter((r) => r.beds >= need)
      .sort((a, b) => needScore(b, guests) - needScore(a, guests) || a.beds - b.beds || a.floor - b.floor)[0];
    if (
      alt &&
      (needScore(alt, guests) > needScore(cur, guests) ||
        (needScore(alt, guests) === needScore(cur, guests) && alt.beds < cur.beds))
    ) {
      rest.splice(rest.indexOf(alt), 1, cur);
      chosen[i] = alt;
      beds = others + alt.beds;
    }
  }
  // Seat the elderly in the room that suits them, then fill the rest in order.
  const seats = [...chosen].sort((a, b) => Number(suitsElderly(b)) - Number(suitsElderly(a)));
  const queue = [...guests].sort((a, b) => Number(b.elderly) - Number(a.elderly));
  const assignments: Assignment[] = seats.map((r) => ({ roomId: r.id, guestIds: [] }));
  let k = 0;
  for (const g of queue) {
    while ((assignments[k]?.guestIds.length ?? 0) >= (seats[k]?.beds ?? 0)) k++;
    assignments[k]?.guestIds.push(g.id);
  }
  const unmet: Reason[] = [];
  if (guests.some((g) => g.wantsVentilation) && !chosen.some((r) => r.ventilated))
    unmet.push({ code: 'no_ventilated_room' });
  if (guests.some((g) => g.elderly) && !chosen.some(suitsElderly)) unmet.push({ code: 'no_elderly_room' });
  return {
    rooms: chosen,
    assignments: assignments.filter((a) => a.guestIds.length > 0),
    unmet,
    score: chosen.reduce((a, r) => a + needScore(r, guests), 0),
  };
}

/** Beds left in a room after adding `adding` guests; negative means overfilled. */
export const bedsLeft = (room: { beds: number; occupants: number }, adding: number): number =>
  room.beds - room.occupants - adding;

export type Admission = { ok: true; warning: Reason | null } | { ok: false; refusal: Reason; field?: string };

/**
 * A person's family, as keys: their arrival group (`g<id>`) and, for a resident, their household
 * (`h<id>`). Two people are related when they share a key: those who arrived together, or a mother
 * and the son who came back a day later.
 */
export type Family = readonly string[];
export const familyKeys = (groupId: number, householdId: number | null): Family =>
  householdId === null ? [`g${groupId}`] : [`g${groupId}`, `h${householdId}`];
const related = (a: Family, b: Family) => a.some((k) => b.includes(k));

/**
 * May these guests go into this room? A room being cleaned or out of service takes nobody; a room
 * never mixes unrelated people (a family shares, strangers do not); a room over its beds takes them
 * only with a reason, and then says so as a warning (Sahana's non-blocking "full" warning, made explicit).
 */
export function admission(
  room: { hotel: string; number: string; beds: number; occupants: number; status: RoomInfo['status'] },
  guests: Family[],
  occupants: Family[],
  overfillReason: string,
): Admission {
  const where = { hotel: room.hotel, room: room.number };
  if (room.status === 'cleaning' || room.status === 'out_of_service')
    return { ok: false, refusal: { code: 'room_not_free', params: { ...where, status: room.status } } };
  if (occupants.some((o) => !guests.some((g) => related(g, o))))
    return { ok: false, refusal: { code: 'room_other_group', params: where } };
  if (bedsLeft(room, guests.length) >= 0) return { ok: true, warning: null };
  const params = { ...where, beds: room.beds, occupants: room.occupants, adding: guests.length };
  if (!overfillReason)
    return { ok: false, refusal: { code: 'room_overfill', params }, field: 'overfillReason' };
  return { ok: true, warning: { code: 'room_overfilled', params: { ...params, reason: overfillReason } } };
}
