/** The workforce pages from the dashboard's figures: what is flagged, and the degree programme's progress. */
import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import type { ComponentType } from 'react';
import { createI18nProvider } from '../i18n/i18nProvider';
import { FIND } from '../testing/renderAdmin';
import DegreePage from './DegreePage';
import ReservesPage from './ReservesPage';
import StaffingPage from './StaffingPage';

const byPosition = (secretary: number, worker: number) => ({
  secretary,
  director: 0,
  deputy: 1,
  committee: 1,
  worker,
  grid: 2,
});

const overview = {
  secretaries: { count: 3, averageAge: 38, collegeRate: 2 / 3, concurrentRate: 1 },
  degree: { courses: 48, enrolled: 71, firstCohort: 71, graduated: 5, collegeRate: 0.7 },
  reserves: {
    minimum: 3,
    communitiesBelow: 1,
    below: [{ id: 'c2', name: '东风社区', reserves: 2 }],
    perCommunity: [
      { id: 'c1', name: '和平社区', reserves: 3 },
      { id: 'c2', name: '东风社区', reserves: 2 },
    ],
  },
  workforce: {
    quota: 20,
    headcount: 21,
    communitiesOver: 1,
    communitiesUnder: 1,
    perCommunity: [
      {
        id: 'c1',
        name: '和平社区',
        quota: 7,
        headcount: 9,
        staffing: 'over',
        byPosition: byPosition(1, 4),
        secretaries: 1,
      },
      {
        id: 'c2',
        name: '东风社区',
        quota: 7,
        headcount: 6,
        staffing: 'under',
        byPosition: byPosition(0, 2),
        secretaries: 0,
      },
      {
        id: 'c3',
        name: '向阳社区',
        quota: 6,
        headcount: 6,
        staffing: 'at',
        byPosition: byPosition(1, 1),
        secretaries: 1,
      },
    ],
    reservesWithoutMentor: [{ id: 'w9', name: '李明' }],
    degreeProgress: { collegeRate: 0.724, target: 1, belowCollege: 58, endYear: 2027 },
  },
};

const reserves = [
  { id: 'w1', name: '王芳', community: 'c1' },
  { id: 'w2', name: '赵强', community: 'c2' },
];

async function open(Page: ComponentType) {
  const dataProvider = {
    ...testDataProvider({
      getList: () => Promise.resolve({ data: reserves, total: reserves.length }),
    } as Parameters<typeof testDataProvider>[0]),
    overview: () => Promise.resolve(overview),
  };
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
      <Page />
    </AdminContext>,
  );
}

const row = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('workforce pages', () => {
  it('flags communities over or under quota and without a secretary', async () => {
    await open(StaffingPage);
    await screen.findByText('核定职数 20，在岗 21 人；超编社区 1 个，缺编社区 1 个', undefined, FIND);
    expect(within(row('和平社区')).getByText('超编 2 人')).toBeTruthy();
    expect(within(row('东风社区')).getByText('缺编 1 人')).toBeTruthy();
    expect(within(row('东风社区')).getByText('无书记')).toBeTruthy();
    expect(within(row('向阳社区')).getByText('正常')).toBeTruthy();
  });

  it('flags communities with fewer than three reserves and names each reserve', async () => {
    await open(ReservesPage);
    await screen.findByText('每个社区至少 3 名后备干部；未达标社区 1 个', undefined, FIND);
    expect(within(row('东风社区')).getByText('不足 3 名')).toBeTruthy();
    expect(within(row('和平社区')).getByText('达标')).toBeTruthy();
    expect(within(row('和平社区')).getByRole('link', { name: '王芳' }).getAttribute('href')).toMatch(
      /\/workers\/w1\/show$/,
    );
    expect(screen.getByText('未配帮带导师的后备干部：李明')).toBeTruthy();
  });

  it('shows the share with college or above against the target and its year', async () => {
    await open(DegreePage);
    expect((await screen.findByTestId('degree-progress', undefined, FIND)).textContent).toBe(
      '72.4%，目标 100%（2027年底）',
    );
    expect(screen.getByText('尚有 58 名在岗社区工作者为大专以下学历')).toBeTruthy();
  });
});
