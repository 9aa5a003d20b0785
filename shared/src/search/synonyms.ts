/**
 * How citizens name procedures, next to how the catalogue names them. Folded (no diacritics, lower
 * case); a query containing any phrase on the left is also searched with each phrase on the right.
 * Kept as data so that staff can see — and the no-result list in the console can feed — what is here.
 */
export const SYNONYMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  // Identity documents: the old names live on.
  [['cccd', 'can cuoc cong dan', 'cmnd', 'chung minh nhan dan', 'chung minh thu', 'cmt', 'can cuoc'], ['the can cuoc']],
  [['lam cccd', 'lam can cuoc', 'lam the can cuoc'], ['cap the can cuoc']],
  [['doi cccd', 'doi cmnd', 'doi can cuoc'], ['cap doi the can cuoc']],
  [['mat cccd', 'mat cmnd', 'mat can cuoc'], ['cap lai the can cuoc']],
  // Land: the colour of the certificate's cover.
  [['so do', 'so hong', 'bia do', 'bia hong'], ['giay chung nhan quyen su dung dat']],
  [['lam so do', 'lam so hong', 'cap so do', 'cap so hong'], ['dang ky dat dai cap giay chung nhan quyen su dung dat']],
  [['len tho cu', 'chuyen dat vuon', 'chuyen dat nong nghiep', 'chuyen len dat o'], ['chuyen muc dich su dung dat']],
  [['nha dat', 'giay to nha dat'], ['dat dai']],
  // Civil status.
  [['giay doc than', 'xac nhan doc than', 'doc than'], ['xac nhan tinh trang hon nhan']],
  [['bao tu', 'giay chung tu', 'chung tu'], ['khai tu']],
  [['sua ten', 'sua giay khai sinh', 'sua ho tich', 'cai chinh'], ['thay doi cai chinh bo sung thong tin ho tich']],
  [['nhan cha con', 'nhan me con', 'nhan bo con'], ['nhan cha me con']],
  [['nhan con nuoi', 'xin con nuoi'], ['nuoi con nuoi']],
  // Notarisation is done as certification at the commune.
  [['cong chung'], ['chung thuc']],
  [['photo cong chung', 'cong chung giay to', 'sao y', 'sao y ban chinh'], ['chung thuc ban sao']],
  // Residence: the household book is gone, its name is not.
  [['nhap ho khau', 'nhap khau', 'chuyen ho khau', 'chuyen khau', 'ho khau'], ['dang ky thuong tru']],
  [['tach ho khau', 'tach khau'], ['tach ho']],
  [['xac nhan cu tru', 'xac nhan noi o', 'giay xac nhan cu tru'], ['xac nhan thong tin ve cu tru']],
  // Business, tax, construction, vehicles, insurance: abbreviations.
  [['hkd'], ['ho kinh doanh']],
  [['mo ho kinh doanh', 'mo cua hang', 'lap ho kinh doanh'], ['dang ky thanh lap ho kinh doanh']],
  [['dong cua ho kinh doanh', 'nghi kinh doanh han'], ['cham dut hoat dong ho kinh doanh']],
  [['dkkd'], ['dang ky kinh doanh']],
  [['mst'], ['ma so thue']],
  [['ma so thue ca nhan', 'mst ca nhan', 'lam ma so thue'], ['dang ky thue lan dau ca nhan']],
  [['gpxd', 'giay phep xd'], ['giay phep xay dung']],
  [['gplx', 'bang lai xe', 'bang lai'], ['giay phep lai xe']],
  [['lam ho chieu', 'xin ho chieu'], ['cap ho chieu']],
  [['xe may', 'xe gan may', 'o to', 'oto'], ['xe']],
  [['bhxh'], ['bao hiem xa hoi']],
  [['xac nhan ho ngheo', 'giay chung nhan ho ngheo', 'so ho ngheo'], ['cong nhan ho ngheo']],
  [['bhyt'], ['bao hiem y te']],
  [['tnld'], ['tai nan lao dong']],
  // Southern speech: "lãnh lương" for "lĩnh lương".
  [['lanh'], ['linh']],
];
