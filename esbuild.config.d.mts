// Types for what esbuild.config.mjs exports (the bundle test builds with them).
import type { BuildOptions } from "esbuild";

export declare const plugin: BuildOptions;
export declare const cli: BuildOptions;
export declare const worker: BuildOptions;
export declare function pluginWithWorker(): Promise<BuildOptions>;
