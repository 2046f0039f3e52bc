import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { emulationAttachments } from '../../db/schema';

export type NewAttachmentRow = typeof emulationAttachments.$inferInsert;

const metaColumns = {
  id: emulationAttachments.id,
  stageId: emulationAttachments.stageId,
  meetingId: emulationAttachments.meetingId,
  fileName: emulationAttachments.fileName,
  mediaType: emulationAttachments.mediaType,
  sizeBytes: emulationAttachments.sizeBytes,
  sha256: emulationAttachments.sha256,
  createdAt: emulationAttachments.createdAt,
};
export type AttachmentMetaRow = {
  [K in keyof typeof metaColumns]: (typeof emulationAttachments.$inferSelect)[K];
};

export async function insertAttachment(db: Executor, row: NewAttachmentRow) {
  await db.insert(emulationAttachments).values(row);
}

/** Attachments (without their bytes) of the given stages or meetings. */
export async function listAttachments(
  db: Executor,
  tenantId: string,
  owner: { stageIds: readonly string[] } | { meetingIds: readonly string[] },
): Promise<AttachmentMetaRow[]> {
  const [column, ids] =
    'stageIds' in owner
      ? [emulationAttachments.stageId, owner.stageIds]
      : [emulationAttachments.meetingId, owner.meetingIds];
  if (ids.length === 0) return [];
  return db
    .select(metaColumns)
    .from(emulationAttachments)
    .where(and(eq(emulationAttachments.tenantId, tenantId), inArray(column, [...ids])))
    .orderBy(asc(emulationAttachments.createdAt), asc(emulationAttachments.id));
}

/**
 * An attachment with the path of the unit that owns it (the movement's launcher or the bloc's organiser),
 * which decides who may delete it; undefined when not the tenant's.
 */
export async function findAttachment(db: Executor, tenantId: string, id: string) {
  const result: unknown = await db.execute(sql`
    select a.id, a.file_name as "fileName", a.media_type as "mediaType", a.size_bytes as "sizeBytes",
           a.stage_id as "stageId", a.meeting_id as "meetingId", coalesce(mu.path, bu.path) as "ownerPath"
    from emulation_attachments a
    left join movement_stages s on s.tenant_id = a.tenant_id and s.id = a.stage_id
    left join movements m on m.tenant_id = a.tenant_id and m.id = s.movement_id
    left join org_units mu on mu.id = m.launcher_unit_id
    left join emulation_bloc_meetings bm on bm.tenant_id = a.tenant_id and bm.id = a.meeting_id
    left join emulation_blocs b on b.tenant_id = a.tenant_id and b.id = bm.bloc_id
    left join org_units bu on bu.id = b.organiser_unit_id
    where a.tenant_id = ${tenantId} and a.id = ${id}`);
  return (
    result as {
      rows: {
        id: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
        stageId: string | null;
        meetingId: string | null;
        ownerPath: string;
      }[];
    }
  ).rows[0];
}

export async function readAttachmentContent(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ content: emulationAttachments.content })
    .from(emulationAttachments)
    .where(and(eq(emulationAttachments.tenantId, tenantId), eq(emulationAttachments.id, id)));
  return row ? Buffer.from(row.content) : undefined;
}

export async function deleteAttachment(db: Executor, tenantId: string, id: string) {
  await db
    .delete(emulationAttachments)
    .where(and(eq(emulationAttachments.tenantId, tenantId), eq(emulationAttachments.id, id)));
}
