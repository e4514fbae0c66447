/** The login page: the product's name, the language switch, why the user is here again, the login form. */
import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { session } from '../providers/session';

export const LoginPage = () => {
  const translate = useTranslate();
  const [expired] = useState(session.wasExpired);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.subtitle')}
        </Typography>
        <LocalesMenuButton />
        {expired && <Alert severity="warning">{translate('app.auth.expired')}</Alert>}
      </Box>
      <LoginForm />
    </Login>
  );
};
