// The smallest interactive Ink app: one <Text>, redrawn on every key, q to quit. The bench bundles it with the same
// esbuild settings as the CLI and holds the dashboard's start-up, key latency and memory against it.
import {Text, render, useApp, useInput} from 'ink';
import {useState} from 'react';

function Reference() {
	const {exit} = useApp();
	const [presses, setPresses] = useState(0);
	useInput(input => {
		if (input === 'q') {
			exit();
			return;
		}

		setPresses(count => count + 1);
	});
	return <Text>reference frame, keys {presses}</Text>;
}

render(<Reference />, {exitOnCtrlC: true, patchConsole: false});
