import type {Article} from '../article/types.ts';
import type {TimelineEntry} from './types.ts';

// STUB: replaced by the timeline helper.
export function extractTimeline(_article: Article): TimelineEntry[] {
	return [];
}
