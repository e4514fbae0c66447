/**
 * How an audit entry names its record: as the server stored it when the entry was written; for an older
 * entry without that, as the panel names the record today (one request per resource for a whole page of
 * entries), or its name in the entry's own values (a deleted record); its id at worst.
 */
import { useGetManyAggregate, useGetRecordRepresentation, usePermissions, type RaRecord } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { resourceOf } from '../schema/mapping';
import { valuesOf } from './changes';

export function useRecordName(entry: RaRecord | undefined): string | null {
  const { permissions } = usePermissions<Panel>();
  const resource = String(entry?.resource ?? '');
  const id = entry?.recordId ? String(entry.recordId) : '';
  const stored = typeof entry?.recordLabel === 'string' && entry.recordLabel ? entry.recordLabel : null;
  const lookUp = !stored && id !== '' && canDo(permissions, resource, 'show');
  const { data } = useGetManyAggregate(resource, { ids: [id] }, { enabled: lookUp });
  const represent = useGetRecordRepresentation(resource);
  if (!entry || !id) return null;
  if (stored) return stored;
  const current = data?.[0];
  const named = current ? represent(current) : null;
  if (typeof named === 'string' && named !== id && named !== `#${id}`) return named;
  const main = permissions ? resourceOf(permissions.schema, resource)?.mainField : undefined;
  const own = main ? (valuesOf(entry.before)?.[main] ?? valuesOf(entry.after)?.[main]) : undefined;
  return typeof own === 'string' && own ? own : id;
}
