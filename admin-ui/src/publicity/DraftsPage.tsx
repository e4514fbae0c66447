/** Stories never published yet, newest change first: the publicity desk's queue, with publish on each row. */
import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { DataTable, DateField, FunctionField, List, useTranslate, type RaRecord } from 'react-admin';
import { PublicLinks } from '../board/PublicLinks';
import { WorkflowButtons } from '../generic/WorkflowButtons';
import { PreviewButton } from './PreviewButton';

const DraftsPage = () => {
  const translate = useTranslate();
  return (
    <List
      resource="stories"
      filter={{ publicationState: 'draft' }}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      storeKey="story-drafts"
      disableSyncWithLocation
      title={translate('app.publicity_pages.drafts.title')}
      actions={<PublicLinks />}
      empty={false}
      exporter={false}
    >
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="title">
          <FunctionField<RaRecord>
            source="title"
            render={(r) => (
              <MuiLink component={Link} to={`/stories/${r.id}`} underline="hover">
                {r.title}
              </MuiLink>
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="author" />
        <DataTable.Col source="updatedAt" label={translate('app.publicity_pages.drafts.updated')}>
          <DateField source="updatedAt" showTime />
        </DataTable.Col>
        <DataTable.Col label={translate('app.publicity_pages.drafts.actions')}>
          <PreviewButton />
          <WorkflowButtons />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default DraftsPage;
