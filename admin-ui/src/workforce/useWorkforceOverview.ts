/** The dashboard's figures, fetched once and shared with the dashboard's own cache entry. */
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PanelDataProvider } from '../providers/dataProvider';
import type { WorkforceOverview } from './types';

export function useWorkforceOverview() {
  const dataProvider = useDataProvider<PanelDataProvider>();
  return useQuery({
    queryKey: ['panel', 'overview'],
    // The overview carries a workforce section the dashboard's type does not describe.
    queryFn: () => dataProvider.overview() as Promise<WorkforceOverview>,
  });
}
