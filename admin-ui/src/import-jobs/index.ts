import Icon from '@mui/icons-material/DriveFolderUpload';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: [
    'startedAt',
    'actorName',
    'resource',
    'fileName',
    'status',
    'rowsTotal',
    'created',
    'updated',
    'failed',
  ],
});
