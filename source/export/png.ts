import {fontFamily} from './svg.ts';
import {monoFontFiles} from './fonts.ts';

/** The SVG drawn at twice its size (crisp on high-density screens and in print) with the bundled font files only. */
export async function svgToPng(svg: string): Promise<Buffer> {
	// Loaded on demand: a native addon the dashboard should not load until someone asks for a picture.
	const {Resvg} = await import('@resvg/resvg-js');
	const resvg = new Resvg(svg, {
		fitTo: {mode: 'zoom', value: 2},
		font: {
			fontFiles: monoFontFiles(),
			loadSystemFonts: false,
			defaultFontFamily: fontFamily,
			monospaceFamily: fontFamily,
		},
	});
	return resvg.render().asPng();
}
