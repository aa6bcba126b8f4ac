/*
 * The one normalisation the golden comparison allows: addresses differ between runs (ASLR, the
 * model's fixed layout), so "p=0x...", "tail=0x..." and "thread 0x..." become 0xADDR. Every
 * other byte is compared exactly. The recorder applies the same rule (tests/golden/record.sh).
 */
export function normaliseStderr(text: string): string {
  return text
    .replace(/(p=)0x[0-9a-f]+/g, '$10xADDR')
    .replace(/(tail=)0x[0-9a-f]+/g, '$10xADDR')
    .replace(/([Tt]hread )0x[0-9a-f]+/g, '$10xADDR')
    .replace(/(tstate=)0x[0-9a-f]+/g, '$10xADDR');
}
