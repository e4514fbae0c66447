/** The form of a create or edit page: an input per writable field, the rest shown as they are. */
import { Box } from '@mui/material';
import { DeleteButton, Labeled, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { defaultValues, formFields, inputKind, resourceOf } from '../schema/mapping';
import { FieldInput } from './FieldInput';
import { FieldValue } from './FieldValue';
import type { PanelResource } from './usePanelResource';

const WIDE = new Set(['multiline', 'json', 'references', 'media']);
const wide = (f: FieldSchema) => WIDE.has(inputKind(f));

const FormToolbar = ({ canDelete }: { canDelete: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {canDelete && <DeleteButton />}
  </Toolbar>
);

export const ResourceForm = ({ panel, mode }: { panel: PanelResource; mode: 'create' | 'edit' }) => {
  const { resource, override } = panel;
  const schema = panel.panel.schema;
  // A file field the folder gives an input for (a story's cover) is written like any other.
  const rows = formFields(resource, schema, mode, (f) => Boolean(override.fields?.[f.name]?.input));
  return (
    <SimpleForm
      defaultValues={mode === 'create' ? defaultValues(resource) : undefined}
      toolbar={<FormToolbar canDelete={mode === 'edit' && resource.can.delete} />}
      warnWhenUnsavedChanges
      // The schema's checks speak the UI language; the browser's own would not.
      noValidate
    >
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          columnGap: 3,
          width: '100%',
          alignItems: 'start',
        }}
      >
        {rows.map(({ field, editable }) => {
          const Custom = override.fields?.[field.name]?.[editable ? 'input' : 'show'];
          const target = field.relation && resourceOf(schema, field.relation.resource);
          return (
            <Box key={field.name} sx={{ gridColumn: wide(field) ? '1 / -1' : 'auto', minWidth: 0 }}>
              {Custom ? (
                <Custom source={field.name} />
              ) : editable ? (
                <FieldInput
                  source={field.name}
                  field={field}
                  resource={resource.name}
                  mode={mode}
                  searchableTarget={Boolean(target && target.searchable.length)}
                />
              ) : (
                <Labeled source={field.name} sx={{ mb: 2 }}>
                  <FieldValue source={field.name} field={field} resource={resource.name} />
                </Labeled>
              )}
            </Box>
          );
        })}
      </Box>
    </SimpleForm>
  );
};
