/**
 * The conditions that bar a grade or start dismissal: checkboxes with their texts (the catalogs'
 * `conditions`) on the form, the chosen texts on the record (the show layout adds the label).
 */
import { Typography } from '@mui/material';
import { rules } from '@yanzhen/config';
import { CheckboxGroupInput, useRecordContext, useTranslate } from 'react-admin';
import type { ConditionKind } from './outcome';
import { OutcomePreview } from './Outcome';

const conditionsOf = (source: string) => rules.appraisal[source as ConditionKind] ?? [];

const asKeys = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

const conditionText = (key: string) => `app.conditions.${key}`;

export const ConditionsInput = ({ source }: { source: string }) => (
  <CheckboxGroupInput
    source={source}
    choices={conditionsOf(source).map((c) => ({ id: c.key, name: conditionText(c.key) }))}
    row={false}
    format={asKeys}
  />
);

/** The last group of conditions, with the outcome of everything above it. */
export const DismissalInput = ({ source }: { source: string }) => (
  <>
    <ConditionsInput source={source} />
    <OutcomePreview />
  </>
);

export const ConditionsField = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const chosen = new Set(asKeys(record?.[source]));
  const texts = conditionsOf(source).filter((c) => chosen.has(c.key));
  return (
    <Typography variant="body2" component="div">
      {texts.length
        ? texts.map((c) => <div key={c.key}>{translate(conditionText(c.key), { _: c.key })}</div>)
        : translate('app.incentive_pages.appraisal.none')}
    </Typography>
  );
};
