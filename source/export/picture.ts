import type {ThemeName} from './palette.ts';
import {svgToPng} from './png.ts';
import {ansiToSvg} from './svg.ts';

export type PictureOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly theme: ThemeName;
	readonly frame: boolean;
	/** The window title: the pane and the article (ui/picture.ts pictureTitle). */
	readonly title: string;
};

/** A dashboard frame as SVG and as PNG drawn from that same SVG, so the two never disagree. */
export async function framePictures(ansi: string, options: PictureOptions): Promise<{svg: string; png: Buffer}> {
	const svg = await ansiToSvg(ansi, options);
	return {svg, png: await svgToPng(svg)};
}
