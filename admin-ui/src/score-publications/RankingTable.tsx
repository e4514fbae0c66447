/**
 * A quarter's score table as rows: rank, who, points, tasks done. While the table is open to objections,
 * whoever is on it may object to their own row. (The show layout labels it.)
 */
import { Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { fivePath } from '../board/paths';
import { canDo } from '../providers/access';
import { ObjectButton } from './ObjectButton';

export interface Standing {
  holder: string;
  name: string;
  points: number;
  tasksDone: number;
  rank: number;
}

/** Whether objections are being taken now. */
export const openForObjections = (record: Record<string, unknown>, now = new Date()) =>
  record.status === 'published' &&
  typeof record.objectionDeadline === 'string' &&
  now <= new Date(record.objectionDeadline);

const ownHolder = (panel: Panel): string | null =>
  panel.me.member ? `member:${panel.me.member}` : panel.me.unit ? `unit:${panel.me.unit}` : null;

export const RankingTable = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  if (!record || !permissions) return null;
  const rows = (Array.isArray(record[source]) ? record[source] : []) as Standing[];
  const t = (key: string) => translate(`app.board_pages.scores.${key}`);
  const mine = ownHolder(permissions);
  const mayObject = openForObjections(record) && canDo(permissions, 'objections', 'create');
  const opensMembers = canDo(permissions, 'party-members', 'show') && permissions.me.role !== 'unit';
  return (
    <>
      {rows.length ? (
        <Table size="small" aria-label={translate(`resources.score-publications.fields.${source}`)}>
          <TableHead>
            <TableRow>
              {['rank', 'name', 'kind', 'points', 'tasks_done'].map((k) => (
                <TableCell key={k}>{t(k)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const [kind, id] = row.holder.split(':');
              return (
                <TableRow key={row.holder} selected={row.holder === mine}>
                  <TableCell>{row.rank}</TableCell>
                  <TableCell>
                    {kind === 'member' && opensMembers ? (
                      <MuiLink component={Link} to={fivePath(id)} underline="hover">
                        {row.name}
                      </MuiLink>
                    ) : (
                      row.name
                    )}
                  </TableCell>
                  <TableCell>{t(kind === 'unit' ? 'unit' : 'member')}</TableCell>
                  <TableCell>{row.points}</TableCell>
                  <TableCell>{row.tasksDone}</TableCell>
                  <TableCell>
                    {mayObject && row.holder === mine && (
                      <ObjectButton publication={record} holder={row.holder} />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{t('empty')}</Typography>
      )}
    </>
  );
};
