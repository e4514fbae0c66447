/** The dashboard of members and units: who they are and the way to the board and their points. */
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useResourceDefinitions, useTranslate } from 'react-admin';
import type { Me } from '@yanzhen/config';

export const Welcome = ({ me }: { me: Me }) => {
  const translate = useTranslate();
  const definitions = Object.values(useResourceDefinitions<{ group?: string }>());
  const board = definitions.filter((d) => d.hasList && d.options?.group === 'board');
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('app.dashboard.hello', { name: me.username })}
        </Typography>
        {me.role && (
          <Typography color="text.secondary">
            {translate(`resources.users.choices.role.${me.role}`)}
          </Typography>
        )}
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('app.dashboard.shortcuts')}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          {board.map(({ name, icon: Icon }) => (
            <Button
              key={name}
              component={Link}
              to={`/${name}`}
              variant="outlined"
              startIcon={Icon ? <Icon /> : undefined}
            >
              {translate(`resources.${name}.name`, { smart_count: 2 })}
            </Button>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
