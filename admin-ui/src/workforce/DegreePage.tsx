/**
 * The degree programme's progress: the share of community workers on duty with college education or
 * above against the target (100 %) by the programme's last year, and the secretaries' share beside it.
 */
import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { OverviewPage } from './OverviewPage';

const percent = (r: number) => `${Math.round(r * 1000) / 10}%`;

const DegreePage = () => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.workforce_pages.degree.${key}`, options);
  return (
    <OverviewPage title="app.workforce_pages.degree.title">
      {({ workforce, degree, secretaries }) => {
        const p = workforce.degreeProgress;
        const figures = { rate: percent(p.collegeRate), target: percent(p.target), endYear: p.endYear };
        return (
          <Box sx={{ maxWidth: 640 }}>
            <Typography variant="subtitle1">{t('rate')}</Typography>
            <Typography variant="h6" data-testid="degree-progress">
              {p.endYear === null ? t('no_end', figures) : t('progress', figures)}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={Math.min(100, (p.collegeRate / (p.target || 1)) * 100)}
              sx={{ height: 10, borderRadius: 5, my: 1 }}
            />
            <Typography variant="body2">{t('below', { count: p.belowCollege })}</Typography>
            <Typography variant="body2">
              {t('secretaries', { rate: percent(secretaries.collegeRate) })}
            </Typography>
            <Typography variant="body2">
              {t('enrolled', {
                enrolled: degree.enrolled,
                graduated: degree.graduated,
                courses: degree.courses,
              })}
            </Typography>
          </Box>
        );
      }}
    </OverviewPage>
  );
};

export default DegreePage;
