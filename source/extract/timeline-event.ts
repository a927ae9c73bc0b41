/** A short description of what happened at the date expression [start, end) of `sentence`. */
export function eventFor(sentence: string, start: number, end: number): string {
	const text = (sentence.slice(0, start) + sentence.slice(end)).replace(/\s+/g, ' ').trim();
	return text.length <= 70 ? text : text.slice(0, text.lastIndexOf(' ', 70));
}
