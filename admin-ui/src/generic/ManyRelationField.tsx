/** A to-many relation as chips; past a screenful, the first ones and how many more (a training's attendees). */
import { Typography } from '@mui/material';
import {
  RecordContextProvider,
  ReferenceArrayField,
  SingleFieldList,
  useRecordContext,
  useTranslate,
} from 'react-admin';

const SHOWN = 40;

export const ManyRelationField = ({ source, reference }: { source: string; reference: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const ids = Array.isArray(record[source]) ? (record[source] as string[]) : [];
  return (
    <>
      <RecordContextProvider value={{ ...record, [source]: ids.slice(0, SHOWN) }}>
        <ReferenceArrayField source={source} reference={reference}>
          <SingleFieldList linkType="show" />
        </ReferenceArrayField>
      </RecordContextProvider>
      {ids.length > SHOWN && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.field.more', { smart_count: ids.length - SHOWN })}
        </Typography>
      )}
    </>
  );
};
