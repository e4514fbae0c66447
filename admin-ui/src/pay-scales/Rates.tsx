/**
 * The table's other figures as clerks think of them: the monthly qualification allowance per
 * qualification, and each insurance's and the housing fund's employer and personal rates in per cent
 * (kept as fractions, as the server computes with them).
 */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { rules, type InsuranceKind, type Qualification } from '@yanzhen/config';
import type { ReactNode } from 'react';
import { useInput, useRecordContext, useTranslate } from 'react-admin';

const QUALIFICATIONS = Object.keys(rules.pay.qualificationAllowance) as Qualification[];
const KINDS = Object.keys(rules.pay.rates) as InsuranceKind[];
const SIDES = ['employer', 'personal'] as const;
type Rates = Record<InsuranceKind, Record<(typeof SIDES)[number], number>>;

const asObject = <T,>(v: unknown, fallback: T): T =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : fallback;
/** A fraction as per cent, without the float noise of × 100 (0.16 → 16). */
const percent = (f: number | undefined) => (f === undefined ? '' : String(Math.round(f * 1e6) / 1e4));
const fraction = (text: string) => Math.round(Number(text) * 1e4) / 1e6;

const Caption = ({ source, children }: { source: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary">
        {translate(`resources.pay-scales.fields.${source}`)}
      </Typography>
      {children}
    </Box>
  );
};

const Cell = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange?: (v: string) => void;
}) =>
  onChange ? (
    <TextField
      size="small"
      type="number"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { 'aria-label': label, min: 0, step: 'any' } }}
      sx={{ width: 110 }}
    />
  ) : (
    <>{value}</>
  );

const AllowancesTable = ({
  value,
  onChange,
}: {
  value: Record<string, number>;
  onChange?: (q: string, v: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableBody>
        {QUALIFICATIONS.map((q) => {
          const label = translate(`resources.workers.choices.qualification.${q}`, { _: q });
          return (
            <TableRow key={q}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>
                <Cell
                  label={label}
                  value={String(value[q] ?? '')}
                  onChange={onChange && ((v) => onChange(q, v))}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

const RatesTable = ({
  value,
  onChange,
}: {
  value: Partial<Rates>;
  onChange?: (k: InsuranceKind, side: string, v: string) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.incentive_pages.rates.${key}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell />
          {SIDES.map((s) => (
            <TableCell key={s}>{t(s)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {KINDS.map((k) => (
          <TableRow key={k}>
            <TableCell component="th" scope="row">
              {t(k)}
            </TableCell>
            {SIDES.map((s) => (
              <TableCell key={s}>
                <Cell
                  label={`${t(k)} ${t(s)}`}
                  value={percent(value[k]?.[s])}
                  onChange={onChange && ((v) => onChange(k, s, v))}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const AllowancesInput = ({ source }: { source: string }) => {
  const { field } = useInput({ source });
  const value = asObject<Record<string, number>>(field.value, rules.pay.qualificationAllowance);
  return (
    <Caption source={source}>
      <AllowancesTable
        value={value}
        onChange={(q, v) => field.onChange({ ...value, [q]: v === '' ? 0 : Number(v) })}
      />
    </Caption>
  );
};

export const RatesInput = ({ source }: { source: string }) => {
  const { field } = useInput({ source });
  const value = asObject<Partial<Rates>>(field.value, rules.pay.rates);
  return (
    <Caption source={source}>
      <RatesTable
        value={value}
        onChange={(k, side, v) =>
          field.onChange({ ...value, [k]: { ...value[k], [side]: v === '' ? 0 : fraction(v) } })
        }
      />
    </Caption>
  );
};

export const AllowancesField = ({ source }: { source: string }) => (
  <AllowancesTable value={asObject(useRecordContext()?.[source], {})} />
);

export const RatesField = ({ source }: { source: string }) => (
  <RatesTable value={asObject(useRecordContext()?.[source], {})} />
);
