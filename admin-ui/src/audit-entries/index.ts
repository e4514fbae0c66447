import Icon from '@mui/icons-material/History';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';
import { AuditSentence, ImportJobName, RecordName, ResourceName } from './AuditFields';

export default {
  ...defineResource({
    icon: Icon,
    // Each entry reads as a sentence (张三 修改了 社区工作者「李四」); its parts are a click away.
    columns: ['at', 'action'],
    fields: {
      action: { show: AuditSentence },
      resource: { show: ResourceName },
      recordId: { show: RecordName },
      recordLabel: { show: RecordName },
      importJob: { show: ImportJobName },
    },
  }),
  show: lazy(() => import('./AuditEntryShow')),
};
