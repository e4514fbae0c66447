/**
 * An item score, 0 to the item's weight (the schema's bounds), with the range said under the input and,
 * for the items the records bear on, what they hold for the worker's year.
 */
import { useWatch } from 'react-hook-form';
import { NumberInput, useTranslate } from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { validatorsFor } from '../schema/validation';
import { EvidenceNote } from './EvidenceNote';

export const ScoreInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const panel = usePanelResource();
  const field = panel?.resource.fields.find((f) => f.name === source);
  const [worker, year] = useWatch({ name: ['worker', 'year'] });
  return (
    <>
      <NumberInput
        source={source}
        step="any"
        min={field?.min ?? 0}
        max={field?.max}
        validate={field ? validatorsFor(field, 'create') : undefined}
        helperText={translate('app.incentive_pages.appraisal.range', { max: field?.max ?? '' })}
        fullWidth
      />
      <EvidenceNote item={source} worker={worker} year={year} />
    </>
  );
};
