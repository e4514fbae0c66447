/** A card of a few labelled figures. */
import { Card, CardContent, Stack, Typography } from '@mui/material';

export interface Figure {
  label: string;
  value: string;
  unit?: string;
}

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
              {f.value}
              {f.unit && (
                <Typography component="span" variant="body2" sx={{ ml: 0.5 }}>
                  {f.unit}
                </Typography>
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
