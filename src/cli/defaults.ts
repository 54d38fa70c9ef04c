/** The vault the CLI uses when none is given: the bundled example, so `npm start` shows something real. */
export const DEFAULT_VAULT = "examples/vault";
