/**
 * Any resource's list: sortable columns, search and filters, 25 rows a page, the folder's bulk buttons and
 * bulk delete, CSV export. On a phone, a list of rows with the first columns instead of the table.
 */
import {
  BulkDeleteButton,
  ColumnsButton,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { Suspense, type ComponentType } from 'react';
import { offers } from '../providers/access';
import { isSortable, listColumns } from '../schema/mapping';
import { ImportButton } from '../imports/ImportButton';
import { filterInputs } from './filters';
import { FieldValue } from './FieldValue';
import { PhoneList } from './PhoneList';
import { useExporter } from './useExporter';
import { WorkflowButtons } from './WorkflowButtons';
import { usePanelResource } from './usePanelResource';

interface ListActionsProps {
  canCreate: boolean;
  hasFilters: boolean;
  /** The resource and its label, when its records can come in from a sheet. */
  importable?: { resource: string; label: string };
  /** The folder's own buttons (a year's letters as one PDF). */
  extra?: ComponentType;
}

const ListActions = ({ canCreate, hasFilters, importable, extra: Extra }: ListActionsProps) => (
  <TopToolbar>
    <WorkflowButtons on="collection" />
    {Extra && <Extra />}
    {hasFilters && <FilterButton />}
    <ColumnsButton />
    {canCreate && <CreateButton />}
    {importable && <ImportButton {...importable} />}
    <ExportButton />
  </TopToolbar>
);

/** A row opens its edit page where the server would take the edit, its record page otherwise. */
const openOf = (_id: Identifier, _resource: string, record: RaRecord) =>
  offers(record, 'update') ? 'edit' : 'show';

const ResourceList = () => {
  const panel = usePanelResource();
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const exporter = useExporter(panel?.resource, panel?.panel.schema);
  if (!panel) return null;
  const { resource, override } = panel;
  const schema = panel.panel.schema;
  const { columns, hidden } = listColumns(resource, schema, override.columns);
  const filters = filterInputs(resource, schema, translate);
  // react-admin's empty page drops the toolbar: a resource made by a step on the whole list (a month's
  // showcase, a year's commendations) keeps its list and toolbar while it has no record yet.
  const BulkButtons = resource.can.update ? override.bulkButtons : undefined;
  const madeBySteps = resource.steps.some((s) => s.on === 'collection');
  return (
    <List
      empty={madeBySteps ? false : undefined}
      filters={filters}
      sort={override.sort ?? { field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={exporter}
      actions={
        <ListActions
          canCreate={resource.can.create}
          extra={override.listButtons}
          hasFilters={filters.some((f) => !f.props.alwaysOn)}
          importable={
            resource.can.create && resource.kind === 'collectionType' && !resource.appendOnly
              ? { resource: resource.name, label: translate(`resources.${resource.name}.name`) }
              : undefined
          }
        />
      }
    >
      {phone ? (
        <PhoneList
          resource={resource.name}
          columns={columns.filter((f) => !hidden.includes(f.name))}
          link={openOf}
          fields={override.fields}
        />
      ) : (
        <DataTable
          hiddenColumns={hidden}
          rowClick={openOf}
          bulkActionButtons={
            BulkButtons || resource.can.delete ? (
              <>
                {BulkButtons && (
                  <Suspense fallback={null}>
                    <BulkButtons />
                  </Suspense>
                )}
                {resource.can.delete && <BulkDeleteButton />}
              </>
            ) : (
              false
            )
          }
        >
          {columns.map((f) => {
            const Custom = override.fields?.[f.name]?.show;
            return (
              <DataTable.Col key={f.name} source={f.name} disableSort={!isSortable(f)}>
                {Custom ? (
                  <Custom source={f.name} />
                ) : (
                  <FieldValue source={f.name} field={f} resource={resource.name} />
                )}
              </DataTable.Col>
            );
          })}
        </DataTable>
      )}
    </List>
  );
};

export default ResourceList;
