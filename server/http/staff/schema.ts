import * as z from 'zod'
import { AskRequestSchema } from '../api-schema.js'
import { ENTRY_ID } from '../feedback-schema.js'

/** The staff API's requests: shared with the staff page as types. */
export const TryRequestSchema = AskRequestSchema

export const PhrasingRequestSchema = z.object({
  entryId: z.string().max(100).regex(ENTRY_ID, { error: 'Pick an entry to add the phrasing to.' }),
  phrasing: AskRequestSchema.shape.question,
})

export const DismissRequestSchema = z.object({ texts: z.array(z.string().max(1_000)).min(1).max(200) })
