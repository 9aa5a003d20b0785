import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, useTestServer, bufferBody } from './fixtures';

let t: TestServer;
let admin: string;
useTestServer('admin', (server, cookie) => {
  t = server;
  admin = cookie;
});

const official = (unit: string, place: string) => ({
  adminUnit: unit,
  parentBody: `Ủy ban nhân dân ${unit}`,
  placeName: place,
  signerTitle: 'Giám đốc',
  recipients: [`UBND ${unit} (qua Phòng Văn hóa – Xã hội)`, 'Sở Nội vụ tỉnh Đồng Nai'],
});
const commune = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'commune',
  name: `Trung tâm Phục vụ hành chính công xã ${id}`,
  parentId: 'dn',
  address: '',
  hotline: '1022',
  official: official(`xã ${id}`, id),
  ...over,
});

describe('centres, kept in the console', () => {
  it('creates a commune under its province with its letterhead, edits it, and audits both', async () => {
    const created = (await t.http.post('/api/centres').set('Cookie', admin).send(commune('an-phuoc')).expect(201)).body;
    expect(created).toMatchObject({ id: 'an-phuoc', parentId: 'dn', official: { parentBody: 'Ủy ban nhân dân xã an-phuoc', placeName: 'an-phuoc' } });
    await t.http
      .put('/api/centres/an-phuoc')
      .set('Cookie', admin)
      .send(commune('an-phuoc', { official: { ...official('xã An Phước', 'An Phước'), signerTitle: 'Phó Giám đốc' } }))
      .expect(200);
    const list = (await t.http.get('/api/centres').set('Cookie', admin).expect(200)).body.items;
    expect(list.find((c: { id: string }) => c.id === 'an-phuoc').official).toMatchObject({ placeName: 'An Phước', signerTitle: 'Phó Giám đốc' });
    const audit = (await t.http.get('/api/audit').set('Cookie', admin).query({ subject: 'an-phuoc' }).expect(200)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['centre.update', 'centre.create']);
  });

  it('a new centre can be paired with straight away', async () => {
    await t.http.post('/api/centres').set('Cookie', admin).send(commune('binh-an')).expect(201);
    const screen = await t.pairDevice({ centreId: 'binh-an' });
    expect(screen.token).toBeTruthy();
  });

  it.each([
    ['a commune without a province', { parentId: null }, 'parentId', /phải thuộc một tỉnh/],
    ['a commune under a commune', { parentId: 'lt' }, 'parentId', /không thuộc một xã khác/],
    ['an unknown parent', { parentId: 'atlantis' }, 'parentId', /atlantis/],
    ['a missing letterhead', { official: undefined }, 'official', /./],
    ['an empty place name', { official: { ...official('xã X', 'X'), placeName: '   ' } }, 'official.placeName', /./],
  ])('refuses %s, naming the field, and stores nothing', async (_name, over, path, message) => {
    const res = await t.http.post('/api/centres').set('Cookie', admin).send(commune('moi', over));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await t.http.get('/api/centres').set('Cookie', admin)).body.items.map((c: { id: string }) => c.id)).not.toContain('moi');
  });

  it('refuses a taken id and keeps the first centre', async () => {
    const res = await t.http
      .post('/api/centres')
      .set('Cookie', admin)
      .send(commune('lt', { name: 'Trùng mã' }))
      .expect(409);
    expect(res.body.issues[0].path).toBe('id');
    expect((await t.http.get('/api/centres').set('Cookie', admin)).body.items.find((c: { id: string }) => c.id === 'lt').name).toBe('Xã Long Thành');
  });

  it('keeps staff inside their centre: a commune admin edits its own details but not where it sits, nor a neighbour', async () => {
    const lt = await t.login('admin', 'lt');
    await t.http
      .put('/api/centres/lt')
      .set('Cookie', lt)
      .send(commune('lt', { name: 'Xã Long Thành', official: official('xã Long Thành', 'Long Thành') }))
      .expect(200);
    expect((await t.http.put('/api/centres/ltan').set('Cookie', lt).send(commune('ltan')).expect(403)).body.message).toMatch(/outside/);
    await t.http.post('/api/centres').set('Cookie', lt).send(commune('moi')).expect(403);
    await t.http
      .post('/api/centres')
      .set('Cookie', lt)
      .send({ ...commune('tinh-moi'), kind: 'province', parentId: null })
      .expect(403);
    const dn = await t.login('admin', 'dn');
    await t.http.post('/api/centres').set('Cookie', dn).send(commune('moi')).expect(201);
    await t.http
      .post('/api/centres')
      .set('Cookie', dn)
      .send({ ...commune('tinh-moi'), kind: 'province', parentId: null })
      .expect(403);
    await t.http
      .post('/api/centres')
      .set('Cookie', await t.login('editor'))
      .send(commune('khac'))
      .expect(403);
  });
});

describe("a report signed with the centre's letterhead, for the period as far as it has run", () => {
  it("heads a Q4 report run on 2 December with the commune's committee and place, counts 79 days, and sends it where the plan says", async () => {
    const server = await startTestServer({}, () => new Date('2026-12-02T03:00:00Z'));
    try {
      const cookie = await server.login('admin');
      await server.http
        .put('/api/centres/lt')
        .set('Cookie', cookie)
        .send(commune('lt', { name: 'Trung tâm Phục vụ hành chính công xã Long Thành', official: official('xã Long Thành', 'Long Thành') }))
        .expect(200);
      const q = 'from=2026-09-15&to=2026-12-14&centre=lt';
      expect((await server.http.get(`/api/reports?${q}`).set('Cookie', cookie).expect(200)).body.period).toEqual({ from: '2026-09-15', to: '2026-12-14', through: '2026-12-02', days: 79 });
      const docx = await server.http.get(`/api/reports?${q}&format=docx`).set('Cookie', cookie).buffer(true).parse(bufferBody).expect(200);
      const xml = (await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string')) ?? '';
      const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, '').trim()).filter(Boolean);
      expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN XÃ LONG THÀNH', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG']);
      expect(paragraphs).toContain('Long Thành, ngày 02 tháng 12 năm 2026');
      expect(paragraphs.join('\n')).not.toMatch(/TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ|Trung tâm Phục vụ hành chính công xã Long Thành, ngày/);
      expect(paragraphs.join('\n')).toContain('quý IV năm 2026');
      expect(paragraphs.join('\n')).toContain('số liệu tính đến hết ngày 02/12/2026, 79 ngày của kỳ');
      expect(paragraphs).toEqual(expect.arrayContaining(['- UBND xã Long Thành (qua Phòng Văn hóa – Xã hội);', '- Sở Nội vụ tỉnh Đồng Nai;']));
    } finally {
      await server.close();
    }
  });
});
