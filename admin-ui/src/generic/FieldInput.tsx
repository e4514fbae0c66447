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
} from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { inputKind } from '../schema/mapping';
import { validatorsFor } from '../schema/validation';
import { choicesOf } from './choices';
import { JsonInput } from './JsonInput';
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

export const FieldInput = ({ source, field, resource, mode, searchableTarget = true }: Props) => {
  const common = { source, validate: validatorsFor(field, mode), fullWidth: true };
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
      return <BooleanInput source={source} validate={common.validate} />;
    case 'date':
      return <DateInput {...common} />;
    case 'datetime':
      return <DateTimeInput {...common} />;
    case 'select':
      return <SelectInput {...common} choices={choicesOf(resource, field)} />;
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
