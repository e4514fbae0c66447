/** An approved appraisal is locked until a supervisor reopens it: its edit page opens the record instead. */
import { LockedEdit } from '../incentives/LockedEdit';

const AppraisalEdit = () => <LockedEdit resource="appraisals" locked={(r) => r.status === 'approved'} />;

export default AppraisalEdit;
