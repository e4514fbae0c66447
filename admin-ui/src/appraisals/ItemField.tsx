/** An item's score on the appraisal's page, with the evidence the records hold for its year beneath. */
import { NumberField, useRecordContext } from 'react-admin';
import { EvidenceNote } from './EvidenceNote';

export const ItemField = ({ source }: { source: string }) => {
  const record = useRecordContext();
  return (
    <>
      <NumberField source={source} />
      <EvidenceNote item={source} worker={record?.worker} year={record?.year} />
    </>
  );
};
