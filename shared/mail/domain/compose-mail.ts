import { escapeHtml } from '../../platform/html/escape-html.ts';
import type { OutgoingMail } from '../ports/mailer.ts';

export interface MailContent {
  readonly to: readonly string[];
  readonly subject: string;
  /** "Programme — season": every cadre mail opens with what it is about. */
  readonly heading: string;
  readonly lines: readonly string[];
  /** Text quoted as the sender wrote it, e.g. a season's public description. */
  readonly quote?: string | undefined;
  readonly footer: string;
}

/**
 * Every cadre mail has the same shape in plain text and HTML, so a template only chooses its words.
 * Everything is escaped here: the words can carry names staff typed into a programme.
 */
export const composeMail = (content: MailContent): OutgoingMail => ({
  to: content.to,
  subject: content.subject,
  text: [content.heading, '', ...content.lines, '', ...(content.quote === undefined ? [] : [content.quote, '']), content.footer].join('\n'),
  html: [
    `<h1>${escapeHtml(content.heading)}</h1>`,
    ...content.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(content.quote === undefined ? [] : [`<blockquote>${escapeHtml(content.quote)}</blockquote>`]),
    `<p><small>${escapeHtml(content.footer)}</small></p>`,
  ].join('\n'),
});
