/**
 * Links from a record to the programmes' pages about it: a page at `<resource>/:id/<name>` (a party
 * member's five showings) is offered on that resource's records, labelled `resources.<resource>.pages.<name>`.
 */
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { pagesFor } from '../pages';

export function recordPages(panel: Panel, resource: string): string[] {
  const prefix = `${resource}/:id/`;
  return pagesFor(panel)
    .map((p) => p.path)
    .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
    .map((path) => path.slice(prefix.length));
}

export const RecordPageLinks = ({ panel, resource }: { panel: Panel; resource: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {recordPages(panel, resource).map((name) => (
        <Button
          key={name}
          size="small"
          component={Link}
          to={`/${resource}/${encodeURIComponent(String(record.id))}/${name}`}
        >
          {translate(`resources.${resource}.pages.${name}`, { _: name })}
        </Button>
      ))}
    </>
  );
};
