import { UploadRejectedError } from '../../errors.ts';
import { htmlToText } from './html-text.ts';

const unreadable = (reason: string, cause?: unknown) =>
  new UploadRejectedError(
    'unreadable-document',
    `The e-mail cannot be read as a paper: ${reason}.`,
    {
      cause,
    },
  );

/** "Re: Fwd: Minutes…" → "Minutes…": the reply and forward marks are the mail's, not the paper's. */
const bareSubject = (subject: string) => subject.replace(/^(?:\s*(?:re|fwd?|aw|sv)\s*:)+\s*/i, '');

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/**
 * The paper an e-mail (`.eml`) carries: its subject as the first line, then its body (the HTML
 * part when there is one, read as HTML papers are, so tables keep their cells; else the plain
 * text). Attachments are not read: each is named at the end of the text, with its type and size,
 * as a file to upload as a paper of its own; the original e-mail, attachments and all, is archived
 * as it came. Images embedded in the HTML are left out.
 */
export const emlText = async (bytes: Uint8Array): Promise<string> => {
  // Loaded on the first e-mail, not at cold start; outside the try, so a failure to load is not
  // blamed on the message.
  const { simpleParser } = await import('mailparser');
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes), {
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
    });
  } catch (error) {
    throw unreadable('its MIME structure is broken', error);
  }
  const body = (mail.html ? await htmlToText(mail.html) : (mail.text ?? '')).replace(
    /\r\n?/g,
    '\n',
  );
  const attached = mail.attachments
    .filter((attachment) => !attachment.related)
    .map(
      (attachment) =>
        `${attachment.filename ?? 'unnamed'} (${attachment.contentType}, ${kilobytes(attachment.size)})`,
    );
  if (body.trim() === '') {
    throw unreadable(
      attached.length > 0
        ? `its body has no text, and attachments are not read (${attached.join('; ')}): upload each as a paper of its own`
        : 'it has no body text',
    );
  }
  const subject = mail.subject ? bareSubject(mail.subject) : '';
  return [
    ...(subject ? [subject, ''] : []),
    body.trim(),
    ...attached.map((name) => `\nAttachment not read: ${name}; upload it as a paper of its own.`),
  ].join('\n');
};
