/**
 * A list on a phone: one card-like row per record, its first column as the title and the next few as
 * "label：value" beneath, instead of a table squeezed to one character per line.
 */
import { Box } from '@mui/material';
import { SimpleList, useTranslate, type Identifier, type RaRecord } from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { FieldValue } from './FieldValue';
import type { ResourceOverride } from './types';

/** How many columns after the first a phone row shows; the record's page has the rest. */
const DETAILS = 3;

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);

/** The first few columns after the title that hold something for this record. */
export const filled = (record: RaRecord, columns: FieldSchema[]): FieldSchema[] =>
  columns.filter((f) => !empty(record[f.name])).slice(0, DETAILS);

interface Props {
  resource: string;
  columns: FieldSchema[];
  /** The folder's own displays of fields, as the table uses them. */
  fields?: ResourceOverride['fields'];
  link: (id: Identifier, resource: string, record: RaRecord) => 'edit' | 'show';
}

export const PhoneList = ({ resource, columns, link, fields }: Props) => {
  const value = (f: FieldSchema) => {
    const Custom = fields?.[f.name]?.show;
    return Custom ? <Custom source={f.name} /> : <FieldValue source={f.name} field={f} resource={resource} />;
  };
  const translate = useTranslate();
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <SimpleList
      rowClick={link}
      primaryText={value(first)}
      secondaryText={(record: RaRecord) => (
        <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25 }}>
          {filled(record, rest).map((f) => (
            <Box component="span" key={f.name} data-field={f.name} sx={{ minWidth: 0 }}>
              {translate(`resources.${resource}.fields.${f.name}`)}：{value(f)}
            </Box>
          ))}
        </Box>
      )}
    />
  );
};
