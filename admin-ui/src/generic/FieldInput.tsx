/** One field's input on a create or edit form, chosen by its type and checked by its constraints. */
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { monthOf, rules, type FieldSchema } from '@yanzhen/config';
import { inputKind } from '../schema/mapping';
import { validatorsFor } from '../schema/validation';
import { choicesOf } from './choices';
import { JsonInput } from './JsonInput';
import { NamedChoiceInput } from './NamedChoiceInput';
import { PhotosInput } from './PhotosInput';
import { searchFilter } from './search';

interface Props {
  source: string;
  field: FieldSchema;
  resource: string;
  mode: 'create' | 'edit';
  /** Whether the target of a relation can be searched by text (`q`). */
  searchableTarget?: boolean;
}

/** The rulebook's numbers a hint may quote (`%{maxSmallPeople}`). */
const HINT_PARAMS = Object.fromEntries(
  Object.entries(rules.taskBoard).filter(([, v]) => typeof v === 'number'),
) as Record<string, number>;

/** What the catalog says under a field's input (its scale, its units), if anything. */
export function useHint(resource: string, source: string): string | undefined {
  const translate = useTranslate();
  return translate(`resources.${resource}.hints.${source}`, { _: '', ...HINT_PARAMS }) || undefined;
}

export const FieldInput = ({ source, field, resource, mode, searchableTarget = true }: Props) => {
  const helperText = useHint(resource, source);
  const common = { source, validate: validatorsFor(field, mode), fullWidth: true, helperText };
  const reference = field.relation?.resource ?? '';
  switch (inputKind(field)) {
    case 'multiline':
      return <TextInput {...common} multiline minRows={field.type === 'richtext' ? 8 : 3} />;
    case 'email':
      return <TextInput {...common} type="email" />;
    case 'password':
      return <PasswordInput {...common} autoComplete="new-password" />;
    case 'integer':
      return <NumberInput {...common} step={1} min={field.min} max={field.max} />;
    case 'decimal':
      return <NumberInput {...common} step="any" min={field.min} max={field.max} />;
    case 'boolean':
      return <BooleanInput source={source} validate={common.validate} helperText={helperText} />;
    case 'date':
      return <DateInput {...common} />;
    case 'month':
      // The browser's month picker; where it has none, the text a clerk types (`2026年12月`) is read as a month.
      return <TextInput {...common} type="month" parse={(v: string) => (v ? monthOf(v) : v)} />;
    case 'datetime':
      return <DateTimeInput {...common} />;
    case 'select':
      return <SelectInput {...common} choices={choicesOf(resource, field)} />;
    case 'multiselect':
      return <AutocompleteArrayInput {...common} choices={choicesOf(resource, field)} />;
    case 'named':
      return field.choicesFrom ? <NamedChoiceInput {...common} from={field.choicesFrom} /> : null;
    case 'reference':
      return (
        <ReferenceInput source={source} reference={reference}>
          <AutocompleteInput {...common} filterToQuery={searchFilter(searchableTarget)} />
        </ReferenceInput>
      );
    case 'references':
      return (
        <ReferenceArrayInput source={source} reference={reference}>
          <AutocompleteArrayInput {...common} filterToQuery={searchFilter(searchableTarget)} />
        </ReferenceArrayInput>
      );
    case 'json':
      return <JsonInput {...common} />;
    case 'media':
      return field.media?.allowedTypes.includes('images') ? (
        <PhotosInput source={source} multiple={field.media.multiple} />
      ) : null;
    default:
      return (
        <TextInput
          {...common}
          type={field.mask === 'phone' ? 'tel' : 'text'}
          autoComplete={field.mask ? 'off' : undefined}
        />
      );
  }
};
