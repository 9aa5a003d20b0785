import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type TestServer, useTestServer, bufferBody } from './fixtures';

let t: TestServer;
let editor: string;
useTestServer('editor', (server, cookie) => {
  t = server;
  editor = cookie;
});

const binary = (path: string, cookie: string) => t.http.get(path).set('Cookie', cookie).buffer(true).parse(bufferBody);
const docxText = async (file: Buffer) => ((await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ');
const Q1 = { centre: 'lt', from: '2026-01-01', to: '2026-03-31' };
const narrative = {
  achieved: 'Đã phát đủ clip hướng dẫn nộp hồ sơ trực tuyến.',
  shortcomings: 'Bản tin tháng 2 chưa đủ.',
  causes: 'Thiếu nhân lực biên tập.',
  nextSteps: 'Bổ sung bản tin mỗi tuần.',
  proposals: 'Đề nghị tỉnh hỗ trợ clip mẫu.',
};

describe('the narrative and the archive of issued reports', () => {
  it('drafts the narrative from the figures, keeps what staff write, and prints it in the Word report', async () => {
    const draft = (await t.http.get('/api/reports/narrative').query(Q1).set('Cookie', editor).expect(200)).body;
    expect(draft.saved).toBeNull();
    expect(draft.narrative.achieved).toMatch(/Màn hình chờ phát 0 lượt/);
    await t.http
      .put('/api/reports/narrative')
      .set('Cookie', editor)
      .send({ ...Q1, narrative })
      .expect(200);
    const kept = (await t.http.get('/api/reports/narrative').query(Q1).set('Cookie', editor).expect(200)).body;
    expect(kept).toMatchObject({ narrative, saved: { updatedBy: expect.stringMatching(/^editor-/) } });
    const text = await docxText((await binary(`/api/reports?from=${Q1.from}&to=${Q1.to}&centre=lt&format=docx`, editor).expect(200)).body as Buffer);
    for (const s of Object.values(narrative)) expect(text).toContain(s);
  });

  it('issues a report with its number and keeps the file as issued, whatever is edited afterwards', async () => {
    await t.http
      .put('/api/reports/narrative')
      .set('Cookie', editor)
      .send({ ...Q1, narrative })
      .expect(200);
    const meta = (
      await t.http
        .post('/api/reports/issue')
        .set('Cookie', editor)
        .send({ ...Q1, number: '12/BC-TTPVHCC' })
        .expect(201)
    ).body;
    expect(meta).toMatchObject({ centreId: 'lt', number: '12/BC-TTPVHCC', showings: 0, narrative, intact: true, chainFingerprint: expect.stringMatching(/^\d+-[0-9a-f]{12}/) });
    // The fingerprint it printed can be compared with the log later.
    expect(await t.deps.store.impressions.compareFingerprint(meta.chainFingerprint)).toBe('matches');
    const list = (await t.http.get('/api/reports/archive?centre=lt').set('Cookie', editor).expect(200)).body.items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([meta.id]);
    const file = (await binary(`/api/reports/archive/${meta.id}/docx`, editor).expect(200)).body as Buffer;
    expect(createHash('sha256').update(file).digest('hex')).toBe(meta.fileSha256);
    expect(await docxText(file)).toContain('Số: 12/BC-TTPVHCC');
    expect(await docxText(file)).toContain(`Dấu vân tay chuỗi tại thời điểm lập báo cáo: ${meta.chainFingerprint}`);
    // Editing the narrative afterwards changes the drafts, never the issued file.
    await t.http
      .put('/api/reports/narrative')
      .set('Cookie', editor)
      .send({ ...Q1, narrative: { ...narrative, achieved: 'Sửa sau khi ban hành.' } })
      .expect(200);
    const again = (await binary(`/api/reports/archive/${meta.id}/docx`, editor).expect(200)).body as Buffer;
    expect(createHash('sha256').update(again).digest('hex')).toBe(meta.fileSha256);
    expect((await t.http.get(`/api/reports/archive/${meta.id}`).set('Cookie', editor).expect(200)).body.report.period).toMatchObject({ from: Q1.from, to: Q1.to });
    const admin = await t.login('admin');
    expect((await t.http.get(`/api/audit?subject=${meta.id}`).set('Cookie', admin).expect(200)).body.items.map((e: { action: string }) => e.action)).toEqual(['report.issue']);
  });

  it('refuses bad input and other centres, and keeps staff of a commune off the all-centres report', async () => {
    expect(
      (
        await t.http
          .put('/api/reports/narrative')
          .set('Cookie', editor)
          .send({ ...Q1, narrative: { achieved: 'x'.repeat(20_001) } })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.http
          .put('/api/reports/narrative')
          .set('Cookie', editor)
          .send({ ...Q1, from: '2026-04-01' })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.http
          .post('/api/reports/issue')
          .set('Cookie', editor)
          .send({ ...Q1, centre: 'atlantis' })
      ).status,
    ).toBe(404);
    await t.http
      .post('/api/reports/issue')
      .set('Cookie', await t.login('viewer'))
      .send(Q1)
      .expect(403);
    const lt = await t.login('editor', 'lt');
    await t.http
      .post('/api/reports/issue')
      .set('Cookie', lt)
      .send({ ...Q1, centre: 'ltan' })
      .expect(403);
    await t.http
      .post('/api/reports/issue')
      .set('Cookie', lt)
      .send({ ...Q1, centre: null })
      .expect(403);
    await t.http.get('/api/reports/archive/nope').set('Cookie', editor).expect(404);
    expect((await t.http.get('/api/reports/archive').set('Cookie', editor).expect(200)).body.items).toEqual([]);
  });
});
