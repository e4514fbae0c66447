/**
 * CSV export with the screen's words: column headers and enum values in the UI language, related records
 * by name, yes/no spelled out. A byte-order mark lets Excel read the Chinese.
 */
import jsonExport from 'jsonexport/dist/index.js';
import { useCallback } from 'react';
import { downloadCSV, useTranslate, type Exporter, type RaRecord } from 'react-admin';
import type { FieldSchema, PanelSchema, ResourceSchema } from '@yanzhen/config';
import { readable, resourceOf } from '../schema/mapping';
import { fieldLabel } from './choices';

type Related = Record<string, Record<string, RaRecord>>;

export function useExporter(
  resource: ResourceSchema | undefined,
  schema: PanelSchema | undefined,
): Exporter | false {
  const translate = useTranslate();
  const exporter = useCallback<Exporter>(
    async (records: RaRecord[], fetchRelated) => {
      if (!resource || !schema) return;
      const fields = resource.fields.filter(
        (f) => f.type !== 'media' && f.type !== 'json' && readable(schema, f),
      );
      const related: Related = {};
      for (const f of fields.filter((x) => x.relation)) {
        related[f.name] = await fetchRelated<RaRecord>(records, f.name, f.relation?.resource ?? '');
      }
      const cell = (f: FieldSchema, value: unknown): string => {
        if (value === null || value === undefined) return '';
        if (f.type === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
        if (f.type === 'enumeration')
          return translate(`resources.${resource.name}.choices.${f.name}.${String(value)}`);
        if (f.relation) {
          const main = resourceOf(schema, f.relation.resource)?.mainField ?? 'id';
          const ids = (Array.isArray(value) ? value : [value]) as string[];
          return ids.map((id) => String(related[f.name]?.[id]?.[main] ?? id)).join('、');
        }
        return String(value);
      };
      const headers = fields.map((f) => translate(fieldLabel(resource.name, f.name)));
      const rows = records.map((r) =>
        Object.fromEntries(fields.map((f, i) => [headers[i], cell(f, r[f.name])])),
      );
      jsonExport(rows, { headers }, (err, csv) => {
        if (err) throw err;
        downloadCSV(`\ufeff${csv}`, translate(`resources.${resource.name}.name`, { smart_count: 2 }));
      });
    },
    [resource, schema, translate],
  );
  return resource?.can.find ? exporter : false;
}
