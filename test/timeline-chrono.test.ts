import test from 'ava';
import * as chrono from 'chrono-node/en';
import {chronoGates, chronoSelection, endOfPeriodRefinerAt} from '../source/extract/timeline/date-chrono.ts';

// What we want chrono to read, each with the gate a parser that reads it must pass; and what we do not want.
const wanted: ReadonlyArray<readonly [string, RegExp]> = [
	['on 5 May 2011', chronoGates.month],
	['the 3rd of May', chronoGates.month],
	['on May 5, 2011', chronoGates.month],
	['Oct. 27', chronoGates.month],
	['in April', chronoGates.month],
	['March 2011', chronoGates.month],
	['Tuesday', chronoGates.weekday],
	['last Tuesday', chronoGates.weekday],
	['two weeks ago', chronoGates.ago],
	['yesterday', chronoGates.casualDay],
	['tonight', chronoGates.casualDay],
	['night', chronoGates.dayPart],
	['2011-03-03', chronoGates.numeric],
	['3/9/2011', chronoGates.numeric],
];
const unwanted = ['within 5 days', 'at 5 p.m.', '5 days later', 'next 2 weeks', 'in 5 minutes', '+2 days'];

const reference = new Date(2000, 5, 15, 12);

function reads(parser: chrono.Parser, text: string): boolean {
	return new chrono.Chrono({parsers: [parser], refiners: []}).parse(text, reference).length > 0;
}

/** The choice the timeline used to make at every start: each parser by what it reads. */
function probe(): Array<{name: string; gates: RegExp[]}> {
	const kept: Array<{name: string; gates: RegExp[]}> = [];
	for (const parser of chrono.casual.parsers) {
		if (unwanted.some(text => reads(parser, text))) {
			continue;
		}

		const gates = [...new Set(wanted.filter(([sample]) => reads(parser, sample)).map(([, gate]) => gate))];
		if (gates.length > 0) {
			kept.push({name: parser.constructor.name, gates});
		}
	}

	return kept;
}

test('each chosen place in chrono-node’s casual parsers holds the class it names', t => {
	for (const {at, name} of chronoSelection) {
		t.is(chrono.casual.parsers[at]?.constructor.name, name, `place ${at}`);
	}
});

test('the refiner run only beside "end of" is chrono’s end-of-period refiner', t => {
	t.is(chrono.casual.refiners[endOfPeriodRefinerAt]?.constructor.name, 'ENEndOfPeriodRefiner');
});

test('the fixed choice of chrono parsers is the one reading samples picks, each behind the gate of what it reads', t => {
	const probed = probe();
	t.deepEqual(
		chronoSelection.map(({name}) => name),
		probed.map(({name}) => name),
	);
	for (const {name, gates} of probed) {
		const chosen = chronoSelection.find(entry => entry.name === name);
		// A narrower gate may follow, but the first is the gate of what the parser reads.
		t.deepEqual(chosen?.gates.slice(0, gates.length), gates, name);
	}
});

test('every chosen parser still reads its samples through all of its gates', t => {
	for (const {at, name, gates} of chronoSelection) {
		const parser = chrono.casual.parsers[at];
		if (parser === undefined) {
			t.fail(`no parser at ${at}`);
			continue;
		}

		const samples = wanted.filter(([sample]) => reads(parser, sample)).map(([sample]) => sample);
		t.true(samples.length > 0, name);
		for (const sample of samples) {
			t.true(
				gates.every(gate => gate.test(sample)),
				`${name} on "${sample}"`,
			);
		}
	}
});

test('decimals, scores and ranges of plain numbers pass none of the numeric date gates', t => {
	const numeric = chronoSelection.filter(({gates}) => gates[0] === chronoGates.numeric);
	t.is(numeric.length, 3);
	for (const text of ['rose 3.5 percent', 'won 2-1 at home', 'ages 18-24', 'a 1.25 rate', '10.5-inch']) {
		t.false(
			numeric.some(({gates}) => gates.every(gate => gate.test(text))),
			text,
		);
	}
});

test('the day-first month parser runs only where a day stands right before the month', t => {
	const dayFirst = chronoSelection.find(({name}) => name === 'ENMonthNameLittleEndianParser');
	const admits = (text: string): boolean => dayFirst?.gates.every(gate => gate.test(text)) ?? false;
	for (const text of ['on 5 May 2011', 'the 3rd of May', 'the twenty-first of March', '12-Jan-2020', '1 to 3 June']) {
		t.true(admits(text), text);
	}

	for (const text of ['in June', 'on June 3', 'Sept. 27, 2017', 'March 2011 saw 40 arrests']) {
		t.false(admits(text), text);
	}
});
