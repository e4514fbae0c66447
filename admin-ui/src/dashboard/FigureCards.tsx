/**
 * The document's headline figures (DESIGN.md §7) as cards, from one overview. A figure that counts a list
 * links to it, with the filter the server counted it by (39 书记 → the 39 secretaries).
 */
import { Grid } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { count, percent } from './format';
import { useFigureLinks } from './links';
import { StatCard, type Figure } from './StatCard';
import type { Overview } from './types';

export const FigureCards = ({ overview: o }: { overview: Overview }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const to = useFigureLinks(o);
  const t = (key: string) => translate(`app.dashboard.${key}`);
  const n = (value: number | null) => count(locale, value);
  /** A figure by its key: its label, and the list it counts where there is one. */
  const fig = (key: string, value: string, unit?: string): Figure => ({
    label: t(key),
    value,
    ...(unit && { unit }),
    ...(to(key) && { to: to(key) }),
  });
  const cards: { key: string; figures: Figure[] }[] = [
    {
      key: 'secretaries',
      figures: [
        fig('secretaries.count', n(o.secretaries.count), t('unit.people')),
        fig('secretaries.average_age', n(o.secretaries.averageAge), t('unit.years')),
        fig('secretaries.college_rate', percent(locale, o.secretaries.collegeRate)),
        fig('secretaries.concurrent_rate', percent(locale, o.secretaries.concurrentRate)),
      ],
    },
    {
      key: 'recruitment',
      figures: [fig('recruitment.hired', n(o.recruitment.hired), t('unit.people'))],
    },
    {
      key: 'degree',
      figures: [
        fig('degree.courses', n(o.degree.courses)),
        fig('degree.enrolled', n(o.degree.enrolled), t('unit.people')),
        fig('degree.first_cohort', n(o.degree.firstCohort), t('unit.people')),
      ],
    },
    {
      key: 'practice',
      figures: [
        fig('practice.branches', n(o.practice.branches)),
        fig('practice.red_committees', n(o.practice.redCommittees)),
        fig('practice.workers_leading', n(o.practice.workersLeading), t('unit.people')),
      ],
    },
    {
      key: 'secondments',
      figures: [
        fig('secondments.selected', n(o.secondments.selected), t('unit.people')),
        fig('secondments.active', n(o.secondments.active), t('unit.people')),
      ],
    },
    {
      key: 'honours',
      figures: [
        fig('honours.representatives', n(o.honours.representatives), t('unit.people')),
        fig('honours.national_advanced', n(o.honours.nationalAdvanced)),
        fig('honours.demonstration', n(o.honours.demonstrationCompounds)),
      ],
    },
    {
      key: 'board',
      figures: [
        fig('board.big_done', n(o.board.bigDone), t('unit.tasks')),
        fig('board.small_done', n(o.board.smallDone), t('unit.tasks')),
        fig('board.urgent_solved', n(o.board.urgentSolved), t('unit.tasks')),
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
