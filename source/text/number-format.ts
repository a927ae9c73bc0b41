// Shared by the core (check descriptions) and the UI (table cells): pure, imports nothing.
//
// Hand-written rather than Intl.NumberFormat: the first Intl formatter a process builds loads ICU's locale data, 35–50 ms
// of start-up on these machines, for what is grouping digits in threes. test/number-format.test.ts holds this to
// Intl.NumberFormat('en-US', {maximumFractionDigits: 2}) on every kind of double.

/** The decimal digits of a non-negative finite number and how many of them come before the point. */
type Decimal = {digits: string; point: number};

/** The shortest decimal that reads back as `value` (what Intl rounds too), without exponent notation. */
function decimalOf(value: number): Decimal {
	const [mantissa = '0', exponentText] = String(value).split('e');
	const [whole = '0', fraction = ''] = mantissa.split('.');
	const exponent = exponentText === undefined ? 0 : Number(exponentText);
	return {digits: whole + fraction, point: whole.length + exponent};
}

/** Rounds half away from zero to `places` decimals, as Intl's default (halfExpand) does. */
function roundTo({digits, point}: Decimal, places: number): Decimal {
	// Pad so that every digit up to the rounding position exists.
	const padded = point < 0 ? '0'.repeat(-point) + digits : digits;
	const at = Math.max(point, 0);
	const keep = at + places;
	const kept = padded.padEnd(keep, '0').slice(0, keep);
	if ((padded.charCodeAt(keep) || 48) < 53) {
		return {digits: kept, point: at};
	}

	// Add one in the last kept place, carrying left.
	const chars = [...kept];
	let index = chars.length - 1;
	while (index >= 0 && chars[index] === '9') {
		chars[index] = '0';
		index--;
	}

	if (index < 0) {
		return {digits: '1' + chars.join(''), point: at + 1};
	}

	chars[index] = String(Number(chars[index]) + 1);
	return {digits: chars.join(''), point: at};
}

function groupThousands(integer: string): string {
	const head = integer.length % 3 || 3;
	let grouped = integer.slice(0, head);
	for (let index = head; index < integer.length; index += 3) {
		grouped += ',' + integer.slice(index, index + 3);
	}

	return grouped;
}

/** "1,234.57": thousands grouped, at most two decimals, trailing zeros dropped — en-US as Intl writes it. */
export function formatNumber(value: number): string {
	if (Number.isNaN(value)) {
		return 'NaN';
	}

	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	if (!Number.isFinite(value)) {
		return sign + '∞';
	}

	const {digits, point} = roundTo(decimalOf(Math.abs(value)), 2);
	const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
	const fraction = digits.slice(point).replace(/0+$/, '');
	return sign + groupThousands(integer) + (fraction === '' ? '' : '.' + fraction);
}
