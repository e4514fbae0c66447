/**
 * What the worker's record gathers from elsewhere, each part for those who may read it: trainings and
 * hours, a reserve cadre's development, pay month by month, and the career chain with its promotions.
 */
import { Card, CardContent, CardHeader, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetOne, usePermissions, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { CareerChain } from '../incentives/CareerChain';
import { PayHistory } from '../incentives/PayHistory';
import { resourceOf } from '../schema/mapping';
import { ReserveRecord } from '../workforce/ReserveRecord';
import { WorkerTrainings } from '../workforce/WorkerTrainings';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-label={translate(title)}>
      <CardHeader title={translate(title)} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
};

export const WorkerRecords = ({ id }: { id: string }) => {
  const { permissions } = usePermissions<Panel | null>();
  const { data: worker } = useGetOne('workers', { id });
  if (!permissions || !worker) return null;
  const readable = (name: string) => Boolean(resourceOf(permissions.schema, name)?.can.find);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      {worker.isReserve && (
        <Section title="app.workforce_pages.reserve.title">
          <ReserveRecord worker={worker} readable={readable} />
        </Section>
      )}
      {readable('trainings') && (
        <Section title="app.workforce_pages.worker.trainings">
          <WorkerTrainings worker={id} />
        </Section>
      )}
      {readable('promotions') && (
        <Section title="app.incentive_pages.worker.career">
          <CareerChain worker={worker} />
        </Section>
      )}
      {readable('payrolls') && (
        <Section title="app.incentive_pages.worker.pay_history">
          <PayHistory worker={id} />
        </Section>
      )}
    </Stack>
  );
};
