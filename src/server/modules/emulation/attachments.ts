/** Moved to src/server/lib/files.ts (shared with nominations); kept as a re-export for existing imports. */
export {
  attachmentFileName,
  detectAttachmentType,
  inspectAttachment,
  MAX_ATTACHMENT_BYTES,
  type AttachmentType,
} from '../../lib/files';
