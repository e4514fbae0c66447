/**
 * The generic edit page for a record that may still change; one the server has locked (an approved pay
 * table or appraisal) opens on its record page instead, where the steps that unlock it are.
 */
import { Navigate, useParams } from 'react-router-dom';
import { useGetOne, type RaRecord } from 'react-admin';
import ResourceEdit from '../generic/ResourceEdit';

interface Props {
  resource: string;
  locked: (record: RaRecord) => boolean;
}

export const LockedEdit = ({ resource, locked }: Props) => {
  const { id } = useParams();
  const { data } = useGetOne(resource, { id: id ?? '' }, { enabled: Boolean(id) });
  if (!data) return null;
  if (locked(data)) return <Navigate to={`/${resource}/${encodeURIComponent(String(id))}/show`} replace />;
  return <ResourceEdit />;
};
