/** 工作台: the figures for those who may read the corps, a welcome with shortcuts for members and units. */
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { canDo } from '../providers/access';
import { Figures } from './Figures';
import { TodoCard } from './TodoCard';
import { Welcome } from './Welcome';

const Dashboard = () => {
  const { permissions } = usePermissions<Panel | null>();
  const translate = useTranslate();
  if (!permissions) return null;
  return (
    <>
      <Title title={translate('ra.page.dashboard')} />
      <TodoCard panel={permissions} />
      {canDo(permissions, 'workers', 'list') ? <Figures /> : <Welcome me={permissions.me} />}
    </>
  );
};

export default Dashboard;
