/**
 * One audit entry's page: what was done as a sentence, when, to which record (opening it), from which
 * import; and what changed as a table of fields, not the stored JSON.
 */
import { Box } from '@mui/material';
import {
  DateField,
  Show,
  SimpleShowLayout,
  useLocaleState,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { AuditSentence, ImportJobName, RecordName } from './AuditFields';
import { ChangesTable } from './ChangesTable';

const Entry = () => {
  const entry = useRecordContext();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Panel>();
  if (!entry) return null;
  const fromImport = Boolean(entry.importJob) && canDo(permissions, 'import-jobs', 'show');
  return (
    <>
      <SimpleShowLayout>
        <AuditSentence source="action" />
        <DateField source="at" locales={locale} showTime />
        {entry.recordId && <RecordName source="recordLabel" />}
        {fromImport && <ImportJobName source="importJob" />}
      </SimpleShowLayout>
      <Box sx={{ px: 2, pb: 2 }}>
        <ChangesTable />
      </Box>
    </>
  );
};

const AuditEntryShow = () => (
  <Show>
    <Entry />
  </Show>
);

export default AuditEntryShow;
