import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, openPage, useServerAndBrowser } from './harness';

const env = useServerAndBrowser({ beforeAll, afterAll });

describe('staff console on a tablet', () => {
  it('refuses a wrong password in Vietnamese, then signs in and lists the playlists', async () => {
    const ctx = await env.browser().newContext({ viewport: { width: 768, height: 1024 } });
    const { page, problems } = await openPage(ctx, `${env.server().url}/console/`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toContain('Sai tên đăng nhập hoặc mật khẩu');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('whoami').textContent()).toContain('admin');
    await page.getByTestId('tab-playlists').click();
    // The demo's two commune playlists and the province's campaign.
    await page.locator('[data-testid^="publish-"]').nth(2).waitFor();
    expect(await page.locator('[data-testid^="publish-"]').count()).toBe(3);
    expect(await page.getByTestId('publish-demo-campaign-dvc').count()).toBe(1);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
