/** A page drawn from the dashboard's figures: a title, then the figures once they are in. */
import { Alert, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import type { WorkforceOverview } from './types';
import { useWorkforceOverview } from './useWorkforceOverview';

interface Props {
  title: string;
  children: (overview: WorkforceOverview) => ReactNode;
}

export const OverviewPage = ({ title, children }: Props) => {
  const translate = useTranslate();
  const { data, error, isPending } = useWorkforceOverview();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate(title)} />
      <CardContent>
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          {translate(title)}
        </Typography>
        {isPending ? <Loading /> : error ? <Alert severity="error">{error.message}</Alert> : children(data)}
      </CardContent>
    </Card>
  );
};
