// Events: visits, calls, talks, signings, upgrades, conferences, elections. STUB — replaced by the events work.
import type { AnalyseContext, DiplomaticEvent, Entity } from '../../types.ts';

export function extractEvents(_text: string, _ctx: AnalyseContext, _entities: Entity[]): DiplomaticEvent[] {
  return [];
}
