/** An approved pay table is locked: its edit page opens the record instead; a draft gets the generic form. */
import { Navigate, useParams } from 'react-router-dom';
import { useGetOne } from 'react-admin';
import ResourceEdit from '../generic/ResourceEdit';

const PayScaleEdit = () => {
  const { id } = useParams();
  const { data } = useGetOne('pay-scales', { id: id ?? '' }, { enabled: Boolean(id) });
  if (!data) return null;
  if (data.status === 'approved') return <Navigate to={`/pay-scales/${id}/show`} replace />;
  return <ResourceEdit />;
};

export default PayScaleEdit;
