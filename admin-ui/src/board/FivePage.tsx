/**
 * 五亮: a party member's identity, commitment, actions, points and results on one page. A member opens
 * their own (`/five`); staff and supervisors open anyone's (`/party-members/:id/five`, linked from the record, or choose on `/five`).
 */
import { Stack, Typography } from '@mui/material';
import { Loading, Title, useGetOne, usePermissions, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { Panel } from '@yanzhen/config';
import { Actions, Identity, Points, Results, Section, useMemberRecords } from './FiveSections';
import { MemberPicker } from './MemberPicker';

const Member = ({ id, panel }: { id: string; panel: Panel }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.board_pages.five.${key}`);
  const { data: member, isPending } = useGetOne('party-members', { id });
  const { tasks, entries } = useMemberRecords(id);
  if (isPending) return <Loading />;
  if (!member) return null;
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {member.name} · {t('title')}
      </Typography>
      <Section title={t('identity')}>
        <Identity member={member} panel={panel} />
      </Section>
      <Section title={t('commitment')}>
        <Typography sx={{ whiteSpace: 'pre-wrap' }} color={member.commitment ? undefined : 'text.secondary'}>
          {member.commitment || t('no_commitment')}
        </Typography>
      </Section>
      <Section title={t('actions')}>
        <Actions tasks={tasks} />
      </Section>
      <Section title={t('points')}>
        <Points entries={entries} />
      </Section>
      <Section title={t('results')}>
        <Results memberId={id} tasks={tasks} entries={entries} panel={panel} />
      </Section>
    </Stack>
  );
};

const FivePage = () => {
  const translate = useTranslate();
  const { id } = useParams<{ id?: string }>();
  const { permissions } = usePermissions<Panel>();
  if (!permissions) return null;
  const own = permissions.me.role === 'member' ? permissions.me.member : null;
  const memberId = id ?? own;
  const mayChoose = permissions.me.role !== 'member' && permissions.me.role !== 'unit';
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate(own && !id ? 'app.board_pages.five.mine' : 'app.board_pages.five.title')} />
      {mayChoose && <MemberPicker current={memberId ?? undefined} />}
      {memberId ? (
        <Member key={memberId} id={memberId} panel={permissions} />
      ) : (
        !mayChoose && (
          <Typography color="text.secondary">{translate('app.board_pages.five.no_member')}</Typography>
        )
      )}
    </Stack>
  );
};

export default FivePage;
