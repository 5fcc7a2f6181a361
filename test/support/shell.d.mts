/** The arguments each `aws …` command of a script receives from a POSIX shell (`sh -c`), one array per command. */
export function shellWords(script: string): string[][];
