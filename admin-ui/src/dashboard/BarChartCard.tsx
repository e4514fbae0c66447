/** A titled bar chart; the data are plain `{ name, value }` pairs, also written out in the footer. */
import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';

const BarChartView = lazy(() => import('./BarChartView'));

interface Props {
  title: string;
  data: { name: string; value: number }[];
  /** What the bars count (person-times, tasks), for the tooltip. */
  valueLabel: string;
  /** A horizontal line for a target (the reserve minimum). */
  line?: number;
  footer?: ReactNode;
  height?: number;
  /** Long category names (communities) are written at a slant. */
  slanted?: boolean;
}

export const BarChartCard = ({
  title,
  data,
  valueLabel,
  line,
  footer,
  height = 240,
  slanted = false,
}: Props) => (
  <Card sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {title}
      </Typography>
      <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
        <BarChartView data={data} valueLabel={valueLabel} line={line} height={height} slanted={slanted} />
      </Suspense>
      {footer}
    </CardContent>
  </Card>
);
