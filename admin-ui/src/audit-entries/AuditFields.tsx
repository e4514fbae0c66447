/**
 * An audit entry's parts in words, for its list's columns and its page: the sentence, the resource, the
 * record, the import.
 */
import { Link as MuiLink } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  ReferenceField,
  TextField,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { sentenceOf, verbOf } from './sentence';
import { useRecordName } from './useRecordName';

/** As a field override gets it; the show page's layout labels the part by it. */
interface Props {
  source?: string;
}

/** 张三 修改了 社区工作者「李四」 */
export const AuditSentence = (_props: Props) => {
  const entry = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordName(entry);
  if (!entry) return null;
  const resource = String(entry.resource);
  const sentence = {
    actor: String(entry.actorName ?? ''),
    verb: verbOf(translate, resource, String(entry.action)),
    resource: translate(`resources.${resource}.name`, { _: resource }),
    record,
  };
  return <span>{sentenceOf(sentence, locale)}</span>;
};

/** The resource's name in the reader's language (社区工作者, not `workers`). */
export const ResourceName = (_props: Props) => {
  const entry = useRecordContext();
  const translate = useTranslate();
  if (!entry) return null;
  return <span>{translate(`resources.${entry.resource}.name`, { _: String(entry.resource) })}</span>;
};

/** The record by name, opening its page while it is there to open. */
export const RecordName = (_props: Props) => {
  const entry = useRecordContext();
  const { permissions } = usePermissions<Panel>();
  const name = useRecordName(entry);
  if (!entry || name === null) return null;
  const opens = entry.action !== 'delete' && canDo(permissions, String(entry.resource), 'show');
  return opens ? (
    <MuiLink
      component={Link}
      to={`/${entry.resource}/${encodeURIComponent(String(entry.recordId))}/show`}
      underline="hover"
      onClick={(e: MouseEvent) => e.stopPropagation()}
    >
      {name}
    </MuiLink>
  ) : (
    <span>{name}</span>
  );
};

/** The import a row came in with, by its file's name. */
export const ImportJobName = (_props: Props) => {
  const entry = useRecordContext();
  const { permissions } = usePermissions<Panel>();
  if (!entry?.importJob || !canDo(permissions, 'import-jobs', 'show')) return null;
  return (
    <ReferenceField source="importJob" reference="import-jobs" link="show">
      <TextField source="fileName" />
    </ReferenceField>
  );
};
