import test from 'ava';
import fc from 'fast-check';
import {formatNumber} from '../source/text/number-format.ts';

const intl = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});

test('groups thousands and keeps at most two decimals', t => {
	t.is(formatNumber(0), '0');
	t.is(formatNumber(7), '7');
	t.is(formatNumber(498), '498');
	t.is(formatNumber(1000), '1,000');
	t.is(formatNumber(712_400), '712,400');
	t.is(formatNumber(1_234_567.891), '1,234,567.89');
	t.is(formatNumber(2.5), '2.5');
	t.is(formatNumber(0.1 + 0.2), '0.3');
	t.is(formatNumber(-45.678), '-45.68');
});

test('rounds half away from zero on the decimal that was written', t => {
	// 1.005 is stored as 1.00499999…; Intl (and a reader) round the written 1.005 up.
	t.is(formatNumber(1.005), '1.01');
	t.is(formatNumber(0.125), '0.13');
	t.is(formatNumber(9.995), '10');
	t.is(formatNumber(999.999), '1,000');
	t.is(formatNumber(-0.004), '-0');
});

test('very large and very small numbers are written out, not in exponent notation', t => {
	t.is(formatNumber(1e21), '1,000,000,000,000,000,000,000');
	t.is(formatNumber(1.5e-7), '0');
	t.is(formatNumber(5e-3), '0.01');
	t.is(formatNumber(Number.POSITIVE_INFINITY), '∞');
	t.is(formatNumber(Number.NaN), 'NaN');
});

test('matches Intl.NumberFormat en-US for any double', t => {
	const doubles = fc.oneof(
		fc.double({noNaN: true}),
		fc.integer({min: -1e9, max: 1e9}).map(n => n / 1000),
		fc.integer({min: -1e7, max: 1e7}).map(n => n / 8),
		fc.integer(),
		fc.maxSafeInteger(),
	);
	t.notThrows(() => {
		fc.assert(
			fc.property(doubles, value => formatNumber(value) === intl.format(value)),
			{numRuns: 20_000},
		);
	});
});
