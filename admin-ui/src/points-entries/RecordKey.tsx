/** A ledger's or a commendation's internal key in words: 2026 · 秦英, not `2026:member:aj4z…`. */
import { Fragment } from 'react';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { readable } from '../schema/mapping';
import { keyParts, type KeyPart } from './keyParts';

const Part = ({ part, resource }: { part: KeyPart; resource: string }) => {
  const translate = useTranslate();
  if ('relation' in part) {
    const { name, relation } = part.relation;
    return <ReferenceField source={name} reference={relation?.resource ?? ''} link={false} />;
  }
  if ('choice' in part) {
    return (
      <>{translate(`resources.${resource}.choices.${part.choice.name}.${part.value}`, { _: part.value })}</>
    );
  }
  return <>{part.text}</>;
};

export const RecordKey = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const panel = usePanelResource();
  if (!record || !panel || typeof record[source] !== 'string') return null;
  const fields = panel.resource.fields.filter((f) => readable(panel.panel.schema, f));
  return (
    <span>
      {keyParts(record[source], record, fields).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <Part part={part} resource={panel.resource.name} />
        </Fragment>
      ))}
    </span>
  );
};
