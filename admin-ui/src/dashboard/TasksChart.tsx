/** The task board by status: on the board, claimed, awaiting approval, done. */
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BarChartCard } from './BarChartCard';
import type { Overview } from './types';

export const TasksChart = ({ board }: { board: Overview['board'] }) => {
  const translate = useTranslate();
  const status = (s: string) => translate(`resources.tasks.choices.status.${s}`);
  const data = [
    { name: status('listed'), value: board.listed },
    { name: status('claimed'), value: board.claimed },
    { name: status('submitted'), value: board.awaitingApproval },
    { name: status('approved'), value: board.bigDone + board.smallDone },
  ];
  return (
    <BarChartCard
      title={translate('app.dashboard.board.chart')}
      data={data}
      valueLabel={translate('resources.tasks.name', { smart_count: 2 })}
      footer={
        <Typography variant="body2" color="text.secondary">
          {data.map((d) => `${d.name} ${d.value}`).join(' · ')}
        </Typography>
      }
    />
  );
};
