import test from 'ava';
import fc from 'fast-check';
import {normaliseDate, readWithChrono} from '../source/article/dates.ts';
import {namesMonth, readWrittenDate} from '../source/article/written-date.ts';

const monthNames = [
	['January', 'Jan', 'Jan.'],
	['February', 'Feb', 'Feb.'],
	['March', 'Mar', 'Mar.'],
	['April', 'Apr', 'Apr.'],
	['May', 'May', 'May'],
	['June', 'Jun', 'Jun.'],
	['July', 'Jul', 'Jul.'],
	['August', 'Aug', 'Aug.'],
	['September', 'Sep', 'Sept.'],
	['October', 'Oct', 'Oct.'],
	['November', 'Nov', 'Nov.'],
	['December', 'Dec', 'Dec.'],
] as const;
const weekdays = ['', 'Saturday ', 'Sat, ', 'Sat. ', 'Tuesday, ', 'Thu '];
const times = [
	'',
	' 10:00',
	' 10.00 BST',
	', 4:05 p.m. EDT',
	' at 10:04 a.m.',
	' 10:00:00 GMT',
	', 9am ET',
	' 23:30 UTC+2',
];
const ordinals = ['', 'th'];

const writtenDate = fc
	.record({
		year: fc.integer({min: 1990, max: 2035}),
		month: fc.integer({min: 1, max: 12}),
		day: fc.integer({min: 1, max: 31}),
		name: fc.integer({min: 0, max: 2}),
		dayFirst: fc.boolean(),
		comma: fc.boolean(),
		weekday: fc.constantFrom(...weekdays),
		time: fc.constantFrom(...times),
		ordinal: fc.constantFrom(...ordinals),
	})
	.map(({year, month, day, name, dayFirst, comma, weekday, time, ordinal}) => {
		const monthName = monthNames[month - 1]![name]!;
		const days = `${day}${ordinal}`;
		const date = dayFirst ? `${days} ${monthName}${comma ? ',' : ''} ${year}` : `${monthName} ${days}, ${year}`;
		return `${weekday}${date}${time}`;
	});

test('a written publication date is read as chrono-node reads it, in every form the fast reader takes', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(writtenDate, text => {
				const fast = readWrittenDate(text);
				// The form itself is always taken; whether the day exists is normaliseDate's question.
				if (fast === null) {
					throw new Error(`not read: ${text}`);
				}

				if (normaliseDate(text) !== readWithChrono(text)) {
					throw new Error(`${text}: ${normaliseDate(text)} vs chrono ${readWithChrono(text)}`);
				}
			}),
			{numRuns: 400},
		);
	});
});

test('the fast reader takes exactly the month and day as written', t => {
	t.deepEqual(readWrittenDate('Sept. 30, 2017'), {year: 2017, month: 9, day: 30});
	t.deepEqual(readWrittenDate('“Saturday 30 September 2017 10.00 BST”'), {year: 2017, month: 9, day: 30});
	t.deepEqual(readWrittenDate('the 1st of May 2020'), null);
	t.deepEqual(readWrittenDate('1st of May 2020'), {year: 2020, month: 5, day: 1});
	t.is(normaliseDate('February 30, 2017'), null);
});

test('anything else goes to chrono-node, or is no date', t => {
	t.is(readWrittenDate('2017 September 30'), null);
	t.is(normaliseDate('2017 September 30'), readWithChrono('2017 September 30'));
	t.is(readWrittenDate('September 30, 2017 at dawn'), null);
	t.is(normaliseDate('September 2017'), null);
	t.is(normaliseDate('ICE arrests nearly 500 in 2017 raids'), null);
	t.false(namesMonth('ICE arrests nearly 500 in 2017 raids'));
	t.true(namesMonth('raids in Sept. 2017'));
	t.false(namesMonth('Decembers'));
});
