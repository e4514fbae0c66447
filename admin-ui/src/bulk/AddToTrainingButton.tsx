/** 加入培训: the selected workers join a training's attendees (those already on it are listed as such). */
import { AutocompleteInput, ReferenceInput, required, usePermissions, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { resourceOf } from '../schema/mapping';
import { addAttendees } from './api';
import { BulkDialogButton } from './BulkDialogButton';

export function AddToTrainingButton() {
  const t = useTranslate();
  const { permissions } = usePermissions<Panel | null>();
  const trainings = permissions ? resourceOf(permissions.schema, 'trainings') : undefined;
  if (!trainings?.can.update) return null;
  return (
    <BulkDialogButton
      label={t('app.bulk.add_to_training')}
      run={(ids, values, locale) => addAttendees(String(values.training), ids, locale)}
    >
      <ReferenceInput source="training" reference="trainings" sort={{ field: 'startDate', order: 'DESC' }}>
        <AutocompleteInput
          label={t('app.bulk.training')}
          validate={required()}
          fullWidth
          filterToQuery={(q: string) => ({ q })}
        />
      </ReferenceInput>
    </BulkDialogButton>
  );
}
