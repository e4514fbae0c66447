import Icon from '@mui/icons-material/Payments';
import { defineResource } from '../generic/defineResource';
import { ApproveCost, CostPanel } from './CostPanel';
import { DeriveButton } from './DeriveButton';
import { PayGridField, PayGridInput } from './PayGrid';
import { AllowancesField, AllowancesInput, RatesField, RatesInput } from './Rates';

export default {
  ...defineResource({
    icon: Icon,
    fields: {
      cells: { input: PayGridInput, show: PayGridField },
      qualificationAllowances: { input: AllowancesInput, show: AllowancesField },
      rates: { input: RatesInput, show: RatesField },
    },
    recordButtons: DeriveButton,
    showSections: CostPanel,
    stepPreviews: { approve: ApproveCost },
  }),
};
