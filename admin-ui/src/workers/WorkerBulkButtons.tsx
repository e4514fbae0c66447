/** The workers list's bulk toolbar: 设置网格 and 加入培训 for the selected workers. */
import { AddToTrainingButton } from '../bulk/AddToTrainingButton';
import { BulkFieldButton } from '../bulk/BulkFieldButton';

const WorkerBulkButtons = () => (
  <>
    <BulkFieldButton field="grid" label="app.bulk.set_grid" />
    <AddToTrainingButton />
  </>
);

export default WorkerBulkButtons;
