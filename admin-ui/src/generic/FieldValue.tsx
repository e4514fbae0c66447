/** One field's value on a list, a show page or a read-only form row, chosen by its type. */
import {
  BooleanField,
  DateField,
  EmailField,
  FileField,
  FunctionField,
  ImageField,
  NumberField,
  ReferenceField,
  SelectField,
  TextField,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Chip, Stack } from '@mui/material';
import type { FieldSchema } from '@yanzhen/config';
import { choicesOf } from './choices';
import { DAY, numberOptions } from './formats';
import { ManyRelationField } from './ManyRelationField';

interface Props {
  /** The field's name: react-admin's labels and columns read it from here. */
  source: string;
  field: FieldSchema;
  resource: string;
}

const LONG_TEXT = { whiteSpace: 'pre-wrap' } as const;

/** A list of the rulebook's identifiers (a member's specialties): their labels, as chips. */
const ListedChoices = ({ source, field, resource }: Props) => {
  const translate = useTranslate();
  const names = new Map(choicesOf(resource, field).map((c) => [c.id, c.name]));
  return (
    <FunctionField
      source={source}
      render={(record) => {
        const ids: unknown[] = Array.isArray(record[source]) ? record[source] : [];
        return (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {ids.map((id) => (
              <Chip key={String(id)} size="small" label={translate(names.get(String(id)) ?? String(id))} />
            ))}
          </Stack>
        );
      }}
    />
  );
};

const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value, null, 2);

export const FieldValue = ({ source, field, resource }: Props) => {
  const [locale] = useLocaleState();
  switch (field.type) {
    case 'boolean':
      return <BooleanField source={source} />;
    case 'date':
      return <DateField source={source} locales={locale} options={DAY} />;
    case 'datetime':
      return <DateField source={source} locales={locale} showTime />;
    case 'integer':
    case 'decimal':
      return <NumberField source={source} locales={locale} options={numberOptions(field)} />;
    case 'enumeration':
      return <SelectField source={source} choices={choicesOf(resource, field)} />;
    case 'email':
      return <EmailField source={source} />;
    case 'text':
    case 'richtext':
      return <TextField source={source} sx={LONG_TEXT} />;
    case 'json':
      if (field.choices) return <ListedChoices source={source} field={field} resource={resource} />;
      return (
        <FunctionField
          source={source}
          render={(record) => <pre style={{ margin: 0, fontSize: 12 }}>{json(record[source])}</pre>}
        />
      );
    case 'media':
      return field.media?.allowedTypes.includes('images') ? (
        <ImageField<RaRecord> source={source} src="url" title="name" />
      ) : (
        <FileField<RaRecord> source={source} src="url" title="name" />
      );
    case 'relation':
      return field.relation?.many ? (
        <ManyRelationField source={source} reference={field.relation.resource} />
      ) : (
        <ReferenceField source={source} reference={field.relation?.resource ?? ''} link="show" />
      );
    default:
      return <TextField source={source} />;
  }
};
