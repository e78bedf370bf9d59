export interface ScannedAnnotation {
  promise: string;
  kind: 'code' | 'test';
  file: string;
  line: number;
  note: string;
}
export const REGISTER_FILE: string;
export function scanPromiseAnnotations(root?: string): ScannedAnnotation[];
/** The committed register, without line numbers. */
export function registerText(annotations: readonly ScannedAnnotation[]): string;
