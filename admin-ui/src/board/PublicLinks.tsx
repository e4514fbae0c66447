/** Links to the pages residents read without logging in; they open in a new tab, outside the panel. */
import OpenInNew from '@mui/icons-material/OpenInNew';
import { Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PUBLIC_PAGES } from './paths';

export const PublicLinks = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
      <Typography variant="body2" color="text.secondary">
        {translate('app.board_pages.public.title')}
      </Typography>
      {PUBLIC_PAGES.map((p) => (
        <Link key={p.key} href={p.href} target="_blank" rel="noopener" variant="body2" underline="hover">
          {translate(`app.board_pages.public.${p.key}`)}
          <OpenInNew sx={{ fontSize: 14, ml: 0.5, verticalAlign: 'middle' }} />
        </Link>
      ))}
    </Stack>
  );
};
