/** Any resource's create page; the server's field messages show on the inputs they concern. */
import { Create } from 'react-admin';
import { ResourceForm } from './ResourceForm';
import { usePanelResource } from './usePanelResource';

const ResourceCreate = () => {
  const panel = usePanelResource();
  if (!panel) return null;
  return (
    <Create redirect="show">
      <ResourceForm panel={panel} mode="create" />
    </Create>
  );
};

export default ResourceCreate;
