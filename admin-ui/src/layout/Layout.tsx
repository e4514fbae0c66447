/**
 * react-admin's layout with the grouped menu and an app bar that fits a phone. react-admin lets the page
 * grow to its widest child (`min-width: fit-content`); on a phone the page keeps the screen's width, and a
 * row of tabs or a wide table scrolls inside itself instead of widening the whole page.
 */
import type { Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

const phoneWidth = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
});

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={AppBar} sx={phoneWidth}>
    {children}
  </RaLayout>
);
