type Pkg = { name: string; exports: Record<string, unknown> };
export declare function jsEntries(pkg: Pkg): { name: string; path: string; specifier: string }[];
export declare const elementTags: (pkg: Pkg) => string[];
export declare const className: (tag: string) => string;
export declare const buildEntries: (pkg: Pkg) => Record<string, string>;
