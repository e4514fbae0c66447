/**
 * A list on a phone: one card-like row per record, its first column as the title and the next few as
 * "label：value" beneath, instead of a table squeezed to one character per line.
 */
import { Box } from '@mui/material';
import { SimpleList, useTranslate, type RaRecord } from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { FieldValue } from './FieldValue';

/** How many columns after the first a phone row shows; the record's page has the rest. */
const DETAILS = 3;

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);

/** The first few columns after the title that hold something for this record. */
export const filled = (record: RaRecord, columns: FieldSchema[]): FieldSchema[] =>
  columns.filter((f) => !empty(record[f.name])).slice(0, DETAILS);

interface Props {
  resource: string;
  columns: FieldSchema[];
  link: 'edit' | 'show';
}

export const PhoneList = ({ resource, columns, link }: Props) => {
  const translate = useTranslate();
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <SimpleList
      rowClick={link}
      primaryText={<FieldValue source={first.name} field={first} resource={resource} />}
      secondaryText={(record: RaRecord) => (
        <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25 }}>
          {filled(record, rest).map((f) => (
            <Box component="span" key={f.name} data-field={f.name} sx={{ minWidth: 0 }}>
              {translate(`resources.${resource}.fields.${f.name}`)}：
              <FieldValue source={f.name} field={f} resource={resource} />
            </Box>
          ))}
        </Box>
      )}
    />
  );
};
