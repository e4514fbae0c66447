/**
 * react-admin's default theme, with fonts that carry Chinese on every desktop, and colours text reads
 * against (WCAG asks 4.5:1): the default app bar's light blue gave its white text 3.1:1, and the default
 * blue of buttons and links 4.4:1 on the page's grey.
 */
import type { CheckboxOwnerState } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily },
  components: {
    ...defaultTheme.components,
    // A checkbox named on its root (react-admin's row checkboxes: aria-label="选择此行") is named on its
    // input instead, where assistive technology reads it; a span may not carry aria-label.
    // The empty list's message is read, not decoration: the disabled grey gave it 2.5:1.
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (o: CheckboxOwnerState) => ({
            ...o.inputProps,
            'aria-label': o['aria-label'] ?? o.inputProps?.['aria-label'],
          }),
        },
      },
    },
  },
  palette: {
    ...defaultTheme.palette,
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5f5fc4', main: '#283593', dark: '#001064', contrastText: '#fff' },
    // 删除 on the form's grey toolbar: the default red gave 3.9:1.
    error: { light: '#ef5350', main: '#b71c1c', dark: '#7f0000', contrastText: '#fff' },
  },
};
