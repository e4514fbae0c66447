/**
 * The bell's figures, asked for modestly: once a minute and on each navigation (no websockets), and again
 * whenever the 消息 page marks something read (it invalidates the same query).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { notificationsApi } from './api';

export const SUMMARY_KEY = ['notifications', 'summary'];
const POLL_MS = 60_000;

export function useSummary() {
  const [locale] = useLocaleState();
  const { pathname } = useLocation();
  const client = useQueryClient();
  useEffect(() => {
    void client.invalidateQueries({ queryKey: SUMMARY_KEY });
  }, [pathname, client]);
  return useQuery({
    queryKey: SUMMARY_KEY,
    queryFn: () => notificationsApi.summary(locale),
    refetchInterval: POLL_MS,
  }).data;
}
