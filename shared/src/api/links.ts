import { LinkCheckRequestSchema, LinkCheckSchema } from '../schemas/link';
import { route } from './route';

export const linkApi = {
  /** Whether a link staff are about to print as a QR code answers at all. */
  check: route({ method: 'POST', path: '/api/links/check', body: LinkCheckRequestSchema, response: LinkCheckSchema }),
};
