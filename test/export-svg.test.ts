import test from 'ava';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {ansiToSvg} from '../source/export/svg.ts';

const sgr = (codes: string): string => `\u001B[${codes}m`;

// A small hand-drawn frame in the dashboard's manner: a bold title, an inverse tab, a red mark, a box.
const frame = [
	`${sgr('1')}newsdash${sgr('22')} · Floods <close> roads & "schools"`,
	`${sgr('7')} 1 Homes ${sgr('27')}  2 Quotes  4 Totals ${sgr('31')}✗1${sgr('39')}`,
	'┌──────┐',
	`│ ${sgr('38;5;196')}ab${sgr('39')}   │`,
	'└──────┘',
].join('\n');

const options = {cols: 48, rows: 6, theme: 'dark', frame: false, title: 'newsdash — counts'} as const;

// DejaVu Sans Mono at 14px: a cell is 14 × 1233 / 2048 wide, a row 14 × (1901 + 483) / 2048 high, baseline at 1901.
const column = (x: number): string => String(Math.round(x * 8.428_710_937_5 * 100) / 100);

type Node = Record<string, unknown>;

type Tspan = {text: string; x: string; textLength: string; fill: string; bold: boolean; y: string};

function tspansOf(svg: string): Tspan[] {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		preserveOrder: true,
		trimValues: false,
	});
	const found: Tspan[] = [];
	const walk = (nodes: Node[], y: string): void => {
		for (const node of nodes) {
			const attributes = (node[':@'] ?? {}) as Record<string, string>;
			if ('tspan' in node) {
				const children = node['tspan'] as Node[];
				found.push({
					text: children.map(child => String(child['#text'] ?? '')).join(''),
					x: attributes['x'] ?? '',
					textLength: attributes['textLength'] ?? '',
					fill: attributes['fill'] ?? '',
					bold: attributes['font-weight'] === 'bold',
					y,
				});
				continue;
			}

			for (const [key, value] of Object.entries(node)) {
				if (key !== ':@' && Array.isArray(value)) {
					walk(value as Node[], key === 'text' ? (attributes['y'] ?? y) : y);
				}
			}
		}
	};

	walk(parser.parse(svg) as Node[], '');
	return found;
}

test('the SVG is well-formed XML', async t => {
	const svg = await ansiToSvg(frame, options);
	t.is(XMLValidator.validate(svg), true);
	t.true(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
});

test('text stays text: one tspan per same-style run, escaped, spaces kept', async t => {
	const svg = await ansiToSvg(frame, options);
	const spans = tspansOf(svg);
	t.deepEqual(
		spans.slice(0, 2).map(span => span.text),
		['newsdash ', '· Floods <close> roads & "schools"'],
	);
	t.true(spans[0]?.bold);
	t.false(spans[1]?.bold);
	t.true(svg.includes('&lt;close&gt; roads &amp; &quot;schools&quot;'));
	t.true(svg.includes('xml:space="preserve"'));
});

test('each run starts on its column, so box drawing lines up cell by cell', async t => {
	const spans = tspansOf(await ansiToSvg(frame, options));
	const top = spans.find(span => span.text === '┌──────┐');
	const side = spans.find(span => span.text.startsWith('│'));
	const word = spans.find(span => span.text.startsWith('ab'));
	t.is(top?.x, '0');
	// Eight cells wide whatever font a browser falls back to.
	t.is(top?.textLength, column(8));
	t.is(side?.x, '0');
	t.is(word?.x, column(2));
	// Rows sit one cell height apart, on the font's baseline.
	t.is(top?.y, '45.59'); // row 2: 2 × 16.296875 + 12.995
});

test('colours come from the theme palette: red, 256-colour red and inverse', async t => {
	const svg = await ansiToSvg(frame, options);
	const spans = tspansOf(svg);
	t.is(spans.find(span => span.text === '✗1')?.fill, '#e06c75');
	t.is(spans.find(span => span.text.startsWith('ab'))?.fill, '#ff0000');
	// The inverse tab: a rect in the default foreground behind text in the default background, cells 0–8.
	t.true(svg.includes(`<rect x="0" y="16.3" width="${column(9)}" height="16.3" fill="#dcdfe4"/>`));
	t.is(spans.find(span => span.text.startsWith('1 Homes'))?.fill, '#1e2127');
});

test('the light theme is drawn on white with dark text', async t => {
	const svg = await ansiToSvg(frame, {...options, theme: 'light'});
	t.true(svg.includes('<rect width="437" height="130" fill="#ffffff"/>'));
	t.is(tspansOf(svg)[1]?.fill, '#1f2328');
	t.is(tspansOf(svg).find(span => span.text === '✗1')?.fill, '#cf222e');
});

test('the window frame carries three dots and the title', async t => {
	const svg = await ansiToSvg(frame, {...options, frame: true});
	t.is(svg.match(/<circle /g)?.length, 3);
	t.true(svg.includes('>newsdash — counts</text>'));
	t.true(svg.includes('<title>newsdash — counts</title>'));
	t.is(XMLValidator.validate(svg), true);
});

test('the same frame gives byte-identical SVG', async t => {
	t.is(await ansiToSvg(frame, options), await ansiToSvg(frame, options));
});

test('lines beyond the row count are dropped, not scrolled in', async t => {
	const tall = Array.from({length: 10}, (_, index) => `line ${index}`).join('\n') + '\n';
	const spans = tspansOf(await ansiToSvg(tall, {...options, rows: 3}));
	t.deepEqual(
		spans.map(span => span.text),
		['line 0', 'line 1', 'line 2'],
	);
});

test('control characters and escape sequences in the frame never reach the XML', async t => {
	const svg = await ansiToSvg('a\u0007b\u001B]0;title\u0007c\u0001d', options);
	t.is(XMLValidator.validate(svg), true);
	t.deepEqual(
		tspansOf(svg).map(span => span.text),
		['abcd'],
	);
});

test('a wide character takes two cells and the text after it restarts on the grid', async t => {
	const spans = tspansOf(await ansiToSvg('中文ab', options));
	t.deepEqual(
		spans.map(span => [span.text, span.x]),
		[
			['中', '0'],
			['文', column(2)],
			['ab', column(4)],
		],
	);
});

test('underline is drawn as a line under exactly the underlined cells, in the text colour', async t => {
	const svg = await ansiToSvg(`ab${sgr('4;32')}cde${sgr('0')}f`, options);
	// Row 0: baseline 12.995 + 2 = 15; cells 2–4.
	t.true(svg.includes(`<rect x="${column(2)}" y="15" width="${column(3)}" height="1" fill="#98c379"/>`));
	t.is(svg.match(/height="1"/g)?.length, 1);
});

test('dim text is blended towards the background', async t => {
	const spans = tspansOf(await ansiToSvg(`${sgr('2')}quiet${sgr('22')} loud`, options));
	// 60% of #dcdfe4 and 40% of #1e2127: 0.6×220 + 0.4×30 = 144, 0.6×223 + 0.4×33 = 147, 0.6×228 + 0.4×39 = 152.4.
	t.deepEqual(
		spans.map(span => [span.text, span.fill]),
		[
			['quiet ', '#909398'],
			['loud', '#dcdfe4'],
		],
	);
});
