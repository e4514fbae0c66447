/**
 * The 四岗八级 table: four posts down, eight levels across, monthly base pay in each cell. Editable on a
 * draft table's form, where a cell whose yearly base falls below the city average wage is marked as the
 * clerk types (the server refuses such a table and names the cells); read-only on the record.
 */
import {
  Alert,
  Box,
  FormHelperText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { InputHelperText, useInput, useRecordContext, useTranslate } from 'react-admin';
import { gridOf, isComplete, LEVELS, lowCells, POSTS, withCell, type Grid } from './grid';

const complete = (value: unknown) =>
  isComplete(gridOf(value)) ? undefined : 'app.incentive_pages.pay_grid.incomplete';

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

const GridTable = ({ grid, cell }: { grid: Grid; cell: (post: number, level: number) => ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.pay-scales.fields.cells')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.incentive_pages.pay_grid.post')}</TableCell>
            {LEVELS.map((level) => (
              <TableCell key={level} align="right">
                {translate('app.incentive_pages.pay_grid.level', { level })}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {POSTS.map(({ tier, label }) => (
            <TableRow key={tier}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {translate(`app.incentive_pages.pay_grid.posts.${tier}`, { _: label })}
              </TableCell>
              {grid[String(tier)].map((_, i) => (
                <TableCell key={i} align="right" sx={{ px: 0.5 }}>
                  {cell(tier, i + 1)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The grid as saved; an approved table says it is locked (its edit page opens this instead). */
export const PayGridField = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const grid = gridOf(record?.cells);
  return (
    <Box>
      <GridTable grid={grid} cell={(post, level) => grid[String(post)][level - 1] ?? '—'} />
      {record?.status === 'approved' && (
        <FormHelperText>{translate('app.incentive_pages.pay_grid.locked')}</FormHelperText>
      )}
    </Box>
  );
};

const cellLabel = (translate: ReturnType<typeof useTranslate>, post: number, level: number) =>
  translate('app.incentive_pages.pay_grid.cell', { post, level });

export const PayGridInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, validate: complete });
  const wage = useWatch({ name: 'cityAverageWage' });
  const grid = gridOf(field.value);
  const low = lowCells(grid, wage);
  const set = (post: number, level: number, text: string) =>
    field.onChange(withCell(grid, post, level, text.trim() === '' ? null : Number(text)));
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.pay-scales.fields.cells')} *
      </Typography>
      <GridTable
        grid={grid}
        cell={(post, level) => {
          const value = grid[String(post)][level - 1];
          const isLow = low.has(`${post}-${level}`);
          return (
            <TextField
              size="small"
              type="number"
              value={value ?? ''}
              onChange={(e) => set(post, level, e.target.value)}
              onBlur={field.onBlur}
              error={isLow}
              title={
                isLow && value !== null
                  ? translate('app.incentive_pages.pay_grid.below', { yearly: yuan(value * 12) })
                  : undefined
              }
              slotProps={{
                htmlInput: { 'aria-label': cellLabel(translate, post, level), min: 0, step: 'any' },
              }}
              sx={{ width: 96 }}
            />
          );
        }}
      />
      {low.size > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('app.incentive_pages.pay_grid.below_count', {
            smart_count: low.size,
            wage: yuan(Number(wage)),
          })}
        </Alert>
      )}
      {fieldState.error && (
        <FormHelperText error>
          <InputHelperText error={fieldState.error.message} />
        </FormHelperText>
      )}
    </Box>
  );
};
