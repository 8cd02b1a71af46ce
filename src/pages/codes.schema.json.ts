import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { codeIndexSchema } from '../schemas/code-record';

/** JSON Schema of /codes.json, generated from the same zod schema the tests validate with. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(codeIndexSchema));
