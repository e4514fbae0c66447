/**
 * 按规则生成新标准 on an approved table, for those who may make tables: a draft for a new year, every cell
 * (or one post's, one level's) up by a percentage or an amount, or raised to the new floor; it then opens
 * in the grid to edit (`POST /api/panel/pay-scales/:id/derive`).
 */
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { rules } from '@yanzhen/config';
import { useState } from 'react';
import {
  Button,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { panelResponse } from '../providers/panelFetch';

type Kind = 'percent' | 'amount' | 'floor';

export function DeriveButton() {
  const record = useRecordContext();
  const { permissions } = usePermissions<Panel | null>();
  const t = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [year, setYear] = useState('');
  const [wage, setWage] = useState('');
  const [kind, setKind] = useState<Kind>('percent');
  const [by, setBy] = useState('');
  const [post, setPost] = useState('');
  const [level, setLevel] = useState('');
  if (!record || record.status !== 'approved' || !canDo(permissions, 'pay-scales', 'create')) return null;
  const k = (key: string) => t(`app.incentive_pages.cost.${key}`);
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

  const submit = async () => {
    setBusy(true);
    const rule = kind === 'floor' ? { kind } : { kind, [kind]: num(by), post: num(post), level: num(level) };
    try {
      const res = await panelResponse(`/pay-scales/${encodeURIComponent(String(record.id))}/derive`, locale, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ year: num(year), cityAverageWage: num(wage), rule }),
      });
      const made = (await res.json()) as { id: string };
      setOpen(false);
      redirect('edit', 'pay-scales', made.id);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const field = (label: string, value: string, set: (v: string) => void) => (
    <TextField
      label={label}
      value={value}
      onChange={(e) => set(e.target.value.trim())}
      inputMode="decimal"
      margin="dense"
      fullWidth
    />
  );
  const pick = (label: string, value: string, set: (v: string) => void, options: [string, string][]) => (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => set(e.target.value)}
      margin="dense"
      fullWidth
    >
      {options.map(([v, text]) => (
        <MenuItem key={v} value={v}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <>
      <Button
        label={k('derive')}
        onClick={() => {
          setYear(String(Number(record.year) + 1));
          setOpen(true);
        }}
      />
      <Dialog open={open} onClose={busy ? undefined : () => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{k('derive')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{k('derive_hint')}</DialogContentText>
          {field(k('year'), year, setYear)}
          {field(k('wage'), wage, setWage)}
          {pick(
            k('rule'),
            kind,
            (v) => setKind(v as Kind),
            (['percent', 'amount', 'floor'] as const).map((r) => [r, k(`rules.${r}`)]),
          )}
          {kind !== 'floor' && (
            <>
              {field(k(kind), by, setBy)}
              {pick(k('only_post'), post, setPost, [
                ['', k('all')],
                ...rules.pay.posts.map((p): [string, string] => [
                  String(p.tier),
                  t(`app.incentive_pages.pay_grid.posts.${p.tier}`),
                ]),
              ])}
              {pick(k('only_level'), level, setLevel, [
                ['', k('all')],
                ...Array.from({ length: rules.pay.levels }, (_, i): [string, string] => [
                  String(i + 1),
                  t('app.incentive_pages.pay_grid.level', { level: i + 1 }),
                ]),
              ])}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={busy} />
          <Button label={k('create')} onClick={submit} disabled={busy} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
}
