import Icon from '@mui/icons-material/PhotoLibrary';
import { defineResource } from '../generic/defineResource';
import { ShowcaseTasks } from './ShowcaseTasks';
import { SummaryTable } from './SummaryTable';

export default defineResource({
  icon: Icon,
  fields: { summary: { show: SummaryTable }, tasks: { show: ShowcaseTasks } },
});
