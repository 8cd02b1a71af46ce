import { z } from 'astro/zod';
import { summaryText } from './code';
import { text } from './fields';

/** Frontmatter of one entry in content/topics/<id>.mdx: a page about something read as a status code that is not one. */
export const topicSchema = z.strictObject({
  /** The page heading, e.g. "0 and 000: no response". */
  title: text('a non-empty heading, e.g. "0 and 000: no response"'),
  /** One sentence for the meta description and search excerpts, at most 160 characters. */
  summary: summaryText,
  /** Words people search with, as on code pages. */
  keywords: z.array(text('a non-empty search phrase')).default([]),
});
