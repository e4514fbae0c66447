/**
 * The story editor against the real server: publicity staff write a story in the rich-text editor, put
 * an uploaded image into its body and a cover on it (a file the server refuses says why), preview the
 * public page, and publish it from the drafts queue's story; then a resident without a login reads it.
 */
import type { Browser } from 'playwright-core';
import { dataProvider, login } from '../helpers/session';
import type { TestApp } from '../helpers/strapi';
import { logIn, openPanel, type PanelPage, boot, PNG, shutDown } from './panel';
import { containsText, eventually, hasCount, noRawKeys } from './panel';

let app: TestApp;
let browser: Browser;

beforeAll(async () => ({ app, browser } = await boot()));
afterAll(() => shutDown({ app, browser }));

const TITLE = '楼道里的微光';
const BODY = '网格员每天清晨巡查楼道，十年如一日。';

async function storyTitled(title: string) {
  const { data } = await dataProvider(app, await login(app, 'publicity')).getList('stories', {
    pagination: { page: 1, perPage: 5 },
    sort: { field: 'id', order: 'DESC' },
    filter: { q: title },
  });
  return data[0] as { id: string; slug: string; publicationState: string; body: string; cover: unknown };
}

describe('writing and publishing a story', () => {
  let panel: PanelPage;

  afterAll(async () => {
    expect(panel.problems).toEqual([]);
    await panel.context.close();
  });

  it('writes, illustrates, previews and publishes; an anonymous reader then finds it', async () => {
    panel = await openPanel(browser, app);
    const { page } = panel;
    await logIn(page, 'publicity');
    await page.goto('/stories/create');
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('摘要').fill('一位网格员的十年');
    const editor = page.locator('.ProseMirror');
    await editor.click();
    await page.keyboard.type(BODY);

    // The server refuses what is not an image, and the editor says so in its words.
    await page
      .getByLabel('插入图片', { exact: true })
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByText('只能上传 JPG、PNG、WebP 或 GIF 图片，收到的是 text/plain').first().waitFor();
    await hasCount(editor.locator('img'), 0);

    await page
      .getByLabel('插入图片', { exact: true })
      .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
    await editor.locator('img[src^="/uploads/"]').waitFor();
    await page
      .getByLabel('上传封面', { exact: true })
      .setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('cover-image').waitFor();

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '发布', exact: true }).waitFor();
    const saved = await storyTitled(TITLE);
    expect(saved.publicationState).toBe('draft');
    expect(saved.body).toContain(BODY);
    expect(saved.body).toMatch(/<img src="\/uploads\/[^"]+\.png"/);
    expect(saved.cover).toMatchObject({ url: expect.stringMatching(/^\/uploads\//) });

    // Staff and publicity see it waiting for publication.
    await page.getByRole('menuitem', { name: '待发布故事' }).click();
    await page.getByRole('link', { name: TITLE }).click();

    await page.getByRole('button', { name: '预览' }).click();
    const frame = page.frameLocator('iframe[title="预览"]');
    await frame.getByText(BODY).waitFor();
    await frame.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('发布成功').waitFor();
    await page.getByRole('button', { name: '撤回发布', exact: true }).waitFor();
    await hasCount(page.getByRole('button', { name: '发布', exact: true }), 0);
    const published = await storyTitled(TITLE);
    expect(published.publicationState).toBe('published');

    await page.getByRole('menuitem', { name: '待发布故事' }).click();
    // The list may show what it had cached until it has asked again: wait for the story to leave it.
    await page.getByRole('link', { name: TITLE }).waitFor({ state: 'detached' });

    const reader = await browser.newContext({ baseURL: app.url });
    try {
      const publicPage = await reader.newPage();
      const res = await publicPage.goto(`/public/stories/${published.slug}`);
      expect(res?.status()).toBe(200);
      await publicPage.getByText(BODY).waitFor();
      await containsText(publicPage.locator('body'), TITLE);
      await eventually(
        () => publicPage.locator('img[src^="/uploads/"]').count(),
        (n) => expect(n).toBeGreaterThan(0),
      );
    } finally {
      await reader.close();
    }
  });

  it('offers staff the editor but not publishing, and speaks English', async () => {
    const staff = await openPanel(browser, app, 'en');
    try {
      await logIn(staff.page, 'staff');
      await staff.page.goto('/stories/create');
      await staff.page.getByRole('button', { name: 'Insert image' }).waitFor();
      await staff.page.getByLabel('Bold').waitFor();
      await staff.page.goto('/story-drafts');
      await staff.page.getByRole('button', { name: 'Preview' }).first().waitFor();
      await hasCount(staff.page.getByRole('button', { name: 'Publish', exact: true }), 0);
      await noRawKeys(staff.page);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.context.close();
    }
  });
});
