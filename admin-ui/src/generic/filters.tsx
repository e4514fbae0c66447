/** A list's filters from its schema: search, enums, yes/no, related records and date ranges. */
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  type TranslateFunction,
} from 'react-admin';
import type { PanelSchema, ResourceSchema } from '@yanzhen/config';
import { filterFields, resourceOf } from '../schema/mapping';
import { choicesOf, fieldLabel } from './choices';
import { searchFilter } from './search';

export function filterInputs(
  resource: ResourceSchema,
  schema: PanelSchema,
  translate: TranslateFunction,
): ReactElement[] {
  const out: ReactElement[] = [];
  if (resource.searchable.length) out.push(<SearchInput key="q" source="q" alwaysOn />);
  for (const { field, kind } of filterFields(resource, schema)) {
    const name = field.name;
    if (kind === 'select')
      out.push(<SelectInput key={name} source={name} choices={choicesOf(resource.name, field)} />);
    if (kind === 'boolean') out.push(<NullableBooleanInput key={name} source={name} />);
    if (kind === 'reference') {
      const target = resourceOf(schema, field.relation?.resource ?? '');
      out.push(
        <ReferenceInput key={name} source={name} reference={target?.name ?? ''}>
          <AutocompleteInput filterToQuery={searchFilter(Boolean(target?.searchable.length))} />
        </ReferenceInput>,
      );
    }
    if (kind === 'dates') {
      const label = translate(fieldLabel(resource.name, name));
      out.push(
        <DateInput
          key={`${name}_gte`}
          source={`${name}_gte`}
          label={translate('app.filter.from', { field: label })}
        />,
        <DateInput
          key={`${name}_lte`}
          source={`${name}_lte`}
          label={translate('app.filter.to', { field: label })}
        />,
      );
    }
  }
  return out;
}
