/**
 * What an audit entry changed, field by field: each field by its label, its values before and after as
 * the record's own page shows them (a choice by its label, a relation by name, a date as a date). A create
 * has only the after column, a delete only the before.
 */
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import {
  RecordContextProvider,
  ResourceContextProvider,
  usePermissions,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
  type TranslateFunction,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { FieldValue } from '../generic/FieldValue';
import type { ResourceOverride } from '../generic/types';
import { changeRows, valuesOf, type ChangeRow, type Values } from './changes';

/** A value the resource has no field for (an export's row count), in plain words. */
function plain(translate: TranslateFunction, resource: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  // Strapi's admin says which fields it wrote: by their labels.
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    return v.map((f) => translate(`resources.${resource}.fields.${f}`, { _: f })).join('、');
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

interface CellProps {
  row: ChangeRow;
  values: Values;
  id: string;
  resource: string;
}

const Cell = ({ row, values, id, resource }: CellProps) => {
  const translate = useTranslate();
  const definition = useResourceDefinition<{ override?: ResourceOverride }>({ resource });
  const Custom = definition?.options?.override?.fields?.[row.name]?.show;
  return (
    <TableCell>
      <RecordContextProvider value={{ ...values, id }}>
        {!row.field ? (
          plain(translate, resource, values[row.name])
        ) : Custom ? (
          <Custom source={row.name} />
        ) : (
          <FieldValue source={row.name} field={row.field} resource={resource} />
        )}
      </RecordContextProvider>
    </TableCell>
  );
};

export const ChangesTable = () => {
  const entry = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  if (!entry || !permissions) return null;
  const resource = String(entry.resource);
  const before = valuesOf(entry.before);
  const after = valuesOf(entry.after);
  const rows = changeRows(permissions.schema, resource, before, after);
  if (!rows.length) return null;
  const sides = [
    ...(before ? [{ key: 'before', values: before }] : []),
    ...(after ? [{ key: 'after', values: after }] : []),
  ];
  const id = String(entry.recordId ?? '');
  return (
    <ResourceContextProvider value={resource}>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('resources.audit-entries.fields.action')}>
          <TableHead>
            <TableRow>
              <TableCell />
              {sides.map((s) => (
                <TableCell key={s.key}>{translate(`resources.audit-entries.fields.${s.key}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.name}>
                <TableCell component="th" scope="row">
                  {translate(`resources.${resource}.fields.${row.name}`, { _: row.name })}
                </TableCell>
                {sides.map((s) => (
                  <Cell key={s.key} row={row} values={s.values} id={id} resource={resource} />
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </ResourceContextProvider>
  );
};
