import {useCallback, useRef, useState} from 'react';
import type {Report} from '../extract/types.ts';
import type {DashboardAction, Viewport, ViewState} from './view-state.ts';
import {dashboardReducer, settle} from './view-state.ts';

export type DashboardState = {
	/** The state to draw, settled for the current viewport. */
	readonly state: ViewState;
	/** The latest state, also between a dispatch and the next render: what key handling must read. */
	readonly stateRef: {readonly current: ViewState};
	readonly dispatch: (action: DashboardAction) => void;
};

/**
 * The dashboard's one reducer, held in a ref as well as in React state: Ink 6.8 re-subscribes `useInput` after each
 * commit, so keys that arrive in a burst would otherwise each see the state from before the previous key.
 */
export function useDashboardState(report: Report, viewport: Viewport, initial: ViewState): DashboardState {
	const stateRef = useRef<ViewState>(settle(report, initial, viewport));
	const viewportRef = useRef<Viewport>(viewport);
	viewportRef.current = viewport;
	const [, setState] = useState<ViewState>(stateRef.current);
	const dispatch = useCallback(
		(action: DashboardAction) => {
			stateRef.current = dashboardReducer(report, stateRef.current, action, viewportRef.current);
			setState(stateRef.current);
		},
		[report],
	);
	// A resize can change page sizes and which rows fit: settle again before drawing and before the next key.
	stateRef.current = settle(report, stateRef.current, viewport);
	return {state: stateRef.current, stateRef, dispatch};
}
