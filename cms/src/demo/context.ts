import type { Core } from '@strapi/strapi';
import type { Random } from './random';

type Uid = Parameters<Core.Strapi['documents']>[0];

export interface Doc {
  id: number;
  documentId: string;
}

/** What every part of the demo seed works with. */
export interface Seed {
  strapi: Core.Strapi;
  r: Random;
  /** The demo's reference date: the document's figures hold on this day. */
  at: string;
  /** Today, for this week's board. */
  today: string;
  create(uid: string, data: Record<string, unknown>): Promise<Doc>;
}

export function createSeed(strapi: Core.Strapi, r: Random, at: string, today: string): Seed {
  return {
    strapi,
    r,
    at,
    today,
    create: async (uid, data) => {
      const doc = await strapi.documents(uid as Uid).create({ data });
      return { id: doc.id as number, documentId: doc.documentId };
    },
  };
}
