export declare const normaliseSpace: (s: string) => string;
export declare function parseGlossaryPage(text: string): { text: string; section: string; heading?: string }[];
