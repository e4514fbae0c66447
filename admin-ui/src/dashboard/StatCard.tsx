/** A card of a few labelled figures; a figure that counts a list opens that list. */
import { Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';

export interface Figure {
  label: string;
  value: string;
  unit?: string;
  /** The list behind the figure (`/workers?filter=…`), when the viewer may open it. */
  to?: string;
}

const Value = ({ f }: { f: Figure }) => (
  <>
    {f.value}
    {f.unit && (
      <Typography component="span" variant="body2" sx={{ ml: 0.5 }}>
        {f.unit}
      </Typography>
    )}
  </>
);

export const StatCard = ({ title, figures }: { title: string; figures: Figure[] }) => (
  <Card sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {title}
      </Typography>
      <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap">
        {figures.map((f) => (
          <div key={f.label}>
            <Typography variant="h5" component="p">
              {f.to ? (
                <Link
                  component={RouterLink}
                  to={f.to}
                  underline="hover"
                  aria-label={`${f.value}${f.unit ?? ''} ${f.label}`}
                >
                  <Value f={f} />
                </Link>
              ) : (
                <Value f={f} />
              )}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {f.label}
            </Typography>
          </div>
        ))}
      </Stack>
    </CardContent>
  </Card>
);
