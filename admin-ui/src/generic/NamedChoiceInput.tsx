/**
 * A text chosen from a list the clerks keep (a task's source group among the district's self-governing
 * groups): the names of that resource's records, searchable; the value a record already holds stays
 * offered when it has left the list (a group since renamed), so an edit does not lose it.
 */
import { AutocompleteInput, useGetList, useRecordContext, type Validator } from 'react-admin';

interface Props {
  source: string;
  from: { resource: string; field: string };
  validate: Validator[];
  fullWidth: boolean;
  helperText?: string;
}

/** A district keeps a handful of groups; a longer list is still searched by typing. */
const LIMIT = 500;

export const NamedChoiceInput = ({ source, from, ...rest }: Props) => {
  const record = useRecordContext();
  const { data = [], isPending } = useGetList(from.resource, {
    pagination: { page: 1, perPage: LIMIT },
    sort: { field: from.field, order: 'ASC' },
  });
  const names = data.map((r) => String(r[from.field] ?? '')).filter(Boolean);
  const held = record?.[source];
  if (typeof held === 'string' && held && !names.includes(held)) names.push(held);
  return (
    <AutocompleteInput
      source={source}
      choices={names.map((name) => ({ id: name, name }))}
      isPending={isPending}
      {...rest}
    />
  );
};
