import type { Db } from '../../db/open';
import { addDays, dayOf } from '../api/shared/dates';
import { summaryColumns } from '../api/shared/stored-reason';
import { between, birthDate, idNumber, personName, phone, type Rng, rng, surname } from './demo-people';
import { DEMO_TEAM } from './demo-roster-team';

export type DemoOptions = { households?: number; seed?: number; now: Date };
export type DemoSummary = { buildings: number; households: number; residents: number; rooms: number };

/** The real case: 77 households, 249 residents. Larger runs keep the same ratio. */
const BASE_HOUSEHOLDS = 77;
const BASE_RESIDENTS = 249;
const REGION = '460106'; // 海口市龙华区

/** Who went door to door in the first two days (picked at random per household). */
const VISITORS = ['黄国栋', '林晓梅', '符海燕'] as const;

const SIZE_WEIGHTS = [0, 12, 22, 28, 18, 10, 6, 4];
const RELATIONS = ['户主', '配偶', '子女', '父母', '父母', '子女', '孙子女'];

function familySize(r: Rng): number {
  const total = SIZE_WEIGHTS.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let s = 1; s < SIZE_WEIGHTS.length; s++) {
    x -= SIZE_WEIGHTS[s] ?? 0;
    if (x < 0) return s;
  }
  return 3;
}

/** Sizes 1–7 that add up exactly to `total`. */
function familySizes(r: Rng, count: number, total: number): number[] {
  const sizes = Array.from({ length: count }, () => familySize(r));
  let sum = sizes.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = Math.floor(r() * count);
    const s = sizes[i] ?? 1;
    if (sum > total && s > 1) {
      sizes[i] = s - 1;
      sum--;
    } else if (sum < total && s < 7) {
      sizes[i] = s + 1;
      sum++;
    }
  }
  return sizes;
}

function layout(households: number) {
  const small = households <= 200;
  return small ? { floors: 7, units: 1, roomsPerFloor: 2 } : { floors: 18, units: 2, roomsPerFloor: 4 };
}

/** Writes the demo community into an empty database, in one transaction. */
export function writeDemo(db: Db, opts: DemoOptions): DemoSummary {
  const n = opts.households ?? BASE_HOUSEHOLDS;
  const r = rng(opts.seed ?? 20220801);
  const sqlite = db.$client;
  const today = dayOf(opts.now);
  const at = opts.now.toISOString();
  const vacant = Math.round((n * 4) / BASE_HOUSEHOLDS);
  const unknown = Math.round((n * 3) / BASE_HOUSEHOLDS);
  const rooms = n + vacant + unknown;
  const shape = layout(n);
  const perBuilding = shape.floors * shape.units * shape.roomsPerFloor;
  const buildingCount = Math.ceil(rooms / perBuilding);
  const sizes = familySizes(r, n, Math.round((n * BASE_RESIDENTS) / BASE_HOUSEHOLDS));
  // Which rooms are vacant / unknown: spread through the compound.
  const kinds: ('occupied' | 'vacant' | 'unknown')[] = [
    ...Array<'occupied'>(n).fill('occupied'),
    ...Array<'vacant'>(vacant).fill('vacant'),
    ...Array<'unknown'>(unknown).fill('unknown'),
  ];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] ?? 'occupied', kinds[i] ?? 'occupied'];
  }

  const run = sqlite.transaction(() => {
    const hasData = sqlite.prepare('SELECT count(*) AS n FROM households').get() as { n: number };
    if (hasData.n > 0) throw new Error('数据库中已有住户数据，未写入示范小区');
    sqlite
      .prepare(
        `UPDATE compound SET name = '金南苑', city = '海口市', district = '龙华区', town = '城西镇',
         address = '海口市龙华区城西镇金南路 18 号', closure_start = ?, planned_days = 14, status = 'closed',
         lifted_on = NULL, fever_threshold = 37.3, updated_at = ? WHERE id = 1`,
      )
      .run(addDays(today, -6), at);
    // The team, typed once (黄国栋, member 1, signs the demo's setup steps).
    const addMember = sqlite.prepare(
      `INSERT OR IGNORE INTO team_members (name, phone, role, organisation, skills, can_operate, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of DEMO_TEAM)
      addMember.run(
        m.name,
        m.phone,
        m.role,
        m.organisation,
        JSON.stringify(m.skills),
        m.operates ? 1 : 0,
        at,
      );
    const memberId = new Map(
      (sqlite.prepare('SELECT id, name FROM team_members').all() as { id: number; name: string }[]).map(
        (m) => [m.name, m.id],
      ),
    );

    const addBuilding = sqlite.prepare(
      'INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES (?, ?, ?, ?, ?)',
    );
    const addHousehold = sqlite.prepare(
      `INSERT INTO households (building_id, unit, room, householder_name, phone, occupancy, reg_status, notes, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addResident = sqlite.prepare(
      `INSERT INTO residents (household_id, name, gender, birth_date, id_number, phone, relation, presence,
       pregnant, chronic_illness, disability, regular_medicine, notes, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)`,
    );
    const addSource = sqlite.prepare(
      `INSERT INTO household_sources (household_id, method, day, operator_id, operator_name, note, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const addEvent = sqlite.prepare(
      `INSERT INTO household_events (household_id, at, operator_id, operator_name, summary, summary_code, summary_params)
       VALUES (?, ?, ?, ?, @summary, @summaryCode, @summaryParams)`,
    );
    const METHODS = ['door_visit', 'phone', 'wechat_group', 'neighbour_report'] as const;
    /** How the registry was built door to door in the first two days of the closure. */
    const sourced = (householdId: number, reg: string) => {
      if (reg === 'not_visited') return;
      const method = METHODS[Math.floor(r() * METHODS.length)] ?? METHODS[0];
      const day = addDays(today, -6 + Math.floor(r() * 2));
      const who = VISITORS[Math.floor(r() * VISITORS.length)] ?? '林晓梅';
      const whoId = memberId.get(who) ?? null;
      addSource.run(householdId, method, day, whoId, who, '', at);
      addEvent.run(
        householdId,
        at,
        whoId,
        who,
        summaryColumns({
          code: 'event_household_visit_status',
          params: { source: method, day, note: '', regStatus: reg },
        }),
      );
    };
    const usedIds = new Set<string>();
    let seq = 0;
    let room = 0;
    let family = 0;
    let residents = 0;
    for (let b = 1; b <= buildingCount; b++) {
      const buildingId = Number(
        addBuilding.run(`${b}栋`, shape.floors, shape.units, shape.roomsPerFloor, b).lastInsertRowid,
      );
      for (let u = 1; u <= shape.units; u++) {
        for (let f = 1; f <= shape.floors; f++) {
          for (let k = 1; k <= shape.roomsPerFloor && room < rooms; k++, room++) {
            const kind = kinds[room] ?? 'occupied';
            const roomNo = `${f}${String(k).padStart(2, '0')}`;
            const unit = shape.units > 1 ? `${u}单元` : '';
            if (kind !== 'occupied') {
              const status = kind === 'vacant' ? 'registered' : 'not_visited';
              const note = kind === 'vacant' ? '物业确认空置' : '夜间有灯光，未联系上';
              const hid = Number(
                addHousehold.run(buildingId, unit, roomNo, '', '', kind, status, note, at).lastInsertRowid,
              );
              sourced(hid, status);
              continue;
            }
            const size = sizes[family++] ?? 1;
            const x = r();
            const reg = x < 0.1 ? 'not_visited' : x < 0.55 ? 'registered' : 'verified';
            const fam = surname(r);
            const elderlyAlone = size === 1 && r() < 0.6;
            const hGender = r() < 0.55 ? 'male' : 'female';
            const head = personName(r, fam, hGender);
            const headPhone = phone(r);
            const householdId = Number(
              addHousehold.run(buildingId, unit, roomNo, head, headPhone, 'occupied', reg, '', at)
                .lastInsertRowid,
            );
            sourced(householdId, reg);
            const threeGen = size >= 7;
            let headAge = 40;
            for (let m = 0; m < size; m++) {
              const relation = RELATIONS[m] ?? '其他';
              const gender =
                m === 0
                  ? hGender
                  : m === 1
                    ? hGender === 'male'
                      ? 'female'
                      : 'male'
                    : r() < 0.5
                      ? 'male'
                      : 'female';
              // Ages that make a family: parents a generation above the householder, children one below.
              const age =
                m === 0
                  ? elderlyAlone
                    ? between(r, 66, 92)
                    : threeGen
                      ? between(r, 50, 62)
                      : between(r, 28, 62)
                  : relation === '配偶'
                    ? Math.max(20, headAge + between(r, -5, 5))
                    : relation === '父母'
                      ? Math.min(98, headAge + between(r, 22, 32))
                      : relation === '孙子女'
                        ? between(r, 0, 6)
                        : Math.max(0, headAge - between(r, 22, 36));
              if (m === 0) headAge = age;
              const [lo, hi] = [age, age];
              const birth = birthDate(r, today, lo, hi);
              let id = idNumber(REGION, birth, seq++, gender);
              while (usedIds.has(id)) id = idNumber(REGION, birth, seq++, gender);
              usedIds.add(id);
              const chronic = age >= 60 && r() < 0.35;
              const name =
                m === 0
                  ? head
                  : m === 1 || relation === '父母'
                    ? personName(r, surname(r), gender)
                    : personName(r, fam, gender);
              addResident.run(
                householdId,
                name,
                gender,
                birth,
                reg === 'not_visited' && r() < 0.5 ? null : id,
                m === 0 ? headPhone : age >= 16 ? phone(r) : '',
                relation,
                r() < 0.03 ? 'away' : 'in_compound',
                gender === 'female' && age >= 24 && age <= 38 && r() < 0.08 ? 1 : 0,
                chronic ? 1 : 0,
                r() < 0.015 ? 1 : 0,
                chronic && r() < 0.7 ? 1 : 0,
                at,
              );
              residents++;
            }
          }
        }
      }
    }
    sqlite
      .prepare(
        `INSERT INTO audit_log (at, operator_id, operator_name, method, area, entity, entity_id, summary,
           summary_code, summary_params)
         VALUES (?, NULL, '', 'demo.write', 'demo', 'compound', 1, @summary, @summaryCode, @summaryParams)`,
      )
      .run(
        at,
        summaryColumns({ code: 'audit_demo_load', params: { name: '金南苑', households: n, residents } }),
      );
    return { buildings: buildingCount, households: n, residents, rooms };
  });
  return run();
}
