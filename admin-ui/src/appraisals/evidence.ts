/** What the records hold for an appraisal's year, as the server answers it, and the line each item shows. */
export interface Evidence {
  learning: { trainings: number; hours: number };
  taskBoard: {
    points: number | null;
    done: number;
    followUps: { satisfied: number; basic: number; dissatisfied: number; pending: number };
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const KEY = 'app.incentive_pages.appraisal.evidence';

/** The evidence line under an item, or null for the items the records say nothing about. */
export function evidenceLine(item: string, e: Evidence, translate: Translate): string | null {
  const member = e.taskBoard.points !== null;
  switch (item) {
    case 'learning':
      return translate(`${KEY}.learning`, e.learning);
    case 'taskBoard':
      return member ? translate(`${KEY}.tasks`, { done: e.taskBoard.done }) : translate(`${KEY}.no_member`);
    case 'satisfaction':
      return member ? translate(`${KEY}.follow_ups`, e.taskBoard.followUps) : translate(`${KEY}.no_member`);
    default:
      return null;
  }
}
