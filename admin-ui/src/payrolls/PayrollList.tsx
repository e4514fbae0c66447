/**
 * The payrolls, newest month first, each row downloading its Excel. With no payroll yet the list keeps
 * its toolbar, whose step drafts the first month (as every list a step fills, see generic/ResourceList).
 */
import { DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { FieldValue } from '../generic/FieldValue';
import { usePanelResource } from '../generic/usePanelResource';
import { WorkflowButtons } from '../generic/WorkflowButtons';
import { ExcelButton } from './PayrollLines';

const COLUMNS = ['month', 'payScale', 'headcount', 'status'];

const PayrollList = () => {
  const panel = usePanelResource();
  const translate = useTranslate();
  if (!panel) return null;
  const fields = COLUMNS.flatMap((name) => panel.resource.fields.filter((f) => f.name === name));
  return (
    <List
      sort={{ field: 'month', order: 'DESC' }}
      perPage={25}
      empty={false}
      actions={
        <TopToolbar>
          <WorkflowButtons on="collection" />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        {fields.map((f) => (
          <DataTable.Col key={f.name} source={f.name}>
            <FieldValue source={f.name} field={f} resource={panel.resource.name} />
          </DataTable.Col>
        ))}
        <DataTable.Col label={translate('app.incentive_pages.payroll.excel')}>
          <ExcelButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default PayrollList;
