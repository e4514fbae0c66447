/**
 * One task on the board: what it is, where, how big, what it is worth, who took it, what the resident
 * said when followed up, and the steps the viewer may take on it now (the tasks folder's workflow
 * steps, offered by grant and state).
 */
import { Box, Card, CardActions, CardContent, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { createContext, useContext } from 'react';
import { Link } from 'react-router-dom';
import {
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { WorkflowButtons } from '../generic/WorkflowButtons';
import { fivePath } from './paths';

const Claimant = ({ task }: { task: RaRecord }) => {
  if (task.claimantMember)
    return (
      <ReferenceField
        source="claimantMember"
        reference="party-members"
        link={(member: RaRecord) => fivePath(member.id)}
      />
    );
  if (task.claimantUnit)
    return <ReferenceField source="claimantUnit" reference="partner-units" link={false} />;
  return null;
};

/** The tasks on the board that suit the member looking at it (适合我). */
export const Suiting = createContext<Set<RaRecord['id']>>(new Set());

export const TaskCard = ({ task }: { task: RaRecord }) => {
  const translate = useTranslate();
  const suitsMe = useContext(Suiting).has(task.id);
  const claimed = Boolean(task.claimantMember || task.claimantUnit);
  return (
    <ResourceContextProvider value="tasks">
      <RecordContextProvider value={task}>
        <Card variant="outlined" data-testid="task-card" data-task={task.id}>
          <CardContent sx={{ pb: 1, '&:last-child': { pb: 1 } }}>
            <MuiLink component={Link} to={`/tasks/${task.id}/show`} underline="hover" variant="subtitle2">
              {task.title}
            </MuiLink>
            <Box sx={{ color: 'text.secondary', fontSize: 13, mt: 0.5 }}>
              <ReferenceField source="community" reference="communities" link={false} />
            </Box>
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ mt: 1, flexWrap: 'wrap' }}
              alignItems="center"
            >
              {suitsMe && (
                <Chip
                  size="small"
                  color="success"
                  data-testid="suits-me"
                  label={translate('app.board_pages.board.suits')}
                />
              )}
              {task.tier && (
                <Chip
                  size="small"
                  color={task.tier === 'big' ? 'secondary' : 'default'}
                  label={translate(`resources.tasks.choices.tier.${task.tier}`)}
                />
              )}
              {task.isUrgent && (
                <Chip
                  size="small"
                  color="error"
                  variant="outlined"
                  label={translate('resources.tasks.fields.isUrgent')}
                />
              )}
              {task.isOverdue && (
                <Chip size="small" color="warning" label={translate('resources.tasks.fields.isOverdue')} />
              )}
              {task.followUpResult && (
                // The resident's verdict (回访): 不满意 is why a done task is back with its claimant.
                <Chip
                  size="small"
                  variant="outlined"
                  color={task.followUpResult === 'dissatisfied' ? 'error' : 'success'}
                  data-testid="follow-up"
                  label={`${translate('resources.tasks.fields.followUpResult')}：${translate(
                    `resources.tasks.choices.followUpResult.${task.followUpResult}`,
                  )}`}
                />
              )}
              {task.duplicateOf && (
                // Names the earlier report of the same need, a link to it.
                <Chip
                  size="small"
                  variant="outlined"
                  data-testid="duplicate-of"
                  label={
                    <>
                      {translate('app.board_pages.board.duplicate')}：
                      <ReferenceField source="duplicateOf" reference="tasks" link="show" />
                    </>
                  }
                />
              )}
              {task.points !== null && task.points !== undefined && (
                <Typography variant="body2">
                  {translate('app.board_pages.board.points', { points: task.points })}
                </Typography>
              )}
            </Stack>
            {claimed && (
              <Typography variant="body2" sx={{ mt: 0.5 }} component="div">
                {translate('app.board_pages.board.claimant')}：<Claimant task={task} />
              </Typography>
            )}
          </CardContent>
          <CardActions sx={{ pt: 0, flexWrap: 'wrap' }}>
            <WorkflowButtons />
          </CardActions>
        </Card>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
};
