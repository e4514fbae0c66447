import Icon from '@mui/icons-material/HomeWork';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['name', 'code', 'town', 'population', 'households', 'securityLevel'],
});
