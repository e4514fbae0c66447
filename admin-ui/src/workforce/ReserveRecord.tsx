/**
 * A reserve cadre's development in one place: the mentor (1+N 帮带), trial and acting posts (试岗/顶岗),
 * yearly appraisals and secondments; the trainings are the worker page's own section.
 */
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useGetManyReference, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { RecordTable } from './RecordTable';

/** The worker's records of each resource: newest first by `sort`, in these columns. */
const PARTS = [
  { resource: 'trial-posts', sort: 'startDate', columns: ['kind', 'post', 'startDate', 'endDate', 'result'] },
  { resource: 'appraisals', sort: 'year', columns: ['year', 'total', 'grade', 'status'] },
  {
    resource: 'secondments',
    sort: 'appliedAt',
    columns: ['targetOrg', 'targetPost', 'status', 'startDate', 'endDate'],
  },
];

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

const Mentor = ({ id }: { id: string | null }) => {
  const translate = useTranslate();
  const { data } = useGetOne('workers', { id: id ?? '' }, { enabled: Boolean(id) });
  if (!id)
    return <Typography color="warning.main">{translate('app.workforce_pages.reserve.no_mentor')}</Typography>;
  return data ? <Link to={`/workers/${id}/show`}>{String(data.name)}</Link> : null;
};

const OfWorker = ({ worker, resource, sort, columns }: { worker: string } & (typeof PARTS)[number]) => {
  const { data = [] } = useGetManyReference(resource, {
    target: 'worker',
    id: worker,
    pagination: { page: 1, perPage: 50 },
    sort: { field: sort, order: 'DESC' },
  });
  return (
    <Part title={`resources.${resource}.name`}>
      <RecordTable
        resource={resource}
        rows={data}
        columns={columns}
        empty="app.workforce_pages.reserve.none"
      />
    </Part>
  );
};

interface Props {
  worker: RaRecord;
  /** Whether the viewer may read a resource. */
  readable: (resource: string) => boolean;
}

export const ReserveRecord = ({ worker, readable }: Props) => (
  <Box>
    <Part title="app.workforce_pages.reserve.mentor">
      <Mentor id={(worker.mentor as string | null) ?? null} />
    </Part>
    {PARTS.filter((p) => readable(p.resource)).map((p) => (
      <OfWorker key={p.resource} worker={String(worker.id)} {...p} />
    ))}
  </Box>
);
