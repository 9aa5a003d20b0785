import { staffFetch } from './staff-api';

const WIDTH = 480;

/**
 * Draws the frame a video element shows and leaves it on the server as the video's poster: the
 * server has no video decoder, and the report's evidence appendix needs a picture of every clip.
 */
export async function sendPosterFrame(video: HTMLVideoElement, mediaId: string): Promise<void> {
  if (!video.videoWidth || !video.videoHeight) return;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = Math.round((WIDTH * video.videoHeight) / video.videoWidth);
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
  if (jpeg) await staffFetch(`/api/media/${mediaId}/poster`, { method: 'PUT', body: jpeg, headers: { 'Content-Type': 'image/jpeg' } });
}
