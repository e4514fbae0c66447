import Icon from '@mui/icons-material/WorkspacePremium';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
