/** The side menu in the document's programmes: 雁阵齐飞, 充电赋能, 激励关爱, 五亮五共, then system. */
import { Box, ListSubheader } from '@mui/material';
import {
  Menu as RaMenu,
  usePermissions,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import type { Panel } from '@yanzhen/config';
import { pagesFor } from '../pages';
import type { ResourceOptions } from '../resources';

const ORDER = ['organisation', 'training', 'incentives', 'board', 'system'];

/** Resource names by menu group, groups in the document's order and unknown ones last. */
export function groupResources(groupOf: Record<string, string | undefined>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [name, group] of Object.entries(groupOf)) {
    const g = group ?? 'other';
    groups.set(g, [...(groups.get(g) ?? []), name]);
  }
  const rank = (g: string) => (ORDER.includes(g) ? ORDER.indexOf(g) : ORDER.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

export const Menu = () => {
  const definitions = useResourceDefinitions<ResourceOptions>();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const { permissions } = usePermissions<Panel>();
  const pages = pagesFor(permissions).filter((p) => p.menu);
  const groupOf = Object.fromEntries(
    Object.values(definitions)
      .filter((d) => d.hasList)
      .map((d) => [d.name, d.options?.group]),
  );
  // A group that holds only pages still gets its heading.
  const pageGroups = Object.fromEntries(pages.map((p) => [`/${p.path}`, p.menu?.group]));
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {groupResources({ ...pageGroups, ...groupOf }).map(([group, names]) => {
        const label = translate(`app.groups.${group}`, { _: group });
        // A group of the menu, named for assistive technology; the heading is for the eye.
        return (
          <Box key={group} role="group" aria-label={label}>
            {open && (
              <ListSubheader
                component="div"
                aria-hidden
                disableSticky
                sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}
              >
                {label}
              </ListSubheader>
            )}
            {pages
              .filter((p) => p.menu?.group === group)
              .map(({ path, menu }) => {
                const Icon = menu!.icon;
                return (
                  <RaMenu.Item
                    key={path}
                    to={`/${path}`}
                    primaryText={translate(menu!.label)}
                    leftIcon={<Icon />}
                  />
                );
              })}
            {names
              .filter((name) => !name.startsWith('/'))
              .map((name) => (
                <RaMenu.ResourceItem key={name} name={name} />
              ))}
          </Box>
        );
      })}
    </RaMenu>
  );
};
