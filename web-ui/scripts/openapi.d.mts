// Types of scripts/openapi.mjs, for the test that checks the generated files.
export declare const SNAPSHOTS: string;
export declare const GENERATED: string;
export declare function snapshots(): Promise<{ snapshot: string; generated: string }[]>;
export declare function generate(snapshot: string): Promise<string>;
