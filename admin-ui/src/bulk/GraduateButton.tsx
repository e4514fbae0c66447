/**
 * 标记毕业 on enrolments: the selected ones graduated on a date with their diploma registered — a plain
 * save of each, so the degree programme's hook raises each worker's education once, as a form save does.
 */
import { DateInput, required, useTranslate } from 'react-admin';
import { districtToday } from '@yanzhen/config';
import { sendBulk } from './api';
import { BulkDialogButton } from './BulkDialogButton';

export default function GraduateButton() {
  const t = useTranslate();
  return (
    <BulkDialogButton
      label={t('app.bulk.graduate')}
      run={(ids, values, locale) =>
        sendBulk(
          'enrollments',
          {
            ids,
            data: { status: 'graduated', graduatedAt: values.graduatedAt, diplomaRegistered: true },
          },
          locale,
        )
      }
    >
      <DateInput
        source="graduatedAt"
        label="resources.enrollments.fields.graduatedAt"
        defaultValue={districtToday()}
        validate={required()}
        fullWidth
      />
    </BulkDialogButton>
  );
}
