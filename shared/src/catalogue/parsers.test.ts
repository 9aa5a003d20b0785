import { describe, expect, it } from 'vitest';
import { parseChannels } from './parse-channels';
import { parseDossier } from './parse-dossier';
import { parseLegalBasis } from './parse-legal-basis';
import { parseLevels } from './parse-levels';
import { parseSteps } from './parse-steps';

// Every input below is copied from a real record of the national crawl (code in the test name).
describe('parseChannels', () => {
  it('1.011020: three channels with time and fee', () => {
    expect(parseChannels('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1 Ngày làm việcMiễn phíDịch vụ bưu chính1 Ngày làm việcMiễn phíTrực tiếp1 Ngày làm việcMiễn phí')).toEqual([
      { kind: 'truc_tuyen', time: '1 ngày làm việc', fee: 'Miễn phí', description: null },
      { kind: 'buu_chinh', time: '1 ngày làm việc', fee: 'Miễn phí', description: null },
      { kind: 'truc_tiep', time: '1 ngày làm việc', fee: 'Miễn phí', description: null },
    ]);
  });
  it('1.006391: an amount with its explanation, then a description', () => {
    const [first] = parseChannels(
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến2 Ngày làm việc70,000 VNĐ(70.000 đồng/giấy)02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy địnhDịch vụ bưu chính2 Ngày làm việc70,000 VNĐ(70.000 đồng/giấy)02 (hai) ngày làm việc',
    );
    expect(first).toEqual({ kind: 'truc_tuyen', time: '2 ngày làm việc', fee: '70,000 VNĐ (70.000 đồng/giấy)', description: '02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định' });
  });
  it('1.000253: a time in days and no fee information', () => {
    expect(parseChannels('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp7 NgàyKhông có thông tinNộp trực tiếp tại trụ sở Công an cấp xã')).toEqual([
      { kind: 'truc_tiep', time: '7 ngày', fee: null, description: 'Nộp trực tiếp tại trụ sở Công an cấp xã' },
    ]);
  });
  it('1.001193: a bare number is not shown as a time (unit unknown)', () => {
    expect(parseChannels('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíTrực tiếp1Miễn phí').map((c) => [c.kind, c.time, c.fee])).toEqual([
      ['truc_tuyen', null, 'Miễn phí'],
      ['truc_tiep', null, 'Miễn phí'],
    ]);
  });
  it('1.004498: no time, free, a long description mentioning other channels in lower case', () => {
    const rows = parseChannels(
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyếnKhông có thông tinMiễn phía) Đối với trường hợp đề nghị thay đổi tên tổ chức cộng đồng: 05 ngày làm việc; nộp trực tiếp hoặc qua dịch vụ bưu chính',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'truc_tuyen', time: null, fee: 'Miễn phí' });
    expect(rows[0]?.description).toMatch(/^a\) Đối với/);
  });
  it('1.008616: hours', () => {
    expect(parseChannels('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp8 GiờMiễn phí')[0]?.time).toBe('8 giờ');
  });
  it('no data at all', () => {
    expect(parseChannels('Không có thông tin')).toEqual([]);
  });
});

describe('parseDossier', () => {
  it('1.009465: rows closed by their copies, including "0 bản chính,1 bản sao"', () => {
    const items = parseDossier(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Phương án bảo đảm an toàn giao thông;1 bản chính- Bản sao bản vẽ bố trí mặt bằng tổng thể của công trình.0 bản chính,1 bản sao- Đơn đề nghị chấp thuận phương án bảo đảm an toàn giao thông theo mẫu;1 bản chính',
    );
    expect(items).toEqual([
      { name: 'Phương án bảo đảm an toàn giao thông;', template: null, copies: '1 bản chính' },
      { name: 'Bản sao bản vẽ bố trí mặt bằng tổng thể của công trình.', template: null, copies: '0 bản chính,1 bản sao' },
      { name: 'Đơn đề nghị chấp thuận phương án bảo đảm an toàn giao thông theo mẫu;', template: null, copies: '1 bản chính' },
    ]);
  });
  it('1.006391: splits the form file off the document name', () => {
    expect(parseDossier('--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị đăng ký lại phương tiện thủy nội địa theo quy địnhMauon.docx1 bản chính')).toEqual([
      { name: 'Đơn đề nghị đăng ký lại phương tiện thủy nội địa theo quy định', template: 'Mauon.docx', copies: '1 bản chính' },
    ]);
  });
  it('1.001193: group headings are not documents', () => {
    const items = parseDossier(
      '* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Giấy chứng sinh.1 bản chính* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy tờ tùy thân.0 bản chính',
    );
    expect(items.map((i) => i.name)).toEqual(['Giấy chứng sinh.', 'Giấy tờ tùy thân.']);
  });
  it('1.013831: a form or decree number glued to the count stays in the name', () => {
    const items = parseDossier(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 181 bản chính,1 bản saoTờ khai theo Nghị định số 70/2024/NĐ-CP ngày 25/6/20241 bản chínhGiấy xác nhận theo mẫu BM.NCC.20.031 bản chínhBản sao giấy khai sinh02 bản saoĐơn theo Mẫu số 51 bản chínhDanh sách10 bản sao',
    );
    expect(items.map((i) => [i.name, i.copies])).toEqual([
      ['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18', '1 bản chính,1 bản sao'],
      ['Tờ khai theo Nghị định số 70/2024/NĐ-CP ngày 25/6/2024', '1 bản chính'],
      ['Giấy xác nhận theo mẫu BM.NCC.20.03', '1 bản chính'],
      ['Bản sao giấy khai sinh', '02 bản sao'],
      ['Đơn theo Mẫu số 5', '1 bản chính'],
      ['Danh sách', '10 bản sao'],
    ]);
  });
  it('empty and placeholder text', () => {
    expect(parseDossier('--')).toEqual([]);
    expect(parseDossier('Không có thông tin')).toEqual([]);
  });
});

describe('parseLegalBasis', () => {
  it('1.001193: numbers glued between titles, with numbers inside titles left alone', () => {
    const rows = parseLegalBasis(
      'Tên văn bản pháp lýMã văn bảnThông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh85/2019/TT-BTCNghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPThông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp08/2025/TT-BTP',
    );
    expect(rows).toEqual([
      { title: 'Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh', number: '85/2019/TT-BTC' },
      { title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch', number: '123/2015/NĐ-CP' },
      { title: 'Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp', number: '08/2025/TT-BTP' },
    ]);
  });
  it('no data', () => {
    expect(parseLegalBasis('Không có thông tin')).toEqual([]);
  });
});

describe('parseLevels and parseSteps', () => {
  it.each([
    ['Cấp tỉnh, Cấp xã', ['tinh', 'xa']],
    ['Cấp bộ', ['bo']],
    ['Cơ quan khác', ['khac']],
    ['', []],
  ])('levels of %j', (text, expected) => {
    expect(parseLevels(text)).toEqual(expected);
  });
  it('splits on "Bước N" when present, else by line', () => {
    expect(parseSteps('Bước 1. Nộp hồ sơ tại Trung tâm.\nBước 2: Nhận kết quả.')).toEqual(['Bước 1. Nộp hồ sơ tại Trung tâm.', 'Bước 2: Nhận kết quả.']);
    expect(parseSteps('- Nộp hồ sơ.\n- Nhận kết quả.')).toEqual(['Nộp hồ sơ.', 'Nhận kết quả.']);
    expect(parseSteps('Không có thông tin')).toEqual([]);
  });
});
