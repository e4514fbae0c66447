/** An approved pay table is locked: its edit page opens the record instead. */
import { LockedEdit } from '../incentives/LockedEdit';

const PayScaleEdit = () => <LockedEdit resource="pay-scales" locked={(r) => r.status === 'approved'} />;

export default PayScaleEdit;
