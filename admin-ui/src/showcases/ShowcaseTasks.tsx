/**
 * A showcase's done tasks on its page: each with its community, points and what the resident said when
 * followed up (回访) — 待回访 while nobody has asked yet.
 */
import {
  Datagrid,
  FunctionField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  TextField,
  useTranslate,
  type RaRecord,
} from 'react-admin';

export const ShowcaseTasks = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const verdict = (t: RaRecord) =>
    t.followUpResult
      ? translate(`resources.tasks.choices.followUpResult.${t.followUpResult}`)
      : t.status === 'approved'
        ? translate('app.board_pages.board.follow_up_pending')
        : '';
  return (
    <ReferenceArrayField source={source} reference="tasks">
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="title" />
        <ReferenceField source="community" reference="communities" link={false} />
        <NumberField source="points" />
        <FunctionField source="followUpResult" render={verdict} />
      </Datagrid>
    </ReferenceArrayField>
  );
};
