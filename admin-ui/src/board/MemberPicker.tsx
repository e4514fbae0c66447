/** Staff and supervisors choose whose five showings to open. */
import { Box } from '@mui/material';
import { AutocompleteInput, Form, ReferenceInput, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { fivePath } from './paths';

export const MemberPicker = ({ current }: { current?: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <Box sx={{ maxWidth: 360 }}>
      <Form record={{ member: current }} resource="party-members">
        <ReferenceInput source="member" reference="party-members">
          <AutocompleteInput
            label={translate('app.board_pages.five.pick')}
            filterToQuery={(q: string) => (q ? { q } : {})}
            onChange={(id: string | null) => id && navigate(fivePath(id))}
            helperText={false}
          />
        </ReferenceInput>
      </Form>
    </Box>
  );
};
