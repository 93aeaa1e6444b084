import { z } from 'zod'

import { setting } from '../config'
import { HumHubClient, HumHubError } from '../humhub/client'

// The former admins of a HumHub space, read only when an editor has confirmed a hand-over: the
// import never reads memberships, and nothing about these people is stored before that decision.
// Shapes from humhub/rest docs/swagger/space.yaml (SpaceMembership) and user.yaml (User).

const membershipSchema = z.object({
  role: z.string(),
  // 1 = invited, 2 = applicant, 3 = member: only members who run the space count.
  status: z.number().int().optional(),
  user: z.object({ id: z.number().int(), display_name: z.string().optional() }),
})
const userSchema = z.object({
  id: z.number().int(),
  display_name: z.string().optional(),
  account: z.object({ email: z.email() }),
})

export type FormerAdmin = { name: string; email: string }

/** Name and address of every admin of space `spaceId`; throws a German HumHubError on a bad answer. */
export async function formerSpaceAdmins(spaceId: number, spaceName: string): Promise<FormerAdmin[]> {
  const url = setting('HUMHUB_URL')
  const token = setting('HUMHUB_TOKEN')
  if (!url || !token)
    throw new HumHubError(
      'Für die Einladung der ehemaligen Space-Admins fehlt dem CMS der Zugang zu HumHub (HUMHUB_URL und HUMHUB_TOKEN).',
    )
  const client = new HumHubClient({ url, token })
  const memberships = await client.all(
    `space/${spaceId}/membership`,
    membershipSchema,
    `der Admins des Space „${spaceName}“`,
  )
  const admins = new Map<string, FormerAdmin>()
  for (const membership of memberships) {
    if (membership.role !== 'admin' || (membership.status ?? 3) !== 3) continue
    const user = await client.get(
      `user/${membership.user.id}`,
      userSchema,
      `des Admins #${membership.user.id} des Space „${spaceName}“`,
    )
    const email = user.account.email.trim().toLowerCase()
    admins.set(email, { name: user.display_name ?? membership.user.display_name ?? '', email })
  }
  return [...admins.values()]
}
