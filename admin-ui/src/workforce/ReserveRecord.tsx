/**
 * A reserve cadre's development in one place: the mentor (1+N 帮带), trial and acting posts (试岗/顶岗),
 * yearly appraisals and secondments; the trainings are the worker page's own section.
 */
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useGetManyReference, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { RecordTable } from './RecordTable';

const Part = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** A resource's records of the worker, when the viewer may read that resource. */
const useOfWorker = (resource: string, worker: string, sort: string, enabled: boolean) =>
  useGetManyReference(
    resource,
    {
      target: 'worker',
      id: worker,
      pagination: { page: 1, perPage: 50 },
      sort: { field: sort, order: 'DESC' },
    },
    { enabled },
  ).data ?? [];

const Mentor = ({ id }: { id: string | null }) => {
  const translate = useTranslate();
  const { data } = useGetOne('workers', { id: id ?? '' }, { enabled: Boolean(id) });
  if (!id)
    return <Typography color="warning.main">{translate('app.workforce_pages.reserve.no_mentor')}</Typography>;
  return data ? <Link to={`/workers/${id}/show`}>{String(data.name)}</Link> : null;
};

interface Props {
  worker: RaRecord;
  /** Whether the viewer may read a resource. */
  readable: (resource: string) => boolean;
}

export const ReserveRecord = ({ worker, readable }: Props) => {
  const id = String(worker.id);
  const trialPosts = useOfWorker('trial-posts', id, 'startDate', readable('trial-posts'));
  const appraisals = useOfWorker('appraisals', id, 'year', readable('appraisals'));
  const secondments = useOfWorker('secondments', id, 'appliedAt', readable('secondments'));
  return (
    <Box>
      <Part title="app.workforce_pages.reserve.mentor">
        <Mentor id={(worker.mentor as string | null) ?? null} />
      </Part>
      {readable('trial-posts') && (
        <Part title="resources.trial-posts.name">
          <RecordTable
            resource="trial-posts"
            rows={trialPosts}
            columns={['kind', 'post', 'startDate', 'endDate', 'result']}
            empty="app.workforce_pages.reserve.none"
          />
        </Part>
      )}
      {readable('appraisals') && (
        <Part title="resources.appraisals.name">
          <RecordTable
            resource="appraisals"
            rows={appraisals}
            columns={['year', 'total', 'grade', 'status']}
            empty="app.workforce_pages.reserve.none"
          />
        </Part>
      )}
      {readable('secondments') && (
        <Part title="resources.secondments.name">
          <RecordTable
            resource="secondments"
            rows={secondments}
            columns={['targetOrg', 'targetPost', 'status', 'startDate', 'endDate']}
            empty="app.workforce_pages.reserve.none"
          />
        </Part>
      )}
    </Box>
  );
};
