import type { Status } from '../../contract/applications.ts';

const NEXT: Record<Status, Status[]> = {
  eingegangen: ['in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt'],
  'in-bearbeitung': ['rueckfrage', 'abgeschlossen', 'abgelehnt'],
  rueckfrage: ['in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt'],
  abgeschlossen: [],
  abgelehnt: [],
};

/** A case moves forward; once it is abgeschlossen or abgelehnt, its timeline is final. */
export function allowedNextStatuses(current: Status): Status[] {
  return NEXT[current];
}
