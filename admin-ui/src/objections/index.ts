import Icon from '@mui/icons-material/ReportProblem';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
