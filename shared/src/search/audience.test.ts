import { describe, expect, it } from 'vitest';
import { audiencesIn, forcesIn } from './audience';
import { words } from './engine';

/** A name or query as the engine reads it: folded, canonical words, padded. */
const of = (text: string) => audiencesIn(` ${words(text).join(' ')} `);

describe('audiencesIn', () => {
  it('names the specialist audience a name narrows it to', () => {
    expect(of('Thay đổi người đại diện theo pháp luật của Văn phòng luật sư')).not.toBe(0);
    expect(of('Cấp giấy phép cho tổ chức tín dụng')).not.toBe(0);
    expect(of('Đăng ký việc nuôi con nuôi tại Cơ quan đại diện Việt Nam ở nước ngoài')).not.toBe(0);
  });

  it('tells a provider joining legal aid from a citizen asking for it', () => {
    expect(of('Thủ tục đăng ký tham gia trợ giúp pháp lý')).not.toBe(0);
    expect(of('Thủ tục yêu cầu trợ giúp pháp lý')).toBe(0);
  });

  it('tells a driving school’s licence from a driver’s', () => {
    expect(of('Cấp lại Giấy phép đào tạo lái xe ô tô khi bị mất, bị hỏng')).not.toBe(0);
    expect(of('Đổi giấy phép lái xe')).toBe(0);
  });

  it('tells an inspection station’s certificate from a boat’s', () => {
    expect(of('Cấp, cấp lại Giấy chứng nhận cơ sở đủ điều kiện đăng kiểm tàu cá')).not.toBe(0);
    expect(of('Cấp giấy chứng nhận an toàn kỹ thuật tàu cá')).toBe(0);
  });

  it('tells land allocated at sea from land ashore', () => {
    expect(of('Giao đất, cho thuê đất, giao khu vực biển để thực hiện hoạt động lấn biển')).not.toBe(0);
    expect(of('Giao đất, cho thuê đất, chuyển mục đích sử dụng đất')).toBe(0);
  });

  it('tells an ordinary company from a cooperative, an auction firm and a state company', () => {
    expect(of('Đăng ký hoạt động chi nhánh, văn phòng đại diện')).toBe(0);
    expect(of('Đăng ký hoạt động chi nhánh của hợp tác xã')).not.toBe(0);
    expect(of('Đăng ký hoạt động của Chi nhánh doanh nghiệp đấu giá tài sản')).not.toBe(0);
    expect(of('Đăng ký lại chi nhánh của công ty nhà nước')).not.toBe(0);
  });

  it('tells the forest keepers’ allocation from the land lease that names forests too', () => {
    expect(of('Giao rừng, cho thuê rừng khi đã được giao đất, cho thuê đất có rừng')).not.toBe(0);
    expect(of('Giao đất, cho thuê đất, chuyển mục đích sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng')).toBe(0);
  });

  it('tells a pledge under a government guarantee from a citizen’s mortgage', () => {
    expect(of('Thế chấp một phần tài sản hình thành từ nguồn vốn được Chính phủ bảo lãnh cho bên thứ ba')).not.toBe(0);
    expect(of('Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất')).toBe(0);
  });

  it('reads no aid in "thành viên trở lên", which folds like "viện trợ"', () => {
    expect(of('Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên')).toBe(0);
    expect(of('Hoàn thuế GTGT đối với các chương trình, dự án sử dụng nguồn vốn viện trợ không hoàn lại')).not.toBe(0);
  });

  it('reads the same audience in different words as one', () => {
    expect(of('công ty luật')).toBe(of('luật sư'));
  });

  it('finds none in a citizen’s procedure, nor in a word that only starts like one', () => {
    expect(of('Đăng ký khai sinh')).toBe(0);
    expect(of('Cấp Giấy chứng nhận quyền sử dụng đất lần đầu đối với hộ gia đình, cá nhân')).toBe(0);
    expect(of('ngân hàng')).not.toBe(0);
    expect(of('ngành hàng')).toBe(0);
  });
});

describe('forcesIn', () => {
  const asks = (text: string) => forcesIn(` ${words(text).join(' ')} `);

  it('reads the police, the army and their veterans in a citizen’s words', () => {
    expect(asks('bố tôi trước là công an')).toBe(true);
    expect(asks('hồi trước tôi đi bộ đội')).toBe(true);
    expect(asks('mẹ liệt sĩ xin trợ cấp')).toBe(true);
    expect(asks('cấp lại thẻ bảo hiểm y tế')).toBe(false);
  });
});
