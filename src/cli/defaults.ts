/** The vault the CLI uses when none is given: the current directory, as git and other tools do (`npm start` names the bundled example). */
export const DEFAULT_VAULT = ".";
