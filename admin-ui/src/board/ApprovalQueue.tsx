/** The supervisor's desk: reported tasks to approve or return, and objections to the score tables to resolve. */
import { Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import {
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  Title,
  useGetList,
  usePermissions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { WorkflowButtons } from '../generic/WorkflowButtons';
import { canDo, offers } from '../providers/access';
import { fivePath } from './paths';
import { TaskReview } from './TaskReview';

const QUEUE = { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' as const } };

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section>
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      {title}
    </Typography>
    <Stack spacing={1}>{children}</Stack>
  </section>
);

const ReviewQueue = () => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('tasks', { ...QUEUE, filter: { status: 'submitted' } });
  return (
    <Section title={translate('app.board_pages.approvals.tasks')}>
      {!isPending && !data.length && (
        <Typography color="text.secondary">{translate('app.board_pages.approvals.no_tasks')}</Typography>
      )}
      {data.map((t) => (
        <TaskReview key={t.id} task={t} canApprove={offers(t, 'approve')} canReject={offers(t, 'reject')} />
      ))}
    </Section>
  );
};

const ObjectionCard = ({ objection }: { objection: RaRecord }) => (
  <ResourceContextProvider value="objections">
    <RecordContextProvider value={objection}>
      <Card variant="outlined" data-testid="objection">
        <CardContent sx={{ pb: 0 }}>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
            <ReferenceField source="publication" reference="score-publications" link="show" />
            {objection.holderMember ? (
              <ReferenceField
                source="holderMember"
                reference="party-members"
                link={(m: RaRecord) => fivePath(m.id)}
              />
            ) : (
              <ReferenceField source="holderUnit" reference="partner-units" link={false} />
            )}
          </Stack>
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
            {objection.reason}
          </Typography>
        </CardContent>
        <CardActions>
          <WorkflowButtons />
        </CardActions>
      </Card>
    </RecordContextProvider>
  </ResourceContextProvider>
);

const ObjectionQueue = () => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('objections', { ...QUEUE, filter: { status: 'open' } });
  return (
    <Section title={translate('app.board_pages.approvals.objections')}>
      {!isPending && !data.length && (
        <Typography color="text.secondary">{translate('app.board_pages.approvals.no_objections')}</Typography>
      )}
      {data.map((o) => (
        <ObjectionCard key={o.id} objection={o} />
      ))}
    </Section>
  );
};

const ApprovalQueue = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  if (!permissions) return null;
  return (
    <Stack spacing={3} sx={{ mt: 2 }}>
      <Title title={translate('app.board_pages.approvals.title')} />
      {canDo(permissions, 'tasks', 'list') && <ReviewQueue />}
      {canDo(permissions, 'objections', 'list') && <ObjectionQueue />}
    </Stack>
  );
};

export default ApprovalQueue;
