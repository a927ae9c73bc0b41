import type {PaneName} from '../ui/pane-name.ts';
import type {ThemeName} from './palette.ts';
import {svgToPng} from './png.ts';
import {ansiToSvg} from './svg.ts';

export type PictureOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly theme: ThemeName;
	readonly frame: boolean;
	readonly pane: PaneName;
};

/** The window title of a picture: says what it shows when it is pasted into a report without its file name. */
export function pictureTitle(pane: PaneName): string {
	return `newsdash — ${pane}`;
}

/** A dashboard frame as SVG and as PNG drawn from that same SVG, so the two never disagree. */
export async function framePictures(ansi: string, options: PictureOptions): Promise<{svg: string; png: Buffer}> {
	const svg = await ansiToSvg(ansi, {...options, title: pictureTitle(options.pane)});
	return {svg, png: await svgToPng(svg)};
}
