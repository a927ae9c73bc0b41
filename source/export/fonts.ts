import {createRequire} from 'node:module';
import path from 'node:path';

/**
 * The DejaVu Sans Mono files the pictures are drawn with, so a PNG looks the same on every machine. Resolved at run
 * time through node_modules: the cli is bundled into dist/, where a path relative to this source file would not exist.
 */
export function monoFontFiles(): string[] {
	const require = createRequire(import.meta.url);
	const directory = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
	return [
		'DejaVuSansMono.ttf',
		'DejaVuSansMono-Bold.ttf',
		'DejaVuSansMono-Oblique.ttf',
		'DejaVuSansMono-BoldOblique.ttf',
	].map(file => path.join(directory, file));
}
