import Icon from '@mui/icons-material/Apartment';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
