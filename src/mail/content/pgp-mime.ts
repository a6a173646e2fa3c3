import { randomBytes } from 'node:crypto';
import type { MailAttachment } from '../outbound-mail.entity';
import { encryptTo } from './openpgp-keys.service';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

/** The inner MIME entity (text and HTML alternatives, subject as a protected header). */
export function innerEntity(subject: string, text: string, html: string): string {
  const b = `sn-alt-${randomBytes(12).toString('hex')}`;
  return [
    `Content-Type: multipart/alternative; boundary="${b}"; protected-headers="v1"`,
    `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(text),
    `--${b}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(html),
    `--${b}--`,
    '',
  ].join('\r\n');
}

export interface PgpMimeMail {
  text: string;
  html: string;
  attachments: MailAttachment[];
}

/**
 * A PGP/MIME message (RFC 3156): the root is multipart/encrypted with the version part and the
 * encrypted inner entity. Handed to nodemailer as the only node (no text, no HTML), so that it
 * becomes the message's root and nothing readable travels beside the ciphertext.
 */
export async function pgpMime(
  armoredKey: string,
  subject: string,
  text: string,
  html: string,
): Promise<PgpMimeMail> {
  const armored = await encryptTo(armoredKey, innerEntity(subject, text, html));
  const b = `sn-pgp-${randomBytes(12).toString('hex')}`;
  const body = [
    'This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)',
    `--${b}`,
    'Content-Type: application/pgp-encrypted',
    'Content-Description: PGP/MIME version identification',
    '',
    'Version: 1',
    '',
    `--${b}`,
    'Content-Type: application/octet-stream; name="encrypted.asc"',
    'Content-Description: OpenPGP encrypted message',
    'Content-Disposition: inline; filename="encrypted.asc"',
    '',
    armored.replace(/\r?\n/g, '\r\n'),
  ].join('\r\n');
  return {
    text: '',
    html: '',
    attachments: [
      {
        filename: 'encrypted.asc',
        contentType: `multipart/encrypted; protocol="application/pgp-encrypted"; boundary="${b}"`,
        content: body,
        contentTransferEncoding: '7bit' as const,
        contentDisposition: 'inline' as const,
      },
    ],
  };
}
