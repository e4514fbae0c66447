/** The theme's accessibility fixes, as a screen reader meets them. */
import { Checkbox, ThemeProvider, createTheme } from '@mui/material';
import { render, screen } from '@testing-library/react';
import { theme } from './theme';

const themed = createTheme(theme as Parameters<typeof createTheme>[0]);

describe('the theme', () => {
  it.each([
    ['named on its root (react-admin’s row checkbox)', { 'aria-label': '选择此行' }],
    ['named on its input (the page checkbox)', { inputProps: { 'aria-label': '选择此行' } }],
  ])('names a checkbox %s on its input, never on the span around it', (_how, props) => {
    const { container } = render(
      <ThemeProvider theme={themed}>
        <Checkbox {...props} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('checkbox', { name: '选择此行' }).tagName).toBe('INPUT');
    expect(container.querySelector('span[aria-label]')).toBeNull();
  });
});
