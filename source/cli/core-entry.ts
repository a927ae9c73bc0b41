// The core as one classic script (dist/core.cjs), for the one-article paths that start cold: see source/cli/core.ts.
export {loadArticle, STDIN} from '../article/load.ts';
export {buildReport} from '../extract/report.ts';
