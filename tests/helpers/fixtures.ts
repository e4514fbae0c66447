/**
 * Valid records for any resource, made from the panel's own schema: the generic tests cover a content
 * type added tomorrow without being told about it.
 */
import type { FieldSchema, ResourceSchema } from '@yanzhen/config';
import type { DataProvider } from 'ra-core';

let n = 0;

/** A resident ID number's check character (GB 11643), so sample ID numbers are real ones. */
function withCheckDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Values for the patterns the schemas use; a new pattern fails loudly here rather than quietly elsewhere. */
function byPattern(regex: string, k: number): string {
  if (regex.includes('1[3-9]')) return `139${String(10_000_000 + k).slice(-8)}`;
  if (regex.includes('\\d{17}')) return withCheckDigit(`11010119900101${String(100 + (k % 900))}`);
  if (regex.includes('Q[1-4]')) return `${2100 - (k % 90)}-Q${(k % 4) + 1}`;
  if (regex.includes('0[1-9]|1[0-2]')) return `${2100 - (k % 90)}-${String((k % 12) + 1).padStart(2, '0')}`;
  throw new Error(`no sample value for pattern ${regex}`);
}

function scalar(f: FieldSchema, k: number): unknown {
  switch (f.type) {
    case 'string':
      if (f.regex) return byPattern(f.regex, k);
      return `测试${f.name}${k}`.slice(0, f.maxLength ?? 255);
    case 'uid':
      return `test-${f.name}-${k}`;
    case 'email':
      return `t${k}@test.yanzhen.local`;
    case 'text':
    case 'richtext':
      return `测试内容 ${k}`;
    case 'integer': {
      const min = f.min ?? 1;
      const max = f.max ?? min + 10_000;
      return f.unique ? max - (k % (max - min)) : min;
    }
    case 'decimal':
      return f.min !== undefined && f.min > 0 ? f.min : Math.min(f.max ?? 1, 1);
    case 'boolean':
      return true;
    case 'date': {
      const d = new Date(Date.UTC(2030, 0, 1) + (k % 3650) * 86_400_000);
      return d.toISOString().slice(0, 10);
    }
    case 'datetime':
      return '2026-05-01T08:00:00.000Z';
    case 'enumeration':
      return (f.default as string | undefined) ?? f.choices?.[0]?.id;
    case 'json':
      return {};
    default:
      throw new Error(`no sample value for type ${f.type}`);
  }
}

/** Records some rules look into further than the schema says: valid content for those. */
const GRID = Object.fromEntries(
  [1, 2, 3, 4].map((post) => [String(post), [1, 2, 3, 4, 5, 6, 7, 8].map((l) => 6000 + l * 100)]),
);
const OVERRIDES: Record<string, (provider: DataProvider) => Promise<Record<string, unknown>>> = {
  'pay-scales': async () => ({ cells: GRID, cityAverageWage: 60_000 }),
  // Every demo community has its one secretary: a sample worker takes another post.
  // A birth date in the past, and hired at 18 or older.
  workers: async () => ({ position: 'worker', birthDate: '1990-01-01', hireDate: '2015-03-01' }),
  tasks: async () => ({ reportedAt: '2026-01-05' }),
  secondments: async () => ({ appliedAt: '2026-01-05' }),
  promotions: async (provider) => {
    const { data } = await provider.getList('workers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: { payLevel_lt: 8 },
    });
    return { worker: data[0].id, kind: 'level', toLevel: 8 };
  },
};

/** A record with every required field filled (relations point at existing demo records). */
export async function sampleRecord(
  resource: ResourceSchema,
  provider: DataProvider,
  opts: { optional?: boolean } = {},
): Promise<Record<string, unknown>> {
  n += 1;
  const k = Number(`${Date.now() % 100_000}${n}`);
  const out: Record<string, unknown> = {};
  for (const f of resource.fields) {
    if (f.readOnly || f.media) continue;
    if (!f.required && !opts.optional && !(f.writeOnly && resource.name === 'users')) continue;
    if (f.relation) {
      if (!f.required) continue;
      const { data } = await provider.getList(f.relation.resource, {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      if (!data.length) throw new Error(`no ${f.relation.resource} to point ${resource.name}.${f.name} at`);
      out[f.name] = f.relation.many ? [data[0].id] : data[0].id;
    } else if (f.choicesFrom) {
      const { resource: list, field } = f.choicesFrom;
      const { data } = await provider.getList(list, {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      if (!data.length) throw new Error(`no ${list} to name in ${resource.name}.${f.name}`);
      out[f.name] = data[0][field];
    } else if (f.writeOnly) {
      out[f.name] = 'Passw0rd-test';
    } else {
      out[f.name] = scalar(f, k);
    }
  }
  return { ...out, ...(await OVERRIDES[resource.name]?.(provider)) };
}

/** A change to one plain field that the schema allows. */
export function sampleChange(resource: ResourceSchema): { field: string; value: unknown } | null {
  n += 1;
  const f = resource.fields.find(
    (x) =>
      !x.readOnly &&
      !x.createOnly &&
      !x.writeOnly &&
      !x.relation &&
      !x.media &&
      !x.regex &&
      !x.choicesFrom &&
      ['string', 'text'].includes(x.type) &&
      !x.unique,
  );
  if (!f) return null;
  return { field: f.name, value: `改过 ${n}`.slice(0, f.maxLength ?? 255) };
}
