/** A reported task on the review desk: approve at once, return only with a reason, the server's word shown. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, HttpError, testDataProvider, type DataProvider } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { TaskReview } from './TaskReview';

const task = { id: 't1', title: '清理楼道杂物', status: 'submitted', points: 6, report: '已清理完毕' };

function renderReview(runAction: jest.Mock) {
  const dataProvider = { ...testDataProvider({} as Partial<DataProvider>), runAction };
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
      <TaskReview task={task} canApprove canReject />
    </AdminContext>,
  );
}

describe('reviewing a reported task', () => {
  it('shows the report and approves it', async () => {
    const runAction = jest.fn(() => Promise.resolve({ data: {} }));
    renderReview(runAction);
    expect(await screen.findByText('已清理完毕')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '验收通过' }));
    await waitFor(() => expect(runAction).toHaveBeenCalledWith('tasks', 't1', 'approve', {}));
  });

  it('returns it only with a reason, and sends the reason', async () => {
    const runAction = jest.fn(() => Promise.resolve({ data: {} }));
    renderReview(runAction);
    fireEvent.click(await screen.findByRole('button', { name: '退回' }));
    expect(await screen.findByText('退回时请填写理由')).toBeTruthy();
    expect(runAction).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('退回理由'), { target: { value: '照片不清楚' } });
    expect(screen.queryByText('退回时请填写理由')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    await waitFor(() =>
      expect(runAction).toHaveBeenCalledWith('tasks', 't1', 'reject', { rejectReason: '照片不清楚' }),
    );
  });

  it("puts the server's objection to the reason under the reason", async () => {
    const runAction = jest.fn(() =>
      Promise.reject(new HttpError('校验失败', 400, { errors: { rejectReason: '不能超过 500 个字' } })),
    );
    renderReview(runAction);
    fireEvent.change(await screen.findByLabelText('退回理由'), { target: { value: '太长' } });
    fireEvent.click(screen.getByRole('button', { name: '退回' }));
    expect(await screen.findByText('不能超过 500 个字')).toBeTruthy();
  });
});
