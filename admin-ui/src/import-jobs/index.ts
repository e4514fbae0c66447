import Icon from '@mui/icons-material/DriveFolderUpload';
import { defineResource } from '../generic/defineResource';
import { JobErrors } from './JobErrors';

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
  fields: { errors: { show: JobErrors } },
});
