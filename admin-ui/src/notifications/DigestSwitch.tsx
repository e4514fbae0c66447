/** 接收每周榜单推荐: a member's own switch for the board digest (POST /api/panel/me/notifications). */
import { FormControlLabel, Switch } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { notificationsApi } from './api';

const KEY = ['notifications', 'digest'];

export const DigestSwitch = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: () => notificationsApi.digest(locale) });
  const { mutate, isPending } = useMutation({
    mutationFn: (on: boolean) => notificationsApi.setDigest(on, locale),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <FormControlLabel
      sx={{ minHeight: 48 }}
      control={
        <Switch
          checked={data?.boardDigest ?? true}
          disabled={!data || isPending}
          onChange={(e) => mutate(e.target.checked)}
        />
      }
      label={translate('app.notifications.digest')}
    />
  );
};
