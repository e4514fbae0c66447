/** Five towns and streets, 39 communities with their grids and compounds, 12 partner units. */
import type { Doc, Seed } from './context';
import { mobile, personName } from './random';

const TOWNS: [string, 'town' | 'subdistrict', string[]][] = [
  [
    '城关街道',
    'subdistrict',
    ['和平', '解放', '人民', '建设', '新华', '民主', '胜利', '文化', '光明', '幸福'],
  ],
  ['东城街道', 'subdistrict', ['东湖', '东门', '朝阳', '春晖', '锦绣', '翠园', '华苑', '金桥', '育才']],
  ['河西镇', 'town', ['河西', '滨河', '柳林', '杏花', '兴隆', '永安', '长乐']],
  ['青山镇', 'town', ['青山', '松岭', '枫林', '石桥', '龙泉', '凤凰', '云台']],
  ['柳湾镇', 'town', ['柳湾', '桃源', '荷塘', '稻香', '丰收', '清水']],
];

const COMPOUND_SUFFIXES = ['花园', '家园', '小区'];

const UNITS = [
  '区医疗保障局',
  '区人民医院',
  '区住房和城乡建设局',
  '区城市管理局',
  '区教育局',
  '区民政局',
  '区税务局',
  '区供电公司',
  '区自来水公司',
  '区消防救援大队',
  '区交通运输局',
  '区卫生健康局',
];

export interface Community extends Doc {
  name: string;
  town: Doc & { name: string };
  grids: Doc[];
  compounds: Doc[];
}

export interface Organisation {
  towns: (Doc & { name: string })[];
  communities: Community[];
  units: (Doc & { name: string })[];
}

export async function seedOrganisation(s: Seed): Promise<Organisation> {
  const { r } = s;
  const towns: Organisation['towns'] = [];
  const communities: Community[] = [];
  let n = 0;
  for (const [townName, kind, names] of TOWNS) {
    const town = {
      ...(await s.create('api::town.town', { name: townName, kind, code: `T${towns.length + 1}` })),
      name: townName,
    };
    towns.push(town);
    for (const short of names) {
      n += 1;
      const name = `${short}社区`;
      const population = r.int(4000, 16000);
      const c = await s.create('api::community.community', {
        name,
        code: `C${String(n).padStart(3, '0')}`,
        town: town.documentId,
        areaKm2: Math.round(r.int(8, 120)) / 10,
        population,
        households: Math.round(population / 2.8),
        securityLevel: r.pick(['stable', 'general', 'general', 'complex']),
        address: `${townName}${short}路${r.int(1, 200)}号`,
      });
      const grids: Doc[] = [];
      for (let g = 1; g <= r.int(2, 4); g += 1) {
        grids.push(
          await s.create('api::grid.grid', {
            name: `${short}第${g}网格`,
            code: `C${String(n).padStart(3, '0')}-G${g}`,
            community: c.documentId,
            households: r.int(300, 900),
          }),
        );
      }
      const compounds: Doc[] = [];
      for (const [i, suffix] of COMPOUND_SUFFIXES.entries()) {
        compounds.push(
          await s.create('api::compound.compound', {
            name: `${short}${suffix}`,
            community: c.documentId,
            grid: grids[i % grids.length].documentId,
            households: r.int(200, 1200),
            buildings: r.int(4, 30),
            address: `${short}路${r.int(1, 300)}号`,
          }),
        );
      }
      communities.push({ ...c, name, town, grids, compounds });
    }
  }
  const units: Organisation['units'] = [];
  for (const [i, name] of UNITS.entries()) {
    const linked = [0, 1, 2].map((k) => communities[(i * 3 + k * 13) % communities.length].documentId);
    const unit = await s.create('api::partner-unit.partner-unit', {
      name,
      contact: personName(r),
      phone: mobile(r),
      address: `区政务中心${i + 1}楼`,
      communities: [...new Set(linked)],
    });
    units.push({ ...unit, name });
  }
  return { towns, communities, units };
}
