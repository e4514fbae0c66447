/** The document's headline figures (DESIGN.md §7) as cards, from one overview. */
import { Grid } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { count, percent } from './format';
import { StatCard, type Figure } from './StatCard';
import type { Overview } from './types';

export const FigureCards = ({ overview: o }: { overview: Overview }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`app.dashboard.${key}`);
  const n = (value: number | null) => count(locale, value);
  const cards: { key: string; figures: Figure[] }[] = [
    {
      key: 'secretaries',
      figures: [
        { label: t('secretaries.count'), value: n(o.secretaries.count), unit: t('unit.people') },
        { label: t('secretaries.average_age'), value: n(o.secretaries.averageAge), unit: t('unit.years') },
        { label: t('secretaries.college_rate'), value: percent(locale, o.secretaries.collegeRate) },
        { label: t('secretaries.concurrent_rate'), value: percent(locale, o.secretaries.concurrentRate) },
      ],
    },
    {
      key: 'recruitment',
      figures: [{ label: t('recruitment.hired'), value: n(o.recruitment.hired), unit: t('unit.people') }],
    },
    {
      key: 'degree',
      figures: [
        { label: t('degree.courses'), value: n(o.degree.courses) },
        { label: t('degree.enrolled'), value: n(o.degree.enrolled), unit: t('unit.people') },
        { label: t('degree.first_cohort'), value: n(o.degree.firstCohort), unit: t('unit.people') },
      ],
    },
    {
      key: 'practice',
      figures: [
        { label: t('practice.branches'), value: n(o.practice.branches) },
        { label: t('practice.red_committees'), value: n(o.practice.redCommittees) },
        { label: t('practice.workers_leading'), value: n(o.practice.workersLeading), unit: t('unit.people') },
      ],
    },
    {
      key: 'secondments',
      figures: [
        { label: t('secondments.selected'), value: n(o.secondments.selected), unit: t('unit.people') },
        { label: t('secondments.active'), value: n(o.secondments.active), unit: t('unit.people') },
      ],
    },
    {
      key: 'honours',
      figures: [
        { label: t('honours.representatives'), value: n(o.honours.representatives), unit: t('unit.people') },
        { label: t('honours.national_advanced'), value: n(o.honours.nationalAdvanced) },
        { label: t('honours.demonstration'), value: n(o.honours.demonstrationCompounds) },
      ],
    },
    {
      key: 'board',
      figures: [
        { label: t('board.big_done'), value: n(o.board.bigDone), unit: t('unit.tasks') },
        { label: t('board.small_done'), value: n(o.board.smallDone), unit: t('unit.tasks') },
        { label: t('board.urgent_solved'), value: n(o.board.urgentSolved), unit: t('unit.tasks') },
      ],
    },
  ];
  return (
    <>
      {cards.map((c) => (
        <Grid key={c.key} size={{ xs: 12, sm: 6, lg: c.key === 'secretaries' ? 6 : 3 }}>
          <StatCard title={t(`${c.key}.title`)} figures={c.figures} />
        </Grid>
      ))}
    </>
  );
};
