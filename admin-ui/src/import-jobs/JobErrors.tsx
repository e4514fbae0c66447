/** A job's failed rows on its record page: the same table the import dialog shows, not the stored JSON. */
import { useRecordContext } from 'react-admin';
import { ErrorTable } from '../imports/ErrorTable';
import type { RowError } from '../imports/api';

export function JobErrors({ source }: { source: string }) {
  const record = useRecordContext();
  const errors = record && Array.isArray(record[source]) ? (record[source] as RowError[]) : [];
  return errors.length ? <ErrorTable errors={errors} /> : null;
}
