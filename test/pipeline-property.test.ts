// The whole pipeline under arbitrary input: bytes → decode → parse → report → every pane drawn at a random size.
// Nothing may throw except a LoadError (a clear refusal), and no frame may carry a raw control character.
import test from 'ava';
import fc from 'fast-check';

// Production React, as the shipped bundle runs it: development React checks every render and doubles its cost. Set
// before React loads, so the modules that pull it in are imported after.
process.env['NODE_ENV'] = 'production';
const {decodeBytes} = await import('../source/article/decode.ts');
const {LoadError} = await import('../source/article/load-error.ts');
const {parseArticle} = await import('../source/article/parse.ts');
const {buildReport} = await import('../source/extract/report.ts');
const {paneNames} = await import('../source/ui/pane-name.ts');
const {renderScreen} = await import('../source/ui/render-screen.tsx');

/** Colour codes (SGR) are the only escape sequences a frame may contain, and only when colour is on. */
const sgr = /\u001B\[[\d;]*m/g;
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Pieces that exercise the extractors and the sanitiser far more often than uniform random text would. */
const newsPiece = fc.constantFrom(
	'Denver (63 arrests), ',
	'“We will not stop,” she said. ',
	'He continued, "the cuts are deep." ',
	'on Sunday night ',
	'In late April, ',
	'a total of 1,204 ballots; ',
	'nearly 500 ',
	'Washington, D.C. (14) ',
	'317 of those detained, implying that 181 ',
	'\u001B[2J',
	'\u001B]0;title\u0007',
	'\u009B31m',
	'\r\n',
	'\n\n',
	'\u202E',
	'“',
	'(',
	'---\npublished: 2020-02-29\n---\n',
);

const articleBytes = fc.oneof(
	{weight: 2, arbitrary: fc.uint8Array({maxLength: 300})},
	{
		weight: 5,
		arbitrary: fc
			.array(fc.oneof(newsPiece, fc.string({unit: 'grapheme', maxLength: 20})), {maxLength: 25})
			.map(parts => new TextEncoder().encode(parts.join(''))),
	},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200}).map(text => new TextEncoder().encode(text))},
);

test('arbitrary bytes are refused with a LoadError or drawn in every pane without a raw control character', t => {
	// Ten thousand full renders take tens of seconds on a loaded two-core machine: more than AVA's default timeout.
	t.timeout(600_000);
	const started = Date.now();
	let drawn = 0;
	let refused = 0;
	fc.assert(
		fc.property(
			articleBytes,
			fc.constantFrom(...paneNames),
			fc.integer({min: 60, max: 120}),
			fc.integer({min: 16, max: 40}),
			fc.boolean(),
			(bytes, pane, cols, rows, color) => {
				let text: string;
				try {
					text = decodeBytes(bytes);
				} catch (error) {
					if (error instanceof LoadError) {
						refused++;
						return;
					}

					throw error;
				}

				const report = buildReport(parseArticle(text, {published: null}));
				const frame = renderScreen(report, {pane, cols, rows, color});
				const visible = color ? frame.replaceAll(sgr, '') : frame;
				if (rawControl.test(visible)) {
					throw new Error(`raw control character in the ${pane} pane: ${JSON.stringify(visible)}`);
				}

				drawn++;
			},
		),
		{numRuns: 10_000},
	);
	t.true(drawn > 5000, `only ${drawn} of 10000 inputs reached the screen (${refused} refused)`);
	t.log(`${drawn} drawn, ${refused} refused in ${Date.now() - started} ms`);
});
