/** A worker's page: the record as the schema shows it, then what other records say about the worker. */
import { useParams } from 'react-router-dom';
import ResourceShow from '../generic/ResourceShow';
import { WorkerRecords } from './WorkerRecords';

const WorkerShow = () => {
  const { id } = useParams();
  return (
    <>
      <ResourceShow />
      {id && <WorkerRecords id={id} />}
    </>
  );
};

export default WorkerShow;
