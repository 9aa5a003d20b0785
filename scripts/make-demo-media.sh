#!/usr/bin/env bash
# Regenerates the demo clips and posters in server/seed/media (committed, so npm start needs no ffmpeg).
# Needs ffmpeg and Debian's fonts-noto-core for Vietnamese glyphs.
set -euo pipefail
out="$(dirname "$0")/../server/seed/media"
mkdir -p "$out"
bold=/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
regular=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf

# clip FILE SECONDS BACKGROUND TITLE SUBTITLE
clip() {
  local file=$1 secs=$2 bg=$3 title=$4 sub=$5
  ffmpeg -y -loglevel error -f lavfi -i "color=c=${bg}:s=1280x720:r=25:d=${secs}" \
    -f lavfi -i "color=c=0xffc107:s=160x160:r=25:d=${secs}" \
    -filter_complex "[0][1]overlay=x='mod(t*120,1500)-220':y='360+120*sin(t*1.3)'[bg];\
[bg]drawbox=x=0:y=500:w=1280:h=220:color=black@0.35:t=fill,\
drawtext=fontfile=${bold}:text='${title}':fontcolor=white:fontsize=54:x=(w-text_w)/2:y=540:alpha='min(1,t/0.8)',\
drawtext=fontfile=${regular}:text='${sub}':fontcolor=#ffe082:fontsize=34:x=(w-text_w)/2:y=625:alpha='min(1,max(0,(t-0.6)/0.8))',\
drawtext=fontfile=${bold}:text='TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG':fontcolor=white@0.85:fontsize=28:x=40:y=36" \
    -c:v libx264 -profile:v main -pix_fmt yuv420p -preset veryslow -crf 30 -movflags +faststart -an "$out/$file"
}

clip cai-cach-tthc.mp4 10 0x0d47a1 'Cải cách thủ tục hành chính' 'Nộp hồ sơ trực tuyến tại dichvucong.gov.vn'
clip chinh-quyen-so.mp4 10 0x1b5e20 'Chính quyền số' 'Thanh toán phí, lệ phí không dùng tiền mặt'
clip duong-day-nong-1022.mp4 8 0xb71c1c 'Đường dây nóng 1022' 'Tiếp nhận phản ánh, kiến nghị của người dân'

# poster FILE BACKGROUND TEXT LINE2
poster() {
  local file=$1 bg=$2 text=$3 line2=$4
  ffmpeg -y -loglevel error -f lavfi -i "color=c=${bg}:s=1920x1080:d=1" -frames:v 1 \
    -vf "drawbox=x=80:y=80:w=1760:h=920:color=white@0.9:t=6,\
drawtext=fontfile=${bold}:text='${text}':fontcolor=white:fontsize=84:x=(w-text_w)/2:y=420,\
drawtext=fontfile=${regular}:text='${line2}':fontcolor=#ffeb3b:fontsize=52:x=(w-text_w)/2:y=580" \
    -q:v 5 "$out/$file"
}
poster nguoi-dan-la-trung-tam.jpg 0x0d47a1 'Người dân và doanh nghiệp' 'là trung tâm phục vụ'
poster chuyen-doi-so.jpg 0x004d40 'Chuyển đổi số' 'Vì nhân dân phục vụ'
poster niem-yet-cong-khai.png 0x4a148c 'Niêm yết công khai' 'thủ tục hành chính tại Trung tâm'
