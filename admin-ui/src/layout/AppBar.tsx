/**
 * The app bar: the bell (messages and what waits), and on a phone the language menu as one icon, so the
 * page's title keeps the room it needs.
 */
import Translate from '@mui/icons-material/Translate';
import { IconButton, Menu, MenuItem, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import { useState } from 'react';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  useGetIdentity,
  useLocales,
  useLocaleState,
  useTranslate,
  UserMenu,
} from 'react-admin';
import { Bell } from '../notifications/Bell';

const LanguageIconButton = () => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label = translate('app.language');
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(e) => setAnchor(e.currentTarget)}>
          <Translate />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem
            key={l.locale}
            selected={l.locale === locale}
            onClick={() => {
              setLocale(l.locale);
              setAnchor(null);
            }}
          >
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

const Toolbar = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <>
      <Bell />
      {phone ? <LanguageIconButton /> : <LocalesMenuButton />}
      <LoadingIndicator />
    </>
  );
};

/** The account's menu, named with the name it shows (a screen reader says what the eye reads). */
const AccountMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <UserMenu label={translate('app.user_menu', { name: identity?.fullName ?? '' })} />;
};

export const AppBar = () => <RaAppBar toolbar={<Toolbar />} userMenu={<AccountMenu />} />;
