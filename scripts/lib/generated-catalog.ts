/**
 * A town-scale catalog for the bench and the e2e: `count` valid guides made from the real guides (their
 * steps, documents and help, so a guide file has a real guide's size) under the names of real portal
 * procedures from ../shared/portal/catalog.jsonl when that file is present, or made-up names otherwise
 * (`source` says which). Deterministic: the same count gives the same catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Guide } from '../../lib/guide/schema';

export interface PortalName {
  name: string;
  code?: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The 5,670 real procedure names, or null when the shared folder is absent. */
export function readPortalNames(root = ROOT): PortalName[] | null {
  const file = path.resolve(root, '../shared/portal/catalog.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PortalName);
}

function slug(text: string, n: number): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return `${base || 'thu-tuc'}-${n}`;
}

export function generateCatalog(templates: readonly Guide[], count: number, root = ROOT): { guides: Guide[]; source: 'portal' | 'synthetic' } {
  const names = readPortalNames(root);
  const guides: Guide[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length] as Guide;
    const portal = names?.[(i * 11) % names.length];
    const title = (portal?.name ?? `Thủ tục hành chính mẫu số ${i + 1} của ${t.title.toLowerCase()}`).slice(0, 200);
    const code = portal?.code && /^\d\.\d{6}$/.test(portal.code) ? portal.code : undefined;
    const { $schema: _schema, en: _en, ...rest } = t;
    guides.push({
      ...rest,
      id: slug(title, i + 1),
      title,
      summary: `Hướng dẫn từng bước: ${title.toLowerCase()}, giấy tờ cần chuẩn bị và nơi nhận kết quả.`,
      keywords: [t.title],
      ...(t.procedure ? { procedure: { ...t.procedure, name: title, ...(code ? { code } : {}) } } : {}),
    });
  }
  return { guides, source: names ? 'portal' : 'synthetic' };
}
