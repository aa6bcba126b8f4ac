/*
 * The allocator calls real CPython 3.11.7 Py_Initialize() made on Debian 12 / glibc 2.36 x86-64
 * (ASLR off, PYTHONHASHSEED=0, PYTHONMALLOC unset, prefix /root/.pyenv/versions/3.11.7), as recorded by
 * scripts/py-initialize-warmup/record.sh (trace.c interposes malloc & co and wraps the three
 * PyMem domains). Main export: PY_INITIALIZE_WARMUP, decoded by c-api/warmup.ts.
 * 124922 calls; 14924 last words of pymalloc blocks. GENERATED - do not edit.
 * Encoding: see scripts/py-initialize-warmup/gen.mjs.
 */
export const PY_INITIALIZE_WARMUP_EVENTS = 124922;
export const PY_INITIALIZE_WARMUP =
  "Mw Mw Mw mr2 M5 F1 Md4 M35s R-,18g R-,sg R1,1kw F4 F5 M5 M12 F1 M12 M20 Mx M1k Mr M1c Mw M1k Mr F1 Mr F1 Fc Mm0 M7 M8 " +
  "M4n F2 F1 frn M5 F1 M5 M12 F1 F2 M8 M4n C1,w M5s M5s mro mro fr2 mr1s mro mro fr2 mr1s mr4 rr-,8 mrw mrw mr8 mr4 mro " +
  "mr1s mro mr1s mrw cr1,a0 fr1 mo1k mo1k mo1s mo3c mo5s mob4 fo2 molc fo2 mo168 fo2 mo2io fo2 mo50w fo2 moa0w fo2 mok1c " +
  "fo2 mo141s fo2 mo1t fo1 mo1o fo1 mo1o mo1o fo1 mo1l fo1 mo1l fo1 mo1l fo1 mo1k mo1t fo1 mo1o fo1 mo1o fo1 mo1o fo1 mo1j " +
  "fo1 mo1j fo1 mo1j fo1 mo1j mo1j fo1 mo1j fo1 mo1l fo1 mo1l fo1 mo1k mo1k mo1n mo1l fo1 mo1k fo1 mo1k mo1m fo1 mo1m fo1 " +
  "mo1m fo1 mo1k mo1l mo1k fo1 mo1l fo1 mo1k mo1l mo1k mo1l mo1n mo1o mo1k mo1l mo1k mo1k mo1k mo1l mo1n mo1n mo1o mo1n " +
  "mo1o mo1k fo1 mo1l fo1 mo1k fo1 mo1l fo1 mo1j fo1 mo1k fo1 mo1k mo1m mo1l fo1 mo1l fo1 mo1l mo1l mo1l mo1o mo1o mo1l fo1 " +
  "mo1l fo1 mo1k fo1 mo1p mo1q mo1o mo1p mo1q mo1p mo1m mo1n mo1o mo1o mo1k fo1 mo1o fo1 mo1o fo1 mo1o fo1 mo1k fo1 mo1k " +
  "fo1 mo1k fo1 mo1l fo1 mo1o fo1 mo1o fo1 mo1o fo1 mo1p fo1 mo1l fo1 mo1l fo1 mo1s mm8 mo1k cm1,8 mm4 fm1 fm4 mo1c fm3 " +
  "mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo5s mo20 mo1o fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1q fo1 mo20 mo1n fo1 mo20 mo1p " +
  "mo20 mo1t fo1 mo20 mo1u mo20 mo1n mo20 mo1n mo20 mo1k molc foo mo1s mo1m fo1 mo66 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo5s mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1g fo1 mo20 " +
  "mo1r mob4 foc mo20 mo1o mo20 mo1u fo1 mo20 mo1u fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo1s mo1q mo1s mo1p mo1s mo1m mo1s mo1u " +
  "mo1s mo1l mo1s mo1r molc foo mo1s mo1k fo1 mo1s mo1l fo1 mo1s mo1p fo1 mo1s mo1m fo1 mo1s mo1n fo1 mo1s mo1w fo1 mo1s " +
  "mo1l fo1 mo1s mo1k fo1 mo1s mo1v mo1s mo1s mow mo28 mo1s mo4g mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 " +
  "mo20 mo1m fo1 mo20 mo1m fo1 mo20 mo1i fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1n fo1 mo20 mo1u fo1 mo1s mo1n mob4 " +
  "foc mo1s mo1k mo1s mo1l fo1 mo1s mo1p fo1 mo1s mo1l mo1s mo1l mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1s mo20 mo1n fo1 mo20 mo1p mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t fo1 " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 " +
  "mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1p fo1 molc foo mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1m mo20 mo1n fo1 mo20 mo1q fo1 mo20 mo1n fo1 " +
  "mo20 mo1j fo1 mo20 mo1n mo20 mo1j mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1n mo20 " +
  "mo1j fo1 mo20 mo1h fo1 mo20 mo1k mo20 mo1g mo20 mo1i fo1 mo20 mo1j fo1 mo168 fo18 mo20 mo1k fo1 mo20 mo1k mo20 mo1k mo20 " +
  "mo1k mo20 mo1k mo20 mo1k mo20 mo1k mo20 mo1k mo20 mo1h fo1 mo20 mo1i mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1c mo1m mo20 " +
  "mo1m fo1 mo20 mo1g fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1p mo20 mo1p mo20 mo1k fo1 mo20 mo1i fo1 mo20 mo1j mo20 mo1i " +
  "mo20 mo1n fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1i fo1 mo20 mo1l mo20 mo1i " +
  "mo20 mo1m fo1 mo20 mo1i fo1 mo20 mo1i mofl mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s " +
  "fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t " +
  "fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1l fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1r " +
  "mo20 mo1m molc foo mo20 mo1n fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1h fo1 " +
  "mo20 mo1k fo1 mo20 mo1g fo1 mo20 mo1i fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo168 fo18 mo20 mo1j fo1 mo20 mo1c mo1m " +
  "mo20 mo1m fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1p fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1m fo1 " +
  "mo20 mo1i fo1 mo20 mo1i fo1 moe3 mow mo28 mo80 foal mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t " +
  "fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1n fo1 mob4 foc mo1s " +
  "mo1n fo1 mo1s mo1k fo1 mo1s mo1l fo1 mo1s mo1p fo1 mo1s mo1l mo1s mo1v fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo3c mocx mow mo28 mo1s mo1c mo1k mo20 mo3c " +
  "mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo1s mo1q mo70 mob4 fob mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo1s mo1p mo1s " +
  "mo1l fo1 mo5s mo1s mo1k fo1 mo1s mo1p fo1 mo1s mo1v fo1 mow mo28 mofs fo39 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1k " +
  "fo1 mo20 mo1l fo1 mo1s mo1l mo1s mo1o mo5s mo1s mo1x fo1 mo1s mo1l fo1 mojz mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1n fo1 mob4 foc mo20 mo1l mo20 mo1p mo20 mo1k fo1 mo20 mo1w mo1s mo1o mo1s mo1v mo1s mo1u mo1s mo1p mo1s mo1l " +
  "mo1s mo1n mo1s mo1m molc foo mo1s mo1l mo1s mo1o mo1s mo1k mo1s mo1o mo1s mo1r mo1s mo1p mo1s mo1u mo1s mo1m mo1s mo1u " +
  "mo1s mo1o mo1s mo1o mo1s mo1o mo1s mo1k mo2r mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 mob4 foc mo20 mo1l fo1 " +
  "mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 molc foo mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1m mo20 mo1o mo20 mo1r fo1 mo20 mo1n fo1 mo1s mo1h " +
  "mo1s mo1h mo57 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1u fo1 mo1s mo1g fo1 mo5s mo1s mo1m mow " +
  "mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo5s mo20 mo1i fo1 mo20 " +
  "mo1u fo1 mo1s mo1h fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1k fo1 mob4 foc mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1g fo1 mo20 " +
  "mo1i fo1 mo20 mo1h fo1 mo20 mo1j fo1 mo20 mo1h fo1 mo20 mo1g mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo20 " +
  "mo1k fo1 mo20 mo1m fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo5s mo20 mo1i fo1 mo20 mo1n fo1 mo1s mo1k mo1s mo1m mo1s mo1l fo1 " +
  "mob4 foc mo1s mo1p fo1 mo1s mo1l mo1s mo1n mo1s mo1l mo1s mo1p mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 mob4 foc mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1p fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo1s mo1k fo1 molc foo mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s " +
  "fo1 mo20 mo1n fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 " +
  "mo5s mow mo28 mouo foav mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mob4 foc mo20 mo1k fo1 mo20 mo1l fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo1s mo1k fo1 " +
  "molc foo mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1k fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1g fo1 mo20 mo1h fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1h fo1 molc foo mo20 " +
  "mo1u fo1 mo20 mo1p fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mow mo28 mo1s " +
  "mo1c mo1k mo20 mo1l fo1 mo3c mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo3c mo20 " +
  "mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo3c mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1k " +
  "fo1 mo20 mo1p fo1 mo1s mo1k fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1l fo1 mo20 mo1j fo1 mo20 " +
  "mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1p fo1 fo4 mo20 mo1o " +
  "fo1 foc mo20 mo1n fo1 mo20 mo1g fo1 molc fos mo20 mo1n fo1 mo20 mo1g fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1l mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1p fo1 mo20 mo1u fo1 mobn mow mo28 mo1s mo1c mo1k " +
  "mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo3c mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo20 mo1u fo1 mo5s mo9z mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1n fo1 mo6p mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 mob4 foc mo20 mo1l fo1 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 " +
  "molc foo mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1p fo1 mo20 mo1q fo1 " +
  "mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1m fo1 mo20 mo1m mo20 mo1m mo20 mo1l mo20 mo1m mo20 mo1t mo20 mo1k fo1 mo20 mo1g fo1 " +
  "mo20 mo1n mo20 mo1r fo1 mo20 mo1q mo168 fo18 mo20 mo1n fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo38 mow mo28 mo1s mo1c mo1k mo20 " +
  "mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo5s mo1s mo1q mo1s mo1s mo1s mo1j mo1s " +
  "mo1l mo1s mo1l mob4 foc mo1s mo1k mo1s mo1k mo1s mo1m mo1s mo1n mo1s mo1j mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1l fo1 mob4 foc mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1j fo1 " +
  "mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1p fo1 fo4 mo20 mo1h fo1 molc foq mo20 mo1n mo20 mo1p mo20 mo1n fo1 " +
  "mo20 mo1l mo20 mo1n mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1x mo20 mo1i mo20 mo1u fo1 mo57 mow mo28 mo1s mo1c mo1k mo20 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo1s mo1o mo1s mo1k fo1 mo5s mo1s mo1o mo1s mo1n fo1 mo1s mo1p fo1 mo1s mo1l fo1 " +
  "mo1s mo1p mob4 foc mo1s mo1r mo1s mo1s fo1 mo1s mo1l fo1 mo1s mo1l fo1 mo1s mo1p fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l " +
  "fo1 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo5s mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1n fo1 " +
  "mo1s mo1k mo1s mo1l fo1 mob4 foc mo1s mo1p fo1 mo1s mo1p mo1s mo1n mo1s mo1l mo1s mo1p mow mo28 mo1s mo1c mo1k mo20 mo1l " +
  "fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo1s mo1p fo1 mo5s mo1s mo1l fo1 mo1s mo1k fo1 mo1s mo1p fo1 " +
  "mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo5s mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1j fo1 mo20 mo1k fo1 mo1s mo1l fo1 mo1s mo1k fo1 " +
  "mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow " +
  "mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 " +
  "mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1k " +
  "fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1l fo1 mo20 mo1l fo1 molc foo mo20 mo1o fo1 fol mo20 mo1p fo1 mo20 " +
  "mo1n fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1g fo1 mo20 mo1j fo1 mo20 mo1i fo1 " +
  "mo20 mo1i fo1 mo20 mo1k fo1 mo20 mo1h mo20 mo1u fo1 mo5a mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1p4 foln mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 " +
  "mob4 foc mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 " +
  "mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 molc foo mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 " +
  "mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 " +
  "mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1p fo1 mo20 mo1q fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo168 fo18 " +
  "mo20 mo1m fo1 mo20 mo1m fo1 mo20 mo1n mo20 mo1m mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1t fo1 mo20 mo1m fo1 mo20 mo1m fo1 " +
  "mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1r fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo1s mo1m mo1s mo1o " +
  "moi6 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo66 mo5s mow mo28 mo1s mo1c " +
  "mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo5s mo1s mo1p fo1 mo1s mo1l " +
  "fo1 mo1s mo1k fo1 mo1s mo1p fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1k fo1 mo20 " +
  "mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1k mo20 mo1g fo1 mo20 mo1j mo20 mo1h mo20 mo1n mo20 mo1m fo1 " +
  "molc foo mo20 mo1l fo1 mo1s mo1g fo1 mo1s mo1j mo1s mo1l mo1s mo1l mo1s mo1j fo1 mo1s mo1h mo1s mo1i mo1s mo1k mo1s mo1n " +
  "mo1s mo1p mo1s mo1p mo1s mo1n mo36 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo20 " +
  "mo1n fo1 mo1s mo1p fo1 mo5s mo1s mo1l fo1 mo1s mo1k fo1 mo1s mo1p fo1 mo1s mo1v fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo5s mo20 mo1o fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1n fo1 mo1s mo1l fo1 mo1s mo1l fo1 mo1s mo1k fo1 mow " +
  "mo28 mo1s mo1c mo1k mow mo28 mo1s mo1c mo1k mo20 mo3c mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1l " +
  "fo1 mo5s mo20 mo1k fo1 mo1s mo1l fo1 mo1s mo1s fo1 mo41 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo3c mo20 mo1g mo20 mo1k fo1 mo2k mow mo28 mo1s mo1c mo1k mo20 mo3c mo20 " +
  "mo1t fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo20 mo1l fo1 mo5s mo20 mo1j mo20 mo1j fo1 mo20 mo1k mo20 mo1p mo1s " +
  "mo1h mob4 foc mo1s mo1h mo1s mo1h mo1s mo1k fo1 mo1s mo1x fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc " +
  "mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1p fo1 mo20 mo1n fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo1s " +
  "mo1i fo1 mo1s mo1h fo1 mo1s mo1h molc foo mod1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1s fo1 mo20 mo1n fo1 mo5s mo20 mo1p fo1 mo35 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t fo1 mo1s mo1f fo1 " +
  "mo1s mo1h fo1 mo1s mo1k mo1s mo1l mo5s mo1s mo1l mo1s mo1j mo1s mo1h fo1 mo1s mo1j fo1 mob4 foa mow mo28 mo1s mo1c mo1k " +
  "mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 " +
  "mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 " +
  "mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc " +
  "mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 mo20 mo1l fo1 molc foo mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1g fo1 mo20 " +
  "mo1i fo1 mo20 mo1p fo1 fo8 mo20 mo1h fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo20 mo1u mo20 mo1p fo1 mo20 mo1w mo20 mo1n fo1 " +
  "mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1g fo1 mo20 mo1n fo1 mo20 mo1j fo1 mo20 mo1n fo1 mo20 mo1x fo1 mo20 mo24 mo168 fo1a " +
  "mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1u fo1 mo4h mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k mob4 foc mo20 mo1n fo1 mo1s mo1i " +
  "fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo4k mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l " +
  "fo1 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mo1s mo1x fo1 mo1s mo1l fo1 mohy mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1t " +
  "fo1 mo20 mo1i fo1 mo20 mo1i mo20 mo1j mo20 mo1j mo5s mo20 mo1i fo1 mo1s mo1j mo1s mo1l fo1 mo1s mo1h fo1 mob4 foa mow " +
  "mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo1s mo1q mo5s mo1s mo1l fo1 mo1s mo1r " +
  "moec mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1k fo1 mo1s mo1l mo1s mo1l mo1s mo1k mo5s mo1s mo1m mo3t mow mo28 " +
  "mo1s mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1s " +
  "mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1l fo1 " +
  "mo20 mo1p fo1 mo20 mo1r fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1u fo1 mo7u molc fon mow mo28 mo1s mo1c mo1k mo20 mo1t " +
  "fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l " +
  "fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mob4 foc mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1j fo1 mo20 mo1k fo1 molc foo mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1h fo1 mo20 mo1n fo1 " +
  "mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 mo1h fo1 mo20 mo1m fo1 mo20 mo1i fo1 mo20 " +
  "mo1i fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1n fo1 mo20 mo1n fo1 " +
  "mo168 fo18 mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1p " +
  "fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1m mo20 mo1k fo1 mo20 mo1m mo20 mo1k " +
  "fo1 mo20 mo1k fo1 mo20 mo1p mo20 mo1o mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1n mo20 mo1n fo1 mo20 mo1c mo1m mo20 mo1n fo1 " +
  "mo20 mo1r fo1 mod2 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo1s " +
  "mo1p fo1 mo5s mo1s mo1l fo1 mo1s mo1k fo1 mo1s mo1p fo1 mo1s mo1v fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mofr mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mob4 foc mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1s mo20 mo1u fo1 mo20 mo1u fo1 mo20 mo1n fo1 " +
  "mo20 mo1k fo1 mo1s mo1n mo1s mo1l fo1 molc foo mo1s mo1p mo1s mo1r fo1 mo1s mo27 mo49 mow mo28 mo1s mo1c mo1k mo20 mo1t " +
  "fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo5s mo20 mo1i fo1 mow mo28 mo1s mo1c mo1k " +
  "mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo5s mo20 mo1i fo1 mow mo28 mo1s " +
  "mo1c mo1k mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo5s mo20 mo1i fo1 mow " +
  "mo28 mo1s mo1c mo1k mo20 mo1t fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo3c mo20 mo1t fo1 mow mo28 mo1s mo1c mo1k mo20 " +
  "mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo5s mo2w mow mo28 mo1s mo1c mo1k " +
  "mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1k fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mow mo28 mo1s mo1c mo1k " +
  "mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mow mo28 mo1s mo1c mo1k mo3c mo20 mo1t fo1 mow mo28 mo1s " +
  "mo1c mo1k mo3c mo20 mo1t fo1 mow mo28 mo1s mo1c mo1k mo3c mo20 mo1t fo1 mow mo28 mo3kg fo107 mo1s mo1c mo1k mo20 mo3c " +
  "mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 " +
  "mo20 mo1k fo1 mob4 foc mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1j mo20 mo1i fo1 mo20 mo1h fo1 " +
  "mo20 mo1j fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 mob4 foc mo20 mo1m fo1 mo39 mow mo28 mo1s mo1c " +
  "mo1k mo20 mo1t fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mow mo28 mo1s mo1c mo1k mo20 " +
  "mo1l fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1n fo1 mob4 foc mo1s mo1l fo1 mo1s mo1p fo1 mo1s mo1l fo1 mo1s mo1p fo1 mo1s mo1k fo1 " +
  "mo1s mo1v fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1j fo1 mo5s " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1l fo1 " +
  "mo33 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mow mo28 mo1s mo1c mo1k mo20 mo3c mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 " +
  "mo20 mo1p fo1 mo5s mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 " +
  "mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 mob4 foc mo20 mo1o fo1 mo1s mo1l fo1 " +
  "mo1s mo1r fo1 mo2r mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 " +
  "mo1o fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1j fo1 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 molc foo mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo168 fo18 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 " +
  "mo1q fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1q fo1 mo20 mo1p fo1 mo20 mo1m fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1o fo1 " +
  "mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1p fo1 mow mo28 mo1s mo1c mo1k mo20 mo1l fo1 mo20 mo1k " +
  "fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mo20 mo1j fo1 mob4 foc mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 molc foo mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 " +
  "mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1l fo1 " +
  "mo168 fo18 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1q fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1q fo1 mo20 mo1p fo1 mo20 mo1m fo1 mo20 " +
  "mo1n fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1k fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1m fo1 " +
  "mo20 mo1p fo1 mow mo28 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s " +
  "mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1u fo1 mo1s mo1p mow mo28 mo1s " +
  "mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1l fo1 mo5s mo20 mo1j fo1 mo20 mo1k fo1 " +
  "mo7j mow mo28 mo1s mo4g mo1s mo1c mo1s mow mo28 mo1s mo4g mo1s mo1c mo1s mo20 mo1l fo1 mo3c mo20 mo1p fo1 mow mo28 mo1s " +
  "mo4g mo1s mo1c mo1s mo20 mo1l fo1 mo3c mo20 mo1p fo1 mow mo28 mo1s mo4g mo1s mo1c mo1s mo20 mo1l fo1 mo3c mo20 mo1p fo1 " +
  "mow mo28 mo1s mo4g mo1s mo1c mo1s mo20 mo1l fo1 mo3c mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo5s mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 mob4 foc mo20 mo1k fo1 mo20 mo1o fo1 mo20 " +
  "mo1o fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo20 mo1g fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1j fo1 " +
  "molc foo mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1p fo1 mo20 mo1o mo1s mo1l fo1 mo2i mow mo28 " +
  "mo1s mo4g mm5k mo1s mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1r mo1s mo1p mo1s mo1z mo5s mo1s mo23 mo52 mow " +
  "mo28 mo1s mo4g mo1u mo1l mo1t mob4 foc mo20 mo1r mo1p mo1z mo23 mo1r mo1s mo1c mo1k mo20 mo1h fo1 mow mo28 mo1s mo1c " +
  "mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l fo1 mow mo28 mo1s mo1c mo1k mo20 mo1t fo1 mo3c mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mow mo28 mmdc mo1s mo1c mo1s mo20 mo3c mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1g fo1 mo1s mo1k mo1s mo1n mo5s mo1s mo1g " +
  "fo1 mo1s mo1k mo1s mo1n mo1s mo1g mo1s mo1l mob4 foc mo1s mo1k mo1s mo1i mo1s mo1j mo7g mow mo28 mo1u fo1 mo1l fo1 mo1t " +
  "fo1 mo3k mo1g mo1k mo1n mo1g mo1k mo1n mo1g mo1l mo1k mo1i mo1j mo1r fo1 mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1k fo1 " +
  "mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo5s mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo20 mo1r fo1 mo20 mo1l mob4 " +
  "foc mo1s mo1x mo1s mo1l fo1 mo1s mo1h fo1 mo1s mo1q mo1s mo1o mo1s mo1m mo2d mow mo28 mo1s mo1c mo1s mo20 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1u fo1 mo20 mo1j mo20 mo1i fo1 mo5s mo20 mo1l mo1s mo1k fo1 mo1s mo1n mo2o mow mo28 mo1s mo4g mo1s " +
  "mo1c mo1s mo20 mo20 mo1l fo1 mo2n mow mo28 mo1s mo1c mo1s mo20 mo3c mo20 mo1l fo1 mo27 mow mo28 mo1s mo1c mo1s mo20 mo3c " +
  "mo20 mo1l fo1 mo25 mow mo28 mo1s mo1c mo1s mo20 mo1l fo1 mo3c mo1s mo1h fo1 mo2e mow mo28 mo1s mo1c mo20 mo20 mo3c mo20 " +
  "mo1l fo1 mo2a mow mo28 mo1s mo4g mo1s mo1c mo20 mo20 mo3c mo20 mo1l fo1 mo1u mow mo28 mo1s mo1c mo20 mo20 mo1k fo1 mo3c " +
  "mo20 mo1l fo1 mo1s mo1h fo1 mo1s mo1g fo1 mo1x mow mo28 mo1s mo1c mo20 mo20 mo3c mo20 mo1l fo1 mo1q mow mo28 mo1s mo1c " +
  "mo20 mo20 mo3c mo20 mo1l fo1 mo21 mow mo28 mo1s mo1c mo20 mo20 mo1k fo1 mo3c mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1g fo1 " +
  "mo1s mo1h fo1 mo1s mo1h fo1 mo5s mo2w mow mo28 mo80 fo1v mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo26 mow mo28 mo1s mo1c mo20 " +
  "mo20 mo3c mo20 mo1l fo1 mo1r mow mo28 mo1s mo1c mo20 mo20 mo1k fo1 mo3c mo20 mo1l fo1 mo1s mo1h fo1 mo21 mow mo28 mo1s " +
  "mo1c mo20 mo20 mo3c mo20 mo1k fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1i mo1s mo1l mo5s mo1s mo1l fo1 mo1s mo1m mo1s mo1v " +
  "mo2b mow mo28 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo2m mow mo28 mofs fo1w mo1s mo1c mo20 mo20 mo3c mo20 mo1l fo1 mo24 mow " +
  "mo28 mo1s mo1c mo20 mo20 mo3c mo20 mo1l fo1 mo2i mow mo28 mo1s mo1c mo20 mo20 mo1l fo1 mo3c mo1s mo1i fo1 mo2h mow mo28 " +
  "mo1s mo1c mo20 mo20 mo1k fo1 mo3c mo20 mo1l fo1 mo1s mo1g fo1 mo1s mo1l fo1 mo1s mo1j fo1 mo1s mo1j fo1 mo5s mo1s mo1h " +
  "fo1 mo1s mo1n mo1s mo1n mo1s mo1w mo1s mob4 fob mow mo28 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo68 mow mo28 mo1s mo1c mo20 " +
  "mo20 mo3c mo20 mo1l fo1 mo25 mow mo28 mo1s mo1c mo20 mo20 mo3c mo20 mo1l fo1 mo2o mow mo28 mo1s mo1c mo20 mo20 mo3c mo20 " +
  "mo1l fo1 mo2b mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo29 mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo3c mo20 mo1l " +
  "fo1 mo2c mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo30 mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo4s mow " +
  "mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2r mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2h mow mo28 " +
  "mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo3q mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo36 mow mo28 mo1s mo1c mo28 " +
  "mo20 mo3c mo20 mo1l fo1 mo3j mow mo28 mo80 fo1g mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2m mow mo28 mo1s mo1c mo28 mo20 " +
  "mo3c mo20 mo1l fo1 mo2w mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2m mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l " +
  "fo1 mo3z mow mo28 mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2o mow mo28 mofs fo1g mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo23 " +
  "mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo1x mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo1u mow mo28 mo1s " +
  "mo1c mo28 mo20 mo1l fo1 mo3c mo1x mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo1s mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 " +
  "mo3c mo1z mow mo28 mo80 fo1b mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo2f mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo2d mow " +
  "mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo20 mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo1v mow mo28 mo1s mo1c mo28 mo20 " +
  "mo1l fo1 mo3c mo1t mow mo28 mofs fo1b mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo1y mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo3c " +
  "mo20 mo1l fo1 mo25 mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo1k fo1 mo3c mo20 mo1l fo1 mo1z mow mo28 mo1s mo1c mo28 mo20 " +
  "mo1l fo1 mo3c mo1u mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo3c mo20 mo1l fo1 mo2o mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 " +
  "mo3c mo20 mo1l fo1 mo22 mow mo28 mo1s mo1c mo28 mo20 mo1l fo1 mo3c mo2o mow mo28 mo1s mo4g mo1s mo1c mo28 mo20 mo3c mo20 " +
  "mo1l fo1 mo1z mow mo28 mo1s mo4g mo1s mo1c mo2g mo20 mo1l fo1 mo3c mo1p mow mo28 mo1s mo4g mo1s mo1c mo2g mo20 mo1l fo1 " +
  "mo3c mo1w mow mo28 mo1s mo1c mo2g mo20 mo1l fo1 mo3c mo1w mow mo28 mo1s mo1c mo2g mo20 mo1l fo1 mo3c mo1u mow mo28 mo1s " +
  "mo1c mo2g mo20 mo1l fo1 mo3c mo2d mow mo28 mo1s mo4g mo1s mo1c mo2g mo20 mo3c mo20 mo1k fo1 mo20 mo1l fo1 mo1s mo1l fo1 " +
  "mo1s mo1j fo1 mo1s mo1i fo1 mo5s mo1s mo1g fo1 mo1s mo1j mo20 mow mo28 mo1s mo4g mo1s mo1c mo2g mo20 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 mo1s mo1l fo1 mo1s mo1j fo1 mo1s mo1i fo1 mo5s mo1s mo1g fo1 mo1s mo1j fo1 mo20 mow mo28 mo1s mo1c mo2g mo20 " +
  "mo20 mo1k fo1 mo20 mo1l fo1 mo1s mo1l fo1 mo1s mo1j fo1 mo1s mo1i fo1 mo5s mo1s mo1g fo1 mo1s mo1j fo1 mo23 mow mo28 " +
  "mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo2g mo1s mo4g mo80 fo2 mofs fo2 mm6o mo1s " +
  "mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1l fo1 mo1s mo1m fo1 mo1s mo1q fo1 mo5s mo1s mo1k mo1s mo1j fo1 mo3b " +
  "mow mo28 mo1u fo1 mo1l fo1 mob4 fob mo1t fo1 mo28 mo1l mo1m mo1q mo1k mo1j mo1r fo1 mog mo1k cm5,8 mo1l fo1 mo28 mo28 " +
  "mo28 mo28 mo28 mo1s mo1k mm74 mo1s mo1g mo20 mo1s mo20 mo1p mo5s mo20 mo1i fo1 mo20 mo1r mo20 mo1u mo20 mo1s mo20 mo1w " +
  "mob4 foc mo20 mo1o mo20 mo1m mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1h fo1 mo20 mo1v mo20 mo1r mo20 mo1v mo20 mo1y fo1 mo20 " +
  "mo22 fo1 mo20 mo1v molc foo mo20 mo1o mo20 mo1u mo20 mo1m mo20 mo1m mo20 mo1j mo20 mo1q mo20 mo1u mo20 mo1u mo20 mo1r " +
  "mo20 mo1n mo20 mo1n mo20 mo1u mo20 mo1l mo20 mo1l mo20 mo1p mo20 mo1u mo20 mo2c mo20 mo2c mo20 mo1v mo20 mo1v mo20 mo1r " +
  "mo168 fo18 mo20 mo1z mo20 mo1z mo2py mo1k fo1 moo mo1n mo1o fo1 mo1s mo1n fo1 mo1r mo1r fo1 mo1v mo1r fo1 mo1v mo2q mo1k " +
  "fo1 mow mo1n mo1s mo1k mo1h mo1n fo1 mow mo1o mo9w mo1m fo1 mo1i mo1l fo1 mo10 mo1k fo1 mo3k moo mow mow moo mow mow moo " +
  "mo1n mo20 mow mow mo1l mmb4 mo1s mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1i mo1s mo1k mo1s mo1g mo5s mo1s mo1g " +
  "mo1s mo1h fo1 mo1s mo1m mo1s mo1m mo1s mo1m mob4 foc mo1s mo1j mo47 mow mo28 mo1u fo1 mo1l fo1 mo1t fo1 mo34 mo1i mo1k " +
  "mo1g mo1g mo1h mo1m mo1m mo1m mo1j mo1r fo1 mo34 mo10 mow mow mo1m mo1m mow mo1n mo1k mo1j rm-,w mo1p mo1i mo1k mo1p " +
  "rm5,1s mo1k mo1p mo1i mo1g rm5,3k mo1m mo1h mo1k mo1h mo1l mo1h mo1n mo1k rm9,5c mo1m mo1i mo1m mo1g mo1m mo1k mo1h mo1h " +
  "rm9,74 mo1m mo1l mo1g mo1f mo1m mo1k mo80 fm8 mo1x fo1 mo1ww mo1n mo1h mo1p mo1h mo1l mo1k mo1k mo1s mo1h mo1k mo1n mo1n " +
  "mo1s mo1n mo1n mo1n mo1p mo1t mo1r mo1p mo1p mo1j mo1h mo1k mo1k mo1q mo1m mo1h mo1l mo1p mo1u mo23 mo1n mo1i mo1l mo1j " +
  "mo1h mo1g mo1i mo1k mo1k mo1i mo1o mo1h mo1h mo1s mo1t mo1k mo1m mo1p mo1o mo1k mo1o mo1t mo1k mo1n mo1i mo1j mo1k mo1l " +
  "mo1i mo1k mo1i mo1k mo1k mo1q mo1k mo1l mo1h mo1h mo1i mo1o mo1k mo1m mo1k mo1m mo1k mo1t mo1l mo1m mo1p mo1k mo1i mo1m " +
  "mo1l mo1o mo1k mo1m mo1g mo1h mo1o mo1l mo1i mo1g mo1l mo1k mo1l mo1j mo1k mo1j mo1g mo1l mo1j mo1l mo1g mo1l mo1l mo1g " +
  "mo1i mo1i mo1i mo1g mo1h mo1j mo1j mo1o mo1l mo1n mo1n mo1p mo1n mo1o mo1h mo1k mo1i mo1g mo1j mo1j mo1o mo1l mo1g mo1k " +
  "mo1k mo1g mo1m mo1k mo1i mo1m mo1m mo1h mo1i mo1p mo1i mo1k mo1m mo1k mo1m mo1j mo1m mo1f mo1o mo1j mo1k mo1k mo1h mo1l " +
  "mo1g mo1h mo1k mo1i mo1h mo1h mo1h mo1k mo1k mo1j mo1g mo1m mo1k mo1f mo1m mo1m mo1h mo1k mo1k mo1m mo1j mo1k mo1h mo1k " +
  "mo1k mo1k mo1h mo1m mo1h mo1p mo1j mo1j mo1s mo1i mo1g mo1k mo1f mo1j mo1n mo1k mo1j mo1l mo1l mo1f mo1o mo1k mo1g mo1j " +
  "mo1o mo1i mo1k mo1l mo1l mo1j mo1i mo1m mo1j mo1k mo1j mo1g mo1g mo1n mo1j mo1i mo1n mo1k mo1i mo1j mo1j mo1f mo1l mo1k " +
  "mo1l mo1o mo1i mo1i mo1k mo1j mo1m mo1j mo1i mo1j mo1j mo1h mo1i mo1k mo1j mo1j mo1p mo1h mo1k mo1o mo1q mo1m mo1g mo1h " +
  "mo1n mo1j mo1n mo1j mo1n mo1i mo1l mo1g mo1m mo1j mo1l mo1k mo1m mo1l mo1k mo1l mo1h mo1m mo1h mo1j mo1k mo1i mo1l mo1k " +
  "mo1i mo1m mo1o mo1g mo1j mo1n mo1i mo1j mo1o mo1l mo1j mo1f mo1h mo1h mo1l mo1h mo1k mo1n mo1j mo1l mo1k mo1j mo1g mo1j " +
  "mo1j mo1k mo1m mo1h mo1l mo1c mo60 mo1c mme8 mm1kw fm2 mm6bk fm2 fo4 fo8o mo1w mo1j mo1m fo1 mo1l mm6o mo1s mo1s mo20 " +
  "mo1l fo1 mo20 mo1n fo1 mo1s mo1i mo1s mo1i mo1s mo1i mo1s mo1p mo5s mo1s mo1j mo2w mow mo28 mo1u fo1 mo1l fo1 mo1t fo1 " +
  "mob4 foa mo28 mo1i mo1i mo1i mo1p mo1j mo1r fo1 mo28 mo1i mo1p fo1 mo1s mo1k mo1h fo1 mo1o mo1m fo1 mo1k fo1 mow mo1n " +
  "fo1 mo1t mo1n mo14 mo1s mo3c mo1r fo1 mml4 mo1c mo1s mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1i mo1s mo1k mo1s mo1o mo1s mo1l " +
  "fo1 mo5s mo1s mo1w fo1 mo1s mo1p fo1 mo1s mo1k fo1 mo1s mo1v fo1 mo1s mo1k fo1 mob4 foc mo1s mo1q mo1s mo1i mo1s mo1v " +
  "mo1s mo1l fo1 mo1s mo1l mo1s mo1m mo1s mo1y mo1s mo1m mo1s mo1v mo3i mow mo28 mo80 fo18l mo1u fo1 molc fop mo1l fo1 mo1t " +
  "fo1 mo54 mo1i mo1k mo1o mo1l mo1w mo1p mo1k mo1v mo1k mo1q mo1i mo1v mo1l mo1l mo1m mo1y mo1m mo1v mo1r fo1 mo54 mo1i " +
  "fo1 mo1i mo1t mm4g mo1s mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo1s mo1k fo1 mo5s mo3o " +
  "mow mo28 mo1u fo1 mo1l fo1 mo1t fo1 mo1s mo1h mo1h mo1k mo1r fo1 mob4 fod mo1s mo1k mo1m mr14 mo1m fr2 mo1o mm3c mo1s " +
  "mo1c mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1m mo1s mo1m mo4o mo5s mow mo28 mo1u fo1 mo1l fo1 mo1t fo1 mo1k mo1m " +
  "mo1m mo1r fo1 mo1m fo1 mo1s mo1w fo1 mo1k mo1n fo1 mo1g fo1 mo1k rm-,w mo168 mo1s mo1s mo1k mo4g mo1l mo20 mo1s mo3c " +
  "mo20 mo1s mo5s mo20 mo1n fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1i fo1 mob4 foc mo20 mo1g mo20 mo1n mo20 " +
  "mo1l fo1 mo20 mo1g mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1g fo1 mo20 mo1j mo20 mo1h mo20 mo1h fo1 mo20 mo1j fo1 molc foo " +
  "mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1g fo1 mo20 mo1f fo1 mo20 mo1i fo1 mo20 mo1n fo1 mo20 " +
  "mo1n mo20 mo1h fo1 mo20 mo1i mo20 mo1g fo1 mo20 mo1j fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1h fo1 mo20 mo1i mo20 mo1g " +
  "mo20 mo1g mo20 mo1g mo20 mo1i fo1 mo168 fo18 mo20 mo1h fo1 mo20 mo1i mo20 mo1k fo1 mo20 mo1j fo1 mo20 mo1g fo1 mo20 mo1h " +
  "fo1 mod7 mo1h mo1l fo1 mo1r fo1 mo1i mo1h mo1h fo1 mo1n fo1 mo1m fo1 mo1i fo1 mo1o fo1 mo1k mo1h fo1 mo1m fo1 mo1j mo1i " +
  "mo1m fo1 mo1l fo1 mo1g fo1 mo1h fo1 mo1g fo1 mo1j fo1 mo1i fo1 mo1l fo1 mo1g fo1 mo1i mo1p fo1 mo1g fo1 mo1i fo1 mo1i " +
  "fo1 mo1h fo1 mo1g fo1 mo1m mo1l fo1 mo168 mo1s mo1k mo1q mo1v mo1m fo1 mo1q fo1 mo1u mo2io fo1k mo1n fo1 mo1s mo1r mo1r " +
  "fo1 mo1o mo1l fo1 mo1o fo1 mo1o fo1 mo1o mo1m mo1k fo1 mo1r mo1p fo1 mo1v fo1 mo1q fo1 mo1o mo1o fo1 mo1m fo1 mo1n fo1 " +
  "mo1k mo1v mo1q mo1u mo1p fo1 mo1v fo1 mo1s mo1q mo1q fo1 mo22 mo1s mo1r fo1 mo1q mo1r mo1o mo1s fo1 mo1u mo1s mo1s fo1 " +
  "mo1u fo1 mo1t mo1u mo1v fo1 mo1s fo1 mo1v mo1p mo1t mo1n fo1 mo1l fo1 mo1w fo1 mo1w fo1 mo1r mo1u mo1p mo1s mo1z mo1z " +
  "mo1x mo1l mo1v fo1 mo1v mo1y mo1k mo1s mo1l mo1r mo1s mo3c mo1s moqo mmo mo1k cm1,8 mmc rm2,1s fm2 fm5 mo28 fm2 mo1s " +
  "mo1o mow mo28 mo1s mo4g mow mo3c mo1s mo1k mo20 fo2 fo1 mo1r mo1t mo1k mo2io mo1n fo1 mo1u fo1 mo20 mo5s mo48 mo48 mob4 " +
  "fo4 mo48 mo48 mo1s mo1s mo48 mo1c mo20 mo1s fo2 mo3c mo1s moqo mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 " +
  "fog mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo1c mo5s moqo mo4q mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foj foo mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo1c mo5s moqo mo2f mo1k mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foi fon mo48 mo20 fo1 mo48 mo48 mo48 mo1c mo3c moqo mo1k mo1s " +
  "mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fol mo48 mo48 mo48 molc fo2l mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo20 fo1 mo1s mo48 mo48 mo48 mo5s mo48 mo1c mo28 mo20 mo48 mo20 mo28 fo4 fo5 mo48 mo28 mo48 mo28 mo20 " +
  "mo48 mo28 fo3 fo4 mo5s mo1s moqo mo15d mo1k mo1s mo1l fo1 mo1s mo1o fo1 mob4 foa mow mo28 molc mob4 mo1s mo20 mo1k fo2 " +
  "mo20 fo1 mo20 fo1 fo6 mo1k mo20 fo2 fo1 fo10 fo16 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo20 mo1s fo2 mo3c " +
  "mo48 mo1c mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo5s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s " +
  "mo3c mo1s mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c mo1s mo3c mo1s mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c mo1s " +
  "mo3c mo1s mob4 fo12 mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c mo1s mo3c mo1s mo1c mo1s mo3c mo1s mob4 mo1s moqo mo41 " +
  "mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fov fo2b mo48 mo20 fo1 mo3c mo48 mo1c mo1c " +
  "mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo5s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c " +
  "mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mob4 foq mo48 mo1c mo1s mo3c mo1s mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c " +
  "mo1s mo3c mo1s mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c mo1s mo3c mo1s mo48 mo14 mo48 mo1c fo1 mo1s mo1s mo1c mo1c " +
  "mo1s mo3c mo1s mob4 mo1s moqo mo3z mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fo1j " +
  "fo2l mo48 mo20 fo1 mo3c mo48 mo48 mo1c mo3c moqo mo11 mo1k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 " +
  "mo1k mo20 fo2 fo1 fom mo48 mo48 mo48 mo168 fo77 mo48 mo1x mo48 mog mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 foa6 " +
  "mo1x mo1p fo1 mo1u mo28 fo1 fo2 mo1h mo1h mo14 mo1s mo3c mo1k mo1h mo20 mo20 mo1v fo1 mo5s mo20 mo1m mo20 mo1p fo1 mo20 " +
  "mo1p fo1 mo20 mo1o fo1 mo20 mo1u fo1 mob4 foc mo20 mo1u fo1 mo20 mo1r fo1 mo20 mo1o mo20 mo1n fo1 mo20 mo1m fo1 mo20 " +
  "mo1x mo20 mo2b mo20 mo1r fo1 mo20 mo1p fo1 mo20 mo1p fo1 mo20 mo1t fo1 molc foo mo20 mo1o fo1 mo3e fo1b fo1a mm0 mo1k " +
  "mo1y fo1 mo1h mo1l mo14 mo20 fo2 mo1c fo1 mo55 mo1j fo1 ro2,2k mo1c mo2w fo3 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 " +
  "mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2h mo2w mo6o mo1k fo4 fo1 fo3 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1l fo1 " +
  "ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2j mo2w mo1k fo3 fo1 fo2 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2h mo2w mo1k fo3 fo1 fo2 mo1k mo1k mm7c " +
  "mm14 fm1 fo12 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2h fo1 mo1c fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2m mo2w mo6o mo1k fo4 " +
  "fo1 fo3 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 " +
  "ro1,2o mo2w mo1k fo3 fo1 fo2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 " +
  "mo2w fo2 fo1 mo52 ro1,2m mo2w mo1k fo3 fo1 fo2 mo1k mm74 mm14 mo1k fm2 fo12 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo1c fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 " +
  "mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2v mo2w mo6o mo1k fo4 fo1 fo3 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1l fo1 " +
  "ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2x mo2w mo1k fo3 fo1 fo2 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2v mo2w mo1k fo3 fo1 fo2 mo1k mm6w mm14 " +
  "mo1k fm2 fo12 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo1s fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo1s fo1 mo55 mo1j fo1 ro2,2n mo2w fo2 fo1 mo55 " +
  "mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1c fo1 mo14 mo1s mo3c mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo1c fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 " +
  "mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2i mo2w mo6o mo1k fo4 fo1 fo3 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1l fo1 " +
  "ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2k mo2w mo1k fo3 fo1 fo2 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1l fo1 ro2,2r mo2w fo2 fo1 mo55 mo1l fo1 ro2,33 mo2w fo2 fo1 mo52 ro1,2i mo2w mo1k fo3 fo1 fo2 mo1k mm6o mm14 " +
  "mo1k fm2 fo12 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 fo86 mo1c mo1s fo1 " +
  "mo1s fo1 mo1s fo1 mo1k mm6g mm1c mo1k fm2 mo1s mo1h mo1h mo20 mo1s mo20 mo1t mo5s mo20 mo1m mo20 mo1q fo1 mo20 mo1l mo20 " +
  "mo1o mo20 mo1h fo1 mob4 foc mo20 mo1r mo20 mo1m fo1 mo20 mo1q mo20 mo1j mo20 mo1n mo20 mo1q mo20 mo1o mo55 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mmw mors mo1h mmd mo1c mod2 mo1s mo20 mo1l fo1 " +
  "mo20 mo1p fo1 mo20 mo1k fo1 mo20 mo1p fo1 mo20 mo1k fo1 mo20 mo1o mo5s mo20 mo1j mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1s " +
  "mo1s mo1v mob4 foc moee mow mo28 moee fo4 mo1v fo7 fo8 fo1 mo1k mo1l mors mo1i mme mo1c mo1s mo20 mo20 mo1l fo1 mo20 " +
  "mo1k fo1 mo20 mo1k fo1 mo20 mo1m mo20 mo1t mo5s mo20 mo1q mo20 mo1t mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1s fo1 mob4 foc " +
  "mo1s mo1v mow mo28 mo1v fo4 fo5 fo1 mo1k mo1i mors mo1o mmk mo1c moj mo1s mo1k mo1s mo1v mo1v mow mo28 mo1v fo4 mo1v fo6 " +
  "fo7 fo1 mo1k mors mo1j mmf mo1c moi mo1s mo1k mo20 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo1s mo1v mo1u mo5s mow " +
  "mo28 mo1u fo5 mo1v fo7 fo8 fo1 mo1k mo1j mo1i fo1 molc fo3w mm5k mov4 mo1s mmo mo1c mo1x mo1s mo20 mo20 mo1l fo1 mo20 " +
  "mo1n fo1 mo1s mo1l fo1 mo1s mo1m fo1 mo1s mo1q fo1 mo5s mo1s mo1j mo39 mow mo28 mo39 fo4 mo1k fmq mo1u fo1 mo1l fo1 mob4 " +
  "fob mo1t fo1 mo1l mo1m mo1q mo1j mo1r fo1 mo1s moo mo1o mo5s mo1k mo1s fo1 mo1s fo1 mo1s fo1 mo1k mm68 mm1c mo1k mo1k " +
  "fm3 mo1h mo1h mo20 mo1s mo20 mo1h fo1 mo5s mo20 mo1q mo20 mo1t mo4c mo1s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mm0 mo1k mo1q mo1r mob4 fom mo1s fo1 mo1s fo1 mo1s fo1 mo1k mm60 mm1c mo1k fm2 mo1h " +
  "mo1h mo20 mo1s mo20 mo1s mo5s mo20 mo1x mo20 mo1o mo20 mo1i mo27 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2m fo1 mm0 mo1g fo1 mo1q mob4 fom mo1m mo1u fo7r rm-,w fr5b1 fr5b0 fr5b6 fr5b5 fr5b3 fr5b2 fr5az " +
  "mo1p mo1l fo1 mo1s mo1l fo1 mo20 mo1q mo5s mo1m mo1p mo1o mo1o mo1u mob4 fo7 mo1r mo1m mo1p mo1i mo1w mo1s mo1u mo1r fo1 " +
  "mo1p mo1n mo1k cm1,8 mo1h fo1 mo1k mo1l mo1k mo1o molc foj mo1r mo1h fo1 mo20 mo1k mo1w mo1n mo1n fo1 mo1s mo1j fo1 mo1o " +
  "mo1o fo1 mo1t mo1n fo1 mo1o mo1q fo1 mo1y fo1 mo1k fo1 mo1o fo1 mo1v mo1p mo1r mo1k fo1 mo168 foo mo1i fo1 mo1w mo1u " +
  "mo1r mo1i mo1r mo1s mo1p mo1z mo1o mo1n fo1 mo1p mo1v mo1k mo1x mo1w mo1n mo1y mo1k mo1m mo1v mo1m fo1 mo1t mo1j mo1k " +
  "mo4ll rm-,w mogg mo1n fo1 mo1i fo1 mo1j fo1 mo1r mo1w mo1j rm8,1s mo1k mo1j mo1k mo1p mo1m mo1n mo1h mo1f fo1 rm9,3k " +
  "mo1x mo1g fo1 mo1j mo1k mo1m mo24 mo1o mo1h mo41 mo2z mo1c rmc,5c mo1c mo1l mo20 mo1f fo1 mo1j fo1 mo11 mo1t mo1m mo25 " +
  "mo2g mo7c mo1g fo1 rmd,74 mo1k fo1 mo1m mo10 mo1m mo3n mo88 mo1p fo1 mo1h fo1 mo1n fo1 mo1s fo1 mo1o fo1 rmc,8w mo1o fo1 " +
  "mo1t fo1 mo1r fo1 mo1s fo1 mo1w fo1 mo20 fo1 mo1m fo1 rm8,bk mo1o mo29 mo3f mo1s mo1j fo1 mo1o mo1k moz mo2d mo7s mo1g " +
  "mo1g mo1i mo1t fo1 mo3f mo1k rmh,e8 moz mo2d mo7s mo3f mo1s moz mo2d mo7s mo2v mo2y mo2x mo1l fo1 mo1o fo1 mo1m fo1 mo1o " +
  "mo1k mo2g mo1n fo1 mo1r moow mo1j fo1 mo1g fo1 mo1n mo1k mo1p rmq,gw mo1r mo1q mo1x mo1q mo1q mo1t mo1w mo1y mo1q mo1p " +
  "mo1i mo1g rmd,kg mo1i mo1n mo1l mo1n mo1r mo1n mo1v mo1w mo1h fo1 mo1x mo1n fo1 mo1n mo1m mo1k mo1n mo1s rmh,o0 mo1k fo1 " +
  "mo1l mo1i fo1 mo1r mo1x mo20 mo1w mo1k mo1p mo1r mo1o mo1p mo1m fo1 mo1m mo1u fo1 mo1s fo1 rmh,sg mo1h fo1 mo1m fo1 mo1g " +
  "fo1 mo1k mo1i fo1 mo1i fo1 mo1i fo1 mo1l fo1 mo1k fo1 mo1l fo1 mo1l mo1m mo1f fo1 mo1h fo1 mo1g mo1k mo1n fo1 mo1p mo1w " +
  "mo1m rml,ww mo1i fo1 mo1j mo1o mo1j fo1 mo1j fo1 mo1u fo1 mo1v fo1 mo1f mo1m mo1n fo1 mo1k mo1n fo1 mo1g fo1 mo1j fo1 " +
  "mo1l mo1n mo1n fo1 rmi,128 mo1l mo3w4 mo7g mo4ps fo35 fo3b fo3n fo4p fo4q fo5h fm5 mro mo1i fr2 mo1k fo1 mo1w fo1 mr38 " +
  "mo25 fr2 mo1j fo1 mr38 mo25 fr2 mo1o fo1 mo1n fo1 mo5s mo1i fo1 mrg mo1g fr2 mo1n fo1 mo1n fo1 mo1q fo1 mo1q fo1 mob4 " +
  "fo9 mo1l fo1 mo1n fo1 mrjg mo67 fr2 mo1l fo1 mo1r fo1 mo1x fo1 mo20 fo1 mo1s fo1 mo1k fo1 mo1r fo1 mo1n fo1 mo20 mo1k " +
  "fo1 molc fog mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1l " +
  "fo1 mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo1j fo1 mo1p fo1 mo48 mow mo1e fo2 mo1k fo2 mow mo1e fo2 mow mo1f fo2 " +
  "mo1r fo2 fo4 mo1x mo1y cm2,8 mow mo1e fo2 mow mo1f fo2 mo23 fo2 fo4 mo1k cm1,8 mo168 fo19 mow mo1e fo2 mow mo1f fo2 mo1u " +
  "fo2 fo4 mo1s mo48 mo1k mo5s mo1k mo1c mo2g fo3 fo1 cmc,8 mo1t mo1t mo2k mo1v mo1t mo1s mo1r mo1m mo1l mo1i mo1h mo1c " +
  "mo1k mmg mm1w mmw mm2s fm3 fm2 fm4 mo21 fm2 mm2s mrp fr1 fm2 fo3 mmg mm1w mmw mm2s fm3 fm2 fm4 mo21 fm2 mm2s mrp fr1 fm2 " +
  "fo3 mmg mm4w mmw mm5s fm3 fm2 fm4 mo2s fm2 mm5s mr1g fr1 fm2 fo3 mmg mm24 mmw mm30 fm3 fm2 fm4 mo23 fm2 mm30 mrr fr1 fm2 " +
  "fov fow fox foy foz fo10 fo11 fo12 fo13 fo14 fo15 fm16 fou mo1v mo1p mmg mm1g mm18 mm2o fm3 fm2 fm4 mo20 fm2 mm2o mro " +
  "Md4 F1 fr2 mr2w mo22 fr2 mo3k fm6 fo7 mo1k mo1k mmg mm24 mm18 mm3c fm3 fm2 fm4 mo26 fm2 mm3c mru Md4 F1 fr2 mr2w mo22 " +
  "fr2 mo3k fm6 fo7 mo1k mow fo1 mo1k fos fo5 fo3 foi fog foh fo4 mo1c fo1 mm30 mr30 fm2 mrr fr1 mo23 fr3 mo1v mo1s mo1c " +
  "mo28 mm3k mrw Md4 F1 fr2 mr2w mo22 fr2 mo3k fm6 mo1k fo3 fo1 fo2 fo8 mo28 mm3k mrw Md4 F1 fr2 mr2w mo22 fr2 mo3k fm6 " +
  "mo1k fo3 fo1 fo2 foh mmg mm24 mm1o mm3s fm3 fm2 fm4 mo2a fm2 mm3s mry Md4 F1 fr2 mr2w mo22 fr2 mo3k fm6 fo7 mo1k mmg " +
  "mm24 mm28 mm4c fm3 fm2 fm4 mo2f fm2 mm4c mr13 fr1 fm2 fo3 foa fo8 fo9 mo14 mo14 mo48 mo1c mo74 mmg mm24 mm20 mm44 fm3 " +
  "fm2 fm4 mo2d fm2 mo1c mm44 mr11 fr1 fm2 fo4 foa fob fo9 mo1p mo48 mo1c mo74 mmg mm1g mm20 mm3g fm3 fm2 fm4 mo27 fm2 mm3g " +
  "mrv fr1 fm2 fo3 fo9 foa fo8 mo1i foc mo48 mo1c mo74 mmg mmo mm20 mm2o fm3 fm2 fm4 mo20 fm2 mm2o mro fr1 fm2 fo3 fo9 foa " +
  "fo8 fob foz foy mo1k cm1,8 rm1,1s fm1 mo14 mo14 mo48 mo1c mo74 mmg mm24 mm2c mm4g fm3 fm2 fm4 mo2g fm2 mm4g mr14 fr1 fm2 " +
  "fo3 mmg mm24 mm2g mm4k fm3 fm2 fm4 mo2h fm2 mm4k mr15 fr1 fm2 fo3 fog foh fof mo1p mo48 mo1c mo74 mmg mm1g mm2c mm3s fm3 " +
  "fm2 fm4 mo2a fm2 mm3s mry fr1 fm2 fo3 mmg mm1g mm2g mm3w fm3 fm2 fm4 mo2b fm2 mm3w mrz fr1 fm2 fo3 fog foh fof mo1i foj " +
  "mo48 mo1c mo74 mmg mmo mm2c mm30 fm3 fm2 fm4 mo23 fm2 mm30 mrr fr1 fm2 fo3 mmg mmo mm2g mm34 fm3 fm2 fm4 mo24 fm2 mm34 " +
  "mrs fr1 fm2 fo3 fog foh fof foi fo1j fo1i mo48 mo1c mo6o mmg mm38 mm2c mm5k fm3 fm2 fm4 mo2q fm2 mm5k mr1e fr1 fm2 fo3 " +
  "mo5s mo1k foc fob fo2 fo1 foa mo14 mo14 mo48 mo1c mo74 mmg mm24 mm30 mm54 fm3 fm2 fm4 mo2m fm2 mm54 mr1a fr1 fm2 fo3 fo9 " +
  "foa fo8 mo1p mo48 mo1c mo74 mmg mm1g mm30 mm4g fm3 fm2 fm4 mo2g fm2 mm4g mr14 fr1 fm2 fo3 fo9 foa fo8 mo1i foc mo48 mo1c " +
  "mo74 mmg mmo mm30 mm3o fm3 fm2 fm4 mo29 fm2 mm3o mrx fr1 fm2 fo3 fo9 foa fo8 fob foy fox mmg mm38 mm30 mm68 fm3 fm2 fm4 " +
  "mo2w fm2 mm68 mr1k fr1 fm2 fo3 mmg mm38 mm20 mm58 fm3 fm2 fm4 mo2n fm2 rm-,w mmg mm38 mm1o mm4w fm3 fm2 fm4 mo2k fm2 mmg " +
  "mm38 mm30 mm68 fm3 fm2 fm4 mo2w fm2 fo7s fo8k focz fod0 fod1 fod5 fod6 fod7 foda fod9 fod8 fodf fode fodd fodk fodl fodm " +
  "fodp fodo fodn fodv fodw foez fof0 fof1 fof2 fof3 fof5 fof8 fofb fofc fofd fofe fofg fofm foaf foaj foal foam foav foaw " +
  "fodr fob3 fob4 fobb foc9 focw foab foaa foa9 foa8 mo1p fo1 mo1l fo1 mo1s fo1 mo1l fo1 mo20 fo1 mo1q fo1 mo1m fo1 mo1p " +
  "fo1 mo1o fo1 mo1o fo1 mo1u fo1 mo1r fo1 mo1m fo1 mo1p fo1 mo1w fo1 mmo mro fr5t7 fm2 mo1u fo1 mm1s mr1s fr5t9 fm2 mo1r " +
  "fo1 mo1n fo1 mo1m fo1 mo1h fo1 mm4 mr4 rr-,8 fm3 mr8 mr4 fr5tk fr5tl fr4 fr3 mo1l fo1 mo1o fo1 mo1o fo1 mo1q fo1 mo1y " +
  "fo1 mo1k fo1 mo1o fo1 mo1v fo1 mo1p fo1 mo1r fo1 mo1k fo1 mo1i fo1 mo1w fo1 mo1u fo1 mo1r fo1 mo1r fo1 mmo mro fr5tz fm2 " +
  "mo1p fo1 mm1s mr1s fr5u1 fm2 mo1x fo1 mmw mrw fr5u3 fm2 mo1w fo1 mo1p fo1 mmw mrw fm2 mo1r fo1 mo1h fo1 mo1n fo1 mmg mrg " +
  "fm2 mo20 fo1 mo1w fo1 mm58 mr58 rr-,8 fm3 mm4w mr4w rr3,g fm3 mm68 mr68 rr3,o fm3 mro mr58 mr4w mr68 frc fr9 fr6 fr5 " +
  "mo1n fo1 mm4w mr4w fm2 mo1n fo1 mm30 mr30 fm2 mo1s fo1 mm30 mr30 fm2 mo1j fo1 mm38 mr38 fm2 mo1o fo1 mm38 mr38 fm2 mo1o " +
  "fo1 mm38 mr38 fm2 mo1t fo1 mm38 mr38 fm2 mo1z fo1 mo1o fo1 mo1n fo1 mo1p fo1 mo1v fo1 mo1n fo1 mo1y fo1 mo1v fo1 mo1m " +
  "fo1 mo1t fo1 M38 M38 M4w Mw M30 Mgg cm3,8 mo2n mo2k mo2w mo1h fo1 mo23 mo1n fo1 mo23 mo1t fo1 mo25 mo1j fo1 mo25 mo1o " +
  "fo1 mo25 mo1o fo1 mo25 mo1t fo1 mo1g mo1n fo1 mo1r fo1 mo1k cm1,8 mo1h fo1 mo2io fo220 mo1k mo1m fo1 mo1k mo1o fo1 mo1s " +
  "mo1m mo2k mo1o fo1 mo1i fo1 mo1w fo1 mo24 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm7c mo1s mo1s mrw mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm7c mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g mo20 mo20 fo2 fo1 foi mo1c mo1k mm7c mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mm74 mo1s mo1s fo2 mo1s fo6 mo1s mo1s mo26 mo1c fo1 mo3c mo1k mm5k mm1c mo1k fm2 mo1s fo1 mo5a mo1r fo1 ro2,2t mo2w mo6o " +
  "mo1k fo4 fo1 fo3 mo26 mo3h fo4 fo2 mo1c fo1 mo14 mo3c fmp foq fon fow fom mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,34 fo1 mo1s mo1s mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mm74 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm74 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1c mo1k mm6w mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm5c mm1c mo1k fm2 fma fob fo8 foc fo7 mo1h mo1f mo20 mo1s mmo " +
  "mo20 mo1h fo1 mo5s mo20 mo1q fo1 mo20 mo1m fo1 mo16a mow mo1w fo1 mo1x mo1s mo1s moqo mmo mo1k cm1,8 mmc rm2,1s fm2 fm5 " +
  "mo2g fm2 mo1s mo1o fo1 mow mo28 mow mo3c mo1s mo1k mo20 fo2 fo1 mo1x fo1 mo1s fo1 mob4 fou mo1c mo20 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo5s mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1l mo20 mo1l " +
  "mob4 foc mo20 mo1l mo20 mo1p mo20 mo1r mo20 mo1r mo20 mo1r mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1m fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1m fo1 molc foo mo20 mo1n fo1 mo1s mo1l fo1 mo1s mo1j fo1 mozo mow mo28 mo1k fo1 mo1c mo20 mo20 mo1l fo1 " +
  "mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo5s mo1s mo1l mocy mow mo28 mo22 fo1 mo1s mo1c mo20 mo1j mo20 " +
  "mo1h fo1 mo20 mo1i mo20 mo1l mo20 mo1m mo20 mo1i fo1 mo5s mof5 mow mo28 mo1s mo4g mo1s fo1 mo1s mo1c mo20 mo1h fo1 mo20 " +
  "mo1k mo20 mo1l fo1 mo20 mo1i fo1 mo27 mow mo28 mo1n fo1 mo1s mo1c mo20 mo1j fo1 mo3c mo20 mo1h fo1 mo20 mo1l fo1 mo20 " +
  "mo1i fo1 mo1s mo1l fo1 mo1s mo1l fo1 mo5s mo1s mo1j fo1 mo69 mow mo28 mo1o fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo5s mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 " +
  "mo1h fo1 mob4 foc mo20 mo1i fo1 mo20 mo1n fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1h fo1 mo20 " +
  "mo1m mo20 mo1l mo20 mo1h fo1 mo20 mo1l fo1 molc foo mo20 mo1p fo1 mo20 mo1p fo1 mo20 mo1n fo1 mo1s mo1j fo1 mo31 mow " +
  "mo28 mo1s mo4g mo1k fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo5s " +
  "mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 mob4 foc mo20 mo1q mo20 mo1h fo1 mo20 mo1h mo20 " +
  "mo1i fo1 mo20 mo1l fo1 mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1n fo1 molc foo mo1s " +
  "mo1g fo1 mo1s mo1o mo1s mo1j fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo39 mow mo28 mo1r fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo5s mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1q fo1 " +
  "mo20 mo1i fo1 mob4 foc mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1n fo1 mo1s mo1g fo1 mo1s mo1o fo1 " +
  "mo1s mo1j fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo6t molc fon mow mo28 mo1r fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 mo1h " +
  "fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo5s mo20 mo1m fo1 mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mob4 foc mo20 mo1i fo1 mo20 mo1j fo1 mo1s mo1j fo1 mobr mow mo28 mo1r fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo5s mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 " +
  "mob4 foc mo20 mo1q fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1l fo1 " +
  "mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1h fo1 molc foo mo20 mo1i fo1 mo20 mo1n fo1 mo1s mo1g fo1 mo1s mo1o fo1 mo1s mo1j fo1 " +
  "mo1s mo1h fo1 mo1s mo1h fo1 mo7b mow mo28 mo1r fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1h fo1 mo20 mo1k fo1 mo5s mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1l fo1 mob4 foc mo20 mo1i fo1 " +
  "mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1q fo1 mo1s mo1l mo1s mo1o fo1 mo1s mo1j " +
  "fo1 mo1s mo1k molc foo mo1s mo1h fo1 momz mow mo28 mo1s mo4g mo1j fo1 molc fod4 mo1s mo1c mow mo28 mo1s mo1c mo20 mo20 " +
  "mo3c mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo5s mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1l " +
  "fo1 mo20 mo1h fo1 mo20 mo1i fo1 mob4 foc mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1p fo1 mo1s mo1j " +
  "fo1 mo1s mo1l fo1 mo1s mo1r mo67 mow mo28 mo1s mo4g mo1l fo1 mo1s mo1c mo20 mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1j fo1 mo20 mo1o mo5s mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1i fo1 mob4 foc mo20 " +
  "mo1j fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo1s mo1l fo1 " +
  "mo1s mo1j fo1 mo1s mo1r fo1 molc foo mo1s mo1q mo1s mo1o fo1 mo1s mo1h fo1 mo1s mo1j fo1 mo1s mo1l fo1 mo1s mo1j fo1 " +
  "mo1s mo1o mo12b mow mo28 mo1q fo1 mob4 fo18k rm24t,1s mo1s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2g fo1 mo1k mow mo20 mo20 fo2 foic mo1s fo2 fo4 foie foif frii foij frig foih fmik foil fmir fois foip " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 foji mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm6w mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm6w mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mm6o mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k " +
  "mm54 mm1c mo1k fm2 fma fob fo8 foc fo7 mo1h mo1h mo20 mo1s mo20 mo1h mo5s mo20 mo1h mo20 mo1i fo1 mo20 mo1i fo1 moye " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mm0 mo1k fo1 mow mo20 mo20 fo2 fo18 " +
  "fo1 fo3 fo19 fo1a fr1d fo1e fr1b fo1c fm1f fo1g fm1m fo1n fo1k mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm6o mo1s mo1s mo5c mo1k " +
  "mo2g fo2 fo1 mo1k mm6o mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mm6g mo1s mo1s fo2 mo1s mo1s " +
  "fo1 mo1s fo1 mo1k mm4w mm1c mo1k fm2 fma fob fo8 foc fo7 mo1h mo1h mo20 mo1s mo20 mo1h fo1 mo5s mo20 mo1j fo1 mo20 mo1k " +
  "mo20 mo1i fo1 mo20 mo1i fo1 mo20 mo1j mob4 foc mo20 mo1i fo1 mo20 mo1j mo20 mo1j fo1 mo20 mo1j mo20 mo1k mo20 mo1j fo1 " +
  "mo20 mo1k fo1 mo20 mo1h fo1 mo20 mo1k fo1 mo20 mo1i fo1 mo20 mo1i fo1 molc foo mo20 mo1h mo20 mo1o mo20 mo1o mo20 mo1o " +
  "mo20 mo1p mo20 mo1l fo1 mo20 mo1s mo20 mo1j mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1i fo1 mo20 mo1k fo1 mo20 mo1j mo20 mo1i " +
  "mo20 mo1i mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1i fo1 mo20 mo1i mo20 mo1i fo1 mo20 mo1i fo1 mo168 fo18 mo20 mo1j fo1 mo20 " +
  "mo1h fo1 mo20 mo1t mo20 mo1z mo20 mo1z mo20 mo1r mo20 mo1v mo20 mo1y mo20 mo1r mo20 mo1v mo20 mo1o mo20 mo1u mo20 mo1u " +
  "mo20 mo1k mo20 mo1m mo20 mo1k mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1j fo1 mo20 mo1p mo20 mo1m mo20 mo1j mo20 mo1k mo20 " +
  "fm1co fo1dc fo1d8 fo1d7 fo1d5 fo1d4 fo1d3 fo1d2 fo1d1 fo1cz fo1cy fo1cx fo1cv fo1cw fo1ct fo1cu fo1cq fo1cl fo1ch fo1cf " +
  "fo1cd fo1c4 fo1bz fo1by fo1bx fo1bt fo1bs fo1br fo1bp fo1bq fo1bn fo1bo fo1bm fo1bl fo1bj fo1bi fo1bg fo1bh fo1bf fo1be " +
  "fo1bd fo1ba fo1b8 fo1bv fo1b7 fo189 fo15n fo176 fo169 fo168 fo15v fo17t fo18a fo17s fo185 fo183 fo17r fo17i fo17b fo151 " +
  "fo173 fo178 fo177 fo17e fo112 fo175 fo179 fo17f fo14s fo14p fo14n fo17h fo14l fo14j fo14h fo17g fo14d fo14b fo149 fo147 " +
  "fo145 fo15a fo188 fo1az fo186 fo1ay fo184 fo182 fo13t fo181 fo13r fo13s fm13q fo180 fo13l fo17z fo1ar fm13j fo17y fo1aq " +
  "fo17x fo13d fo17w fo17v fo14f fo1a9 fo1a5 fo1a3 fo1a2 fo1a1 fo1a0 fo19w fo1af fo19v fo1a4 fo19u fo19t fo19s fo13b fo1cr " +
  "fo13y fo1ca fo122 fo15j fo15g fo17p fo1da fo17o fovt fmvs fo17n fo17m fo111 fo1cc fovn fo18e fovi fo17k fo10q fo174 " +
  "fo172 fo171 fo11z fo16z fo16h fo16g fo16e fo13i mo1k mo20 mo1j fo1 mo20 mo1l mo20 mo1h mo20 mo1j mo20 mo1j mo20 mo1k " +
  "mo20 mo1l mo20 mo1j mo20 mo1k mo20 mo1l mo20 mo1m mo20 mo1n mo20 mo1k mo20 mo1k mo20 mo1h fo1 mo20 mo1i mo20 mo1i mo20 " +
  "mo1j mo20 mo1k fo1 mo2io fo2g mo20 mo1n mo20 mo1j mo20 mo1j mo20 mo1k mo20 mo1m mo20 mo1m mo20 mo1h fo1 mo20 mo1i fo1 " +
  "mo20 mo1n mo20 mo1s mo20 mo1g mo20 mo1h mo20 mo1i mo20 mo1i mo20 mo1h fo1 mo20 mo1i mo20 mo1i mo20 mo1j mo20 mo1i fo1 " +
  "mo20 mo1j mo20 mo1j mo20 mo1k mo20 mo1l mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1h mo20 mo1i mo20 mo1j fo1 mo20 mo1i fo1 mo20 " +
  "mo1i fo1 mo20 mo1i fo1 mo20 mo1k mo20 mo1m mo20 mo1l fo1 mo20 mo1s mo20 mo1q mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1j mo20 mo1i mo20 mo1h mo20 mo1m mo20 mo1m mo20 mo1p mo20 mo1n fo1 mo20 mo1o mo20 mo1m mo20 mo1o mo20 mo1l mo20 " +
  "mo1l mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k mo20 mo1k mo20 mo1m mo20 mo1l fo1 mo20 mo1i mo20 mo1r fo1 mo20 mo1n mo20 mo1k " +
  "mo20 mo1m mo20 mo1m mo20 mo1m mo20 mo1m mo20 mo1l mo20 mo1l mo20 mo1o mo20 mo1m mo20 mo1u mo20 mo1m mo20 mo1s mo20 mo1s " +
  "mo20 mo1p mo20 mo1p mo20 mo1k fo1 mo20 mo1j fo1 mo20 mo1m mo20 mo1p mo20 mo1k mo20 mo1p mo20 mo1q mo20 mo1z fo1 mo8j " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mm2o mo1e mo14 mo4g mo1t mo1v mo1b " +
  "mo1v mo1g mo1v mo1g mo10 mo1g mo80 fob mo1b mo1b mo1v mo12 mo11 mo12 mo13 mo17 mofs foa mo1d mo1a mo1v mo1a mo1v mo1k " +
  "mo1q mo18 mo11 mo12 mo1v mo1v mo11 mo5r mo1f mo1v mo19 mo1b mouo fok mo11 mo14 mo1b mo1n mo1e mo1v mo1c mo1b mo12 mo16 " +
  "mo1e mo1v mo1l mo10 mo20 mo1f mo1f mo1d mo10 mo1e mo14 mo17 mo19 mo17 mo10 mo1g mo17 mo19 mo3t mo1b mo18 mo15 mo1v mo1b " +
  "mo16 mo1q mo1k fo1 mo1h mo50w fo77 mo1h mo1h mo1h mow mo1o mow mo1k mo1n mo1k mo1m mo1l fo1 mo1l fo1 mo1j mow mo1l mow " +
  "mo1n mow mo1l mow mo1k mow mo1k mow mo1j mo1l mo1k fo1 mo1j fo1 mow mo1k mo1o mow mo1j mow mo1m mo1p mo1m mo1m mow mo1m " +
  "mo1m mow mo1k mo1m mo1m mow mo1k mow mo1l mow mo1o mow mo1n mow mo1m mo1i mo1l mo1n mo1n mo1m mo1m mo1r mo1o mo1l mo1m " +
  "mo1p mo1l mo1o mo1o mo1m mo1m mo1m mo1m mo1l mo1m mo1r mo1o mo1l mo1m mow mo1n mow mo1q mow mo1o mo1u mo1y mo1u mo1v " +
  "mo1w mo1w mo1i mo1j mo1i mo1k mo1k mow mo1k mo1l mo1n mo1n mo1n mo1o mo1o mo1q mo1j mo1k mo1k mo1j mo1m mo1m mo1l mo1n " +
  "mo1n mo1q mo1u mo1q mo1t mo1u mo1t mo1o mo1n mo1l mo1o mo1n mow mo1w mo1p mo1q mow mo1r mo1m mo1l mo1o mo1n mow mo1q " +
  "mo1o mo1q mo1o mo1q mo1o mo1u mo1o mo1r mo1q mow mo1q mow mo1r mow mo1p mow mo1p mow mo1p mow mo1q mow mo1q mow mo1r mow " +
  "mo1r mow mo1p mow mo1p mow mo1q mow mo1o mow mo1p mo1q mo1u mo1o mo1w mo1s mo1o mo1p mo5s mo1p mo1o mo1o mo1o mo1o mob4 " +
  "fo7 mo1n mo1y mo1x mo1x mo1u mo1r mo1r mo1n mo1o mo1r mo1w mo22 mow mo1s mow mo1t mow mo1q mow mo1v mo5s mow mo1q mow " +
  "mo1r mow mo1o mow mo1t mo1k mob4 fob mow mo23 mow mo24 mow mo21 mow mo26 mow mo24 mow mo25 mow mo22 mow mo27 mow mo22 " +
  "mow mo23 mow mo20 molc foo mow mo25 mow mo24 mow mo25 mow mo22 mow mo27 mo1q M1o0 F1 mo1s mo1r mo1o mo1n mo1r mo1q mo1q " +
  "mo5s mo1r mo1o mo1l mo1p mo1u mob4 fo7 mo1n mo1y mo1n mo1v mo1q mo1s mo1r mo1q mo1s mo1t mo1y molc fod mo1o mo1o mo1o " +
  "mo1p mo1n mo1w mo1u mo1v mo1t mo1l mo1w mo1w mo1n mo1n mo1n mo1r mo1o mo1u mo1o mo1s mo1q mo168 fon mo1n mo1t mo1x mo1v " +
  "mo1r mo1r mo1r mo1r mo1p mo1q mo1p mo1n mo1p mo1q mo1w mo1w mo1l mo1o mo1o mo1p mo1o mo1q mo1j mo1s mo1y mo1z mo1n mo1s " +
  "mo1s mo1p mo1q mo1n mo1k mo1u mo1z mo1w mo1q mo1p mo1p mo1p mo1p mo1m mo1q mo2io fo19 mo1t mo1t mo21 mo1o mo1o mo1s mo1p " +
  "mo1q mo1v mo1n mo21 mo21 mo28 mo1v mo26 mo1z mo1z mo21 mo21 mo1w mo1y mo1m mo1p mo1s mo1q mo1p mo1p mo1o mo1q mo1p mo1p " +
  "mo1n mo1o mo1w mo1x mo1v mo1x mo1r mo1u mo1s mo1u mo22 mo1p mo1q mo1t mo1x mo1q mo1q mo1q mo1q mo1i fo1 mm6o mow8 mo1q " +
  "mmk mo65 mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1j mo1s mo1j mo1s mo1l mo5s mo1s mo1m mo1s mo1k mo7h mow mo28 mo7h " +
  "fo4 mo1i fmr mo1u fo1 mob4 foc mo1l fo1 mo1t fo1 mo28 mo1j mo1j mo1l mo1m mo1k mo1r fo1 mo1q mmiw mo18g mo1o mmf mob2 " +
  "mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1k fo1 mo1s mo1j fo1 mo1s mo1j fo1 mo5s mo1s mo1l mo1s mo1j mo1s mo1j mo1s " +
  "mo1k fo1 mo1s mo1l fo1 mob4 foc mo1s mo1l fo1 mo1s mo1l fo1 mo1s mo1o mo1s mo1o mo1s mo1o mo1s mo1n mo1s mo1m mo1s mo1k " +
  "moce mow mo28 mofs fo302 moce fo5 mo1f fm1f mo1u fo1 molc fop mo1l fo1 mo1t fo1 mo3c mo1k mo1j mo1j mo1l mo1j mo1j mo1k " +
  "ro8,2o mo1r fo1 mo1o mmdc mo12w mo1r mmi mo1c mo7z mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1k mo1s mo1l mo1s mo1l " +
  "mo5s mo1s mo1k mo1s mo1l mo1s mo1k mo1s mo1k mo1s mo1l mob4 foc mo1s mo1j mo1s mo1m mo1s mo1j mo9b mow mo28 mo9b fo4 " +
  "mo1f fm15 mo1u fo1 mo1l fo1 mo1t fo1 mo3c mo1k mo1l mo1l mo1k mo1l mo1k mo1k mo1l mo1j mo1m mo1r fo1 mo1r mm28 mors mo1o " +
  "mmi mo1c mo3f mo1s mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1r mo3v mow mo28 mo3v fo4 mo1i mo5s fml mo1u fo1 mo1l " +
  "fo1 mo1t fo1 mo1c mo1r mo1r fo1 mo1o mm3c mosw mo1q mmh mo1c mo1p mo1s mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1k " +
  "mo1s mo1i fo1 mo31 mo5s mow mo28 mo31 fo5 mo1f fmn mo1u fo1 mo1l fo1 mo1t fo1 mo1k mo1i mo1r fo1 mob4 foc mo1q moqo mo1s " +
  "mmm mo1c mo1s mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo5s mow mo28 mo1i " +
  "mosw mo1l mmf mo1c mo1s mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k mo20 mo1n fo1 mo20 mo1h fo1 mo20 mo1i mo5s mo20 mo1n fo1 " +
  "mo20 mo1u fo1 mo1s mo1h fo1 mo1s mo1h fo1 mob4 foa mow mo28 mo1i mo1l mm6o mow8 mo1p mmj mo1c mo7c mo1s mo1s mo20 mo20 " +
  "mo1l fo1 mo20 mo1n fo1 mo1s mo1h mo1s mo1j fo1 mo1s mo1q mo5s mo1s mo1s mo1s mo1k mo8o mow mo28 mo8o fo4 mo1i fmt mo1u " +
  "fo1 mob4 foc mo1l fo1 mo1t fo1 mo28 mo1h mo1j mo1q mo1s mo1k mo1r fo1 mo1p mm6o mow8 mo1p mmj mo1c mo6u mo1s mo1s mo20 " +
  "mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1k mo1s mo1l mo1s mo1k fo1 mo5s mo1s mo1k fo1 mo1s mo1k mo86 mow mo28 mo86 fo4 mo1i " +
  "fmt mo1u fo1 mob4 foc mo1l fo1 mo1t fo1 mo28 mo1k mo1l mo1k mo1k mo1k mo1r fo1 mo1p mow mo1q mo1k fo1 mo1p rm-,w mo1r " +
  "mo1o mo1o mo1q rm5,1s mo1o mo1q mo1p mo1r rm5,3k mo1r mo1p mo1q mo1r mo1q mo1p mo1r mo1o rm9,5c mo1o mo1n mo1p mo1u mo1p " +
  "mo1q mo1p mo1o rm9,74 mo1s mo1q mo1r mo1q mo1r mo1s fo1 mo1s mow mo20 mo20 fo2 foyf mo1s fo2 fo4 foyh foyi fryl foym " +
  "fryj foyk fmyn foyo fmyu foyv foys cm1,8 mo48 mo1c mo60 fo2 fo3 fo1 fm4 mo48 mo1c mo60 mo1f fo3 fo4 molc fo10y mo48 mo14 " +
  "mo48 fo2 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 moz mo11 fo2 mo20 mow fo2 cm1,8 mo29 rm-,w mo1l mo1g " +
  "cm1,8 mo168 foq mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mog mo48 mo48 mo20 mo1s fo2 mo3c " +
  "mo5s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo5s mo1s moqo mo1r " +
  "mo1s mo1l fo1 mob4 fo7 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fo10 fo14 mo48 mo20 fo1 mo3c mo48 " +
  "mo48 mo48 mo5s mo48 mo1c mo5s moqo mo2c mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "foi foo mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo5s mo1s moqo mo1s mow mo28 mo1s mo4g molc mo5s mo1s " +
  "fo2 mo1k mo20 fo2 fo1 foh foo mo48 mo20 fo1 mo14 mo3c mo48 mo48 mo48 mo5s mo1c mo48 mo14 mo1c mo48 mo48 mo1c fo1 mo1s " +
  "mo1c fo4 mo48 mo14 mo48 mo48 mo1c fo1 mo1s mo1s mo1c fo5 mo48 mo48 mo14 mo48 mo48 mo1c fo1 mo1s mo1s mo1c fo5 mob4 fos " +
  "mob4 mo1s moqo mo2w mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foh fo1f mo48 mo1k " +
  "mo20 fo1 mo48 mo48 mo3c mo48 mo5s mo5s mo1s moqo mo1r mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mow mo28 mo1s mo4g mow mo1s " +
  "mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fom fot mo48 mo1k mo20 fo1 mo48 mo48 mo3c moqo mo1a mmo cm1,8 mmc rm2,1s fm2 " +
  "fm4 fm1 mow mo28 mow molc mo3c mo1s mo1k mo20 fo2 fo1 fok mo48 mo1k mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 " +
  "mo48 mob4 fo7 mo48 mo14 mo1c mo48 mo48 mo1c fo1 mo1s mo1c fo4 mob4 mo1s moqo mo2m mmo cm1,8 mmc rm2,1s fm2 fm4 mo20 fm2 " +
  "mow mo28 mow molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foq fo12 mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 " +
  "fo7 mo48 mo48 mo48 mo48 mob4 moqo mo87 mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 " +
  "fok fou mo48 mo20 fo1 mo48 mo48 mo1c mo1c mo1s mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mob4 mo1s moqo mo1k mo1s " +
  "mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fog fov mo48 mo20 fo1 mo48 mo1c mo1c mo3c mo1s mo48 " +
  "mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo5s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s " +
  "mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mob4 foq mob4 mo1s moqo mo1r mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 " +
  "molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foh fo1n mo48 mo20 fo1 mo3c mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mo1c mo1c mo1s " +
  "mob4 foa mo48 mob4 mo1s moqo mo4t mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foi fow " +
  "mo48 mo48 mo48 mo48 fo1vt mo1k mow mo20 mo20 fo2 fo1xb mo1s fo2 fo4 fo1xd fo1xe fr1xh fo1xi fr1xf fo1xg fm1xj fo1xk " +
  "fm1xr fo1xs fo1xp mo29 rm-,w mo1l mo1g mo1k mo1k cm3,8 mo1s mo14 mo14 mo1k mo48 fo5 cm1,8 mmg fm2 fm8 mo1n fo1 mo1m mo1l " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 fo5 mo3c mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm6g mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm6g mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 fo1 foh mo1c mo1k mm68 mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mm60 mo1s mo1s fo2 mo1s fo6 mo1c mo1s mo1m mo1c fo1 mo3c mo1k mm4o mm1c mo1k fm2 mo1s fo1 mo2x mo1c fo1 mo14 mo3c fmi " +
  "foj fog fop fof mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1s mo1s " +
  "mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,34 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fop mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm68 mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm68 mo1k mrw mo1k mrw mo48 mo28 mo5s foc mow mo4g fo20r mo20 mo20 fo2 fo1 foi mo1c mo1k mm5k mo1s mo1s fo2 mo1s " +
  "mo1s fo1 mo1s fo1 mo1k mm4g mm1c fm1 fm9 foa fo7 fob fo6 mo1c mo1h mo1h mo20 mo1s mo20 mo1h fo1 mo5s mo20 mo1k mo20 mo1q " +
  "mo20 mo1t mo20 mo1q mo20 mo1t mob4 foc mo20 mo1p mo20 mo1y mo20 mo1i mo20 mo1j mo20 mo1m mo20 mo1k mo20 mo1i mo20 mo1j " +
  "fo1 mo20 mo1l mo20 mo1l mo20 mo1i molc foo mo20 mo1m mo20 mo1p mo20 mo1p mo20 mo1s mo20 mo1o mo20 mo1r mo20 mo1p mo20 " +
  "mo1s mo20 mo1r moqd mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mm8 Mf Md4 M35s " +
  "Mh F2 F3 Mk mo1l mo1k mo1l mo1g mo1g mo1j mo1r mo1s mo1w mo21 mo20 mo1r mo1m mo1t mo168 fo1f mmdc mo12w mo1o mmh mo1c " +
  "mobl mo1s mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1k mo1s mo1j mo1s mo1k mo5s mo1s mo1k mo1s mo1j mo1s mo1j mo1s mo1k " +
  "mo1s mo1k mob4 foc mo1s mo1l mo1s mo1k mo1s mo1m mocx mow mo28 mocx fo4 mo1h fm15 mo1u fo1 mo1l fo1 mo1t fo1 mo34 mo1k " +
  "mo1j mo1k mo1k mo1j mo1j mo1k mo1k mo1l mo1r fo1 mo1o mo1s mow mo20 mo20 fo2 fo4n mo1s fo2 fo4 fo4q fo4r fr4u fo4v fr4s " +
  "fo4t fm4w fo4x fm53 fo54 fo51 mo1k cm2,8 mo1k mo48 mo20 fo1 mo3c moqo mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 " +
  "fo2 fo1 fod molc fo5x mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mob4 " +
  "mo1s moqo moe8 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foh fos mo1q mo1p mo1s mo20 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo168 fo1a mo48 mo48 fo7j mo1s mow mo20 mo20 fo2 fo8t mo1s fo2 fo4 fo8v fo8x fr90 fo91 " +
  "fr8y fo8z fm92 fo93 fm99 fo9a fo97 mro rr1,6 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1k fo1 mo20 mo1u fo1 mo20 mo1t fo1 mo20 " +
  "mo1o fo1 mo5s mo20 mo1q mo20 mo1s fo1 mo1m mo1k mo1l mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 fo5 mo1h fo1 mo1m fo1 mo1n fo1 " +
  "mo1k mm60 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm60 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k " +
  "mm5c mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mm54 mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mm4w mo1s mo1s fo2 " +
  "mo1s fo9 mo1s fo1 mo1k mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1c mo1k mm7c mo1k mm58 mr1b fm2 mo27 fr2 mr2w mo22 fr2 mo3k " +
  "fo4 mo4o mo1k mo6o mo1k mo1k mo14 mo1c mo48 mo1c mo68 mo1c mo1c fo4 fo5 fo3 mo29 mo1q fo9 mo1c fo1 rm-,w foi fog fof fod " +
  "foh mm3o mrx fm2 mo1t fr2 mo5c mow mos mow mow mow mos mo10 mo14 moo fo4 fo3 mow mo10 mo14 moo fo3 mow mo10 mo14 moo fo3 " +
  "mow fok mow fo1 mo3c mo1h fo1 mo1h fo1 mo1k mo5c mo1k fm1h fo1i fmu fop foo fon fom fol fog foc foi foe foa fo8 foq fox " +
  "fow fo17 fo3 fo1 fo6 mm58 mr1b fm2 mo27 fr2 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo34 mo1h " +
  "fo1 mo1h fo1 mo5c mo1k mo1k fo3 fo2 fo1 fo6 fo20 foi fo22 fo21 fo23 mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm74 mm4w mr18 fm2 " +
  "mo24 fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo3c mo1h " +
  "fo1 mo1h fo1 mo6o mo1k mo5c mo1k fms fot fon fom fol fok foj fof foc fog fod foa fo9 foo fo4 fo3 fo1 fo7 mm4w mr18 fm2 " +
  "mo24 fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe " +
  "fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s mo20 fm2 mo1k mm7c mo14 mo1c mo1c fo1 mo48 mo1c mo60 mm1s mo1k fo4 fo5 " +
  "rm2,1s fo4 mo1c fo1 mo48 mo1c mo60 rm5,2o mo1k fo4 fo5 rm2,1s fo4 mo1c fo1 mo48 mo1c mo60 rm5,2o mo1k fo4 fo5 rm2,1s fo4 " +
  "fom mo60 mo60 fop fo28 fo1g fo2a fo29 fo2b mo1s fo1 mm4w mr18 fm2 mo24 fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mm4w mr18 fm2 mo24 fr2 " +
  "Mpbk mo1k mr1g mo1p fr2 rm-,w mr1k mo1q fr2 mr18 mo1n fr2 mrw mo1k fr2 mrk mo1h fr2 rm9,1s mrw mo1k fr2 mr18 mo1n fr2 " +
  "mr1k mo1q fr2 mr14 mo1m fr2 rm9,3k mr14 mo1m fr2 mrs mo1j fr2 mr1c mo1o fr2 mrw mo1k fr2 mr1c mo1o fr2 mr1c mo1o fr2 mrw " +
  "mo1k fr2 mrw mo1k fr2 rmh,5c mr1c mo1o fr2 mr14 mo1m fr2 mrk mo1h fr2 mr1k mo1q fr2 mr1c mo1o fr2 mr18 mo1n fr2 mr1g " +
  "mo1p fr2 mr1g mo1p fr2 rmh,74 mrw mo1k fr2 mrg mo1g fr2 mr1g mo1p fr2 mr10 mo1l fr2 mr1k mo1q fr2 mr1o mo1r fr2 mrg mo1g " +
  "fr2 mr18 mo1n fr2 rmh,8w mr1s mo1s fr2 mr10 mo1l fr2 mr1w mo1t fr2 mrw mo1k fr2 mr1c mo1o fr2 mrs mo1j fr2 mr1g mo1p fr2 " +
  "mr1k mo1q fr2 rmh,bk mr18 mo1n fr2 mr1c mo1o fr2 mr10 mo1l fr2 mr10 mo1l fr2 mr18 mo1n fr2 mr14 mo1m fr2 mr20 mo1u fr2 " +
  "mr1o mo1r fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr18 mo1n fr2 rmp,e8 mrs mo1j fr2 mr18 mo1n fr2 mr14 mo1m fr2 " +
  "mr10 mo1l fr2 mr10 mo1l fr2 mrw mo1k fr2 mr10 mo1l fr2 mrk mo1h fr2 mr14 mo1m fr2 mrs mo1j fr2 mr1o mo1r fr2 mrw mo1k " +
  "fr2 rmp,gw mr1g mo1p fr2 mr18 mo1n fr2 mr14 mo1m fr2 mr4o mo2i fr2 mr1k mo1q fr2 mr28 mo1w fr2 mr14 mo1m fr2 mr1g mo1p " +
  "fr2 mr1c mo1o fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr1k mo1q fr2 rmp,kg mr24 mo1v fr2 mr18 mo1n fr2 mrk mo1h fr2 mr1o mo1r " +
  "fr2 mr18 mo1n fr2 mr10 mo1l fr2 mr18 mo1n fr2 mrw mo1k fr2 mr14 mo1m fr2 mr18 mo1n fr2 mr18 mo1n fr2 mrs mo1j fr2 mr14 " +
  "mo1m fr2 mrw mo1k fr2 mr1g mo1p fr2 mr1c mo1o fr2 rmx,o0 mr1c mo1o fr2 mr1o mo1r fr2 mr18 mo1n fr2 mrs mo1j fr2 mr14 " +
  "mo1m fr2 mr1g mo1p fr2 mrs mo1j fr2 mr1c mo1o fr2 mr1g mo1p fr2 mr18 mo1n fr2 mr1s mo1s fr2 mr18 mo1n fr2 mrc mo1f fr2 " +
  "mrs mo1j fr2 mrw mo1k fr2 mrs mo1j fr2 rmx,sg mrs mo1j fr2 mr14 mo1m fr2 mrs mo1j fr2 mr1o mo1r fr2 mrw mo1k fr2 mr18 " +
  "mo1n fr2 mr1g mo1p fr2 mr1s mo1s fr2 mr14 mo1m fr2 mr18 mo1n fr2 mr1c mo1o fr2 mr18 mo1n fr2 mr1g mo1p fr2 mr1g mo1p fr2 " +
  "mr10 mo1l fr2 mrk mo1h fr2 mr14 mo1m fr2 mr10 mo1l fr2 mr1g mo1p fr2 mr10 mo1l fr2 rm15,ww mr14 mo1m fr2 mr1o mo1r fr2 " +
  "mr18 mo1n fr2 mr1s mo1s fr2 mr1s mo1s fr2 mr10 mo1l fr2 mro mo1i fr2 mr1o mo1r fr2 mr10 mo1l fr2 mrw mo1k fr2 mr1g mo1p " +
  "fr2 mrs mo1j fr2 mr18 mo1n fr2 mr1c mo1o fr2 mr14 mo1m fr2 mr1c mo1o fr2 mr14 mo1m fr2 mrw mo1k fr2 mro mo1i fr2 mr1c " +
  "mo1o fr2 rm15,128 mr1c mo1o fr2 mr1o mo1r fr2 mr18 mo1n fr2 mr18 mo1n fr2 mrw mo1k fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr1w " +
  "mo1t fr2 mr1c mo1o fr2 mr14 mo1m fr2 mr18 mo1n fr2 mr1k mo1q fr2 mr18 mo1n fr2 mr1c mo1o fr2 mr14 mo1m fr2 mr10 mo1l fr2 " +
  "mr1c mo1o fr2 mr1g mo1p fr2 mr1c mo1o fr2 mr10 mo1l fr2 mr38 mo25 fr2 mro mo1i fr2 mr1s mo1s fr2 mrw mo1k fr2 rm1d,18g " +
  "mrs mo1j fr2 mr18 mo1n fr2 mr1c mo1o fr2 mr18 mo1n fr2 mrs mo1j fr2 mr18 mo1n fr2 mrw mo1k fr2 mr14 mo1m fr2 mr1k mo1q " +
  "fr2 mr14 mo1m fr2 mrs mo1j fr2 mrw mo1k fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr28 mo1w fr2 mr14 mo1m fr2 mrs mo1j fr2 mr10 " +
  "mo1l fr2 mrs mo1j fr2 mr18 mo1n fr2 mro mo1i fr2 mr1s mo1s fr2 mr1c mo1o fr2 mr10 mo1l fr2 mrw mo1k fr2 mr14 mo1m fr2 " +
  "mrw mo1k fr2 mr10 mo1l fr2 rm1l,1fk mr14 mo1m fr2 mr1o mo1r fr2 mr1k mo1q fr2 mr1k mo1q fr2 mr10 mo1l fr2 Fby fobz mo60 " +
  "mo1c mme8 mm1kw fm2 mm6bk fm2 fo4 focs fmg mo1k mo48 mo1c rm-,w fo2 fo3 mo2u fm2 mo1c mo1c fo1 mo2h mo48 mo1c rm-,w fo2 " +
  "fo3 mo3z fm2 mmak mr2n fm2 mo3j fr2 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1c fo1 mo1t foh " +
  "mo48 mo1c rm-,w fo2 fo3 mo3b fm2 foh mm7w mr1z fm2 mo2v fr2 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 " +
  "fo5 fo2 mo1c fo1 mo1o foh mo48 mo1c rm-,w fo2 fo3 mo36 fm2 foh mm7c mr1u fm2 mo2q fr2 mr2w mo22 fr2 mo3k fo4 mo4o mo1k " +
  "mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1c fo1 mo1o foh mo48 mo1c rm-,w fo2 fo3 mo36 fm2 foh mm7c mr1u fm2 mo2q fr2 mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa " +
  "fo7 fo4 fo2 foh cm1,8 mo1k mm7c mo1k mm48 mm14 mo1k fm2 mo1k fo2b fox fojn fmjt foju fojr fok8 fojq mo1s fo1 mo1s fo1 " +
  "mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2p fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1o fo6 mo1c fo1 mo1l mo1f mo1c fo1 cm3,8 mo1x fm2 mo21 " +
  "mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fod foc foa fo9 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1o fo6 " +
  "mo1c fo1 mo1l mo1f mo1c fo1 cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fod foc foa fo9 fo6 fo5 mm7c mr1u fm2 " +
  "mo2q fr2 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mma4 mr2j fm2 mo3f fr2 fo1 mo1f mos fo1 mow mo4o mm35s " +
  "mrw fo4 fo6 foe mo20 mo20 fo2 mo20 mo50z ro1,50y fo3 mo2834 fo8ss fm8 fo5 foj fr7 fo9 mo11 mos fo1 mo11 mo20 mos fo1 fo2 " +
  "fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo6l mo40 mov7 mo1k " +
  "rm5,1s mo1o mo1b mo1v mo1l fo1 rm5,3k mo1n fo1 mo1p fo1 mo36 mo1c mo5k moa3 mo2o moba mo1i fo1 rma,5c mo2o mo1n fo1 mo1i " +
  "fo1 mo1g fo1 mo1k fo1 mo1j fo1 mo1k fo1 rm8,74 mo1h fo1 mo1l fo1 mo1i fo1 mo1i mo11 mo1v mo5x moeg mo15z mo5c mo1n mo1k " +
  "mo1l fo1 rme,8w mo1i fo1 mo1l mo1g mo1x mo28 rm6,bk mo5s mo1j mo1g fo1 mo1l mo1l mo1k fo1 mo1n fo1 mo1p mo1o fo1 mo1o " +
  "mo1r fo1 mo1j mo1m fo1 rme,e8 mo1g fo1 mo1l fo1 mo1l fo1 mo1i fo1 mo1n mo3c mo1i fo1 mo1q mo1t mo1l mo1k mo1g fo1 mo1p " +
  "rme,gw mo1i fo1 mo17 mo1s mopk mo2f mo1a8 mo1i fo1 mo5j mo1h mo2g mo1k fo1 mo1j mo1r mo1h mo20 mo1r mo1m fo1 mo11 mo1o " +
  "mo4c mo1e mo9s mo4w mo1k fo1 rmp,kg mo1g fo1 mo1o fo1 mo1o fo1 mo1l fo1 mo1l fo1 mo1l mo7i moaw foq fo21 fo2m fo2v fo31 " +
  "fm9 fo44 fo4f fo4n fo3k fo3d fo3b mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm5k mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm5k mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mm4o mo1s mo1s fo2 mo1s fm4 fo5 fo2 " +
  "mo1k mm4g mo1s mo1s fo2 mo1s fo6 mo1s mo1s mo1j mo1c fo1 mo1k mm40 mm1c mo1k fm2 mo1s fo1 mo2u mo1c fo1 mo14 mo3c fmh " +
  "foi fof foo foe mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1s mo1s " +
  "mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm5c mo1s mo1s " +
  "mo5c mo1k mo2g fo2 fo1 mo1k mm5c mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mm48 mo1s mo1s fo2 " +
  "mo1s mo1s fo1 mo1s fo1 mo1k mm3k mm1c fm1 fm9 foa fo7 fob fo6 mo1h mo1h mo20 mo1s mo20 mo1l fo1 mo5s mo20 mo1n mo20 mo1j " +
  "fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1q mob4 foc mo20 mo1q mo20 mo1p mo20 mo1p mo20 mo1p mo20 mo1p mo20 mo1q mo20 mo1t " +
  "mo20 mo1t mo20 mo1q mo20 mo1t mo20 mo1t molc foo mo20 mo1t mo20 mo1q mo20 mo1t mo20 mo1t mo20 mo1q mo20 mo1t mo20 mo1t " +
  "mo20 mo1t mo20 mo1y mo20 mo1y mo20 mo22 mo20 mo22 mo20 mo1r mo20 mo1r mo20 mo1p mo20 mo1p mo20 mo1r mo20 mo1r mo20 mo1q " +
  "mo20 mo1u mo20 mo1r fo1 mo168 fo18 mo20 mo1p fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2l fo1 molc fo2l3 mm0 mow mo20 mo20 fo2 fo37 mo1s fo2 fo4 fo39 fo3a fr3d fo3e fr3b fo3c fm3f fo3g fm3m fo3n " +
  "fo3k mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2k fo1 mo1k cm18,8 " +
  "mob4 fo4r molc fo2 mo168 fo2 fm4 mm9s mo48 mo20 fo1 mo48 mo48 mo5s mo5s mo1s moqo mo1d mo1c mo1s mo1l fo1 mow mo28 mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foe foi mo48 mo20 fo1 mo48 mo48 mo3c moqo mou2 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc " +
  "mo5s mo1s fo2 mo1k mo20 fo2 fo1 foj mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo5s moqo mo6h mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh fon mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 " +
  "mo5s moqo mo5d mo1s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh fon mo48 mo1c mo20 fo1 mo48 mo48 mo48 " +
  "mo5s mo48 mo48 mo5s moqo mo6h mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foi foo " +
  "mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo5s moqo mo4v mo1s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k " +
  "mo20 fo2 fo1 foh fon mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo1c mo48 mo48 mo48 mo48 mob4 fo8 mob4 moqo mo1s " +
  "mow mo28 mo1s mo4g molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fod for mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 " +
  "mo48 mo48 mob4 fo7 mo48 mo1c mo48 mo48 mo48 mo48 mob4 moqo mo1s mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foh fot " +
  "mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1c mo48 mo48 mo48 mo48 mo1c mob4 moqo " +
  "mo76 mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fop foz mo48 mo20 fo1 mo48 mo5s mo48 " +
  "mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo1c mo48 mo48 mo48 mo48 mo1c mob4 moqo mog3 mo1k mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foq foz mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo1j fo1 mo2io fo7k mo1j fo1 mo1k fo1 mo1u fo1 mo1t fo1 mo1o fo1 foc4 mo1k mow mo20 mo20 fo2 fode mo1s fo2 fo4 fodg " +
  "fodi frdl fodm frdj fodk fmdn fodo fmdu fodv fods mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fokc mow mo20 mo20 fo2 fo153 " +
  "fo1 mow mo20 mo20 fo2 fo1 fo3 mo1c mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo6r ro1,4b fo1 mo4a ro1,1u mo1h fo1 mo1m fo1 mo1n " +
  "fo1 mo1c mo1k mm54 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm54 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo1ds mo20 mo20 " +
  "fo2 fo1 foh mo1m mo1k fo1 mo1m mo1k fo2 mo1c mo1k mm40 mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mm3k mo1s mo1s fo2 mo1s fo6 " +
  "mo1s mo1c mo1s fm7 fo8 fo5 mo1k mm3c mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1k mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1c mo1k " +
  "mm6w mo1k mm60 mr1i fm2 mo2e fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "foh mow fo1 mo1c mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmu fov foo fon fom fol fok fog fod foh foe fob foa fop fo4 " +
  "fo3 fo1 fo7 mm60 mr1i fm2 mo2e fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s mo20 fm2 mo1k mm74 mo14 mo1c mo1c fo1 mo48 " +
  "mo1c mo60 mm1s mo1k mo1k fo5 fo6 rm3,1s fo5 mo1c fo1 mo48 mo1c mo60 rm5,2o mo1k fo4 fo5 rm2,1s fo4 mo1c fo1 mo48 mo1c " +
  "mo60 rm5,2o mo1k fo4 fo5 rm2,1s fo4 fon mo60 mo60 foq fo2c fo1h fo2e fo2d fo2f mo1s fo1 mo1m mo1k fo2 mm60 mr1i fm2 mo2e " +
  "fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mm60 mr1i fm2 mo2e fr2 Mpbk mo1k mr10 mo1l fr2 rm-,w mr1k mo1q fr2 mr10 mo1l fr2 mr14 mo1m fr2 " +
  "mr14 mo1m fr2 rm9,1s mr10 mo1l fr2 mr1s mo1s fr2 mrw mo1k fr2 mr14 mo1m fr2 rm9,3k mr1g mo1p fr2 mr10 mo1l fr2 mr10 mo1l " +
  "fr2 mr1g mo1p fr2 mr1g mo1p fr2 mr1c mo1o fr2 mr1s mo1s fr2 mr14 mo1m fr2 rmh,5c mr1s mo1s fr2 mr1s mo1s fr2 mr1g mo1p " +
  "fr2 mrs mo1j fr2 mr10 mo1l fr2 mr20 mo1u fr2 mr14 mo1m fr2 mr14 mo1m fr2 rmh,74 mr14 mo1m fr2 mr10 mo1l fr2 mr1g mo1p " +
  "fr2 mr20 mo1u fr2 mr2g mo1y fr2 mr10 mo1l fr2 mr1c mo1o fr2 mr10 mo1l fr2 rmh,8w mr10 mo1l fr2 mr1s mo1s fr2 mrw mo1k " +
  "fr2 mr14 mo1m fr2 mr1k mo1q fr2 mr1k mo1q fr2 mr10 mo1l fr2 mr14 mo1m fr2 rmh,bk mr18 mo1n fr2 mr1s mo1s fr2 mr10 mo1l " +
  "fr2 mr14 mo1m fr2 mr1o mo1r fr2 mr10 mo1l fr2 mr1k mo1q fr2 mr10 mo1l fr2 mr18 mo1n fr2 mr14 mo1m fr2 mr10 mo1l fr2 mr14 " +
  "mo1m fr2 rmp,e8 mr10 mo1l fr2 mr24 mo1v fr2 mr10 mo1l fr2 mr1g mo1p fr2 mr1g mo1p fr2 mr10 mo1l fr2 mr18 mo1n fr2 mr14 " +
  "mo1m fr2 mr1o mo1r fr2 mr1k mo1q fr2 mr20 mo1u fr2 mr10 mo1l fr2 rmp,gw mr14 mo1m fr2 mr1k mo1q fr2 mr1g mo1p fr2 mr1k " +
  "mo1q fr2 mr1g mo1p fr2 mr10 mo1l fr2 mr1g mo1p fr2 mr14 mo1m fr2 mr14 mo1m fr2 mr20 mo1u fr2 mr18 mo1n fr2 mr14 mo1m fr2 " +
  "rmp,kg mr10 mo1l fr2 mr1g mo1p fr2 mr1g mo1p fr2 mr14 mo1m fr2 mr10 mo1l fr2 mr1k mo1q fr2 mr1s mo1s fr2 mr1g mo1p fr2 " +
  "mr1g mo1p fr2 mr10 mo1l fr2 mr10 mo1l fr2 mr1s mo1s fr2 mrs mo1j fr2 mr14 mo1m fr2 mr1g mo1p fr2 mro mo1i fr2 rmx,o0 " +
  "mr14 mo1m fr2 mr1g mo1p fr2 mr1g mo1p fr2 mr14 mo1m fr2 mr1g mo1p fr2 mr10 mo1l fr2 mr1s mo1s fr2 mr1g mo1p fr2 mr1k " +
  "mo1q fr2 mr1g mo1p fr2 mr18 mo1n fr2 mr1c mo1o fr2 mrw mo1k fr2 mr1g mo1p fr2 mr14 mo1m fr2 mr14 mo1m fr2 rmx,sg mr1g " +
  "mo1p fr2 mr10 mo1l fr2 mr1k mo1q fr2 mr10 mo1l fr2 mr1g mo1p fr2 mr14 mo1m fr2 mr18 mo1n fr2 mr1k mo1q fr2 mr10 mo1l fr2 " +
  "mr1c mo1o fr2 mr1s mo1s fr2 mr10 mo1l fr2 mr10 mo1l fr2 mr10 mo1l fr2 F78 fo79 mo60 mo1c mme8 mm1kw fm2 mm6bk fm2 fo4 " +
  "fo84 fmy mo1c mo1c fo1 mo2g mo1k mo48 mo1c rm-,w fo2 fo3 mo3y fm2 fo6 mo2g fo1 mo1c fo1 mo1s mo48 mo1c rm-,w fo2 fo3 " +
  "mo3a fm2 fo5 fo8 mo1s fo1 mo1c fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo8 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 " +
  "mo35 fm2 fo5 fo7 mo1n fo1 mm78 mr1t fm2 mo2p fr2 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 " +
  "moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mm74 mo1k mm3c mm14 fm1 mo1k fo1j fo9j foc2 " +
  "fmc8 foc9 foc6 focn foc5 rm-,w mo1s fo1 mo1s fo1 mo20 mo1m mo1k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2x fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 " +
  "mo2u mo1n fo6 mo1c fo1 mo1k mo1f mo1c fo1 cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3u fm2 fod foc foa fo9 fo6 fo5 " +
  "cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1n fo6 mo1c fo1 mo1k mo1f mo1c fo1 cm3,8 mo1w fm2 mo20 mo48 mo1c " +
  "rm-,w fo2 fo3 mo3u fm2 fod foc foa fo9 fo6 fo5 mm78 mr1t fm2 mo2p fr2 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 " +
  "ro2,2p fo1 mma0 mr2i fm2 mo3e fr2 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foe mo20 mo20 fo2 mo20 mo9sx ro1,9sw fo3 " +
  "fm7 fo4 foi fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 " +
  "mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo1zx mo2nc moh9 mo1g mo1i fo1 mo1r mo1r rm8,1s mo1r mo1i mo1k mo1j mo1m rm6,3k mo1t " +
  "mo1l mo1f mo1l mo1j mo1p mo1k mo1k mo1h rma,5c mo1j mo1n mo1m mo1i mo1g mo1m mo1g mo1i rm9,74 mo1l mo1p mo1p mo1p mo1p " +
  "mo1j mo1j mo1h rm9,8w mo1j mo1m mo1k mo1h mo1j mo1k mo1j mo1j rm9,bk mo1h mo1j mo1k mo1h mo1j mo1p mo1h mo1j mo1p mo1h " +
  "mo1j mo1p rmd,e8 mo1h mo1j mo1p mo1h mo1j mo1p mo1h mo1j mo1p mo1h mo1j mo1p rmd,gw mo1h mo1j mo1p mo1h mo1j mo1p mo1g " +
  "mo1i mo1j mo1l mo1g mo1i rmd,kg mo1l mo1p mo1j mo1g mo1i mo1t mo1j mo1g mo1i mo1l mo1p mo1p mo1j mo1g mo1i mo1q rmh,o0 " +
  "mo1j mo1g mo1i mo1w mo1j mo1g mo1i mo1l mo1j mo1g mo1i mo1l mo1j mo1g mo1i mo1l rmh,sg mo1j mo1g mo1i mo1l mo1j mo1g " +
  "mo1i mo1l mo1j mo1g mo1i mo1i mo1l mo1j mo1g mo1i mo1v mo1j mo1g mo1i rml,ww mo1l mo1j mo1g mo1i mo1l mo1j mo1g mo1i " +
  "mo1l mo1j mo1g mo1i mo1l mo1j mo1g mo1i mo1i mo1l mo1j mo1g rml,128 mo1i mo1i mo1k mo1l mo1g mo1i mo1i mo1g mo1g mo1i " +
  "mo1i mo1l mo1p mo1n mo1o mo1o mo1p mo1i mo1j mo1h mo1i mo1i mo1j mo1j rmp,18g mo1k mo1m mo1r mo1k mo1m mo1p mo1k mo1k " +
  "mo1j mo1s mo1j mo1i mo1p mo1o mo1m mo1m mo1g mo1g mo1i mo1i mo1g fo1 mo1m mo1j mo1m mo1f mo1n mo1j mo1k rmt,1fk mo1h " +
  "mo1f mo1i mo1n mo1o mo1n mo1m mo1o mo1o mo1p mo1q mo1o mo1p mo1q mo1t mo1s mo1r mo1o mo1p mo1q mo1q mo1r mo1s mo1o mo1n " +
  "mo1m mo1o mo1o mo1n mo1o mo1t mo1n rmx,1nk mo1f mo1j mo1h mo1n mo1o mo1t mo1o mo1n mo1f mo1j mo1o mo1n mo1t mo1n mo1n " +
  "mo1f mo1j mo1o mo1n mo1f mo1j mo1o mo1n mo1t mo1n mo1g mo1k mo1o mo1m mo1n mo1s mo1n mo1f mo1j mo1o mo1m rm11,1wg mo1n " +
  "mo1s mo1n mo1f mo1j mo1o mo1m mo1n mo1s mo1n mo1f mo1j mo1v mo1m mo1l mo1n mo1s mo1n mo1j mo1m mo1l mo1t mo1l mo1n mo1s " +
  "mo1n mo1s mo1m mo1l mo1l mo1i mo1j mo1n mo1s mo1n mo1t mo1m mo1j mo1n mo1s rm15,268 mo1n mo1o mo1m mo1n mo1s mo1n mo1f " +
  "mo1j mo1j mo1i mo1j mo1k mo1j mo1k mo1j mo1j mo1q mo1h mo1k mo1i mo1o mo1j mo1k mo1m mo1n mo1s mo1n mo1f mo1i mo1j fo1 " +
  "mo1o mo1p mo1l mo1m mo1n mo1o mo1t mo1n mo1p mo1m mo1m mo1m mo1l mo1n rm19,2gw mo1o mo1h mo1h fo1 mo1h mo1m mo1k mo1i " +
  "mo1i mo1r mo1j mo1p mo1t mo1s mo1i mo1j mo1n mo1m mo1l mo1h mo1i mo1p mo1r mo1m mo1n mo1q mo1r mo1m mo1n mo1j mo1k mo1m " +
  "mo1r mo1r mo1n mo1g mo1j mo1i mo1v mo1m mo1l mo1y mo1m mo1l mo1g mo1j mo1i mo1l mo1m rm1d,2tc mo1l mo1m mo1f mo1i mo1h " +
  "mo1u mo1f mo1i mo1g mo1h mo1m mo1m mo1k mo1f mo1l mo1g fo1 mo1n mo1h fo1 mo1r mo1p mo1v mo1v mo1k fo1 mo1k fo1 mo35 mo1l " +
  "mo3yc mo248 focl fmt fodn fody foe6 fod3 focx focv mo1k mo48 mo1s mo5s mob4 fo2 mo1s mo5s mob4 fo2 molc fo5 fo2 mo5s " +
  "mob4 fo2 mo168 fo4 fo2 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 mo2io fo8 fo2 mo5s mob4 fo2 fo1 mo5s mob4 fo2 " +
  "fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 mo50w foc fo2 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 " +
  "fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 mo5s mob4 fo2 fo1 fo19 fodu fo1e fo1d fo1c " +
  "fo1b rmhg,0 fou8 fou5 mow mo20 mo20 fo2 fouf fo1 fo3 foug fouh fruk foul frui fouj fmum foun fmut fouu four mo1m mow " +
  "mo20 mo20 fo2 fovh fo1 mow mo20 mo20 fo2 fo1 fo3 fo7 fove cm1,8 mo48 mo20 fo1 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 " +
  "mo2g fm2 mo1s mo1o fo1 mow mo28 mow mo4g mo3c mo1k mo20 fo2 fo1 foi mo48 mo48 rm-,w fo1aa fo1b0 fo1aw fo1ax fo1at fo1ar " +
  "fo1ap fo1ao fo1an fo1cz fo1cy fo1aq fo1ae fo1ad fo1ac mow mo20 mo20 fo2 fov fo1 fo3 fo21a fo21b fr21e fo21f fr21c fo21d " +
  "fm21g fo21h fm21n fo21o fo21l mm6 mo1i fm2 fo1 mo1c rm-,w rm1,1s fo3 mo1i fm2 cm1,8 mo1c mo1s mo28 mo1h fo1 mo1k fo1 " +
  "mo1j fo1 mo1l fo1 mo1i fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm4w mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm4w mo1k mrw mo1k " +
  "mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1m mo1i fo1 mo1m mo1i fo2 mo1c mo1k mm34 mo1s mo1s fo2 mo1s fm4 fo5 fo2 " +
  "mo1k mm2w mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mm2o mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1m mo1i " +
  "fo2 mm60 mr1i fm2 mo2e fr2 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh " +
  "fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2e mo48 mo1c mo1k rm-,w fo3 fo4 mo3w fm2 fo6 mo2e fo1 mo1q mo48 " +
  "mo1c rm-,w fo2 fo3 mo38 fm2 fo5 fo7 mo1q fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1l fo1 mo1l mo48 mo1c rm-,w " +
  "fo2 fo3 mo33 fm2 fo5 fo7 mo1l fo1 mm70 mr1r fm2 mo2n fr2 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mm6w mo1k mm34 mm14 fm1 mo1k fo1g " +
  "fo20 fo24 fm29 fo2a fo27 fo2l fo26 rm4p,w mo1s fo1 mo1s fo1 mo20 mo1m mo1i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 " +
  "mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2t fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo14 mo48 mo1c mo68 " +
  "fo2 fo3 fo1 mo2u mo1l fo6 mo1c fo1 mo1i mo1f mo1c fo1 cm3,8 mo1u fm2 mo1y mo48 mo1c rm-,w fo2 fo3 mo3s fm2 fod foc foa " +
  "fo9 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1l fo6 mo1c fo1 mo1i mo1f mo1c fo1 cm3,8 mo1u fm2 mo1y mo48 " +
  "mo1c rm-,w fo2 fo3 mo3s fm2 fod foc foa fo9 fo6 fo5 mm70 mr1r fm2 mo2n fr2 mo5c mow mos mow mow mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 " +
  "ro2,2p fo1 mm9s mr2g fm2 mo3c fr2 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foe mo20 mo20 fo2 mo20 mo1ty ro1,1tx fo3 " +
  "fm7 fo4 foi fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 " +
  "mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo6f mo4g mo4y mo1j fo1 mo27 rm6,1s mo1j fo1 mo1p fo1 mo1i fo1 mo1j fo1 rm5,3k moz " +
  "mo33 mo1j fo1 mo1k mo6g mo1j mo28 mo1v fo1 mo2r mo1k mo1p fo1 mo1h fo1 rmd,5c mo1i fo1 mo10 mo1j fo1 mo22 mo1p mo74 mo1l " +
  "fo1 mo1n fo1 mo1p fo1 mo21 mo5s mo1p mo1k mo1v fo1 rmf,74 mo1r fo1 mo1j mo60 mo1p mo1k mo1p fo1 mo2g mo1j mo60 mo1p mo1k " +
  "mo1p fo1 mo2g mo60 mo45 mo1i mo2o mo1h fo1 rmj,8w mo1v fo1 mo1v fo1 mo1p fo1 mo1p fo1 mo2w mo1m fo1 mo1o fo1 mo2a mo8g " +
  "mo3k mo1k fo1 mo23 fo1 rmd,bk mo1l mo86 moao fol foq fow fo13 fo1j fo1m fo1y fo22 fm4 fo34 fo3f fo3n fo2k fo2e fo2c mo1k " +
  "mo48 mo48 mob4 fo50 mo48 mo20 fo1 mo48 mo3c moqo mo1s mow mo28 molc mo3c mo1s mo1k mo20 fo2 fo1 fod mo48 mo20 fo1 mo3c " +
  "moqo mow mo28 mo1s mo4g molc mo3c mo1s mo1k mo20 fo2 fo1 fod mo48 mo20 fo1 mo3c moqo mo20 mow mo28 mo1s mo4g molc mo3c " +
  "mo1s mo1k mo20 fo2 fo1 foe mo48 mo20 fo1 mo3c moqo mo20 mow mo28 mo1s mo4g molc mo3c mo1s mo1k mo20 fo2 fo1 foe mo48 " +
  "fo1m fo29 fo2f fo2e fo2l fo2k fo2s fo2r fo1q fo1p fo1o rm79,0 fo9z fo9w mow mo20 mo20 fo2 foa5 mo1s fo2 fo4 foa7 foa8 " +
  "frab foac fra9 foaa fmad foae fmak foal foai mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 fob2 mo5s mm20 mo2o mo2g " +
  "mo5s fm4 fo5 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo52 ro1,2v mo2w mo7k mo1k fo4 fo1 fo3 fo2 fmbh fobi fr2e3 mo1h mmo mro " +
  "fr4pq fm2 mro rr1,6 mr1s rr1,g mr6 mrg mro rr1,6 mm6 mo1i fm2 fo1 fr3 mo1h mmo mro fr4p9 fm2 mo1k mo1l mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 fo5 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm4o mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm4o mo1k mrw mo1k " +
  "mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mm2g mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm2w mm1c fm1 fm9 " +
  "foa fo7 fob fo6 mo1c mo1h mo1h mo20 mo1s mo20 mo1w mo5s mo20 mo1i mo20 mo1m mo20 mo1m mo20 mo1j mo20 mo1p mob4 foc mo20 " +
  "mo1m mo20 mo1m mo20 mo1q mo20 mo1p mo20 mo1i mo20 mo1u mo20 mo1p mo20 mo1s mo20 mo1n mo20 mo1k mo20 mo1o molc foo mo20 " +
  "mo1p mo20 mo1q mo15y mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mmw mo1s mo1j " +
  "mo1c mo1p mo3c mo1s moqo mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h mo1m mo1o mo1o mo1j mo1j mo1k mo1j mo1k " +
  "mo1j mo1k mo1j mo1k mo1j mo1k mo1j mo1k mo1k mo1k mo168 fo1g mo1k mo1k mo1j mo1k mo1j mo1i mo1j mo1l mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1m mo1k mo1k mo1k mo1l mo1l mo1m mo1o mo1r mo1o mo1k mo1k mo1o mm8w moyg mo1r mmm mo1c mo6a mo20 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo1s mo1l fo1 mo1s mo1k fo1 mo1s mo1l mo5s mo1s mo1j fo1 mo1s mo1j fo1 mo1s mo1m fo1 mo1s mo1k mo7m " +
  "mob4 fob mow mo28 mo7m fo5 mo1j fmw mo1u fo1 mo1l fo1 mo1t fo1 mo1l mo1k mo1l mo1j mo1j mo1m mo1k mo1r fo1 mo1r mo1w fo1 " +
  "mow mo20 mo20 fo2 fo52 mo1s fo2 fo4 fo54 fo55 fr58 fo59 fr56 fo57 fm5a fo5b fm5h fo5i fo5f mo1f mo1l mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 fo5 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm4g mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm4g mo1k mrw mo1k " +
  "mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mm28 mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mm20 mo1s mo1s fo2 mo1s " +
  "fo6 mo1f mo1c fo1 mo1k mm2o mm1c fm1 mo1s fo1 mo2q mo1c fo1 mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2g fo1 mo1s mo48 mo1k mm4w mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm48 " +
  "mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm48 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo1fg mo20 mo20 fo2 fo1 foh mo1c " +
  "mo1k mm1k mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mm1c mo1s mo1s fo2 mo1s fo6 mo1c mo1g mo1k mm2o mm1c mo1k fm2 mo1s fo1 " +
  "mo2r mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2h fo1 mo1s mo1s mo48 mo48 mo48 mo20 fo1 mo14 mo1c mo48 mo5s mo5s moqo mo7d mo1s mo1o fo1 mow mo28 mo1s mo4g mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foe foj mo48 mo1c mo20 fo1 mo14 mo1c mo48 mo5s mo5s moqo mo7c mo1s mo1s mo1o fo1 mow mo28 " +
  "mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 fof fol mo48 mo1c mo20 fo1 mo3c moqo mo6y mo1s mo1s mo1l fo1 mo1s mo1o fo1 " +
  "mo5s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fol mob4 fo25 mo1h fo1 mo1m fo1 mo1n fo1 mo1c mo1k mm40 " +
  "mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm40 mo1k mrw mo1k mrw mo48 mo28 mo5s fo2wm foc mow mo20 mo20 fo2 fo1 foh mo1c " +
  "mo1k mm14 mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm2o mm1c mo1k fm2 fma fob fo8 foc fo7 mo1c mo1h mo1h mo20 mo1s mo20 " +
  "mo1s fo1 mo5s mo20 mo1m fo1 mo20 mo1s fo1 mo20 mo1q fo1 mo20 mo1m fo1 mo20 mo1q fo1 mob4 foc mo20 mo1v fo1 mo20 mo1v fo1 " +
  "mo2v mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mmg moqo mo1m mmf mo1c mo12 " +
  "mo1s mo20 mo2e mow mo28 mo2e fo4 mo1h mow mo20 mo20 fo2 fo1t mo1s fo2 fo4 fo1w fo1x fr20 fo21 fr1y fo1z fm22 fo23 fm29 " +
  "fo2a fo27 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i fo1 mo48 mo20 fo1 mo14 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 " +
  "mob4 fo6 mob4 moqo moi9 mo1c mow mo28 mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 fod foo mo48 mo48 mo20 fo1 mo1s mo1k fo1 " +
  "mo1s mo1s mo1c mo3c mo1s mo1k moqo mo2f mmg fm1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mmw mo1k fo4 fo6 fm2 mo1s mo5s fos molc fo43 fo5u mow mo20 mo20 fo2 fo70 fo1 fo3 fo71 fo72 fr75 fo76 fr73 fo74 fm77 fo78 " +
  "fm7e fo7f fo7c mob4 fo7y mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2g fo1 molc fo8 mo48 mo48 mo20 fo1 mozo mo1k fo1 " +
  "mo3c moqo moyc mo1s mmw fm1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmg fo3 fo5 fm1 mo1s " +
  "fom mo48 mo20 fo1 mo27 mo1k fo1 mo3c moqo mov mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mow mo28 mow mo4g mo3c mo1s mo1k " +
  "mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmg fo3 mo1s fo1 fo6 fm2 mo1s fos mo48 mo20 fo1 mof5 mo1k fo1 mo3c moqo " +
  "modt mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mow mo28 mo80 fo4u3 mow mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mmg mo1k fo4 mo1s fo1 fo7 fm3 mo1s fot mo48 mo20 fo1 mo69 mo1k fo1 mo3c moqo mo4x mmo cm1,8 mmc rm2,1s fm2 fm4 " +
  "mo28 fm2 mow mo28 mow mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmg mo1k fo4 mo1s fo1 fo7 fm3 mo1s " +
  "fos mo1s fo1 mo1s mo20 mo1c fo2 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo9 mo60 mo28 mo20 mo28 mo28 mo1c mo1s fo1 mo1s mo20 " +
  "fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo1s fo1 mo1s fo9 fo8 fo7 mo20 fo1 mm8 fm1 mo1r foi3 mo20 " +
  "fo1 mo28 mo20 mo28 fo8 mo20 mo28 mo1s fo1 mo1s fo7 fo6 fo5 mo20 fo1 mmg fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 " +
  "mo1s fo1 mo1s fo7 fo6 fo5 mo20 fo1 mmo fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 mo1s fo1 mo1s fo7 fo6 fo5 mo20 fo1 " +
  "mmw fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 mme8 fo1n mo1c mo1s fo1 mo1s mo20 fo1 mo1r mo20 fo1 mo60 mo28 mo20 " +
  "mo28 fo8 mo60 mo28 mo20 mo28 mo1s fo1 mo1s fo9 fo8 fo7 mo20 fo1 mm8 fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 fop " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2g fo1 mo55 mo1j fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo4a ro1,1x fo1 mo20 " +
  "fo1 mo5h mo1w fo1 mo1h fo1 ro3,38 mo1h fo1 mo1h fo1 mo34 mo1h fo1 mo1h fo1 mo54 mo1k fo8 fo1 fo5 fo2 foea mow mo20 mo20 " +
  "fo2 fofe fo1 fo3 foff fofg frfj fofk frfh fofi fmfl fofm fmfs foft fofq mm1k mo1f mo1s mo1f mos fo1 mow mo4o mm35s mrw " +
  "fo4 fo6 fo8 fm9 mo1k mo1i mo1s mm1c mo5s mo1i mm6 mo1i fm2 fo1 mo1v mo1s mo1k mm7c mo20 fo1 fma foc mo1m mm1k mo1f mo1s " +
  "mo1f fo1 fo3 fm4 mo1l mo1i mo1s mm1c mo5s mo1i mm6 mo1i fm2 fo1 mo1v mo1s mo1k mm7c fm9 fob mo1n mm1k mo1f mo1s mo1f fo1 " +
  "fo3 fm4 mo1l mo1i mo1t mm1c mo5s mo1i mm6 mo1i fm2 fo1 mo1v mo1t mo1k mm74 fm9 fob mo1s mo1l mm6 mo1i fm2 fo1 mo1n fo1 " +
  "mo1f mo1l mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 fo5 mo1s fo7 mo1l mo1l mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 fo5 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 foa mo1h mo1h fo1 mo1l mo20 mo28 fo1 mo1s mo1s fo1 mo5s mo1p fo1 mo1l mo1l mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 fo5 mo1s mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 fob mo1p fo1 mo1n fo1 mo1s mo1n fo1 mo1o fo1 mo1h mo1l mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 fo5 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm3k mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm3k mo1k mrw mo1k " +
  "mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmw mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmo mo1s mo1s fo2 mo1s fo6 " +
  "mo1s mo1s mo1h mo1k mm2o mm1c fm1 mo1s fo1 mo2s mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo1s mo1s mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mm3c mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm3c mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c mo1f mo1k mm2o mm1c mo1k fm2 mo1s fo1 " +
  "mo2q mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2g fo1 mo1s mo1s mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm34 mo1s mo1s mo5c mo1k " +
  "mo2g fo2 fo1 mo1k mm34 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 " +
  "fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c mo1h mo1k mm2o mm1c mo1k fm2 mo1s fo1 mo2s mo14 mo3c fme fof foc fol fob " +
  "mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo1s mo1s mo48 mob4 fof " +
  "mo48 mo48 molc fo4 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo168 foc mo1k mo1k mo1k mo1k mo1k mo2o mo1k mo1k " +
  "mo1c mow mo1k mo1k mo1k mo1k mo1c mo1k mo1c mow mo1k mo1k mo1k mo1k mo1c mo1k mo1c mow mo1k mo1k mo1k mo1s mo3c mo48 " +
  "mo2io foy mo1h fo1 mo1m fo1 mo1n fo1 mo1c mo1k mm2w mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm2w mo1k mrw mo1k mrw mo48 " +
  "mo1k mo28 foc mow mo4g fonp mo20 mo20 fo2 mo1s fo2 foj mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm2o mm1c " +
  "mo1k mo1k fm3 fmb foc fo9 fod fo8 mo1c mo1h mo1h mo20 mo1s mo20 mo1k fo1 mo5s mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 " +
  "mo20 mo1l fo1 mo20 mo1k fo1 mob4 foc mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1j fo1 " +
  "mo20 mo1l fo1 mo16g mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mm0 mow mo1k fo1 " +
  "mow mo1k fo1 mow mo1k fo1 mow mo1k fo1 molc fo10 mow mo1k fo1 mow mo1k fo1 mow mo1l fo1 mo1l fo1 mo1l fo1 mo1k fo1 mow " +
  "mo1k fo1 mow mo1k fo1 mow mo1k fo1 mow mo1k fo1 mo1k fo1 mo1l fo1 mo1k fo1 mow mo1k fo1 mo1k fo1 mo1k fo1 mo1k fo1 mo1k " +
  "fo1 mo1k fo1 mo1k fo1 mo1k fo1 mo168 fov mo1k fo1 mo1k fo1 mo1k fo1 mo1k fo1 mo1m fo1 mo1p fo1 mo1m fo1 mo1m fo1 mo1o " +
  "fo1 mo1q fo1 mow mo1m fo1 mow mo1o fo1 mow mo1p fo1 mow mo1m fo1 mow mo1o fo1 mow mo1o fo1 mo1k fo1 mo1j fo1 mo1j fo1 " +
  "mo1l fo1 mo1j fo1 mo1j fo1 mo1k fo1 mo1l fo1 mo1l fo1 mo1l fo1 mow mo20 mo20 fo2 fo3t mo1s fo2 fo4 fo3v fo3x fr40 fo41 " +
  "fr3y fo3z fm42 fo43 fm49 fo4a fo47 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 " +
  "mo52 ro1,2i fo1 mo1k cm1x,8 fo60 fo5z fo5y fo5x fo5w fo5v fo5u fo5t fo5s fo5r fo63 fo62 fo4u fm1 fo65 mow mo20 mo20 fo2 " +
  "fo7a fo1 fo3 fo7b fo7c fr7f fo7g fr7d fo7e fm7h fo7i fm7o fo7p fo7m mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm2o mo1s mo1s mo5c " +
  "mo1k mo2g fo2 fo1 mo1k mm2o mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s " +
  "fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1t mo1k mm2o mm1c fm1 mo1s fo1 mo34 mo14 mo3c fmc fod foa foj fo9 mo20 " +
  "mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2u fo1 mo1s mo1s mo48 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo52 ro1,2h fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo20 mo28 fo2 fo1 mob4 for mo48 fo1 mo1k mm5s mo1c " +
  "fo1 mo1k mo1c fo2 fo1 mo14 mo20 fo2 fo1 mo14 mo20 fo2 fo1 mo14 mo20 fo2 fo1 mo1k mo1c fo1 mo20 mo1c fo2 fo1 molc foi " +
  "mo1c mo1c fo2 fo1 mo4k mo4g mo4g mo4g mo4k fo2 fo3 fo4 mo1c mo2i fo1 mo1c fo8 fo3 fo4 fo1 mo60 mo1s fo2 fo1 mo1c fo1 " +
  "mo1c fo1 mo1s fo1 mo14 fo1 mo14 fo1 mo14 fo1 mo14 fo1 mo48 mo4w mo40 mo1k fo4 fo2 fo1 fo3 mo48 mo4w mo40 mo1k fo4 fo2 " +
  "fo1 fo3 mo48 mo4w mo40 mo1k fo4 fo2 fo1 fo3 mo48 mo48 mo20 fo1 mo48 mo1s mo48 mo1c mo1s mo1s mo1s mo1k fo1 mo1s mo3c " +
  "mo1s moqo mmg fm1 mo5s mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c mo1k mo1k mo1k " +
  "mo1k fo7 fo9 fm5 mo1s fox mo48 mo20 fo1 mo48 mo48 mo1c mo1c mo1i fo1 mo1s mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w " +
  "fo3 fo1 mo5s mo1s mo1k fo1 mo1s mo5s mo1s moqo mmg fm1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm1c mo1k mo1k fo5 mo5a mo1v fo1 ro2,3d fo1 foa fm6 mo1s foq fo16 mo48 mo20 fo1 mo48 mo48 mo3c mo48 mo5s mo48 " +
  "mo1c mo1c mo1s mo1k fo1 mo1s mo5s mo1s moqo mo1s mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 " +
  "mo14 mo20 fo2 mo20 fo1 mm1s mo1k fo4 mo1s fo1 fo7 fm3 mo1s fot foz mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 " +
  "mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fod foe mo60 mo28 mo20 mo28 foj mo48 " +
  "mo3c mo20 fo1 mo3c mo48 mo3c mo48 mo1c mo3c mo1s mo1c mo1i fo1 mo1s mo3c mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w " +
  "fo3 fo1 mo5s mo1s mo1k fo1 mo1s mo5s mo1s moqo mmg fm1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm1c fo3 mo5a mo1v fo1 ro2,3d fo1 fo8 fm4 mo1s foo fo1a mo48 mo20 fo1 mo48 mo48 mo48 mo1c mo1c mo3c mo5s mo1k " +
  "fo1 mo1s mo5s mo1s moqo mo1s mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mm1c fo3 mo1s fo1 fo6 fm2 mo1s foo fow mo48 mo20 fo1 mo48 mo48 mo3c mo48 mo3c mo5s mo48 mo48 mo1c mo1c mo1s mo1s mo1k " +
  "fo1 mo1s mo5s mo1s moqo mo20 mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mm1s mo1k mo1k fo5 mo1s fo1 fo8 fm4 mo1s mob4 foo fox fo14 mo168 fo7u mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 " +
  "mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fog foh mo60 " +
  "mo28 mo20 mo28 fom mo48 mo3c mo20 fo1 mo3c mo48 mo3c mo48 mo1c mo3c mo1s mo1c mo1i fo1 mo1s mo3c mo1p mo1p mo49 mo5k " +
  "mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo5s mo1s mo1k fo1 mo1s mo5s mo1s moqo mmg fm1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo5a mo1v fo1 ro2,3d fo1 fo8 fm4 mo1s foo fo1a mo48 mo20 fo1 mo48 mo48 " +
  "mo48 mo1c mo1c mo3c mo5s mo1k fo1 mo1s mo5s mo1s moqo mo1s mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s foo fow mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 " +
  "fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo60 mo28 mo20 mo28 fod mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c " +
  "mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 " +
  "fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 " +
  "mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 mme8 foc mo1s " +
  "fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c " +
  "mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 " +
  "fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 " +
  "fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 " +
  "fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob " +
  "mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo1s fo1 mo1s mo1s " +
  "mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fo7 fo8 mo20 mo28 fob mo48 mo20 fo1 mo48 mo3c mo48 mo1c mo1c " +
  "mo3c mo1s mo1k fo1 mo1s mo3c mo1s moqo mo1s mmw fm1 mo5s mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fov mo48 mo20 fo1 mo48 mo48 mo48 mo3c mo5s mo48 mo48 mo1c mo1c mo1s mo1s " +
  "mo1k fo1 mo1s mo5s mo1s moqo mo20 mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm1s mo1k fo4 mo1s fo1 fo7 fm3 mo1s mob4 fon fow fo12 mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 mo1c " +
  "mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 mo1c mo14 fo1 mo14 fo1 fo3 fog foh mo60 mo28 " +
  "mo20 mo28 fom mo48 mo3c mo20 fo1 mo3c mo48 mo3c mo48 mo1c mo3c mo1s mo1s mo1k fo1 mo1s mo3c mo1s moqo mmg fm1 mo5s mow " +
  "mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 fo5 fm1 mo1s fov mo48 mo20 fo1 mo48 mo48 " +
  "mo1c mo1c mo3c mo1c mo1i fo1 mo1s mo3c mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo5s mo1s mo1k fo1 mo1s " +
  "mo5s mo1s moqo mmg fm1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo5a mo1v fo1 " +
  "ro2,3d fo1 fo8 fm4 mo1s foo fo17 mo48 mo20 fo1 mo48 mo1c mo1k fo1 mo1s mo3c mo1s moqo mmw cm1,8 mmg rm2,1s fm2 fm4 fm1 " +
  "mow mo28 mo1s mo4g mow mow mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 mo1s fo1 mo1s " +
  "fo1 mo1s fo1 mo5s fo9 fm5 mo1s fo10 mo48 mo20 fo1 mo14 mo1c mo48 mo1c mo48 mo5s mo48 mo1c mo48 mo5s moqo mo71 mo1c mow " +
  "mo28 mo4g mo5s fo1 mo1k mo20 fo2 fo1 foe fol mo48 mo48 mo48 mo20 fo1 mo48 mo1s mo48 mo1c mo1c mo1s mo3c mo1s mo1c mo1s " +
  "mo3c mo1s mo5s mo1s mo1k fo1 mo1s mo1s mo5s mo1s moqo mmg fm1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 " +
  "mo20 fo2 mo20 fo1 mm1c mo1k fo4 mo5a mo1y fo1 ro2,3g fo1 fo9 fm5 mo1s foq fo14 mo48 mo1c mo20 fo1 mo48 mo48 mo5s mo48 " +
  "mo48 mo48 mo48 mo1c mo1c mo48 mob4 fo9 mo48 mo48 mo48 mo48 mo48 mo48 mo1k fo1 mob4 mo1s moqo mo9n mm1c fm1 mow mo28 mo1s " +
  "mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm4g mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k foh mo1s fo1 molc foz fol fmh mo1s fo18 fo1l mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 " +
  "mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo48 mo20 fo1 mo48 mo3c mo48 mo3c mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 " +
  "mo1k fo1 mo1s mob4 mo1s moqo moaw mo2o mm1s fm1 mow mo28 mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm2o fo3 mo1s mme8 fo2 fo7 fm3 mo1s fos fo14 mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 " +
  "mo60 mo28 mo20 mo28 mo48 mo1c mo20 fo1 mo48 mo3c mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo1k fo1 mob4 mo1s moqo " +
  "mo5j mm1c fm1 mow mo28 mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm34 fo3 mo1s fo1 fo6 fm2 mo1s " +
  "fom fox mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo48 mo1c mo20 fo1 mo48 mo48 " +
  "mo48 mo5s mo1c mo1c mo1i fo1 mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo1k fo1 mo5s mo1s cm1,8 fm1 mors " +
  "mo1s mmw fm1 mo1s mo1l fo1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo5a mo1v " +
  "fo1 ro2,3d fo1 mo1s fo1 fo9 fm5 mo1s mob4 foq fo13 fo19 mo48 mo20 fo1 mo3c mo48 mo1c mo3c mo48 mo48 mo5s mo1k fo1 mo1s " +
  "mo5s mo1s moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2w fm2 mow mo28 mo1s mo4g mow mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 " +
  "mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 mo1s fo1 fo7 fm3 mo1s fot fo11 mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 " +
  "mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo48 mo20 fo1 mo48 mo1c mo3c mo48 mo48 mo5s mo1k fo1 mo1s mo5s mo1s moqo mmo cm1,8 mmc " +
  "rm2,1s fm2 fm4 mo2w fm2 mow mo28 mow mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 " +
  "mo1s fo1 fo7 fm3 mo1s for foy mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo48 mo20 " +
  "fo1 mo48 mo48 mo1k fo1 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2o fm2 mo5s mow mo28 mow mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 mo1s fo1 fo7 fm3 mo1s fot mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 " +
  "mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo48 mo20 fo1 mo48 mo48 mo3c mo5s mog mo1c mo48 mo48 mo48 mo48 mob4 fo8 mo48 mo1k " +
  "fo1 mo1s mob4 mo1s moqo mo6k mo2o mm1s fm1 mow mo28 mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm2o fo3 mo1s mme8 fo2 fo7 fm3 mo1s for fo13 mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 " +
  "mo28 mo20 mo28 mo48 mo20 fo1 mo48 mo3c mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo1k fo1 mob4 mo1s moqo mo3v mmo cm1,8 mmc " +
  "rm2,1s fm2 fm4 mo2o fm2 mow mo28 mo1s mo4g mow mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm28 fo3 " +
  "mo1s fo1 mo1s fo1 fo7 fm3 mo1s fot fo13 mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 " +
  "mo1s fo1 mo1s fo9 fo8 fo7 mo1s fo1 mm8 fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 mo1s fo1 mo1s fo7 fo6 fo5 mo1s fo1 " +
  "mmg fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 mo1s fo1 mo1s fo7 fo6 fo5 mo1s fo1 mmo fm1 mo1r mo20 fo1 mo28 mo20 " +
  "mo28 fo8 mo20 mo28 mo48 mo1c mo20 fo1 mo1k fo1 mo3c moqo mo26 mo2w mm1s fm1 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 " +
  "fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 mo1s fo1 fo6 fm2 mo1s mo5s foq mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 " +
  "mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo1s fo1 mo1s fo9 fo8 fo7 mo1s fo1 mm8 fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 " +
  "mo28 mo48 mo1c mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1s mo1k fo1 mo1s mob4 mo1s " +
  "moqo mo4v mo2w mm1s fm1 mow mo28 mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm34 fo3 mo1s mme8 fo2 " +
  "fo7 fm3 mo1s fos fo13 mo1s fo1 mo1s mo1s fo1 mo1r mo20 fo1 mo60 mo28 mo20 mo28 fo8 mo60 mo28 mo20 mo28 mo1s fo1 mo1s fo9 " +
  "fo8 fo7 mo1s fo1 mm8 fm1 mo1r mo20 fo1 mo28 mo20 mo28 fo8 mo20 mo28 fo140 mow mo20 mo20 fo2 fo153 fo1 fo3 fo154 fo155 " +
  "fr158 fo159 fr156 fo157 fm15a fo15b fm15h fo15i fo15f mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 mob4 fo1e2 mo20 " +
  "mo28 fo2 fo1 mm40 mo48 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 " +
  "ro1,2i fo1 mo1k cm8w,8 molc fol mo168 fo2 mo2io fo2 mo50w fo2 fo1ig fo1hu fm5 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2j fo1 rmr,5c mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm2g mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm2g mo1k mrw mo1k mrw mo48 " +
  "mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c " +
  "mo1m mo3c mo1k mm2o mm1c fm1 mo1s fo1 mo2x mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo48 mob4 fod mow mo20 mo20 fo2 fo1h8 fo1 mow mo20 mo20 fo2 fo1 fo3 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm28 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm28 mo1k " +
  "mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo6 mo1c mo1o mo1k mm2o mm1c mo1k fm2 mo1s fo1 mo2z mo14 mo3c fme fof foc fol fob mo20 mo5s mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo1s mo1s mo48 mow mo4g fo1ed mo20 mo20 fo2 fo1z fo1 mow " +
  "mo20 mo20 fo2 fo1 fo3 mo1k mm2o mo48 mob4 fop mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc fod mo48 fop " +
  "mo168 fo3rn mow mo20 mo20 fo2 fo1v fo1 fo3 fo1w fo1x fr20 fo21 fr1y fo1z fm22 fo23 fm29 fo2a fo27 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2p fo1 molc fo2v mo1k mm8g mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo168 fog " +
  "mo48 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mo48 mo48 mo48 mo48 mo48 mo48 fo3p mow mo20 mo20 fo2 fo4s " +
  "fo1 fo3 fo4t fo4u fr4x fo4y fr4v fo4w fm4z fo50 fm56 fo57 fo54 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 " +
  "mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2i mo2w mo54 mo1k mo48 mo20 mo1k cm8w,8 fo3 mo1k mm1z4 fm3 mo1c rm-,w rm1,1s " +
  "rm1,3k rm1,5c rm1,74 rm1,8w rm1,bk rm1,e8 rm1,gw rm1,kg rm1,o0 rm1,sg rm1,ww rm1,128 rm1,18g rm1,1fk rm1,1nk rm1,1wg " +
  "rm1,268 fml fok foq fou for fot fos rm6g,21s fm2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 moa0w fo6v mo48 mo60 " +
  "mme8 mo60 mo60 mme8 mo60 mme8 fo8 mo48 mo48 mo48 mmw rmk,2cg fm2 mo48 mo48 mo60 fo1 mo60 fo1 mo3c mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mm1c fm1 mo48 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 mo48 mo20 mo1s fo2 mo3c mo48 " +
  "mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1s mo1k fo1 mo1s mob4 mo1s moqo mo2w mm1s fm1 " +
  "mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mm3k fo3 mo1s fo1 fo6 fm2 mo1s fox fo1b mo48 mo14 mo14 mo1i mo48 mo48 mo28 mo1k mm7c mm1c fm1 fo9 foa mo48 mo48 mo1k " +
  "mm74 mm1c fm1 mo48 mo48 mo14 mo14 mo1i mo1s mo48 mo48 mo1c fo1 fo8 mmw fm1 mo48 mo48 mo48 mo48 mo48 mmw fm1 mo48 mo48 " +
  "cm2,8 fm1 mo48 mo48 cm2,8 fm1 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo1c mo5s moqo mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mob4 fo7 mow mo28 molc mob4 fo1 mo1k mo20 fo2 fo1 foh fon mo48 mo48 mo48 mo1c mo20 fo1 mo48 mo3c mo48 mo1c mo1c " +
  "mo3c mo1s mo1c mo1i fo1 mo1s mo3c mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo5s mo1s mo1k fo1 mo1s mo5s " +
  "mo1s moqo mo1w mo1s mmw fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 " +
  "mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo5a mo1v fo1 ro2,3d fo1 mo1s fo1 fo9 fm5 mo1s foy fo1k fo1qr mow mo20 mo20 fo2 " +
  "fo8w fo1 fo3 fo1rx fo1ry fr1s1 fo1s2 fr1rz fo1s0 fm1s3 fo1s4 fm1sa fo1sb fo1s8 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h " +
  "fo1 mo1m fo1 mo1n fo1 mo1k mm20 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 mo5s fo285 foc " +
  "mow mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1q mo1k mm2o " +
  "mm1c fm1 mo1s fo1 mo31 mo14 mo3c fmc fod foa foj fo9 mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2r fo1 mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo48 mo20 fo1 mo48 mo48 mo48 mo3c moqo mo1s mo1l fo1 " +
  "mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foj mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo5s moqo " +
  "mo33 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh fol mo48 mo1c mo20 fo1 mo48 mo48 mo3c " +
  "moqo mo8k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fok mob4 fo25 fo1u mow mo20 " +
  "mo20 fo2 fo2v fo1 fo3 fo2x fo2y fr31 fo32 fr2z fo30 fm33 fo34 fm3a fo3b fo38 mob4 fo1wf cm2,8 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 molc fo9 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 fo831 mo1k mmo mo1k " +
  "mo60 mo1c mo1c mo1c mo1c fo2 fo1 mm58 mo2n fm2 mo1c fo1 rm-,w mo1c mo1c fo2 fo1 mm4w mo2k fm2 mo1c fo1 mo1c mo1c fo2 fo1 " +
  "mm68 mo2w fm2 mo1c fo1 foi fmb mm30 mo23 fm2 mo1w mo1k mo1w fo1 mo1v fo4 fo5 mo1c fo1 mo1q mo1q fo1 mo1p fo3 mo48 mo1c " +
  "mo1c mo1c mo1o mo26 fo2 fo5 fo4 mo1c mo1c mo1o mo20 fo2 fo4 fo3 mo1c mo1q mr2w mo22 fr2 mo3k fo4 mo54 mo1k fo4 fo1 fo3 " +
  "fo2 mo1k mr2w mo22 fr2 mo3k fo4 mo54 mo1k fo4 fo1 fo3 fo2 foi fod foe fon fos fou foo mo1b mo5c mo1k mo2g mo2g mo1k mo5c " +
  "mo1k fo3 fo1 fo8 fo7 fo6 fo5 fo4 fo2 mo48 mo1c mo1c mo1k mo1l fo2 fo4 fo3 mo11 fo1 mo1i fo1 mo11 fo1 mo1i mo1k mo1p fo2 " +
  "fo7 fo3 fob mow mo1e fo2 mow mo1f fo2 mo2i fo2 fo4 mo22 mr2w mo22 fr2 mo3k fo4 mo54 mo1k fo4 fo1 fo3 fo2 mo60 mo1c mo1k " +
  "cm1,8 mo1c mo4g mow fo1 mow fo1 ro3,1n mo1c mo1c mo1h mo29 fo2 mo1o ro2,2k fo2 mo1r ro2,2y fo2 fo8 fo7 fo9 rm-,w foe foh " +
  "foi fmf mo1c mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow " +
  "foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo30 mo3i fo2 fo1 mo1c mo1c fo2 fo1 mm6g mo2y fm2 mo1c fo1 rm7e4,1s " +
  "mo2i Mpbk mo24 rm-,w mo2l mo21 mo1k mo1l rm5,1s mo20 mo2b mo1y mo1m rm5,3k mo1n mo1u mo2b mo1v mo1i mo1m mo2g mo28 " +
  "rm9,5c mo22 mo1n mo1i mo1s mo1m mo1s mo1m mo1l rm9,74 mo21 mo26 mo1h mo1v mo1g mo1h mo25 mo1z rm9,8w mo2e mo1h mo1h mo22 " +
  "mo1m mo24 mo1l mo22 rm9,bk mo1k mo1y mo1u mo1y mo1u mo2b mo1k mo1j mo1m mo1n mo21 mo23 rmd,e8 mo26 mo1l mo24 mo1i mo1z " +
  "mo1h mo1j mo21 mo23 mo20 mo21 mo1i rmd,gw mo1x mo23 mo1q mo1y mo24 mo1z mo20 mo1z mo1l mo1k mo24 mo22 rmd,kg mo1i mo23 " +
  "mo22 mo1u mo21 mo2f mo1u mo1y mo2h mo25 mo1i mo1j mo1j mo1k mo21 mo1x rmh,o0 mo1l mo1h mo1i mo1p mo2d mo1k mo1m mo1p " +
  "mo1s mo1z mo1k mo1p mo1z mo1m mo21 mo30 rmh,sg mo23 mo1j mo21 mo1z mo1i mo1n mo1i mo20 mo1x mo1r mo22 mo1m mo25 mo29 " +
  "mo21 mo22 mo1j mo28 mo20 mo1l rml,ww mo20 mo1o mo24 mo29 mo1w mo1w mo1l mo21 mo1y mo1x mo20 mo1p mo24 mo1o mo1l mo1p " +
  "mo1x mo1l mo25 mo1t rml,128 mo1n mo1k mo1z mo1k mo1z mo1g mo22 mo1h mo1h mo1z mo27 mo1y mo1j mo2a mo1n mo1u mo2a mo1l " +
  "mo1k mo1p mo23 mo1o mo1t mo26 rmp,18g mo1n mo2b mo27 mo22 mo28 mo1x mo23 mo2a mo21 mo1i mo1k mo1r mo24 mo24 mo1q mo28 " +
  "mo1k mo1m mo2m mo1i mo1j mo22 mo1j mo22 mo21 mo24 mo23 mo22 rmt,1fk mo1i mo1z mo22 mo1o mo1q mo1z mo1z mo1k mo1j mo1n " +
  "mo1l mo20 mo1z mo1r mo1j mo26 mo20 mo1j mo1n mo21 mo1n mo2a mo1n F6p fo6q mo48 mo1c mo1k rm-,w fo3 fo4 fo5 fo6 fo7 fo9 " +
  "foa fob foc fod foe fof fog foh foi foj fok fol fom fon foo fop foq for fot fou fov fow fox foy foz fo10 fo11 fo12 fo13 " +
  "fo14 fo15 fo16 fo17 fo18 fo19 fo1a fo1b fo1c fo1d fo1e fo1f fo1g fo1i fo1j fo1k fo1m fo1n fo1o fo1p fo1q fo1r fo1s fo1t " +
  "fo1u fo1v fo1w fo1x fo1y fo1z fo20 fo21 fo22 fo23 fo24 fo25 fo26 fo27 fo28 fo29 fo2b fo2c fo2d fo2e fo2f fo2g fo2h fo2i " +
  "fo2j fo2k fo2l fo2m fo2n fo2o fo2p fo2q fo2r fo2s fo2t fo2u fo2w fo2x fo2y fo2z fo30 fo31 fo32 fo33 fo34 fo35 fo36 fo37 " +
  "fo38 fo39 fo3a fo3b fo3c fo3d fo3e fo3f fo3h fo3i fo3j fo3k fo3l fo3m fo3n fo3o fo3p fo3q fo3r fo3s fo3t fo3u fo3v fo3w " +
  "fo3y fo3z fo40 fo41 fo42 fo43 fo44 fo45 fo46 fo47 fo48 fo49 fo4a fo4b fo4c fo4d fo4f fo4g fo4h fo4i fo4j fo4k fo4l fo4m " +
  "fo4n fo4o fo4p fo4q fo4s fo4t fo4u fo4v fo4w fo4x fo4y fo4z fo50 fo51 fo52 fo53 fo55 fo56 fo57 fo58 fo59 fo5a fo5b fo5c " +
  "fo5d fo5e fo5f fo5g fo5i fo5j fo5k fo5l fo5m fo5n fo5o fo5p fo5r fo5s fo5t fo5u fo5v fo5w fo5x fo5y fo60 fo61 fo62 fo63 " +
  "fo64 fo65 fo66 fo67 fo69 fo6a fo6b fo6c fo6d fo6e fo6f fo6g fo6i fo6j fo6k fo6l fo6n fo6o fo6p fo6q fo6s fms mmg mo20 " +
  "fo1 mo1c mo1c mo1c mo23 mo3o fo2 fo4 fo3 mo3q mo4c fo2 fo1 mo1g mo1k fo2 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo38 fo1 " +
  "mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo5s mo1j fo1 mo1l fo1 mo1j fo1 mo1k mo1r fo1 mo1q fo1 mro mo1i fr2 mm6 mo1i " +
  "fm2 fo1 mo1v mo1j mo1k mm74 mo14 mo20 fo1 mo20 mo20 fo2 mo20 mos mo6ch mo3k mo54 mos fo3 fo2 fo1 ro4,ku fo6 mola mow " +
  "mo1c fo1 fo2 fo4 mo9h mo1c fo1 mod6 mo1c fo1 fo4 mod5 fo1 mo5s mmo mm6cg mm274 mmbv rm1,bu mm6 mm48 mm8 cm1,1c mm4g mm8 " +
  "mo13 rm-,w mm8 fm1 rm7,g cm1,1c moz mo1f fo1 rm4,w cm1,1c cm1,1c mo1f fo1 rma,1s mm8 fm1 mm8 mo11 mo1h fo1 rm9,1s cm1,1c " +
  "cm1,1c cm1,1c cm1,1c mo1h fo1 rmb,3k moc9 mm8 fm1 mo1wl mocn ro1,cd fo3 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1h fo1 " +
  "mm8 mo1h fo1 fm2 mo1h fo1 rmf,5c mo1h fo1 mm8 fm1 mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fmw rmt,3k cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mm8 fm1 fm1k fm1m fm1f fm1b fm1a fm12 fm11 fm10 fmz fm9 fm8 fm7 fm6 fm5 fm4 " +
  "fm3 fm2 fma fm1l fm1o fm1p fm1q fm1s mo1s mo1k mo8 mm28 mo1k mo1s mow mo3c mo1s mo1k mo1k mo4g rm-,w fm1 mo60 mo60 mo60 " +
  "mo1s mo60 mo60 mo60 mo60 mow mow mow mo1s fo1 fo2 foa fo6 fo8 fo7 fo5 foc fob co1,m0 mow fo1 mo1s mo1k cm2,8 fm1 mo1s " +
  "cm2,8 fm1 mo1s mo1s co1,1k cog,14 mo4g mo4g mm0 mo4h mo1t mo1d fm4 cm3,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p ro1,4h " +
  "fo8 ro1,2f rob,1x mo80 fog mo68 fmb foi foj fog fos fo1b fow fov fo1a fo16 fm1e fo1f fo3 fo2 mo1p fo1 mo48 mmo mm6cg " +
  "mm274 mmb2 rm1,b1 mm6 mm48 mm8 cm1,1c mm4g mm8 mo10 rm-,w rm6,g cm1,1c rm2,w cm1,1c cm1,1c mm8 rm4,1s cm1,1c cm1,1c " +
  "cm1,1c cm1,1c mo13 rmd,1s mm8 fm1 mo14 mo1k mo1k fo1 rm5,3k mm8 fm1 moz mo1f rmf,3k cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c mo1f fo1 mm8 mo1f fo1 mo14 mo1k fo1 rmi,5c mo12 mo1i fo1 mo1k fo1 mo1k fo1 fm9 mo1k fo1 rm6,74 mo1i " +
  "fo1 mo1k fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 moz mo1f rmu,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo1f fo1 mm8 mo1f fo1 mo22 rmv,8w mm8 fm1 mo2g fm6 mm8 fm1 mm8 " +
  "fm1 mm8 fm1 mm8 fm1 fmv rm22,g moz moz mo1f fo1 mo1f fo1 mo11 rmd,bk mo1h fo1 mo13 mo1j fo1 moz mo1f fo1 mo1f fo1 mo1f " +
  "fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 fm1 mo10 rmf,e8 mo1f fo1 mm8 fm1 mm8 moz mo1f fo1 mo11 mo1h fo1 rm1l,e8 " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo14 mo1k fo1 " +
  "moz mo1f fo1 rm19,gw mo1f fo1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 fm1 mo1f fo1 mm8 mo12 mow mo10 mow " +
  "fm5 moz mo1f fo1 rmh,kg mo11 mo1h fo1 mo13 mo1j fo1 moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 fm1 mm6cg mm8 fm1 mm8 fm1 mm8 fm1 " +
  "mo1f fo1 mm8 fm1 mo1f fo1 mm8 fm1 rm25,g fm1 mm8 fm1 rmk,o0 mm8 mo11 mo11 mo1h fo1 moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 " +
  "fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 mo11 mm8 fm1 mo1f mm8 fm1 mm8 fm1 mm8 fm1 fm7 moz mo1h fo1 rmn,sg mm8 fm1 mm8 " +
  "fm1 mm8 fm1 moz mo1f fo1 mo1f fo1 mm8 fm1 moz mo1f mo1f fo1 mm8 mo1f fo1 moz mo1f fo1 rm34,sg cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo11 mo1h fo1 mo1f fo1 mo1f fo1 fm21 mo1f fo1 " +
  "rm2d,ww mo1h fo1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo11 mo11 mo1h fo1 moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 fm1 mm8 " +
  "fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 mo11 mm8 fm1 mo1f mm8 fm1 mm8 fm1 mm8 fm1 fm7 moz mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 moz " +
  "mo1f fo1 rmx,128 mo1f fo1 mm8 fm1 moz mo1f fo1 mo1f fo1 mo11 mo1h fo1 mo10 mo1g fo1 mo1g fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 " +
  "fm1 mm8 moz mo1f fo1 mm6cg mo1f fo1 mo11 mo1h fo1 mo14 rmn,18g mo1k fo1 moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 fm1 mm8 fm1 " +
  "mm8 fm1 mm8 fm1 mo1f fo1 mm8 fm1 mo1f fo1 mo10 mo1g fo1 moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 " +
  "mo1f fo1 mm8 fm1 mo1g fo1 moz mm8 fm1 mm8 fm1 mm8 fm1 fm12 mo1g fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1g fo1 rm10,1fk " +
  "mm8 fm1 mo1f fo1 mm8 mo1f fo1 fm2 mo1f fo1 mo1f fo1 mo1h fo1 mo1g fo1 mm8 fm1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 " +
  "mm8 mo12 mo1i mo1i fo1 mm8 mo1i fo1 moz mo1f fo1 mo11 mo1h fo1 mo1f fo1 mo1f fo1 fm8 mo1f fo1 mo1h fo1 mo1f fo1 mm8 fm1 " +
  "mm8 fm1 mm8 fm1 mm8 fm1 fmj rm6h,g moz moz mo1f fo1 mo1f fo1 rm13,1nk moz mm8 fm1 mm8 fm1 mm8 fm1 mo10 mo1f fo1 mm8 moz " +
  "mo12 mm6cg mo1i fo1 mo1i fo1 fm6 mm8 fm1 mm8 fm1 mm8 mo11 mo11 mo1h fo1 rm64,1kw cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c moz mo1f fo1 mo1f fo1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 mo11 mm8 fm1 " +
  "mo1f mm8 fm1 mm8 fm1 mm8 fm1 fm7 moz mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 moz mo1f fo1 mo1f fo1 mm8 fm1 moz mo1f fo1 " +
  "rm4v,1wg mo1f fo1 mo12 mo1i fo1 mo12 mm8 fm1 moz mo1f fo1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1f fo1 mm8 " +
  "mo1f fo1 fm2 mo1f fo1 mo1f fo1 mo1i fo1 mm8 fm1 mo1f fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm57 mo1f fo1 rm5s,w " +
  "mm8 fm1 fm2 mo1f fo1 rmf8,w mm8 fm1 fm2 mo13 mm8 mo16 mo1m fo1 mo1m fo1 mm8 fm1 mm8 fm1 mm8 fm1 mo11 mm8 fm1 mm6cg fma " +
  "mm8 fm1 fmhw fmhy fmhs fmhq fmhp fmhm fmhl fmhk fmhj fmh7 fmh6 fmh5 fmh4 fmh3 fmh2 fmh1 fmh0 fmgd fmgc fmgb fmga fmg9 " +
  "fmg8 fmg7 fmg6 fmg5 fmg4 fmg3 fmg2 fmg1 fmg0 fmfz fmfy fmes fmer fmeq fmep fmeo fmen fmem fmel fmek fmej fmei fmeh fmeg " +
  "fmef fmee fmed fmec fmeb fmea fme9 fme8 fme7 fme6 fme5 fme4 fme3 fme2 fme1 fme0 fmdz fmdy fmdx fmbo fmbn fmbm fmbl fmbk " +
  "fmbj fmbi fmbh fmbg fmbf fmbe fmbd fmbc fmbb fmba fmb9 fmb8 fmb7 fmb6 fmb5 fmb4 fmb3 fmb2 fmb1 fmb0 fmaz fmay fmax fmaw " +
  "fmav fmau fmat fmas fmar fmaq fmap fmao fman fmam fmal fmak fmaj fmai fmah fmag fmaf fmae fmad fmac fmab fmaa fma9 fma8 " +
  "fma7 fma6 fma5 fma4 fma3 fma2 fma1 fma0 fm9z fm9y fm9x fm5k fm5j fm5i fm5h fm5g fm5f fm5e fm5d fm5c fm5b fm5a fm59 fm58 " +
  "fm57 fm56 fm55 fm54 fm53 fm52 fm51 fm50 fm4z fm4y fm4x fm4w fm4v fm4u fm4t fm4s fm4r fm4q fm4p fm4o fm4n fm4m fm4l fm4k " +
  "fm4j fm4i fm4h fm4g fm4f fm4e fm4d fm4c fm4b fm4a fm49 fm48 fm47 fm46 fm45 fm44 fm43 fm42 fm41 fm40 fm3z fm3y fm3x fm3w " +
  "fm3v fm3u fm3t fm3s fm3r fm3q fm3p fm3o fm3n fm3m fm3l fm3k fm3j fm3i fm3h fm3g fm3f fm3e fm3d fm3c fm3b fm3a fm39 fm38 " +
  "fm37 fm36 fm35 fm34 fm33 fm32 fm31 fm30 fm2z fm2y fm2x fm2w fm2v fm2u fm2t fm2s fm2r fm2q fm2p fm2o fm2n fm2m fm2l fm2k " +
  "fm2j fm2i fm2h fm2g fm2f fm2e fm2d fm2c fm2b fm2a fm29 fm28 fm27 fm26 fm25 fm24 fm23 fm22 fm21 fm5l fmhx fmi0 fmi1 fmi2 " +
  "fmi4 mo8 mow mm28 mow mo3c mo4g rm-,w mo5s mob4 fo2 fm3 mo60 mo60 mo60 mo60 mo60 mo60 mo5s mme8 mob4 fo3 mo60 mow mow " +
  "mow mow mow mow mow mow mow mow mow mow mo1s fo1 fo2 fof fmg fol foi fok foj foe fon fom co1,m0 mow fo1 mo1k cmb,8 fm1 " +
  "cmb,8 fm1 co1,1k cog,14 co1,1k co1,1k co1,1k co1,1k mo4g mo4g cog,14 co1,1k mo5s ro3,zk co1,1k cog,14 co1,1k cog,14 " +
  "co1,1k co1,1k co1,1k co1,1k co1,1k cog,14 cog,14 mob4 foe cog,14 co1,1k co1,1k cog,14 cog,14 cog,14 co1,1k co1,1k co1,1k " +
  "co1,1k cog,14 cog,14 ro1,zk mo80 fov ro2,1z4 cog,14 co1,1k co1,1k cog,14 cog,14 cog,14 co1,1k cog,14 mo80 fo16 co1,1k " +
  "co1,1k co1,1k co1,1k co1,1k cog,14 cog,14 ro1,zk cog,14 co1,1k co1,1k cog,14 cog,14 cog,14 cog,14 cog,14 co1,1k co1,1k " +
  "co1,1k cog,14 cog,14 cog,14 cog,14 cog,14 mm0 mo4h mo1t mo1d fm4 cm9,8 mo74 fo1 co1,1k cog,14 co1,1k cog,14 co1,1k " +
  "cog,14 co1,1k cog,14 mo80 fo1 mm7c mm4w mm4w mm4w mm4w mm4w mm4w mm4w mm4w mm4w fm9 mm4w mm4w fm3 fm1 fm2 fm4 mm4w mm4w " +
  "fm7 fm1 fm2 mm4w mm4w fma fm1 fm2 fmb fmc fmd mm4w mm4w fmg fm1 fm2 fmi row,81 ro1,f5 ro1,td roy,2p ro1,4h ro1,81 ro1,f5 " +
  "ro1,td ro12,1t ro1,2p ro1,4h ro1,81 ro1,4g ro6,en roc,mb mofs fo22 mo54 mo54 mo34 mo34 moqo fm1e fo15 fo16 fo17 fo18 " +
  "fo19 fo1a fo1b fo1c fo1n fo1o fo1m fo1p fo1l fo1q fo1v fo1w fo1t fo1x fo21 fo22 fo1u fo23 fo24 fo1y fo25 fo1z fo26 fo29 " +
  "fo2c fo2d fo2a fo2e fo2b fo2l fo28 fo2m fo2f fo2n fo2g fo2o fo2r fo2s fo2p fo2t fo2x fo2y fo2q fo2z fo2k fo30 fo2u fo31 " +
  "fo2w fo32 fo33 fo34 fo35 fo36 fo1s fo39 fo1k fo3d fo1j fo3e fo1r fo3f fo37 fo3g fo3h fo3i fo2h fo2v fo3n fo4g fo40 fo3z " +
  "fo3y fo3x fo3w fo3v fo3u fo3t fo3s fo3r fo3q fo4b fo4f fo4e fm4h fo4j fo7 fo6 mo1p fo1 mo48 mo1h fo1 mo1m fo1 mo1n fo1 " +
  "mo1k mm1k mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k " +
  "mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 " +
  "mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s " +
  "mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c " +
  "rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 mo5c " +
  "mo1k mo2g mo1c mo1k mm6o mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh " +
  "mow fo1 mo1c mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmr fos foo fon fom fol fok fog fod foh foe fob foa fop fo4 fo3 " +
  "fo1 fo7 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof " +
  "foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 mo1k mm6w mo14 mo1c mo48 mo1c mo60 mm1s fo3 fo4 rm1,1s fo3 mo48 " +
  "mo1c mo60 rm4,2o fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o fo3 fo4 rm1,1s fo3 fog mo60 mo60 foj fo1y fo17 fo20 fo1z fo21 " +
  "mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc " +
  "fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo2g Mpbk mo2e rm-,w mo2q mo2h mo2f mo2g rm5,1s mo2k mo2o mo2f mo2k rm5,3k mo2j mo2d " +
  "mo2g mo2g mo2l mo2d mo2j mo2g rm9,5c mo2i mo2j mo2k mo2h mo2i mo2g mo2h mo2h rm9,74 mo2p mo2g mo2d mo2g mo2s mo2g mo2k " +
  "mo2p rm9,8w mo2e mo2e mo2l mo2k mo2g mo2d mo2e mo2h rm9,bk mo2d mo2h mo2g mo2r mo2e mo2e mo2g mo2f mo2f mo2h mo2g mo2g " +
  "rmd,e8 mo2g mo2e mo2g mo2d mo2k mo2k mo2j mo2o mo2m mo2j mo2o mo2f rmd,gw mo2l mo2i mo2d mo2g mo2i mo2c mo2e mo2h mo2c " +
  "mo2l mo2d F2e fo2f mo60 mo1c mme8 mm1kw fm2 fo3 fo33 fmg mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo1s " +
  "mo48 mo1c rm-,w fo2 fo3 mo3c fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c " +
  "rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo38 fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 mo5c " +
  "mo1k mo2g mo1c mo1k mm6g mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 " +
  "fo3 fo2 mow foj mow fo1 mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fms fot fop foo fon fom fol foh fod foi foe foa fo9 " +
  "foq fo4 fo3 fo1 fo7 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 " +
  "fo2 mow foj mow fo1 foi foh fog fof foe foa fo6 fob fo7 fo3 fo2 foj cm1,8 rm1,1s fm1 mo1k mm6o mo14 mo1c mo48 mo1c mo60 " +
  "mm1s fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 foi " +
  "mo60 mo60 fol fo23 fo1b fo25 fo24 fo26 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 " +
  "fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo2i Mpbk mo24 rm-,w mo2l mo21 " +
  "mo1k mo1l rm5,1s mo20 mo2b mo1y mo1m rm5,3k mo1n mo1u mo2b mo1v mo1i mo1m mo2g mo28 rm9,5c mo22 mo1n mo1i mo1s mo1m mo1s " +
  "mo1m mo1l rm9,74 mo21 mo26 mo1h mo1v mo1g mo1h mo25 mo1z rm9,8w mo2e mo1h mo1h mo22 mo1m mo24 mo1l mo22 rm9,bk mo1k mo1y " +
  "mo1u mo1y mo1u mo2b mo1k mo1j mo1m mo1n mo21 mo23 rmd,e8 mo26 mo1l mo24 mo1i mo1z mo1h mo1j mo21 mo23 mo20 mo21 mo1i " +
  "rmd,gw mo1x mo23 mo1q mo1y mo24 mo1z mo20 mo1z mo1l mo1k mo24 mo22 rmd,kg mo1i mo23 mo22 mo1u mo21 mo2f mo1u mo1y mo2h " +
  "mo25 mo1i mo1j mo1j mo1k mo21 mo1x rmh,o0 mo1l mo1h mo1i mo1p mo2d mo1k mo1m mo1p mo1s mo1z mo1k mo1p mo1z mo1m mo21 " +
  "mo30 rmh,sg mo23 mo1j mo21 mo1z mo1i mo1n mo1i mo20 mo1x mo1r mo22 mo1m mo25 mo29 mo21 mo22 mo1j mo28 mo20 mo1l rml,ww " +
  "mo20 mo1o mo24 mo29 mo1w mo1w mo1l mo21 mo1y mo1x mo20 mo1p mo24 mo1o mo1l mo1p mo1x mo1l mo25 mo1t rml,128 mo1n mo1k " +
  "mo1z mo1k mo1z mo1g mo22 mo1h mo1h mo1z mo27 mo1y mo1j mo2a mo1n mo1u mo2a mo1l mo1k mo1p mo23 mo1o mo1t mo26 rmp,18g " +
  "mo1n mo2b mo27 mo22 mo28 mo1x mo23 mo2a mo21 mo1i mo1k mo1r mo24 mo24 mo1q mo28 mo1k mo1m mo2m mo1i mo1j mo22 mo1j mo22 " +
  "mo21 mo24 mo23 mo22 rmt,1fk mo1i mo1z mo22 mo1o mo1q mo1z mo1z mo1k mo1j mo1n mo1l mo20 mo1z mo1r mo1j mo26 mo20 mo1j " +
  "mo1n mo21 mo1n mo2a mo1n F6p fo6q mo60 mo1c mme8 mm1kw fm2 mm6bk fm2 fo4 fo7h fmt mo1k mo48 mo1c rm-,w fo2 fo3 mo36 fm2 " +
  "mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo4b fm2 mo3v mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo3n fm2 foe mo37 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo3i fm2 foe mo32 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo3i fm2 foe mo32 mo5c mow mos mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 " +
  "mow fog mow fo1 fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 fog cm1,8 mo1k mm6o mo1k mm2o mm14 fm1 mo1k fo1x fot foj2 fmj7 " +
  "foj8 foj5 fojj foj4 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2m " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo36 mo1o fo6 mo1c fo1 " +
  "mo1l mo1f mo1c fo1 cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo47 fm2 fod foc foa fo9 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c " +
  "mo68 fo2 fo3 fo1 mo36 mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo47 fm2 fob foa fo9 fo8 fo6 fo5 " +
  "mo32 mo5c mow mos mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fof fod foc fob foa fo7 fo4 fo8 fo5 fo2 " +
  "fo1 foe mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3r fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 " +
  "fo2 mo20 moa2 ro1,a1 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow " +
  "fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo1 fo2 fo3 mos fo1 rm-,w mo1v mo2g mo1l fo1 mo1i fo1 rm5,1s mo1n mo1h mo1k fo1 mo1o " +
  "rm5,3k mo3i mo1l mo29 mo68 foe fm5 fo1e fo1u fow foq foo mo1k mo48 mo4a ro1,1p mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm1c mo1s " +
  "mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 fo1 foh mo1k mo1h fo1 mo1k " +
  "mo1h fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm68 mo2q mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo1c mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmr fos foo fon fom fol " +
  "fok fog fod foh foe fob foa fop fo4 fo3 fo1 fo7 mo2q mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 mo1k mm6g mo14 mo1c " +
  "mo48 mo1c mo60 mm1s mo1k mo1k fo5 fo6 rm3,1s fo5 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 mo48 mo1c mo60 rm4,2o " +
  "mo1k fo4 fo5 rm2,1s fo4 fok mo60 mo60 fon fo22 fo1b mo5s fo25 fo24 fo26 mo1s fo1 mo1k mo1h fo2 mo2q mo5c mow mos mow mow " +
  "mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog " +
  "mo2q Mpbk mo1k mo1o rm-,w mo1k mo1o mo1n mo1o rm5,1s mo1l Fa fob mo60 mo1c mme8 fo2 fo11 fm5 mo1c mo2d mo1k mo48 mo1c " +
  "rm-,w fo2 fo3 mo47 fm2 fo6 mo2d fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 " +
  "mo3e fm2 fo5 fo7 mo1k fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo3e fm2 fo5 fo7 mo1k fo1 mo2y mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mm6g " +
  "mo1k mm2o mm14 fm1 mo1k fo1e fo2a fo4k fm4p fo4q fo4n fo51 fo4m rm-,w mo1s fo1 mo1s fo1 mo20 mo1k mo1h fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s " +
  "fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo36 mo1k fo6 mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w fo2 fo3 mo43 fm2 fob foa " +
  "fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo36 mo1k fo6 mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w " +
  "fo2 fo3 mo43 fm2 fob foa fo9 fo8 fo6 fo5 mo2y mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3n fo1 mo1f mos " +
  "fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo1v9 ro1,1v8 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos " +
  "fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo59 mo46 " +
  "mo1j mo2n rm5,1s mo1o mo1l fo1 rm3,3k mo3e mo1s mo1t mo6w mo1k mo1k mo1k mo1i fo1 mo7v rma,5c mo1k fo1 mo1n mo3c mo1p " +
  "mo1l mo1g fo1 mo1m fo1 mo1j fo1 mo1l fo1 rma,74 mo1i fo1 mo3j moc8 mo3z mo28 mo1i fo1 mo1l fo1 mo1s mo1m mo1l fo1 mo28 " +
  "mo88 mo1k mo1h fo1 rmf,8w mo65 mo2w mo1l mo2z moag mo1z mo1k mo68 mo1k mo4o mo1k fo1 mo1g fo1 mo1p fo1 mo1w mo1l rmg,bk " +
  "mo8t mo9k fod foi fou fo19 fo1m fo1p fm3 mo1c fo2q fo31 fo37 fo28 fo22 fo20 mo1k mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo1h fo1 mo1m fo1 mo1n fo1 mo1k mm14 mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow " +
  "mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm2o mm1c mo1k fm2 fma fob fo8 foc " +
  "fo7 mo1c mo1h mo1h mo20 mo1s mo20 mo1l fo1 mo5s mo20 mo1j mo20 mo1n fo1 mo20 mo1r mo20 mo1o mo5t mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mm0 mow mo20 mo20 fo2 fo1b mo1s fo2 fo4 fo1d fo1f fr1i " +
  "fo1j fr1g fo1h fm1k fo1l fm1r fo1s fo1p mo48 mob4 fo6f mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 " +
  "fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo2gm mo20 mo20 fo2 fo1 foh mo1m mo1m fo1 mo1h fo1 mo1m fo1 mo1n " +
  "fo1 mo1c mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo48 mo1c mo1k rm-,w fo3 fo4 mo2u fm2 " +
  "mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo3z fm2 mo3j mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo3b fm2 foe mo2v mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo36 fm2 foe mo2q mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o " +
  "foe mo48 mo1c rm-,w fo2 fo3 mo36 fm2 foe mo2q mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo " +
  "fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh cm1,8 mo1k mm68 mo1k mm2o mm14 mo1k fm2 mo1k fo1z " +
  "fov fo2p fm2u fo2v fo2s fo39 fo2r mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 " +
  "fo1 mo52 ro1,2n fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j " +
  "fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2u " +
  "mo1o fo7 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2u mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2q mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3f fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc " +
  "mo20 mo20 fo2 mo20 mo56m ro1,56l fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mofz mo5c mo2g mo1n fo1 mo1q mo1u fo1 rm7,1s " +
  "mo1j mo1x mo1m fo1 mo1o mo1q rm6,3k mo1n fo1 mo26 mo1z mo1w fo1 mo3x mo4e mo20 mo1g fo1 mo1m fo1 mo1k fo1 mo1c mo1j fo1 " +
  "moy mo36 rmf,5c mo2u mo88 moet mo3c mo6i mo4a mo1c mo1n fo1 mo1y mo21 mo23 mo1c mo1h fo1 mo2f mo1l fo1 mo1h fo1 rmh,74 " +
  "mo1v fo1 mo1k fo1 mo1n fo1 mo1n fo1 mo1j fo1 mo1l fo1 mo1r fo1 mo1n fo1 rm9,8w mo1j fo1 mo23 fo1 mo1o fo1 mo20 mo1h fo1 " +
  "mo1h fo1 mo11 mo1o fo1 mo9l mo1e moj4 mo71 mo2g mo7j rmf,bk mo3d mo28 mo1n fo1 mo1m fo1 mo1o fo1 mo28 mo1k fo1 mo1i fo1 " +
  "mo1g fo1 mo1m fo1 mo12 mo4u mobc moov mo44 mo2b mo25 mo27 mo27 mo1l fo1 mo1l fo1 mo1g fo1 mo1n rmo,e8 mo1n fo1 mo1l fo1 " +
  "mo1w fo1 mo1i fo1 mo2w mo1j fo1 mo1o fo1 mo1j fo1 mo1k mo1j fo1 mo15 mogd mo4d mot4 mo1c mo74 mo1k fo1 mo1k fo1 mo1h fo1 " +
  "rmk,gw mo1u fo1 mo1o fo1 mo1l fo1 mo1k fo1 mo1m fo1 mo1j fo1 mo23 fo1 mo1y fo1 mo1p fo1 mo1r fo1 rmb,kg mo1l moh4 mo2t " +
  "mok8 fo1a fo1r fo2q fo33 fo3k fm5 mo1c fo4l fo4w fo52 fo43 fo3x fo3v mo48 mmw mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 " +
  "fo6r mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo38 mo3h mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw " +
  "mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s " +
  "mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c mo1k rm-,w fo3 fo4 mo3p fm2 fo6 " +
  "mo2h fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 " +
  "mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 mo2g mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm60 mo1k mm2o mm14 fm1 mo1k fo1d " +
  "fo1y fm23 fo24 fo21 fo2i fo20 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo5s mo55 mo1j fo1 " +
  "ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k " +
  "mo1o fo7 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2k mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2g mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo35 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mojcy ro1,jcx fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mohf mobs mo2f mo2w mo1h fo1 mo1q fo1 " +
  "rm7,1s mo1o mo1q mo1r mo1p fo1 rm5,3k mo1q mo1r fo1 mo31 mo2w mo1k mo1r mo1u mo2o mo1k fo1 mo1l rmb,5c mo1l fo1 mo1j fo1 " +
  "mo1h fo1 mo1h fo1 mo1g fo1 mo14 mo2w mo26 mo7c mo2x rmb,74 mo1k mo2n mo1k mo1w mo2g mo13 mo20 mo74 mo5h mo2g mo1g fo1 " +
  "mo1j fo1 mo1r mo1i fo1 rmf,8w mo1k fo1 mo1h fo1 mo10 mo3y mo1e mo9s molt mo3s mo1f mo1i mo2m mo1l mo1n mo1k mo31 mo48 " +
  "mo1l fo1 mo1m mo1k rmk,bk mo1m fo1 mo1i fo1 mo1j fo1 mo1o mo1n mo1x mo34 mo1k mo1f fo1 mo1i mo16 moh0 mo2w moq0 mo85 " +
  "mo1s mo2z mo3s mo1u rmk,e8 mo1l fo1 mo1m fo1 mo1m fo1 mo1k mo1f moz mo1p mo5t mo1e mocg mo5x mo34 mo1w mo1k mo1f moz " +
  "mo4b mo1c moa8 moft moef mo2g mo1i fo1 rmo,gw mo1j fo1 mo1j fo1 mo1k fo1 mo1j fo1 mo1h mo1t mo21 mo21 mo2c mo20 mo23 " +
  "mo1j fo1 mo3c mo1n fo1 mo1g fo1 mo1h fo1 rmh,kg mo1n fo1 mo1k fo1 mo1g fo1 mo1f fo1 mo1k fo1 mo1o mo2o mo1j mo14 moaj " +
  "mok0 mo59 mo2o mocu mo1s mo11 mo4h mo9k mo6x mo1k mo2g mo1k fo1 mo1j fo1 mo1n fo1 mo1j fo1 mo1t fo1 mo1k mo1h fo1 rmt,o0 " +
  "moz mo4n mo19 mob4 mo2j mo1k mo36 mo1k mo1u mo6w mo1f mo1s mo1p mo2l mo20 mo1n fo1 mo1p fo1 mo1k fo1 mo1i mo5s mo53 mo1s " +
  "mo23 mo1c mo28 mo1n mo1i fo1 mo1s mo1h fo1 mo1g mo10 mo1s mo4d mo1h mo9c moil mo34 mo22 mo2f rm14,sg mo1c mo1k mo1f fo1 " +
  "moz mo1n mo27 mo2f mo6o mo1f mo1s mo3s mo1i fo1 mo1g fo1 mo1n mo1p mo1j mo1q fo1 mo2w mo1i mo15 mobu mo19 momw mo4b mo2g " +
  "mo1g fo1 mo2g mo1k mo1n fo1 mo1k moz mo3n mo8o mobl mo2g mo1y mo23 mo23 mo34 mo1l fo1 mo1n fo1 mo1n fo1 mo1o fo1 mo1k " +
  "fo1 rm19,ww mo1r fo1 mo2g mo1i fo1 mo1g mo13 mo8l mo1k mofs mo23 mo1s mo3b mo1m fo1 mo1n fo1 mo1k mo1j fo1 mo1o fo1 mo1k " +
  "moz mo1v mo1u mo6g mo3r mo1c mo30 mo1k mo1j fo1 mo1c moy mo1x mo2o mo80 molx mo2w mo2z mo2o mo1l mo1w mo60 mo1m fo1 mo1o " +
  "fo1 mo1j fo1 rm16,128 mo1m fo1 mo1i fo1 mo1m fo1 mo1l fo1 mo1l fo1 mo1n fo1 mo3k mo1n fo1 mo1k fo1 mo1l mo18 moct mo1g " +
  "moq8 mouh mo4g mo1m mo1g mo1k fo1 mo1y mo21 mo5c mo1i fo1 mo1g fo1 mo1t mo1i fo1 mo1i mo1q mo1l mo1p mo1p fo1 mo5c mo1r " +
  "mo1g fo1 rmz,18g mo1g fo1 mo1f mo1k mo1j mo1g mojo moyo mo1x mo2g mo2o mo4p mo34 mo1r mo2w mo1h fo1 mo15 mo1l fo1 mo20 " +
  "mo33 mo8w mo3d mo2o mo1o mo1q mo1q mo1o mo1m mo28 mo1c moy mo1k fo1 mo1z mo2m mo7k mo1s mo2g mo1t mo37 mo68 mo2j mo3c " +
  "mooa mo2g mo1j fo1 mo4l mo20 mo7v mo1l fo1 mo2g mo1k mo1k fo1 mo1k mo1l mo1k mo2o mo14 mo20 mo32 mo8w mo89 mo2o mo1o " +
  "mo1m mo1f mo2w mo1h fo1 mo1s mo1h fo1 mo10 mo1l fo1 rm1z,1fk mo20 mo4c mocg mocf mo1s mo1y mo48 mo1l mo1p mo1k mo1g moz " +
  "mo1m fo1 mo21 mo6a mogo mo6p mo1k mo2e mo34 mo1k mo1l fo1 moz mo1l fo1 mo20 mo3m moaw mo34 mo4a mo6w mo35 mo1c mo1l mo87 " +
  "mo3s moa4 mo1i mo2e mo1j mo1k mo1c mo20 mo1v fo1 mo2g mo1t mo13 mo1o mo5n mocg moa9 mo3c mo1o mo1x mo4f mo1s mo1l fo1 " +
  "mo1m fo1 mo2g mo1l fo1 mo1h mo13 mo1k mo2j mo3j mo8o mo2m mo1s mo3k mo1m fo1 mo1o mo1h fo1 mo1j fo1 mo1r fo1 mo2g mo1m " +
  "mo13 mo22 mo6u moeg mo2g mo1r fo1 mo1q fo1 rm2b,1nk mo1n mo1k mo1c mo1g mo60 mo1t mo1l fo1 mo1s mo1k mo1k mo1s mo20 moc0 " +
  "mo1k fo1 mo1j fo1 mo1s mo1p fo1 mo1m fo1 mo1v mo1o fo1 mo1k fo1 mo22 fo1 mo1q fo1 mo1s fo1 mo1l mosx mo1f mols fos fo1m " +
  "fo1q fo26 fo2n fo30 fo3f fo3u fo3z fo4i fo4s fo4v fo5n fo6c fo6m fo6z fo7j fo7t fo8i fo8l fo90 fo9a fo9g fo9v foa2 foaz " +
  "fob8 fobo focg foct fod3 fodl fodz fmt mo1c fof1 fofc fofi foei foec foea mo1k mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mm1s mo48 mob4 fogz mo48 mo48 mo48 mo48 mo48 mo28 mo48 mo1s mo48 mo48 mo48 molc fod mo48 mo20 mo1s fo2 mo1s mo3c mo1s " +
  "moqo mo19 mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foh mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1c " +
  "mo20 fo1 mo48 mo48 mo3c moqo mo1k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fok " +
  "mo48 mo1c mo20 fo1 mo5s mo48 mo48 mo48 mo5s mo48 mo5s mo1s moqo momy mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foi fop mo1c mo48 mo48 mo55 mo1j fo1 ro2,2k mo1c mo2w fo3 fo1 mo52 ro1,2n fo1 fo1l fo1k mo168 " +
  "fo2a mo1c fo1 fo2u fo3j fo3l fo3k fo57 fo56 fo6x fo6w fo8d fo8e fo8g fo8h fo85 fo87 fo7v fo7w fo7x fo81 fo7u fo7t fo7s " +
  "fo93 fo94 fo95 fo96 fo92 fo8o fo8n fo8m fo8l fo8k foby fobx fogu fo89 fo36 fo3c fo30 fo2z fo2y fo2x mow mo20 mo20 fo2 " +
  "fomw fo1 fo3 fomx fomy frn1 fon2 frmz fon0 fmn3 fon4 fmna fonb fon8 mo4a ro1,1x mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2y fo1 fof mo48 mo48 mo48 molc foo9 mo48 foog " +
  "form forq forr fop1 fool fook fooj fooi mow mo20 mo20 fo2 foys fo1 fo3 foyt foyu fryx foyy fryv foyw fmyz foz0 fmz6 foz7 " +
  "foz4 mo1m mo1m fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm60 mo1k mo2e mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmr fos fon " +
  "fom fol fok foj fof foc fog fod foa fo9 foo fo4 fo3 fo1 fo7 mo2e mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 mo1k mm68 " +
  "mo14 mo1c mo48 mo1c mo60 mm1s fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o mo1k fo4 " +
  "fo5 rm2,1s fo4 foh mo60 mo60 fok fo1z fo18 fo21 fo20 fo22 mo1s fo1 mo1m mo1m fo2 mo2e mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo2e Mpbk mo1k " +
  "mo1l rm-,w mo1q mo1p mo1o mo1j rm5,1s mo1m mo1n mo1k mo1k rm5,3k mo1m mo1z mo1o Fh foi mo60 mo1c mme8 fo2 fo17 fm7 mo1k " +
  "mo48 mo1c rm-,w fo2 fo3 mo34 fm2 mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo49 fm2 mo3t mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c " +
  "mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t foe mo48 mo1c rm-,w fo2 fo3 mo3l fm2 foe mo35 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c " +
  "mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo3g fm2 foe mo30 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c " +
  "mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo3g fm2 foe mo30 mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog cm1,8 mo1k mm5k mo1k " +
  "mm2o mm14 mo1k fm2 mo1k fo1y fo36 fou fo5c fm5h fo5i fo5f fo5t fo5e rm-,w mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2x fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2x fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2z fo1 " +
  "mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo45 fm2 fob foa fo9 " +
  "fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 " +
  "fo3 mo45 fm2 fob foa fo9 fo8 fo6 fo5 mo30 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3p fo1 mo1f mos fo1 " +
  "mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mon4 ro1,n3 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 " +
  "fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo3f mo2o mo2j mo1k " +
  "fo1 mo1i fo1 rm6,1s mo1k mo1l fo1 mo1o mo1o rm5,3k mo1m mo1m fo1 mo1o mo1h fo1 mo1l mo1r mo3s mo1k fo1 mo1k rma,5c mo1k " +
  "mo1g fo1 mo1k fo1 mo3g mo1l mo6j mo7s fos fm8 fo1s fo23 fo29 fo1a fo14 fo12 mo48 mo4a ro1,24 mo1h fo1 mo1m fo1 mo1n fo1 " +
  "mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 fo1 foh mo1w " +
  "mo1k fo1 mo1w mo1k fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm5k mo2o mo5c mow mos mow mow mow mos mo10 mo14 " +
  "fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmq for fon fom " +
  "fol fok foj fof foc fog fod foa fo9 foo fo4 fo3 fo1 fo7 mo2o mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 mo1k mm60 " +
  "mo14 mo1c mo48 mo1c mo60 mm1s mo1k mo1k fo5 fo6 rm3,1s fo5 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 mo48 mo1c mo60 " +
  "rm4,2o mo1k fo4 fo5 rm2,1s fo4 fok mo60 mo60 fon fo21 fo1b fo23 fo22 fo24 mo1s fo1 mo1w mo1k fo2 mo2o mo5c mow mos mow " +
  "mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 " +
  "fog mo2o Mpbk mo1k mo1o rm-,w mo1p mo1j mo1m mo1n rm5,1s mo1q mo1o mo1n mo1n rm5,3k Fe fof mo60 mo1c mme8 fo2 fo14 fm4 " +
  "mo1c mo2g mo1k mo48 mo1c rm-,w fo2 fo3 mo48 fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo1s fo1 mo1n " +
  "mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 mo2z mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa " +
  "fo7 fo4 fo2 foh mo1k mm5c mo1k mm2o mm14 fm1 mo1k fo1e fo2e fo4m fm4r fo4s fo4p fo53 fo4o rm-,w mo1s fo1 mo1s fo1 mo20 " +
  "mo1w mo1k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,37 fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 " +
  "mo1c rm-,w fo2 fo3 mo44 fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1n fo6 mo1k mo1f " +
  "cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo44 fm2 fob foa fo9 fo8 fo6 fo5 mo2z mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g " +
  "fo1 ro2,2p fo1 mo3o fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo3bb ro1,3ba fo3 fm7 fo4 fog fr6 " +
  "fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 " +
  "fo3 mos fo2 fo1 rm-,w moah mo4w mo1i mo1l rm5,1s mo1k mo1r fo1 mo1o mo1m rm5,3k mo2j mo2s mo1k mo1p mo1o mo1k fo1 moy " +
  "mo3f mo1i fo1 mo1n mo6w mo3p rmd,5c mo34 mo1w fo1 mo1l fo1 mo1k fo1 mo1j fo1 mo1h fo1 mo1h fo1 mo1j fo1 rm9,74 mo10 mo2l " +
  "mo80 mo3n mo28 mo1n fo1 mo1i fo1 mo1n fo1 mo1m fo1 mo1q fo1 mo1h moy mo1k rme,8w mo23 mo80 mo41 mo4y mo1u mo23 fo1 mo1m " +
  "fo1 mo1k mo1l moz mo2n mo88 mo4n mo32 mo28 mo10 mo2f mo8w mo1n mobj rml,bk mo1k mo1c mo1j fo1 mo1l mo1k mo1f fo1 mo1i " +
  "fo1 mo1i fo1 mo1k mo1h mo1u fo1 mo28 mo1f fo1 mo1l rmf,e8 mo12 mo1m mo7p mo37 mofs mo2h mo1k mo4m mo1s mo1n mo1c mo1h " +
  "fo1 moy mo1k fo1 mo1o mo6o mo1f mo1k mo2w moy mo1i mo5s mo1c mo80 mo1m fo1 mo1n fo1 mo1j fo1 rms,gw mo1g fo1 mo1m mo1g " +
  "fo1 mo1k fo1 mo1r fo1 mo1j fo1 mo1r mo1l fo1 mo1l mobs moeo fon foy fo1k fo1r fo21 fo2e fo2s fo33 fo3d fmc mo1c fo4e " +
  "fo4p fo4v fo3w fo3q fo3o mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k " +
  "mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s " +
  "fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 " +
  "fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 " +
  "fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 fog fof " +
  "foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mm54 mo1k mm2o mm14 fm1 mo1k fo1d fo1y fm23 fo24 fo21 fo2i fo20 mo1s fo1 " +
  "mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1n fo7 mo1k mo1f cm3,8 mo1w fm2 " +
  "mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n " +
  "fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 mo2f mo5c mow mos mow mow mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f " +
  "mo1s mo5k mo1g fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo1gaq ro1,1gap " +
  "fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 " +
  "mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w monn mob4 mo1l fo1 mo1j rm5,1s mo1k mo1i mo1i mo1n rm5,3k mo2o mo1k fo1 mo1k fo1 " +
  "mo1k fo1 mo1l fo1 mo1k fo1 mo1k fo1 mo1l fo1 mo1t rma,5c mo1l mo1q mo1s mo1h fo1 mo1m mo1o rm7,74 mow mo3n mo1i fo1 mo1l " +
  "fo1 mo1s mo1k fo1 mo1s mo1v mo1c mo1m fo1 moy mo2v rmd,8w mo1q mo2g mo80 mo1n mo20 mo1c mo1g rm8,bk moy mo1x mo1t mo60 " +
  "mo1x mo1l mo3l mo21 mo1c mo1g fo1 mo1h fo1 mo1c mo1h fo1 moy mo1l fo1 mo1u mo1e mo68 mokn mo20 rml,e8 mo1j fo1 mo1l fo1 " +
  "mo1k fo1 mo1m mo1i fo1 mo1j fo1 mo1g fo1 mo1j fo1 mo1k fo1 mo1i fo1 mo1j rmc,gw mo1g mo1h fo1 mo1f fo1 mo1h fo1 mo1g " +
  "mo18 mo1o mo1x modc moow mo71 mo1s mo5e mo1c mo1l fo1 mo2o mo1h mo1i rmj,kg mo1j mo14 mo1u mo23 mo5s mobc mo2o mo1l fo1 " +
  "mo1n fo1 mo1p fo1 mo1k fo1 mo31 mo68 mo65 mo1s mo1f fo1 mo2t mo1h mo60 mo1j mo1k mo1g mo1g rmo,o0 mo1g mme8 mo1g mo1l " +
  "mo1c mo1i mo1k mo1f fo1 moz mo1m mo22 mo1p mo5s mo1s mo2g fo2 ro1,2d mo1l mo1c mo1i moz mo22 mo5s moit mo2w mo28 mo1x " +
  "mo1h fo1 rms,sg mo1g fo1 mo1q mo1j fo1 mo3k mo1i mo1j mo1j fo1 mo1i mo1i fo1 mo1j fo1 mo18 mo22 mocm mon4 mo23 mo1c mo1i " +
  "fo1 mo1k moz mo21 mo1d mo6g mo1n mo1k mo2f mo1k moz mo1n mo2r mo1t mo6o mo1k moz mo1r rmz,ww mo27 mo1j mo60 mo3z mo1f " +
  "fo1 mo1k fo1 mo1k mo1m fo1 mo1n mo1m mo1k mo1k moz mo1s mo28 mo1x mo88 mo67 mo1h mo1c mo1n fo1 mo20 mo1n mo11 mo2d mo46 " +
  "moag mo8l mo2w mo1f mo28 mo1m fo1 mo1j fo1 mo1i fo1 mo1r rm10,128 mo1s mo1h fo1 mo10 mo1o mo24 mo4k mocw moaz mo2w mo1l " +
  "mo1i mo1i mo2g mo1i fo1 mo1l mo1w mo1j fo1 mo20 mo1h fo1 mo1h fo1 mo11 mo1l mo21 mo5g mofc mo60 mo1k mo1j fo1 mo1k mo1f " +
  "fo1 mo1p mo1g fo1 mo1x mo8h mo1s mo2g fo2 moag mo3h mo3s mo1q mo5v mo20 mo1k mo20 mo1q mo11 mo20 mo42 moa8 mo13 moz mo1z " +
  "mo14 mo5c mo13 moz mo25 mo14 mo5c mo3d rm1p,18g mo28 moz mo26 mo1t mo7k mo13 mo1k moz mo22 mo14 mo5c mo2t mo1k mo1k mo1k " +
  "mo1i fo1 mo1s mo1i mo10 mo1z mo1w mo74 mo4w mo1m fo1 mo55 mo7s mo73 mo28 mo1f mo2z mo1x mo23 mo1n fo1 mo1u mo1t mo28 " +
  "mo1q mo1k mo1o mo1g fo1 mo12 mo1r mo4n mobc mo1m mo1r mo28 mo1m mo3u mo4p mo1s mo28 mo1m mo1k mo1s mo10 mo1v mo2v mo8w " +
  "mo5r mo1c mo4m mo2g mo1h fo1 mo1j fo1 mo1j fo1 mo1l rm1w,1fk mo1h fo1 mo1p mo2g mo1o fo1 mo1l mo1k fo1 mo13 mo1o mo1y " +
  "mo3j moa0 mo2g mo2q mo60 mo1h mo1s mo1f mo28 mo12 mo2a mo1l mo5s mo20 mo1w mo5s mo1n mo20 mo31 mo1s mo20 mo11 mo22 mo20 " +
  "mo7c mo6v mo2g mo1w mo1s fo1 mo2o mo14 mo26 mo5g mo1f mob4 mo28 mo2b mo60 mo1n mo20 mo43 mo20 mo1i mo20 mo11 mo23 mo2e " +
  "mo8g modt mo3k mo1h fo1 mo1k fo1 mo3s mo1n fo1 mo1k fo1 mo1i fo1 mo19 mo27 mobj mo3c moi0 mo2b mo60 mo1t mo28 mo2n mo1k " +
  "mo11 mo2c mo1t mo6w mocb mo1s mo1c mo1s fo1 mo2w mo1x mo3k mo1p rm2h,1nk mo18 mo2o mobe mo3b mogo moa9 mo2o mo1g fo1 " +
  "mo1i fo1 mo1k mo1t mo1r mo16 mo2g mo70 mo22 moeg mo2g mo2q mo60 mo27 mo2w mo1p mo4n mo20 mo1l mo1h mo1i mo1j mo47 mo28 " +
  "mo1k moz mo1y mo27 mo8g mo45 mo1k mo20 moy mo1k fo1 mo1x mo2j mo8g mod9 mo20 mo21 mo1s mo10 mo1m mo2k mo20 mo68 mo3s " +
  "mo1n fo1 mo1i fo1 mo1i fo1 mo1i fo1 mo1k fo1 mo1n fo1 mo1v mo1k mo1g moz mo1o fo1 mo21 mo6q mohk mo2p mo1k mo1p mo1s " +
  "mo1j fo1 moy mo1l fo1 mo1y mo1o mo6w mo34 mo1m fo1 mo3n mo6g mog9 mobs mobx mo2o mo1h mo1i fo1 rm2h,1wg mo1k mo1r mo4b " +
  "mo1k mo88 mo2g mo1o mo1k mo1h fo1 moz mo1k fo1 mo1t mo2b mo8o mo2h mo1s mo1m fo1 moy mo1n fo1 mo1w mo1o mo6o moah mo1k " +
  "mo3j mo3k mo1j fo1 mo1g fo1 mo1m fo1 mo1l mo20 mo11 mo1o mo1x mo5s moeo mo53 mo2g mo1j fo1 mo2g mo13 mo1x mo2y mo9c mo3p " +
  "mo28 mo28 mo12 mo24 mo26 mo80 mo4v mo1k mo20 mo11 mo1x mo26 mo33 mo94 mo6f mo2o mo28 mo12 mo1o mo1x mo3s moao mo57 mo1k " +
  "mo3w mo2g mo1r fo1 moy mo1k fo1 mo1t mo3t mo1c mo9k mo1t mo1c moy mo1n fo1 mo1w mo1b mo60 mo3l mo1k mo3j mo20 mo1k moz " +
  "mo1u mo22 mo7s mo23 mo1c mo42 mo1k mo1l fo1 moy mo1m fo1 mo1v mo1h mo6g mo3r mo1k mo1l mo20 moy mo1u mo1y mo80 mo4d mo1k " +
  "mo29 mo2n mo20 mo1o moy mo1j mo1s mo2l mo8o mo4p mo28 moy mo1k rm3k,268 mo1t mo39 mo1c mo8w mo47 mo28 mo1r fo1 mo1k mo1i " +
  "fo1 moz mo1j fo1 mo1s mo2g mo8g mo4t mo28 mo1h fo1 moy mo1l fo1 mo1u mo36 mo1c mo94 mo47 mo28 moz mo1j fo1 mo1s mo2g " +
  "mo8g mo47 moz mo1j fo1 mo1s mo2g mo8g mo47 moz mo1j fo1 mo1s mo8g mo47 moz mo1j fo1 mo1s mo8g mo2n mo1c mo1g mo26 mo1x " +
  "mo1c mo2o mo1k mo1k mo1j moz mo1s mo1k mo68 mo3v mo28 mo2a mo20 moz mo1q mo2m mo88 mo4z mo2g mo4s mo1s mo1i fo1 mo1s " +
  "mo10 mo1j fo1 mo1s mo3d mo9c mo5z mo28 mo59 mo1l mo1c mo1k moz mo2e mo1p mo5s mo20 mo1l fo1 mo1k moz mo1l fo1 mo1u mo3h " +
  "moa8 mo4z mo28 mo2p mo10 mo1h mo1q mo3d mo9c mob1 mo2g mo2m mo1v mo1s mo3k mo28 mo12 mo1m mo1v mo6q mofc mo2l mo1c mo2h " +
  "mo1k mo1k moz mo1m mo1v mo1o mo6w mocz mo2o mo6p mo1s mo1u mo3s mo28 mo1n mo12 mo1o mo1x mo8b mohc mohf rm3y,2gw mo2o " +
  "mo71 mo23 mo3q mo40 mo40 mo1m mo1j mo1k mo1l mo1p mo1f mo1m mo1a mo1o mo1x moav mols mo2n mo1s mo3b mo1k moz mo1r mo20 " +
  "mo2n mo19 mo6w mo43 mo1c mo3v mo20 moy mo1r mo2y mo19 mo8g mo25 mo1c mo7z mo1c mo1k moz mo1l fo1 mo1u mo1l mo6g mo3j " +
  "mo1s mo1k mo1g fo1 moz mo1o fo1 mo1x mo2t mo19 mo7s mo3z mo20 moz mo1p fo1 mo1y mo30 mo19 mo88 mo59 mo20 mo28 mo28 mo20 " +
  "mo11 mo1j fo1 mo1s mo3a mo9k mo1t mo1c mo2j mo1c moy mo1k mo1t mo1f mo60 mo3b mo1k mo3o mo28 mo1h fo1 moy mo1x mo27 mo7k " +
  "mo2p mo1c mo42 mo1s moy mo1x mo1p mo6w mogp mo2g mo3a mo1q mo3s mo1g fo1 mo1o mo34 mo1p mo1m mo16 mo1r mo9u mokw moc0 " +
  "mo1o fo1 mo1l fo1 mop8 mokg mo1n mo20 mo6l mo2o mo1r mo1x mo60 mo1n mo20 mo6j mo2o mo1t mo1x mo60 moan moeo mocy mo6f " +
  "mo20 mo1w mo1s mo3c mo1w fo1 mo20 mo1j fo1 mo11 mo1p mo3p moao mo3f mo20 mo1s mo10 mo21 mo27 mo7s mo2n mo20 mo4u mo1c " +
  "mo1n fo1 mo1s mo1l fo1 mo1h fo1 rm4l,2tc mo1v fo1 moy mo1m fo1 mo1r mo29 mo6w mo13 mo20 mo1f fo1 mo11 mo1l fo1 mo1q mo14 " +
  "mo5c mo2j mo1c mo4b mo1k mo1j fo1 mo1c moy mo1g fo1 mo1l mo1n mo6w mo2l mo1k mo4j mo1c mo1n fo1 moy mo1h fo1 mo1m mo1r " +
  "mo6w mo85 mo1c mo4g mo2g mo1h fo1 mo1l fo1 mo20 mo1n mo1f fo1 mo1l mo11 mo1l fo1 mo1q mo4c mo1c mocg mo3r mo1k mo4q mo1s " +
  "mo1k fo1 moz mo1k mo1p mo2x mo80 mo23 mo1k moy mo1q mo1h mo6g modl mo2o mo5e mo1u mo23 mo2e mo40 mo1i fo1 mo2o mo1l mo14 " +
  "mo1h mo1m mo7z mohs mobv mo2o mo5u mo1v mo1c mo3k mo14 mo1i mo1n mo79 mog8 mo4v mo1c mo7b mo20 moy mo1l mo1q mo2r mo94 " +
  "mo9b mo20 mo4d mo4t mo20 mo1x mo2g mo28 mo1p fo1 mo1l fo1 mo1k moz mo1o mo2a mo2z mo94 mo1c mo1j fo1 mo2g mo1l fo1 mo2g " +
  "mo13 mo1k fo1 mo1p mo6t mo23 modk mo27 mo1k mo49 mo1k mo1k moz mo1m mo1m mo6g mo5l mo20 mo2z mo2j mo2o mo1g fo1 mo1l fo1 " +
  "mo1j fo1 mo1k mo1o fo1 mo1k moz mo1i fo1 mo1n mo3k mo16 mo9s mo5l mo20 mo2x mo2j mo2o mo1g rm4i,37k mo1l mo1j fo1 mo1k " +
  "mo1k moz mo1i fo1 mo1n mo3k mo9s mo3p mo1k mo4t mo1s mo1f fo1 mo1q fo1 mo1h fo1 mo2g mo1h fo1 mo1m fo1 mo1l fo1 mo1j fo1 " +
  "mo1k fo1 mo13 mo1m mo2g mo80 mo4r mo20 mo3g mo1f fo1 mo1c mo1k mo1h fo1 moz mo1n fo1 mo1s mo4l mo19 mo94 mo5z mo20 mo3f " +
  "mo1s mo20 mo20 mo11 mo1m fo1 mo1r mo55 mo1e moa8 mo5n mo20 mo3k mo1f fo1 mo1s mo1n fo1 mo1i fo1 mo20 mo1h fo1 mo1h mo11 " +
  "mo1o mo1t mo50 mo1e moa0 mo8t mo28 mo3j mo21 mo20 mo34 mo2g mo13 mo1n mo1s mo6q mo1f mod4 mo57 mo1s mo39 mo1l fo1 mo2j " +
  "mo28 mo1k fo1 moy mo1q mo2w mo9k mow mo83 mo1k mo3o mo2w mo1i fo1 mo1k fo1 mo1l fo1 mo1j fo1 mo1i fo1 mo28 mo1l fo1 mo1i " +
  "fo1 mo1f fo1 mo12 mo1i mo1n mo51 mo19 mocg mow mo8v mo28 mo31 mo1k mo2g mo1i fo1 mo1u fo1 mo20 mo11 mo1n mo6j mo1j mod4 " +
  "mo2d mo1s mo3b mo1k mo1i fo1 mo1s mo10 mo1n mo1u mo6o mo2d mo20 mo5d mo1c mo1k moz mo1j mo1o mo1t mo6o mo3d mo1k mo45 " +
  "mo1s mo1j fo1 mo1k mo1n moz mo1o mo32 mo19 mo7k mo27 mo1k mo3b mo1k mo1i fo1 moy mo1n mo1i mo6g mo27 mo1s mo5j mo1c moy " +
  "mo1i fo1 mo1n mo1l mo6g mo3b mo1c mo9v mo1s mo1j fo1 mo1k rm52,3nk mo1j fo1 moz mo1o mo21 mo7k mo3b mo1c moas mo1s moz " +
  "mo1p mo21 mo7k mo4b mo20 mo5l mo1k fo1 mo2i mo20 mo1s mo1w mo10 mo1n mo1s mo2q mo8o mo49 mo20 mo5x mo1h fo1 mo2f mo20 " +
  "moz mo1o mo1t mo2n mo8g mo4v mo28 mody mo4q mo28 moz mo1k mo1p mo37 mo94 mo57 mo20 mo2k mo20 mo1k moz mo1o mo46 mo1l " +
  "mo9k mo61 mo1s mo2s mo2g mo1k fo1 moz mo1o mo4b mo1n moa8 mo61 mo1s mo4i mo2g moz mo1k fo1 mo1p mo4b moa8 mob9 mo1s mo30 " +
  "mo2o mo1j fo1 mo1j fo1 mo28 mo1n mo1g mo1g mo1n mo12 mo1l mo1q mo63 mo1e mofk mo61 mo1s mo2w mo2g moz mo1n fo1 mo1s mo49 " +
  "moa8 mo61 mo1s mo2v mo2g moz mo1s mo1x moa8 mo61 mo1s mo2z mo2g moz mo1r mo1w moa8 mo61 mo1s mo2n mo2g moz mo1k mo1p " +
  "mo4b moa8 mo61 mo1s mo2p mo2g moz mo1m mo1r moa8 mo9p mo2g mo4d mo2c mo2w mo1k mo1k moz mo1s mo5i moe0 mo1c mo28 mo1k " +
  "mo1s mo1k mo1s moc8 monh moew mo1j mo20 mo4k mo28 mo1s mo5s mo1p mo28 mo4i mo1t mo1k mo2m mo1c moy mo1x mo1e mo60 mo2g " +
  "mo2i mo60 moeg mo1m fo1 mo1t fo1 mo1l mo1p mo1k fo1 mo1w mo1z mo1l fo1 mo1l fo1 mo1l mowy mos0 foo for fox fo1h fo1p " +
  "fo1y fo26 fo2e fo2n fo34 fo3d fo3n fo3x fo47 fo4i fo4v fo53 fo5f fo5o fo5x fo69 fo6j fo6t fo76 fo7q fo82 fo8f fo8v fo97 " +
  "fo9k foa1 foah foay fob7 fobv foby foc7 foci focx fod3 fodd fodt foe3 foee foem fof1 fof8 fofk fofn fofu fog1 fogk fogs " +
  "foh1 foha fohk fohs foi2 foic foil foiv fojf fojs fok2 foke fokm fol1 fol4 folf foln folx fom6 fomb fomh fomo fomx fon7 " +
  "fong fonr fonz foo9 fooi foop fop0 fop8 fopg fopn fopv foq9 foqh foqt for2 forg fos2 fos4 fosc fosj foss fot7 fotl fotr " +
  "fott fou8 foug foui fouv fov2 fov4 fovd fovf fow2 fowc fowg fowz foxe foxk foxr foxw foy1 foya foyd foz7 fozn fozx fo10b " +
  "fo10p fo10r fo10z fo11j fo11p fo122 fo12g fo132 fo13r fo142 fo145 fo14e fo14t fo15l fm59 mo1c fo16m fo16x fo173 fo164 " +
  "fo15y fo15w mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw " +
  "mo48 mo1k mo28 mob4 fo55u fod mow mo4g fo2ys mo20 mo20 fo2 mo1s fo2 fok mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s " +
  "fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod " +
  "foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 " +
  "mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 " +
  "fo5 fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe " +
  "fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm4w mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2h fo1z mo1s fo1 " +
  "mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1n fo7 mo1k mo1f cm3,8 mo1w fm2 " +
  "mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n " +
  "fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 mo2f mo5c mow mos mow mow mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f " +
  "mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mo5t3 ro1,5t2 " +
  "fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 " +
  "mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo4h mo3s mod0 mo1j fo1 mo1k fo1 rm6,1s mo1o fo1 mo1m fo1 mo5b modq mo20 mo1f " +
  "fo1 rm7,3k mo1h fo1 mo1l fo1 mo1h fo1 mo1g fo1 moz mo2v mo2n mo9k mow mo1k mo1k fo1 mo1i rmd,5c mo71 mo1k mo1n mo2o mo1n " +
  "fo1 mo1i fo1 mo1g fo1 mo1f fo1 mo1k fo1 mo1i fo1 mo20 mo1k rmd,74 mo1k mo1g fo1 mo11 mo1t mo3i mobc moal mo3f mo2g mo1m " +
  "fo1 mo1j fo1 mo28 mo1i fo1 mo1j fo1 rmf,8w mo12 mo61 moew mo2j mo1k mo5c mo10 mo1x mo6w mo1ln mo7s mo47 rmd,bk mo1f mo1f " +
  "mo3v mo28 mo1f mo1c mo1k fo1 mo1k mo1f fo1 moz mo1m rmc,e8 mo25 mo39 mo88 mo1k mo1h mo1h mo1k mo1f mo1j mo1h mo1g mo3c " +
  "mo1j fo1 mo1g fo1 mo1h fo1 mo1i fo1 mo1h fo1 mo1g mo1j fo1 mo48 mo1h mo1g fo1 rmn,gw mo1i mo1j mo1i mo1g mo1i mo1b mo11j " +
  "mo1q0 mo3s mo1k fo1 mo1m fo1 rmc,kg mo1k fo1 mo1m fo1 mo1l mo68 mo8o fo1e fo1k fo1q fo22 fo2l fo33 fo3b fm6 mo1c fo4d " +
  "fo4o fo4u fo3u fo3o fo3m mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k " +
  "mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s " +
  "fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo48 mo1c rm-,w fo2 fo3 mo2n fm2 mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo3s fm2 mo3c mr2w mo22 " +
  "fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t foe mo48 mo1c rm-,w fo2 fo3 mo34 fm2 foe mo2o mr2w mo22 " +
  "fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo2z fm2 foe mo2j mr2w mo22 " +
  "fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo2z fm2 foe mo2j mo5c mow mos " +
  "mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 " +
  "fo2 fog cm1,8 mo1k mm4o mo1k mm2o mm14 mo1k fm2 mo1k fo1y fou fo2n fm2s fo2t fo2q fo37 fo2p mo1s fo1 mo1s fo1 mo20 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2g fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2g fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2i fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2n mo1o fo7 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w " +
  "fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2n mo1o fo6 mo1l mo1f cm3,8 " +
  "mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 mo2j mo5c mow mos mow mow mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k " +
  "mo1g fo1 ro2,2p fo1 mo38 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 moey4 ro1,ey3 fo3 fm7 fo4 " +
  "fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 " +
  "mos fo2 fo3 mos fo2 fo1 rm-,w mohj mo8w mo4qu mo1m rm5,1s mo1k mo80 mo1i fo1 mo1m fo1 mo1j fo1 rm6,3k mo1g fo1 mo1h mo1i " +
  "fo1 mo1k mo1l mo1k fo1 mo1i mo1l rm9,5c mo1j fo1 mo1i fo1 mo1k mo1i rm5,74 mo1i fo1 mo1n fo1 mo1j mo1m mo1j rm6,8w mo1k " +
  "mo1k mo1j mo1m mo1i mo1l mo6b mo8w mo1l fo1 mo1n fo1 rmb,bk mo1p fo1 mo1r mo1w mo1s mo1t mo1v mo1s mo1t mo1u mo1l mo1r " +
  "rmc,e8 mo1i mo1j fo1 mo1k fo1 mo1g fo1 mo1r mo2z mo4y moao mo2x mo4i mo1k mo1l mo1s mo1k fo1 rmf,gw mo1j fo1 mo1i fo1 " +
  "mo10 mo1v mo74 mo2x mo4c mo1k mo10 mo1v mo74 mo2x mo1c mo4l mo1k mo10 mo1v mo74 mo31 mo1c moaz mo1k mo28 mo1h mo1i fo1 " +
  "mo12 mo1z mo7c mo31 mo1c moek mo1k mo12 mo1z mo7c mo2z mo1c mocq mo1k mo1l mo11 mo1x mo7c mo2x rm19,kg mo1c mo8z mo1k " +
  "mo10 mo1v mo74 mo2x mo1c mo64 mo1k mo10 mo1v mo74 mo1v mo1c mo36 mo1c mo1k moz mo1f mo68 mo3v mo1k mo2c mo20 mo1j fo1 " +
  "mo1i fo1 mo1q mo1o mo20 mo88 mo83 mo28 mo37 mo4x mo1j fo1 mo2o mo1l fo1 mo1h fo1 mo1v fo1 mo1r fo1 mo1p fo1 mo1s mo10 " +
  "mo6k mo1e mocg mo2d mo1c rm1e,o0 mo1c mo1g fo1 mo1k mo1f fo1 moz mo1n mo1x mo6o mo1l mo6z mo1k mo2p mo1j fo1 mo28 mo1n " +
  "fo1 mo1g fo1 mo1m fo1 mo1v mo1j fo1 mo1c moy mo3j mobc mow mokb mo28 mo2u mo2q mo4g mo68 mo1i fo1 mo1h fo1 mo1l fo1 " +
  "rmy,sg mo1n fo1 mo1l mo1m fo1 mo1g fo1 mo1m mo1h fo1 mo1h fo1 mo1q fo1 mo1p fo1 mo20 mo11 mobf mo1u mooo mo25 mo1c mo1k " +
  "mo1r mo1k moz mo1k mo6g mo3b mo1s mo1s mo1s mo10 mo1k mo20 mo7k mo4v mo20 mo25 mo1k mo1k moz mo1j fo1 mo1y mo1i mo6g " +
  "mo1k mo1s mo10 mo1i rm19,ww mo3i mo94 mo25 mo1s mo1c moy mo1k mo1j mo6g mo1p mo2g mo1k moen mo28 mo1k mo1j mo1n mo54 " +
  "mo1n mo1k mo1i mo1m mo1j fo1 mo1n mo1i mo1n mo1k mo3c mo1h fo1 mo1j rmv,128 mo1j fo1 mo1g mo17 mo1l fo1 mo1t mo8c moiw " +
  "mobj mo20 mo2w mo1g fo1 mo1m mo1l fo1 mo1i fo1 mo34 mo1j fo1 mo16 mo1h mo1p mo6x mofs mo1c mo28 mo2g mo60 mo1k moa8 mo1k " +
  "fo1 mo1h mo1m fo1 mo1k fo1 mo1o fo1 mo1o mo1p mo1k mo1h mo1m fo1 mo1k rm13,18g mo1j mo1l mokw mols fo10 fo1q fo1t fo20 " +
  "fo2f fo2h fo2p fo2x fo3l fo40 fo4c fo4s fo52 fo5a fo5h fo5p fo5x fo64 fo6e fo6l fo6r fo73 fo7s fo8t fm5 mo1c fo9v foa6 " +
  "foac fo9c fo96 fo94 mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw " +
  "mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 " +
  "mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fo5 mo2d fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 " +
  "fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 " +
  "mo1k fo1 mo2c mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc " +
  "fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm4g mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2h fo1z mo1s fo1 mo1s fo1 " +
  "mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2k fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1k fo7 mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 mo1c " +
  "rm-,w fo2 fo3 mo3h fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1k fo6 mo1h mo1f " +
  "cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w fo2 fo3 mo3h fm2 fob foa fo9 fo8 fo6 fo5 mo2c mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k " +
  "mo1g fo1 ro2,2p fo1 mo31 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mo1v82 ro1,1v81 fo3 fm7 fo4 " +
  "fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 " +
  "mos fo2 fo3 mos fo2 fo1 rm-,w moo3 mogg mo1t mo1y rm5,1s mo1g mo1j mo7k mo1l mo1l rm6,3k mo1h mo1k mo1k mo1h mo1k fo1 " +
  "mo1l mo1h mo1j rm9,5c mo1l fo1 mo1j mo1j mo1m mo1p mo1j mo1k mo1i rm9,74 mo1h fo1 mo1t mo1t mo1n mo1o fo1 mo1m mo1n mo1o " +
  "rm9,8w mo1j mo1y mo1w mo1l mo3g mo1h mo1c mo1i fo1 rm9,bk mo1k mo1h fo1 moz mo2s mo1l fo1 mo1v mo1a mo5s mo28 mo1l fo1 " +
  "mo1n fo1 mo1p fo1 mo1k fo1 rme,e8 mo26 mo5s mo1l mo20 mo3a mo1h moz mo1s mo5s mo5s mo3n mo20 mo34 mo1k fo1 mo1k fo1 mo1n " +
  "fo1 mo1c mo1k fo1 mo1c mo1g fo1 moy mo1r mo2j mo80 mo55 mo2w mo32 rms,gw mo1f mo1c mo1g fo1 mo1c mo1h fo1 moy mo1n mo3x " +
  "mo9c mo55 mo2o mo30 rmd,kg moy mo1n mo3z mo9c mo69 mo2g mo20 mo1n fo1 mo1h fo1 mo1k fo1 mo1l fo1 mo28 mo1l mo1l mo1m " +
  "mo1m mo12 mo1v mo3w moag mo6x mo2w mo1k mo1n fo1 rmp,o0 mo20 mo1k fo1 mo1k mo11 mo1o mo4f mob4 mo27 mo20 mo31 mo1c mo1g " +
  "moy mo1r mo21 mo6g mo4z mo2g mo3y mo1z mo1k mo1x mo1c mo1m fo1 mo1k mo1i fo1 moz mo1y mo2v mo1j mo68 mo1q fo1 mo1m mo1h " +
  "fo1 mo1k fo1 mo1k moz mo20 rm13,sg mo3t mo9c mo5j mo20 mo25 mo20 mo1n fo1 mo1s mo1l mo10 mo1r mo4q mo9s mo2j mo1k mo1h " +
  "fo1 moy mo1t mo1l mo6w moap mo3c mo85 mo28 mo1n fo1 mo1i mo1g fo1 mo1k fo1 mo2g mo1l mo1k rmw,ww mo1h mo1j fo1 mo13 mo6i " +
  "moew mo79 mo28 mo3i mo1s mo1i fo1 mo1m fo1 mo1h fo1 mo2o mo1h fo1 mo1i fo1 mo1j mo1f mo14 mo1k mo4t mobk mo1h mo1s mo1n " +
  "mo13 mo1k mo1c moy mo1l fo1 rmu,128 mo1w mo14 mo5c mo20 mo1w mo5s mo1v mo28 mo3l mo1h moz mo1q mo5s mo1j mo1k mo1l moy " +
  "mo1q mo1c mo5s mo2o mo2v mo68 mo25 mo2w moai mo95 mo1k mo1v mo28 mo1p mo1l fo1 mo1r fo1 mo1h fo1 mo1s mo1l fo1 mo1n mo10 " +
  "mo1t mo6m mo1h modc mo4b mo1s mo1j mo20 mo20 mo1h fo1 mo1k mo1s mo10 mo1t mo2v mo8o mo49 mo1s mo23 mo20 mo1h fo1 mo1k " +
  "moz mo1w mo2t mo8g mo25 mo1s mo1s mo10 mo1p fo1 mo1y mo1k mo6g mo2w mo3k mo6g mo1r mo28 mo1q mo3s mo1h moz mo1z mo5s " +
  "mo1gn mo34 mo3n mo1k rm2g,18g mo2o moaw mo1k fo1 mo1i fo1 mo1q mo1n mo1p mo1j fo1 mo1m fo1 mo1m fo1 mo1j mo1p fo1 mo1r " +
  "mo1p mo1n fo1 mo1o mo1r mo1n mo1v mo1i fo1 mo1j fo1 mo1k fo1 mo1l fo1 mo1g fo1 mo1n fo1 mo1w mo48 mo1n mo1o mo1h fo1 " +
  "mo1o rmw,1fk mo1g fo1 mo1k mo1t mo1t mo1h fo1 mo1n mo1l mo1b mo23 movw mo3g mo1kw mo2g mo2q mo60 mo2b mo28 mo1m mo64 " +
  "mo4h mo1k mo2g mo1i fo1 mo1q mo1p mo1k mo1p mo1k mo1m fo1 moz mo1v mo2n mo8o mo1ct mo68 mo7y mo4r mo1c mo1n fo1 mo2w " +
  "mo1k mo1y mo1r fo1 mo1m mo1l mo1q mo1z mo1x mo21 mo2b mo2t mo1x mo2k mo1m mo1x mo2p mo1k mo1k mo1f fo1 rm1o,1nk moz mo1m " +
  "mo2h mo25 mo6w mo9c mo1m mo1l fo1 mo1h fo1 mo1v fo1 mo1p fo1 mo1l fo1 mo1g fo1 mo1g fo1 mo1g fo1 mo1o fo1 mo3k mo1g fo1 " +
  "mo1h mo1k mo1r mo1j mo1o mo18 mo1y mos1 mo1h4 mo6f mo1s mo1h fo1 mo28 mo1k mo1p mo12 mo1j fo1 mo1t mo5o mo19 moao mo2w " +
  "mo1q fo1 mo1c moy mo41 mo6o moab mo80 mo25 mo63 mo1k mo28 mo25 mo1p mo2o mo1k mo1g fo1 mo1i fo1 mo1h fo1 mo1m mo1o mo1n " +
  "rm1q,1wg mo14 mo1o fo1 mo1x mo41 moag mo1k mo1l fo1 mo1k mo1ub mo8o mo1g fo1 mo27 mo2d mo1c mo1h fo1 mo1k moz mo2c mo21 " +
  "mo6o mo1p mo1n mo1n mo3k mo1n fo1 mo1k fo1 mo20 mo2o mo1j fo1 mo1k fo1 mo1k fo1 mo1k fo1 mo1l fo1 mo1l fo1 mo1n fo1 mo1p " +
  "mo1c mo1k moz mo1n mo2d mo1n mo60 mo3f mo1s mo1s mo10 mo2d mo2v mo7s mo2z mo1k mo10 mo2d mo34 mo7c mo2g mo1g moa0 mo1k " +
  "fo1 mo1g fo1 mo1n mo1t mo1p fo1 mo1r mo1j fo1 mo7k mo1m rm1x,268 mo1j fo1 mo1p mo1q mo1l mo1l mo1j fo1 mo1o mo1p mo1q " +
  "mo1t mo1o mo1q mo1t mo179 mo1l mo1yo mo13 mo1k mo2v mo1c moy mo1l fo1 mo1u mo16 mo5c mo28 mo1j fo1 mo1i fo1 mo3v mo1s " +
  "mouq mo1k mo1l mo2w mo1i fo1 mo15 mo1l fo1 mo1u mo32 mo88 mo8f mo34 mo8s mo5j mo2g mo1k mo3k mo1s mo10 mo1p fo1 mo1y " +
  "mo5j moco mo4x mo1s mo1z mo28 mo1o fo1 mo1s mo1h fo1 mo10 mo1x mo36 mo94 mob5 mo20 mo3c mo1o fo1 mo1l fo1 mo1k fo1 mo1o " +
  "mo1u fo1 mo3c mo1g fo1 mo1g fo1 mo1k mo1o moz mo1k fo1 mo1t mo62 mofc mo53 mo1k moa6 mo20 mo1k moz mo1o fo1 mo1x mo3l " +
  "mo16 mo9c mo1p mo1c mo2t mo1c moz mo1x mo1f mo60 mo23 rm2v,2gw mo1k mo2u mo2b mo1s mo10 mo2d mo24 mo6o mo1c moy mo1u " +
  "mo1w mo6g mo23 mo1c mo30 mo1k moy mo1t mo1i mo6g mo23 mo1c mo6o mo1k moy mo1x mo1i mo6g mo3n mo1s mo1m mo1m mo1s moy " +
  "mo1u mo2a mo80 mo2t mo1k mo32 mo2b mo10 mo2h mo24 mo6o mo1k mo1l fo1 moy mo1p fo1 mo1y mo24 mo74 mo5r mo20 mo8i mo20 " +
  "mo28 mo1o fo1 mo28 mo1n mo12 mo1x mo3h moa0 moq9 mo3k mocu mo1c mo5k mo1g fo1 mo1m fo1 mo1m fo1 mo5s mo1n mo1r mo1o mo1i " +
  "fo1 mo1h fo1 mo1p mo1i mo1u mofr mo1f moug mo1k mo1m mogn mo2w mo3w mo2d mo20 mo1j fo1 mo11 mo2f mo2o mo6o mo1v mo1s " +
  "mo1c moy mo1l mo2d mo1f mo68 mo1c mo1f mo1k moy mo2d mo17 mo5s mo25 mo1k mo1k moz mo1n mo2f mo1v mo6g mo1k mo1i mo48 " +
  "mo1k fo1 mo1h fo1 mo1p fo1 mo3k mo1j fo1 mo1r mo1h mo1k mo18 mo1m mo1v moa8 mo1f rm3t,2tc mokw mo4n mo1s mo1t mo28 mo28 " +
  "mo1h fo1 mo1i fo1 mo12 mo2e mo43 mo8w mo7d mo1s mo5z mo3v mo2o mo1t mo28 mo12 mo1y mo4r mobk mo5p mo1k mo2g mo12 mo22 " +
  "mo4t moa0 mog5 mo2g mo1x mo21 mo1f mo3k mo2w mo1n mo1n mo1m mo15 mo22 mo9o mokg mo9f mo2g mo92 mo1k mo28 mo3c mo1l mo1j " +
  "fo1 mo17 mo1w mo7h mods mo7s mo1o fo1 moy mohq moeo mo53 mo4w mok7 molp mo2g mo22 mo1t mo1m mo1y mo2b mo1j fo1 mo1g fo1 " +
  "mo1o fo1 mo2o mo1j fo1 mo1j mo14 mo1p mofj mo31 moq0 mo13 mo1s mo10 mo1q mo14 mo5c mo9d mo2w mo7y mo6o mo2g mo2o mo1h " +
  "mo14 mo23 mo7o mo2g modk mo13 mo1k moz mo1r mo14 mo5c mo4b mo28 mo2g mo1k mo1j moz mo1q mo2s mo8o mo27 mo1k mo1s moy " +
  "mo1p mo1p mo6g mokj mo2g mo3f mo28 mo1j fo1 mo1l fo1 mo4o mo1k fo1 mo2g mo13 mo1p mobe moow mo37 mo1k mo1k mo1o moz mo1s " +
  "mo1p mo7k mo23 mo1k mo1h fo1 moy mo1q mo1f mo6g mo1t mo1k moz mo1v mo1h mo60 mo13 mo1k mo1h moz mo1p mo1u mo14 mo5c mo13 " +
  "moy mo1l mo1q mo5c mo1d mo1c mo25 mo1c moy mo1m mo19 mo5k mo1d mo1c mo26 moy mo1n mo19 mo5k mo5k mo8u mo9c mo1c mo1m fo1 " +
  "mo1f mo1s mo3o mo20 rm5e,37k mo1r mo5s mo1f mo1s mo2x mo5s mo1r mo28 mo30 moh7 mo34 mo2d mo27 mo1t mo28 mo28 mo2g mo20 " +
  "mo11 mo1s mo8h molk mo23 mo1c mo39 mo1c mo1i fo1 mo20 mo11 mo26 mo1f mo6g mo2g mo2l mo60 mo1d moz mo17 mo5k mo25 mo1s " +
  "moz mo1j mo6g mo3n mo1s mo8h mo34 mo2v mo80 mo5n mo4w mo24 mo5h mo28 mo82 mo1y mo20 mo1g fo1 mo1m mo2g mo1n mo1l mo13 " +
  "mo23 mo4i mo16 mo9s mo47 mo1k mo42 mo20 mo1s mo1g fo1 mo10 mo24 mo35 mo8g mo3l mo20 mo3e mo1d mo1c mo1c moy mo2k mo15 " +
  "mo5k mo1k moz mo22 mo3j mo7s mo1cx mo6c mo1s mo1o mo1o mo20 mo1z mo1f mo1p moz mo2b mo1n mo60 mo21 mo1g mo7s mo4o mo1m " +
  "mo1p mo1l mo1m mo1k fo1 mo1k fo1 mo1q mo1r mo1f mo1d mo1r moul mo1h4 mo67 mo1s mo3l mo2f mo1i mo2g mo1k mo1i fo1 moz " +
  "mo1u mo3v moag mo2z mo1k mo2t mo1k moy mo1q mo2f mo7c mo2d mo1k mo1m fo1 moy mo1p mo1j mo6o mo63 mo28 mo2g mo1s mo10 " +
  "mo1q mo48 moag mo3f mo20 mo20 mo1k moz mo1p mo2l mo7s mo23 mo1k mo1h fo1 moy mo1q mo1f mo6g mo6t mo2g mo1r fo1 mo1s mo10 " +
  "mo1o mo3u mob4 mo6t mo10 mo1p mob4 mo6t mo10 mo1p mob4 mo6z mo2o moy mo1s mo3g mobc mo6o mo9f moa0 mo1f mo1s mo2i mo5s " +
  "mo29 mo1k mo3f mo1c moy mo1o mo6g mo83 mo28 mo3e mo1f mo1v mo1c mo1h mo1s mo1i fo1 mo10 mo23 mo20 mo68 mo23 mo2g mo28 " +
  "mo1o mo1n mo1q rm6d,3nk mo12 mo5p mocg mo2n mo20 mo1c moy mo1q mo21 mo6w mo3p mo1s mo4s mo20 mo1k moz mo2d mo80 mohr " +
  "mo34 mo4s mo1r mo1c mo1s mo10 mo2d mo1x mo60 mo48 mo1k fo1 mo28 mo12 mo9d mom0 mo35 mo20 mo2r mo20 moz mo2c mo7c mo8h " +
  "mo1c mo68 mo48 mo1k mo1n moz mo3y moco mo1k mo1n mo1k mof0 mo2e5 mo8o mo1k mo1o fo1 mo1s mo1p moz mo2w mo60 moco mo7c " +
  "mo1n mo1i mo1g mo1t mo1s mo1o mo1n mo1p mo1q mo2c mo1ec mo2ig mo20 mo11 mo2h mo60 mo1r mo2g mo2x mo22 mo2p mo1v mo2o " +
  "mo22 mo60 mo1r mo28 mo3c mo1h mo1c mo1j mo1k moz mo1s mo1a mo5s mo1bp mo7k mo1h mo1h fo1 mo2t mo1v mo10 mo2c mo20 mo68 " +
  "mo1u mo1x mo1k moz mo2b mo1x mo68 mo20 mo1l mo1u mo2d mo1c moz mo2b mo21 mo6o mo1p moz mo2c mo1n mo60 mo1p mo1s mo1q " +
  "mo10 mo2c mo1w mo60 mo1w mo1l mo1p mo1n mo20 mo1q mo2o mo7s mo1g fo1 mo1i fo1 mo1h mo60 mo1m mo1i mo1g mo1h mo1k mo1q " +
  "mo1q mo1j mo1j mo1s moub mo1g0 mo2g mo2q mo60 mo1nn mo80 moi6 mo20 mo1q mo1q mo1o mo1o mo1n mo1o mo2c mo28 mo1s mo1p " +
  "mo28 mo1n mo20 mo1v mo1v mo21 mo1k mo2w mo1u mo1r fo1 mo1n fo1 mo1g mo1f mo1n mo1x mo1h mo4w mo1l fo1 mo60 mo1p mo1o " +
  "mo1j mo1p mo1p mo1o mo1o mo1q mo1p mo21 mo20 mo1q mo1w mo1w mo1v mo1v mo1r mo1q mo1j mo1u rm64,45c mo139 mo1s0 mo9n mo2g " +
  "mo3o mo2d mo11 mo2a mo2o mo6o mo1v moy mo28 mo1f mo68 mo1f moy mo28 mo17 mo5s mo1k mo2o mo34 mo16 mo1q mo6u moe0 mo1c " +
  "mog0 mo1l fo1 mo1i fo1 mo1l fo1 mo1m fo1 mo1k fo1 mo1q mo22 mo1l mo14p mosg foo fot foy fo11 fo2l fo3j fo3o fo3u fo43 " +
  "fo49 fo4e fo4m fo4p fo4y fo5k fo5p fo5s fo62 fo69 fo6m fo6p fo6x fo74 fo7n fo7r fo7y fo82 fo8b fo8f fo8j fo8r fo8y fo96 " +
  "fo9e fo9l fo9t foa5 foar foaz fobb fobe fobo foc3 foc6 focc foch focl focy fodb fode fodi fodp foe1 foe9 foee foem foes " +
  "foez fof7 fofk fofr fog0 fog6 fogi fogo foh6 foh9 fohq foi4 foib foim foix fojn fojt fok2 fok9 fokc foky fola folm folp " +
  "foly fom6 fome fomp fomt fon1 fonc fonu foo5 fooi foou fop6 foq5 foqc foqk for7 forb forx fos0 fosi fote fou0 foue foui " +
  "fovy fow2 fow6 fowh fowr fox3 foxj foxm foxw foy0 foy3 foyf foyi foyy fozf fozm fozx fo10j fo10m fo10v fo117 fo11n fo11v " +
  "fo128 fo12m fo12r fo12u fo13e fo13g fo14l fm14 mo1c fo15n fo15y fo164 fo154 fo14y fo14w mo1k mo48 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s " +
  "fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod " +
  "foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2e mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fo5 mo2e fo1 mo1q mo48 mo1c rm-,w fo2 fo3 " +
  "mo2y fm2 fo5 fo7 mo1q fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 " +
  "fo5 fo7 mo1l fo1 mo2d mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe " +
  "fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm48 mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2h fo1z mo1s fo1 " +
  "mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1l fo7 mo1i mo1f cm3,8 mo1u fm2 " +
  "mo1y mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1l " +
  "fo6 mo1i mo1f cm3,8 mo1u fm2 mo1y mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fob foa fo9 fo8 fo6 fo5 mo2d mo5c mow mos mow mow mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f " +
  "mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo32 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mobh9 ro1,bh8 " +
  "fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 " +
  "mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mown mo6o mo3k mo13 rm5,1s mo2t mo1f fo1 rm3,3k mo13 mo5c mo13 mo1l mo13 mo5c " +
  "mo25 mo15 moy rma,5c mo21 mo14 mo5c mo1o fo1 moz mo1q mo27 mo6g mo1f mo1k mo1f mo1g mo5s mo17 mo1f fo1 mo17 mo5k mo1h " +
  "mo1g fo1 rmk,74 mo1i mo5s mo1h mo1f mo13 mo1c mo1h fo1 moy mo1f mo1i mo5c mo20 mo1l fo1 mo1n fo1 rmf,8w mo1p fo1 mo1m " +
  "mo5s mo1l fo1 mo4t mo1s mo37 mo1r mo1k mo1q mo1q mo2o mo1h fo1 mo1i fo1 rmf,bk mo1h fo1 mo1m mo1r mo1h mo1f fo1 mo14 " +
  "mo1m mo3w mo94 mobr mo2o mo2x mo1s fo1 mo2c mo34 mo1h fo1 mo1m fo1 mo1n fo1 mo1h fo1 rmk,e8 mo1k fo1 mo1i fo1 mo1m fo1 " +
  "mo1g fo1 mo2o mo1m mo1k mo1i mo1h fo1 mo1l mo14 mo78 mog0 mo9h mo28 mobv mo1m fo1 rmi,gw mo1o fo1 mo2o mo1h fo1 mo1g fo1 " +
  "mo1s mo28 mo12 mo64 mods mo53 mo1k mo2e mo4p mo1s mo1n fo1 mo28 mo1j mo1m mo12 mo3z mo9c mo2p mo3s mo1y fo1 moll mo5h " +
  "mo1s mo1x fo1 rmt,kg mo2w mo1h fo1 mo1h fo1 mo1h fo1 mo1k fo1 mo1q mo1h fo1 mo1k fo1 mo28 mo1g fo1 mo12 mo1l fo1 mo27 " +
  "mo39 mo9s mo4r mo1k mo1x mo1s mo1r fo1 mo1s mo1l fo1 mo1n fo1 mo10 mo1k fo1 mo26 mo32 mo94 mo3j mo1k mo1w mo1k mo1s mo1i " +
  "fo1 rmz,o0 mo10 mo1k fo1 mo26 mo2c mo7s mo3h mo1k mo1z mo1k mo1k moz mo1n fo1 mo29 mo2a mo7s mo53 mo28 mo20 mo1h mo1j " +
  "fo1 mo11 mo1j fo1 mo25 mo30 mo9c mo43 mo28 mo1s mo10 mo1j fo1 mo25 mo2c mo8g mo43 mo28 mo1s mo10 mo1k fo1 mo26 mo2c mo8g " +
  "mo20 mo3k mo52 mo6w mo5b mo3s mo1u mo4z mo1s mo2o mo23 mo1m fo1 rm1i,sg mo1q mo21 mo1k mo1g moz mo23 mo2t mo9c mo2f mo1k " +
  "mo1h fo1 mo1k mo1g fo1 moz mo1z mo1l mo6o mo21 mo1k mo1i fo1 mo1s mo1f mo1h fo1 mo10 mo20 mo1s mo68 mo2d mo1k mo1i fo1 " +
  "moy mo20 mo1j mo6o mo1n mo1k mo1k fo1 moy mo22 mo1a mo60 mo1n mo1k mo1l fo1 moy mo23 mo1a mo60 mo1n mo1k mo1n fo1 moy " +
  "mo25 mo1a mo60 mo1n mo1k mo1p fo1 rm1n,ww moy mo27 mo1a mo60 mo23 mo1k mo1h fo1 moy mo1l fo1 mo23 mo1f mo6g mo1v mo1k " +
  "moy mo1l fo1 mo23 mo1m mo68 mo5c mo1l fo1 mo1k fo1 mo1l fo1 mo1n fo1 mo1l fo1 mo1m fo1 mo7c mo9k mobb mo3c mo2r mo2d " +
  "mo1l fo1 mow mo1c mo1l fo1 mo79 mo1k mo34 mo1q mo1m fo1 mo1m fo1 rm17,128 mo28 mo1h fo1 mo1j fo1 mo1h fo1 mo1t fo1 mo1h " +
  "fo1 mo12 mo1k mo23 mo4p mobk mo3s mo1l fo1 mo1p fo1 mo1l mo1k fo1 mo1m fo1 mo1i fo1 mo2g mo1f mo13 mo1m fo1 mo7q mofk " +
  "mo27 mo1s mo1k mo1f fo1 moz mo1n mo1y mo6g mo1s mo1k mofs mo1g fo1 mo1n mo1l fo1 mo1t fo1 mo1r fo1 rm15,18g mo1s mo1l " +
  "mo1v mo1n mo1w mo1j fo1 mo1u mo1j fo1 mo1y mo1k fo1 mo1u mo1g fo1 mo1h fo1 mo1x mo22 mo1n fo1 mo1g fo1 mo1q fo1 mo1q " +
  "mo1l fo1 mo1m mo1x mo1o fo1 mo1x mo1g fo1 mo1p fo1 mo1m mo1l fo1 rmt,1fk mo1p fo1 mo1l mo1r fo1 mo1v mo1k fo1 mo1k fo1 " +
  "mo1l mope mo1l mo10w fo1k fo2f fo2n fo33 fo3b fo3j fo3q fo3x fo44 fo4b fo4l fo4u fo58 fo5b fo5n fo5v fo65 fo6f fo6r fo74 " +
  "fo7n fo7r fo83 fo8h fo95 fo9p foa4 foa6 foab foaf foak foav foaw fob0 fob7 foba fmb mo1c focc focn foct fobt fobn fobl " +
  "mo1k mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo48 mob4 foe9 mo48 fo1 mo14 fo1 mo48 mo14 mo48 fo1 fo2 mo48 mo4w mo40 mo1k " +
  "fo2 fo1 fo3 mo48 mo4w mo40 mo1k fo4 fo2 fo1 mo48 molc fog mo4w mo48 mo20 mo1s fo2 mo48 mo1s mo3c mo1s moqo mo1k mo1s " +
  "mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fol mo1k mm7c mo1s fm2 fo3 fo1 mo20 fo1 mog " +
  "mo1c fo2 fo1 mo14 fo1 mo2g mo4o mo1k fo1 fo3 fo846 fo1d fo16 fo11 mo40 mo1k fo10 fo2 fo1 foy mo48 mo48 mo48 mo48 mo48 " +
  "mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo1c mo5s moqo mok9 mo1k mo1s mo1l fo1 mob4 fo7 mo1s mo1o fo1 mow mo28 " +
  "molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fom for mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo1c mo28 mo48 mo28 mo48 mo28 " +
  "mo48 mo28 mob4 fob mo48 mo48 mob4 moqo mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s mo20 mo1k fo2 mo20 fo1 " +
  "mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fob mo1k mo20 fo2 fo1 foq fo16 mo168 fo31 mo48 mo20 mo28 mo1c fo3 " +
  "fo2 mo1c fo1 mo48 mo20 rm-,w rm1,1s rm1,3k rm1,5c rm1,74 fo6 fo7 fo2i fo3y fo5g fo5f fo5e fo5d fo6p fo6o fo9d fo9c fods " +
  "fodr foe8 foe7 foed foec foeh foeg foez foey foex fof1 fof9 foei fo5a fo44 fo43 fo42 fo41 mow mo20 mo20 fo2 folb fo1 fo3 " +
  "folc fole frlh foli frlf folg fmlj folk fmlq folr folo mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mob4 fo1tn mo1h " +
  "fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 " +
  "fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s " +
  "fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c mo1k rm-,w fo3 fo4 " +
  "mo3p fm2 fo6 mo2h fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 " +
  "fo7 mo1o fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 mo2g mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm40 mo1k mm2o mm14 fm1 " +
  "mo1k fo1d fo1y fm23 fo24 fo21 fo2f fo20 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo5s " +
  "mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 " +
  "fo4 fo2 mo2k mo1o fo7 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 " +
  "mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 " +
  "fo8 fo6 fo5 mo2g mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo35 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "foc mo20 mo20 fo2 mo20 moeip ro1,eio fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w moiz mofk mobo modc mo1g fo1 mo1g fo1 mo1h " +
  "rm8,1s mo1n fo1 mo1h mo1j mo1l rm5,3k mo1k mo1k mo1f mo1l mo1f mo1k mo1f mo1h rm9,5c mo1h mo1k mo1m mo1k mo1k mo1h mo1h " +
  "mo1i fo1 rm9,74 mo1k mo1g mo1j mo1g mo1h mo1k mo1g mo1j rm9,8w mo1h mo1n mo1l mo1h mo1f mo1o mo1j mo1f rm9,bk mo1j mo1p " +
  "mo1g fo1 mo1g mo1f mo1g mo1h mo1g fo1 mo1g fo1 mo1g fo1 mo1j mo1k rmd,e8 mo1g fo1 mo1k mo1i mo1g mo1b mo1r moz mo2w mo18 " +
  "rma,gw mo5k mo1b mo1s moz mo18 mo5k mo1b mo1c mo1s moz mo5k mo1b mo1c mo1s moz mo5k mo1b mo1c mo1s moz mo5k mo1b mo1c " +
  "mo1r moz mo5k mo15 mo1c mo1r mo1c moy mo16 mo5c mo1b mo2j moy mo1e mo5k mo17 mo1c mo1s moz mo18 rm18,kg mo5k mo17 mo1c " +
  "mo1w moz mo19 mo5k mo1t mo1c mo1s mo1c mo1h moy mo1a mo60 mo19 mo1c mo1r moz mo18 mo5k mo19 mo1c mo1r moz mo5k mo19 mo1c " +
  "mo1s moz mo18 mo5k mo23 mo1c mo1z mo1c mo1m fo1 moy mo1d mo6g mo15 mo1c mo1o moy mo16 mo5c mo19 mo1c mo1s moz mo5k mo19 " +
  "mo1c mo1r moz mo5k mo19 mo1c mo1r moz mo5k mo19 rm1r,o0 mo1c mo1r moz mo5k mo15 mo1c mo1o moy mo5c mo19 mo1c mo1r moz " +
  "mo5k mo15 mo1c mo1o moy mo5c mo19 mo1c mo1s moz mo5k mo19 mo1c mo1s moz mo5k mo19 mo1c mo1r moz mo5k mo19 mo1c mo1r moz " +
  "mo5k mo19 mo1c mo1r moz mo5k mo49 mo2e mo1o fo1 mo2a mo1k fo1 mo1h fo1 mo1l fo1 mo1m fo1 rm1h,sg mo1g fo1 mo10 mo2l mo8g " +
  "mo17 mo1c mo2h moz mo5k mo2b mo1s mo32 mo20 mo1i fo1 mo11 mo2f mo6o mo19 mo1u moz mo1a mo5k mo1f mo1c mo1q moz mo18 mo5s " +
  "mo3r mo2a mo2d mo1m fo1 mo1n fo1 mo20 mo11 mo32 mo80 mo1d mo1k mo1u mo1s mo10 mo1c mo5k mof9 mo28 mo9v mo2o mo2g mo2d " +
  "mo3c mo1n fo1 mo1g fo1 mo1g fo1 mo1s fo1 rm1k,ww mo1r fo1 mo1r fo1 mo28 mo1g fo1 mo1k fo1 mo1h mo1g fo1 mo12 mo9p mo2e " +
  "mojk mo1f mo1c mo26 mo1s mo1h fo1 mo1j fo1 mo10 mo1k mo5s mo27 mo2w moav mo1k mo1j mo1i mo95 mo28 mo28 mo2b mo1c mo1c " +
  "mo1k fo1 mo1s mo1h fo1 mo1i fo1 mo10 mo1h fo1 rm13,128 mo2a mo21 mo6o mo2l mo1k mo27 mo1s mo1f fo1 mo1j fo1 mo10 mo1m " +
  "mo2t mo24 mo6g mo1c mo1i fo1 mo1k mo1k moz mo2a mo20 mo6w mo34 mo1g fo1 mo1i fo1 mo1g fo1 mo2g mo1h fo1 mo1h fo1 mo1i " +
  "fo1 mo13 mo1l fo1 mo1w mo64 modc mo25 mo1c mo1k moz mo1l fo1 mo1w mo1f mo6g mo53 mo28 mo1f rm1b,18g mo2o mo1m fo1 mo1n " +
  "fo1 mo1p fo1 mo1h fo1 mo1h fo1 mo1c moy mo1l fo1 mo1w mo30 mo9c mo1r mo1k moy mo1n fo1 mo1y mo1e mo60 mo34 mo1k fo1 mo1m " +
  "fo1 mo3p mo6g mo27 mo2w mo7d mo1k mo1j mo3x mo1s mo1h mo1k mo1h fo1 moz mo2a mo1a mo5s mo2l mo1k mo21 mo1s mo10 mo2t " +
  "mo20 mo68 mo1k mo1i fo1 moz mo2a mo20 mo6w mo20 mo11 mo1w mo40 mo88 mo25 moz mo1w mo6g mo53 mo2o moy mo1w mo30 mo9c mo1r " +
  "mo1k moy mo1y mo60 mo3p mo6g mo27 mo2w mo87 mo1s mo1i fo1 rm28,1fk mo1i mo1k mo4j mo1k mo25 mo2g mo20 mo11 mo1y mo2n " +
  "mo8w mo31 mo20 moz mo1y mo20 mo7c moaf mo2g mo23 mo1k mo1s mo10 mo2h mo2a mo6g mo1j fo1 mo1k moz mo1y mo55 moeo mo4r " +
  "mo1s mo1c mo1k mo2g mo1m fo1 mo1k moz mo20 mo3j mo94 mo3u mo6g mo1d mo1c mo1s moz mo1d mo5k mo1d mo1c mo1s moz mo5k mo4d " +
  "mo1s mo2f mo10 mo2q mo8o mo1d mo1c mo1t moz mo1d mo5k mo1d mo1c mo1t moz mo5k mo1d mo1c mo1s moz mo5k mo1d mo1c mo1s moz " +
  "mo5k mo1d mo1c mo1s moz mo5k mo1d mo1c mo1s moz mo5k mo1d mo1c mo1t moz mo5k mo1d mo1c mo1t moz mo5k mo1d mo1c mo1s moz " +
  "mo5k mo1d mo1c mo1s moz mo5k mo1d mo1c mo1s moz mo5k mo1c mo1c mo1c moow mo1k fo1 mo1l fo1 rm3h,1nk mo1m mo1o fo1 mo1j " +
  "fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1k mo1k fo1 mo1k fo1 mo1k fo1 mo1p fo1 mo1k mo1n fo1 mo1n fo1 mo1k " +
  "fo1 mo1k fo1 mo1n fo1 mo1k fo1 mo1j fo1 mo1k fo1 mo1k fo1 mo1n fo1 mo1k fo1 mo1o fo1 mo1k fo1 mo1n mo1p fo1 mo1o fo1 " +
  "mo1o fo1 mo1l fo1 mo1l fo1 mo1o mo1q fo1 mo1o fo1 rm11,1wg mo1l fo1 mo1l fo1 mo1o fo1 mo1k fo1 mo1l fo1 mo1o fo1 mo1l " +
  "fo1 mo1p fo1 mo1l fo1 mo1l mo10a mo1f monc fo1q fo1v fo20 fo25 fo2a fo2f fo2k fo2p fo2u fo2z fo35 fo3b fo3g fo3m fo3z " +
  "fo4c fo4e fo4k fo4t fo51 fo58 fo5e fo5i fo5z fo61 fo68 fo6a fo6f fo6r fo77 fo7f fo89 fo8b fo8o fo8r fo8x fo96 fo9t foa0 " +
  "foa9 foaf foak foas foax foba fobf fobk fobp fobu fobz foc4 foc9 foce fock focp focu focz fod5 fodd fodj fodo fodu foe2 " +
  "foe8 foef foek foer foew fof1 fof6 fofb fofg fofn fohh fme mo1c foii foit foiz foi0 fohu fohs mo1k mo48 mmcg mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo48 mob4 " +
  "fokp mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc fod mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo168 fom mo48 mo48 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo5s mo48 " +
  "mo48 mo1s mo5s mo1s cm2,8 mo1k fm2 mosw mo9j mo1k mo1s mo1j fo1 mo1s mo1i fo1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "fol fop mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo1c mo5s cm2,8 mo1k fm2 mosw mo61 mo1k mo1s mo1i fo1 mo1s mo1j fo1 mow " +
  "mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 fok foo mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo1c mo5s cm3,8 mo1s fm2 mou0 mo6v " +
  "mo1k mo1s mo1i fo1 mo1s mo1k fo1 mo1s mo1i fo1 mob4 fod mow mo28 mob4 mo1s fo2 mo1k mo20 fo2 fo1 fon for mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1c mo1k mmw mo1s mo1s mo5c mo1k mo2g " +
  "fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo4g fo3fb mo20 mo20 fo2 fo1 foi mo1c mo1k mmg mo1s mo1s fo2 " +
  "mo1s mo1s fo1 mo1s fo1 mo1k mm2o mm1c mo1k fm2 fma fob fo8 foc fo7 mo1c mo1h mo1h mo20 mo1s mo20 mo1i fo1 mo5s mo20 mo1l " +
  "fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1g fo1 mo20 mo1j fo1 mob4 foc mo20 mo1i fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1g " +
  "fo1 mo20 mo1j fo1 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1g fo1 molc foo mo20 mo1g " +
  "fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1h fo1 mo20 mo1h fo1 mo20 mo1g fo1 mo20 mo1g fo1 mo20 mo1h fo1 mo20 " +
  "mo1h fo1 mo20 mo1h fo1 mo20 mo1k fo1 mo20 mo1m fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1h fo1 " +
  "mo20 mo1h fo1 mo20 mo1g fo1 mo20 mo1j fo1 mo168 fo18 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1g " +
  "fo1 mo20 mo1h fo1 mo20 mo1f fo1 mo20 mo1f fo1 mo20 mo1f fo1 mo20 mo1f fo1 mo20 mo1f fo1 mo20 mo1f fo1 mo20 mo1s mo20 " +
  "mo1o fo1 mo20 mo1h fo1 moal mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mmo mors " +
  "mo1n mmk mo1c moa2 mo1s mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1n fo1 mo1s mo1x mo5s mobe mow mo28 mobe " +
  "fo4 mo1l mo1n fo1 mors mo1n mmk mo1c mo6s mo1s mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1n fo1 mo1s mo1x " +
  "fo1 mo5s mo84 mow mo28 mo84 fo4 mo1l mo1n fo1 moqo mo1p mmm mo1c mo7m mo1s mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1t fo1 mo20 mo1n fo1 mo8y mo5s mow mo28 mo8y fo5 mo1l mo1p fo1 mo1k fo1cq fo1co fo1dr fo1cn fo11x fo11r fo11p fo11n " +
  "mow fo11n fo11m fo1 fo1cv fo11l fo11u mow mo20 mo20 fo2 fo63 mo1s fo2 fo4 fo65 fo67 fr6a fo6b fr68 fo69 fm6c fo6d fm6j " +
  "fo6k fo6h mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2m fo1 mo1k " +
  "cm1p,8 foag fo9t fo9o fo9s foaf foae foa8 foac fo9x foa4 foa3 foa9 fo9w foa5 foa2 foa0 foad foa7 foa6 fo9y foah foaa " +
  "fo9v foa1 fo7g fo75 fo7a fo79 fo7d fo74 fo7b fo7c fo76 fo7f fo73 fo78 fo9u fo7e fo9p fo9n fo9r fo9z fo77 foal foak foao " +
  "foam foai foaj fo9m fo9l fm1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo2io fo9x fobb fod1 fod0 focz fod6 fod5 " +
  "fod4 fodb foda fod9 fodg fodf fode fodl fodk fodj fodq fodp fodo fodv fodu fodt foe0 fodz fody foe5 foe4 foe3 foea foe9 " +
  "foe8 foeg foef foee foed foem foel foek foej foer foeq foep foex foew foev foeu fof1 fof0 fogg fogf fohu foht fokh fokd " +
  "fokc fokb fol1 fol2 fol3 fol4 fokp fokn fokm fokl fokk folb fol9 fol8 fol7 folk foll folg folf fole folq folp folo foln " +
  "folw folv folu folt fom3 fom0 folz foly fom8 fom7 fom6 fomk fomm fomd fomc fomb fomq fomp fomo fomv fomu fomt fon0 fomz " +
  "fomy fon5 fon4 fon3 fona fon9 fon8 fonf fone fond fonk fonj foni fonp fono fonn fonu font fons foo0 fonz fony foo5 foo4 " +
  "foo3 fooa foo9 foo8 foog foof fooe food fooo fool fook fooj foou foot foos foor fooz fooy foox fop5 fop4 fop3 fop2 fopd " +
  "fopa fop9 fop8 fopj fopi foph fopg fopq fopp fopo fopm fopw fopv fopu fopt foq2 foq0 fopz fopy foq7 foq6 foq5 foqc foqb " +
  "foqa foqh foqg foqf foqm foql foqk foqs foqr foqq foqp foqz foqy foqw foqu fosr foss fost focv fobh fobg fobf fobe mow " +
  "mo20 mo20 fo2 foyq fo1 fo3 foyr foys fryv foyw fryt foyu fmyx foyy fmz4 foz5 foz2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2m fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 " +
  "fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2i mo48 mo1c mo1k " +
  "rm-,w fo3 fo4 mo3q fm2 fo6 mo2i fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1u fo1 mo1p mo48 mo1c rm-,w fo2 fo3 " +
  "mo2x fm2 fo5 fo7 mo1p fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo2h mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm3k mo1k " +
  "mm2o mm14 fm1 mo1k fo1d fo1y fm23 fo24 fo21 fo2f fo20 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n " +
  "fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo2k mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 " +
  "mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fob foa fo9 fo8 " +
  "fo6 fo5 mo2h mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo36 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc " +
  "mo20 mo20 fo2 mo20 mo100z ro1,100y fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w molj mof4 mo3a mo48 mo1r mo1i fo1 mo1w rm8,1s " +
  "mo1s mo1r mo1i fo1 mo1n rm5,3k mo1m fo1 mo1j fo1 mo1k fo1 mo1q mo1r fo1 mo1x mo1s rm8,5c mo1s fo1 mo1n mo1r mo1i fo1 " +
  "mo1p fo1 mo1n fo1 mo1l fo1 mo1p fo1 rm9,74 mo1k fo1 mo1s fo1 mo1l fo1 mo7l mofr mo1k fo1 mo1k fo1 mo1r fo1 mo1j fo1 " +
  "rma,8w mo1o fo1 mo2g mo1k mo1k fo1 mo1l mo1k fo1 mo1h fo1 mo1i fo1 mo13 mo2x rmb,bk mo5s mo19 mobs mo2b mocc mo10 mo1x " +
  "mo6o mo41 mo3e mo1h fo1 mo1j fo1 mo1r fo1 mo1h fo1 mo1i fo1 mo1m rmh,e8 mo10 mo1o mo2o mo88 mo3z mo3a mo10 mo1o mo2m " +
  "mo88 mo3p mo32 mo10 mo1o mo2f mo80 mo41 mo3f mo1j fo1 mo10 mo1o rmm,gw mo2o mo88 mo3z mo3b mo10 mo1o mo2m mo88 mo3p mo32 " +
  "mo10 mo1o mo80 mo41 mo3e mo1j fo1 mo10 mo1o mo88 mo3z mo3a mo10 mo1o rmo,kg mo88 mo3p mo32 mo10 mo1o mo80 mo41 mo3f mo1j " +
  "fo1 mo10 mo1o mo88 mo3z mo3b mo10 mo1o mo88 mo3p mo32 mo10 mo1o mo80 mo6l mo2v mo3n mo1j fo1 mo1f fo1 mo1f rmt,o0 mo1g " +
  "fo1 mo10 mo1m mo2a mo2m mo80 mo2v mo28 mo1l mo1n fo1 mo1g fo1 mo28 mo1i mo1h fo1 mo1j mo1j mo12 mo4k moaw mo2b mo2l mo37 " +
  "mo1y mo1g fo1 mo1h moz mo1l fo1 rms,sg mo27 mo1a mo5s mo2h mo1s mo1i mo10 mo25 mo1r mo6o mo2h mo10 mo25 mo6o mo2h mo10 " +
  "mo1j fo1 mo25 mo1r mo6o mo2h mo10 mo25 mo6o mo2h mo10 mo25 mo6o mo3k mo1m fo1 mo1l fo1 moy mo5k mo7k moz mo2n mo6o mo63 " +
  "mo1s moe9 mo2p mo28 mo1h fo1 mo1t mo1h fo1 mo1q fo1 mo1m fo1 rm1c,ww mo2g mo1l mo1l mo1k mo1f fo1 mo1k mo13 mo53 mo16 " +
  "moag mo3j mo3o mo28 mo1h fo1 mo1h fo1 mo1l mo1o fo1 mo8n mo1s mo2c mo34 mo1l fo1 mo1k fo1 mo1i fo1 mo1k fo1 mo2g mo1m " +
  "fo1 mo13 mo1s mo4v mocw mo2v mo1s mo1s mo10 mo1l fo1 mo1t mo2j mo74 mocn rm15,128 mo2d mo1h fo1 moz mo1m mo2c mo21 mo6o " +
  "mo23 mo1s mo10 mo2c mo29 mo6g mo1m fo1 mo1n mo1f mo1j fo1 mo1i fo1 mo1h fo1 mo1s mo1l fo1 mo10 mo1l fo1 mo1t mo6j mogw " +
  "mo3v mo28 moy mo1n fo1 mo1v mo2k mo88 mogl mo28 mo2h rm11,18g mo28 mo1y mo3k mo1n fo1 mo1i fo1 mo1g fo1 mo1h fo1 mo2g " +
  "mo1i fo1 mo1h fo1 mo1m fo1 mo13 mo1p fo1 mo1x mo8l mokw mo1q fo1 moy mo58 mo7s mo3d mo34 mo6r mo9j mo1s mo1k fo1 mo2d " +
  "mo34 mo1j fo1 mo11 mo1z mo5b mods mo9f mo28 mo2x mo1k mo1k mo10 mo2i mo37 mo74 mo2j mo28 mo1j fo1 mo3k mo1g fo1 mo1q " +
  "mo11 mo1z mo5c mods mo2h mo1k mo2z mo20 mo1o mo11 mo1k mo2s mo2m mo7c mo1k mo1x fo1 mo1r mo1k moz mo1x mo2b mo2k mo6o " +
  "mo95 mo1k mo34 mo1l fo1 mo2g mo1g fo1 rm26,1fk mo1j fo1 mo1l mo13 mo1y mo65 mo1f modc mo27 mo1s mo1k moy mo2b mo1k mo6g " +
  "mo40 mo1l fo1 mo1o fo1 mo1u fo1 mo4s mo7k mo3t mo1s moy mo1s mo2d mo80 mo1m mo20 mo1h mo1j mo1k fo1 mo1l mo1z mo2g mo1n " +
  "mo6s mo1m mo2d mo1s mo1g mo1h fo1 mo10 mo1w mo1v mo6o mo1d moy mo1w mo17 mo5k mo30 mo68 moaf mo28 moci mo27 mo1s mo10 " +
  "mo25 mo24 mo6g mo27 mo10 mo25 mo24 mo6g mo1s mo1j fo1 mo3c mo1i fo1 rm1z,1nk mo1l mo1m mo1g fo1 mo1h fo1 mo17 mo1m mo79 " +
  "moeo mo97 mo2o mokd mo1b mo1k mo1k moz mo1l mo24 mo1c mo5k mo32 mo3t mo1k mo1b moz mo2x mo5k mo20 mo1v mo1n mo1t mo20 " +
  "mo1q mo11 mo1w mo2f mo2j mo80 mo34 mo1g fo1 mo1h fo1 mo28 mo12 mo6r modk moax mo34 mo20 mo1v mo1k mo28 mo12 mo2c mo20 " +
  "mo68 mo45 mo1m mo1l mo1l mo19 mo2c mo3y mo8g mofl mo7c mo1h fo1 mo1m mo1m mo1h mo1h fo1 rm1y,1wg mo1k mo1j mo1m mo1g " +
  "mo1h mo1h mo1j mo1m mo1h mo1h fo1 mo1p mo2c mogz mo24 mojs mo3t mo1k mo20 mo2g mo13 mo1n mo2f mo57 mo19 mo80 mo4p mo20 " +
  "mo2d mo1i fo1 mo2g mo13 mo1o fo1 mo2g mo5e mo19 mo8w mo2o mo1k fo1 mo5s mo1i modx mof4 mo2d mo1s mo35 moy mo1q mo6o mo7b " +
  "mo2o mo5a mo1j mo1k moz mo1n mo26 mo1q mo5s mo1z mo1k mo1p fo1 mo1j fo1 mo2g mo1m mo1f fo1 mo1m fo1 mo1f fo1 mo1g mo13 " +
  "mo1m mo6w mobk mojx mo2w moqc mo1w fo1 mo2h mo1n fo1 mo1s mo1h fo1 mo10 mo23 mo2n mo6o mo2b mo1h rm2f,268 mo1k mo1s mo10 " +
  "mo24 mo1z mo6o mo2b mo10 mo24 mo6o mo2b mo10 mo24 mo1z mo6o mo3k mo1m fo1 mo1l fo1 mo1m fo1 mo1h fo1 mo1g fo1 mo1j fo1 " +
  "mo3k mo1l fo1 mo1r mo1r mo1o mo1t mo1t mo1q mo18 moe8 moo8 mog7 mo34 mo7g mo49 mo1k mo1k fo1 mo20 mo1s mo1g fo1 mo1i fo1 " +
  "mo10 mo1n mo29 mo2x mo8g mo23 mo1s mo10 mo29 mo1z mo6g mo2f mo1s mo1s mo1i fo1 mo10 mo1r mo2d mo2d mo6o mo23 mo1s mo10 " +
  "mo29 mo21 mo6g mo1p mo1s mo1l mo10 mo29 mo1r mo60 mo1k mo1k fo1 mo2w mo1g fo1 mo1r fo1 mo1h fo1 mo3k mo1g fo1 mo1i mo1g " +
  "fo1 mo1j mo18 mo1p moc9 mokg mo91 mo1s mob3 mo25 mo2o mo1h fo1 rm2q,2gw mo28 mo1l mo1i fo1 mo12 mo1n mo64 modc moaj mo3k " +
  "mobg mo7n mo71 mo20 mo1l fo1 mo2g mo1q mo1h mo1o mo1r mo13 mo1l mo29 mo62 mo2c moc0 mo2l mo1s mo1k mo1n mo1i fo1 mo20 " +
  "mo1j fo1 mo1m fo1 mo20 mo11 mo1r mo2f mo2e mo6w mo55 mo28 mo1l mo2p mo1k mo1k mo1g fo1 moz mo37 mo25 mo6w mo28 mo1g fo1 " +
  "mo1s mo10 mo20 mo2o mo3s mo9c moi5 mo4o mo50 mo1p mo1s mo1l fo1 mo10 mo2r mo1g mo60 mo2h mo27 mo2h mo3o mo1r mo20 mo1f " +
  "mo28 mo1t mo3k mo40 mo1g mo1k mo1a mo29 mofw momg mo3p mo1s mo2h mo1k mo20 mo1f mo1l fo1 mo11 mo28 mo3b mo80 mo20 mo3s " +
  "mo1k mo1u mo1t fo1 mo1p mo3s mo19 moad moew mo2n mo2w mo5m mo5b mo1s mo29 mo2g mo1n mo1k moz mo26 mo39 mo9k mo2j mo1k " +
  "mo53 mo1k mo1s mo1j fo1 mo10 mo26 mo1s mo6w mo45 mo1k mo4n mo20 mo2g mo1j fo1 rm3s,2tc mo13 mo2m mo2r mo8w mo20 mo20 " +
  "mo11 mo25 mo3b mo8g mo27 moy mo2i mo6g mo34 mo46 mo6w mo2h mo2g mo3l mo28 mo1l moz mo21 mo21 mo7s mo43 mo20 mo34 mo1i " +
  "mo1f mo1k mo1s mo1i fo1 mo1h fo1 mo10 mo1p fo1 mo25 mo3n mo8g moi1 mo2o mo3c mo24 mo1w mo1n mo25 mo2w mo3c mo1n mo2g " +
  "mo1l fo1 mo1g fo1 mo1g fo1 mo13 mo20 mods mo2c mom8 mo34 mo39 mo6o mo1k moe8 mo1k fo1 mo1g fo1 mo1o mo1k mo1k fo1 mo1n " +
  "mo1o fo1 mo1g fo1 mo1l mo10k mo2x mops fo10 fo1e fo1l fo1n fo1u fo29 fo2b fo2l fo2v fo2y fo3j fo47 fo4a fo4q fo4t fo57 " +
  "fo5m fo5p fo63 fo6p fo6v fo74 fo7a fo7m fo7p fo8c fo8g fo8p fo8x fo91 fo9m fo9p fo9v foac foam fob9 fobh fobo fobr focd " +
  "focf foco focr fod9 fodf fodi fodp fodx foe2 foee foer fof5 fofm fofo fog5 fog7 fogh fogk foh8 fohf fohy foi5 foi7 foif " +
  "foit foj0 fojl fojy fok2 fok8 fokc fokj fokq fokt fokv folj foll folq folv fom1 fom6 fomc fomi fomn fomt fon1 fon7 fond " +
  "fonq fonv foog fopd fm25 foqd foqo foqu fopv fopp fopn mo1k mo48 mm34 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2h fo1 " +
  "mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow " +
  "mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo48 mo1c mo1k rm-,w fo3 fo4 " +
  "mo2w fm2 mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo41 fm2 mo3l mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 " +
  "fo2 mo1t foe mo48 mo1c rm-,w fo2 fo3 mo3d fm2 foe mo2x mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 " +
  "fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo38 fm2 foe mo2s mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 " +
  "fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo38 fm2 foe mo2s mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog cm1,8 mo1k mm3c mo1k mm2o mm14 mo1k fm2 mo1k " +
  "fo1y fou fo2o fm2t fo2u fo2r fo35 fo2q mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2p fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 " +
  "mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2r fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2w " +
  "mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2w mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2s mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo3h fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mo1oe9 ro1,1oe8 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w molr moag moog mo34 mo1l mo1k mo1o rm8,1s " +
  "mo1l mo1l mo1n mo1o rm5,3k mo1i mo1n fo1 mo1i fo1 mo1j mo1k mo1m mo1f fo1 rm8,5c mo1n fo1 mo1r fo1 mo1c mo1i fo1 mo1c " +
  "mo1c mo1h mo1x mo2n mo1c rmb,74 mo1l fo1 mo1l fo1 mo1c mo1h fo1 moy mo38 mo1p fo1 mo2a mo27 mo6w rmb,8w mo1l fo1 mo1n " +
  "fo1 mo1p fo1 mo1w mo5s mo1h mo1s mo1y mo3f mo1k rmb,bk mo1g fo1 moz mo2b mo2t mo7s mo1w mo5s mo1h mo1s mo1z mo3b moz " +
  "mo2c mo2o mo7k mo1w mo5s mo1f mo1s mo1i mo20 mo1h mo1h fo1 mo1o fo1 mo20 mo1m fo1 mo1g mo5s mo9v mo80 mo2i mo69 rmx,e8 " +
  "mo1c mo39 mo34 mo1h fo1 mo1k fo1 mo1z mo1j mo1v mo1u mo28 mo1g fo1 mo1h fo1 mo1h fo1 mo1h fo1 mo12 mo1w mo33 moag mo1v " +
  "mo1k mo59 mo1c mo1x rmo,gw mo1s mo1i fo1 mo10 mo1l fo1 mo1x mo1x mo68 mo6f mo1k mo2a mo28 mo34 mo1i fo1 mo1p mo1h mo1h " +
  "fo1 mo1h fo1 mo16 mo1o fo1 mo20 mo48 moao mo5j mo1k mo29 mo20 mo1g fo1 mo2g mo1p rmu,kg mo1m fo1 mo1m fo1 mo13 mo1o fo1 " +
  "mo20 mo3c mo9s mo3f mo1k mo24 mo1s mo1s mo1h mo10 mo1l fo1 mo1x mo31 mo7s mo3f mo1k mo2c mo1s mo10 mo21 mo7s mo53 mo1k " +
  "mo2n mo2g mo1i fo1 mo1k moz mo1u mo2s mo9c mo85 mo1k mo5i mo1w mo2w mo1l fo1 mo2w mo15 mo1k fo1 mo1w mo4y mocg mo89 mo1k " +
  "mo51 mo20 mo34 mo1m rm1i,o0 mo1i fo1 mo16 mo1o fo1 mo20 mo4w mocg mo7b mo1s mo2o mo1h mo1m fo1 mo1g fo1 mo1l fo1 mo20 " +
  "mo1j mo1h fo1 mo11 mo1n fo1 mo1z mo4g mobk mo1t mo1c mo2z mo1c moy mo1h fo1 mo1t mo1d mo60 mo1t rmw,sg mo1c mo31 mo1c " +
  "moy mo1i fo1 mo1u mo1d mo60 mo1t mo1c mo2v mo1c moy mo1j fo1 mo1v mo1d mo60 mo87 mo1k mo6b mo2o mo1x mo2w mo1k fo1 mo1j " +
  "mo1j fo1 mo15 mo1s mo4q mocg mo21 mo1c mo5m mo1s mo10 mo1n fo1 mo1z mo1y mo68 mo4n mo20 mo24 mo1f mo20 mo1m fo1 mo1h fo1 " +
  "moy mo1l fo1 mo1x mo31 mo8w mod5 mo1s mo2e mo3c mo1p fo1 rm1l,ww mo1n fo1 mo1i fo1 mo1h fo1 mo1h fo1 mo1h fo1 mo20 mo1i " +
  "fo1 mo1i mo11 mo1n fo1 mo1z mo71 mohc mo25 mo1c mo2a mo1c moy mo1t mo1h mo6g mo27 mo1c mo3u mo28 mo1l mo12 mo1l fo1 mo1x " +
  "mo27 mo6g mo73 mo1c mo5g mo2o mo1j fo1 mo1g fo1 mo1g fo1 mo1g rm14,128 mo1k moz mo1v mo3d mobc mo29 mo1c mo1j fo1 moz " +
  "mo1k fo1 mo1w mo1m mo6g mo4z mo28 mo1r fo1 mo1s mo1g fo1 mo10 mo1j fo1 mo1v mo2r mo9c mo4z mo10 mo1k fo1 mo1w mo2r mo9c " +
  "mo1c mo1c mo9s mo1k fo1 mo1t fo1 mo1r fo1 mo1j fo1 mo1j fo1 mo1s mo1o fo1 mof8 moe8 mo1c mo1c mo1p mo2n mo1k mo1c mo1g " +
  "fo1 mo1k mo1l fo1 mo1o rm1g,18g mo1k mo1i fo1 moz mo1l mo1o mo6w mo1s mo1j fo1 mo1l mo1j fo1 mo1tb mo9k mook mo2j mo2v " +
  "mo2p mo2m mo2b mo2h mo1f mo1t mo1k mo1g mo1k mo1f fo1 mo1h fo1 moz mo1m mo26 mo21 mo60 mo1o mo1s mo1n mo1p fo1 mo1q mo1x " +
  "mo1f mo20 mo4j mo1s mo1m mo1t mo1k mo1m fo1 mo2g mo1h mo1n mo1m mo13 mo1i mo22 mo36 mo8w mo1o mo2c mo51 mo1k mo25 mo20 " +
  "mo1n fo1 mo28 mo1h mo1o mo12 mo1l rm1v,1fk mo25 mo34 mo9c mo1q mo2r mo21 mo1c mo2o mo1k mo1k mo1l moz mo25 mo1k mo68 " +
  "mo2h mo1c mo2y mo1c mo1k mo1s mo1i mo1h mo10 mo1k mo24 mo1u mo6o mo1n mo1c mo2w mo1k mo1j moz mo1r fo1 mo2b mo1e mo60 " +
  "mo3k mo1s mo1r fo1 mo20 mo1l fo1 mo9c mo1g fo1 mo1k fo1 mo1i fo1 mo1j fo1 mo1g fo1 mo1m fo1 mo1p fo1 mo1n mo1n fo1 mo1g " +
  "fo1 mo1h fo1 mo1g fo1 mo1h fo1 mo1h fo1 mo1p fo1 mo1l fo1 mo1m fo1 mo1m fo1 rm1r,1nk mo1g fo1 mo1r fo1 mo7s mo1l mo1h " +
  "fo1 mo1r mo1l mo1m fo1 mo1h fo1 mo1j fo1 mo1s mo1r mo16y mo1f mo1xk mo2r mo20 mo2a mo1c mo20 mo1k fo1 mo1o mo1h fo1 mo11 " +
  "mo1s mo2n mo74 mo1c mo7h mo8g mo1cg mo3p mo1k mofu mo1s mo1i fo1 mo20 mo11 mo1t mo2k mo80 mo13 mo1k mo2q moz mo1o mo1w " +
  "mo16 mo5c mo2t mo1c mo1u mo1k mo1g fo1 moy mo1i mo1q mo1l mo74 mo73 mo2o mo7x mo1k mo1k fo1 mo1c mo28 mo1j fo1 mo1i mo1l " +
  "mo1s mo10 mo1o mo1w mo3i mobc mo45 mo1c mofq mo28 mo1j mo1q mo1l mo1k moy mo1l mo1t mo20 mo8g mo1t rm2i,1wg mo1k mo35 " +
  "mo1c mo1w fo1 mo1s mo10 mo1t mo1p mo60 mo9v mo1s moe2 mo2w mo1k fo1 mo2o mo1l mo1i fo1 mo14 mo1r mo6c moe8 mo87 mo20 " +
  "moko mo2g mo1l mo2g mo13 mo1t mo65 mocg mo25 mo1c mo1z moy mo1p mo6g mo29 mo1k moy mo1v mo1k mo6g mo3b mo1k mo3c mo1k " +
  "mo1s mo10 mo1w mo2a mo7k mo6l mo20 mo28 mo1k moz mo1t mo4n mo1c moaw mo4b mo1k mo32 mo2v mo28 mo12 mo2a mo2m mo74 mo20 " +
  "moz mo1r mo2v mo8o mo2x mo1c mo35 mo1s moz mo1r mo20 mo74 mo4b mo1k mo2z mo2v mo12 mo2a mo74 moz mo1j fo1 mo1r mo8o mo37 " +
  "mo1c mo36 moz mo1j fo1 mo1r mo26 mo7k mo4b mo1k mo31 mo2v mo12 mo2a mo74 moz mo1j fo1 mo1r mo8o mo37 mo1c mo38 moz mo1j " +
  "fo1 mo1r mo7k mo8d mo1k mo4w mo20 mo2g mo1l mo13 mo1k fo1 mo1s mo5b moco mo8j rm3p,268 mo1k mo5l mo13 mo1k fo1 mo1s mo5f " +
  "mocw mo8r mo1k mo5t mo2o mo1o mo14 mo1r mo5p mod4 mo6h mo1k mo54 mo14 mo1k fo1 mo1s mo45 moao mo3x mo1k mo3a mo1k mo20 " +
  "mo11 mo1k fo1 mo1s mo2n mo88 mo43 mo1k mo4s mo11 mo1k fo1 mo1s mo2t mo8g mo37 mo1k mo34 mo1x mo1c mo1s mo10 mo1n mo2j " +
  "mo1u mo68 mo1c mo1s mo1o mo10 mo1r mo1z mo2j mo7k mo4f mo1c mo6r mo1k mo20 mo11 mo1l fo1 mo1t mo2y mo8o mo4f mo1c mo6r " +
  "mo11 mo1l fo1 mo1t mo8o mo4l mo1c mo6m mo28 mo12 mo1s mo35 mo8w mo4l mo1c mo68 mo28 mo12 mo1l fo1 mo1t mo34 mo8w mo8w " +
  "mo1q fo1 moy mogn mobs mo6x mo6o modl mo2d mo1k mo5d mo1k mo1h mo1k moz mo1u mo1p mo6o mo1t mo1c moz mo1x mo1b mo60 mo45 " +
  "mo1s mo1s mo10 mo1o fo1 mo1x mo3h mo19 mo8g mo1r mo10 mo1p mo1l mo60 mo37 mo20 mo1i fo1 moy mo1k fo1 mo1t mo1s mo7k mo5p " +
  "mo2g mo1s mo10 mo1u mo31 moa0 mo2t mo1k mo1t mo1s mo10 mo2h mo20 mo60 mo1k mo1g fo1 rm4f,2gw moz mo1p fo1 mo1y mo21 mo74 " +
  "mo23 moy mo1l fo1 mo1u mo1d mo6g mo4d mo20 mo2g mo1h fo1 moy mo1u mo2f mo8o mo2h mo1c mo34 mo1k mo1s mo10 mo1u mo1z mo6o " +
  "mo43 mo20 mo3d mo1s moy mo1q mo2h mo8g mo3l mo1c mo6e mo1s mo1s mo1j fo1 mo10 mo1m mo1v mo2v mo7s mo29 mo1s mo24 mo1k " +
  "moy mo1k fo1 mo1t mo1q mo6g mo1z mo1k mo1c mo1s mo10 mo1x mo1l mo68 mo3p mo1s mo2d mo1k moz mo1x mo37 mo15 mo80 mo4d " +
  "mo1s mo3l mo2c mo1s moy mo1t mo33 mo15 mo8o mo47 mo1s mo3s mo1s mo1s mo10 mo1p mo3k mo15 mo8g mo2t mo1s mo2g mo1k moy " +
  "mo1r mo1t mo74 mo2v mo1k moz mo1t mo1u mo74 mo5t mo2o mo1s mo10 mo1s mo2z moa0 mo79 mo34 mo20 mo1i fo1 mo11 mo1t mo3q " +
  "mobk mo7k mo1l fo1 mocn mob4 mo47 mo4w mo45 mo1k mo1h fo1 mo1s mo10 mo1u mo30 mo8g mo23 mo1k moy mo1t mo6g mo5p mo1k " +
  "mo28 mo1k fo1 moz mo1x mo38 moa0 mo1n mo1c mo1s mo1h fo1 mo10 mo1x mo1e mo60 mo1j moz mo1x mo1c mo5s mo23 mo1k moy mo1u " +
  "mo1d mo6g mo1h moz mo1y mo1c mo5s mo23 mo1k moy mo1u mo6g mo77 mo2g moz mo1s mo3l mobk mo77 moz mo1t mo3l mobk mo4d mo1s " +
  "moz mo1t mo2m mo8o mo6p mo1k mo28 mo1k rm5k,2tc mo1h moz mo1u mo3a moaw mo8h mo28 mo20 mo11 mo1q mo4l mo19 moco mo27 " +
  "mo28 mo12 mo1u mo25 mo6g mo54 mo7x mo8g mo6n mo94 mo36 mo8b mo28 mo1k mo1l moz mo1u mo4l moco mo23 moy mo1u mo6g mo2n " +
  "mo1k mo1s moz mo1s mo1o mo6w mo2n moz mo1s mo1o mo6w mo2n moz mo1s mo6w mo2n moz mo1s mo6w mo2n moz mo1s mo6w mo2n mo1s " +
  "moz mo1j mo1s mo1q mo6w mo1h mo1k moz mo1y mo1c mo5s mo23 moy mo1t mo6g mo4n mo20 mo1i fo1 mo1k moz mo1x mo2h mo8w mo1n " +
  "mo1s mo10 mo1x mo1e mo60 mo1j moz mo1x mo1c mo5s mo9v mo2g moz mo1t mo4i moe8 mo9v moz mo1l fo1 mo1u mo4i moe8 mo7x mo28 " +
  "moz mo1u mo40 moc8 mo2l mo1k mo1k moz mo1k fo1 mo1t mo1n mo6w mo1z moz mo1l fo1 mo1u mo1j mo68 mo65 mo20 moz mo1u mo37 " +
  "moag mo2j mo1k mo1j fo1 moz mo1s mo1r mo6w mo2l mo1k mo1j fo1 mo10 mo1s mo1t mo6w mo2f mo1k moz mo1p mo1j mo6o mo2j mo1k " +
  "mo1j fo1 moz mo1s mo6w mo2h mo1k moy mo1r mo1n mo6o mo25 moy mo1q mo1h mo6g mo2f mo1k moz mo1r mo1j mo6o mo21 mo1k mo1s " +
  "mo10 mo1r mo1r mo68 mo2h rm57,37k mo1k moy mo1t mo1p mo6o mo23 mo1k mo1h fo1 mo1s mo10 mo1q mo1u mo6g mo5j mo20 mo1j fo1 " +
  "moz mo1s mo33 mo9s mo1c mo8w mo1l fo1 moep moaw mogl moj4 mo69 mo20 mo1k mo1g fo1 moz mo1w mo3c moag mo23 mo1k moy mo1k " +
  "fo1 mo1v mo6g mo23 moy mo1w mo6g mo23 mo1k mo1g fo1 moy mo1k fo1 mo1v mo6g mo23 mo1k mo1i fo1 moy mo1m fo1 mo1x mo1f " +
  "mo6g mo23 mo1k mo1k fo1 moy mo1o fo1 mo1z mo1f mo6g mo23 mo1k mo1h fo1 moy mo1l fo1 mo1w mo6g mo1v moy mo22 mo1h mo68 " +
  "mo3n mo1s mo1k mo1j fo1 moz mo1u mo29 mo80 mo3n moz mo1u mo29 mo80 mo3n moz mo1u mo80 mo3n moz mo1u mo80 mo3n moz mo1u " +
  "mo80 mo31 mo1k mo1h fo1 moz mo20 mo21 mo7c mo23 moy mo1v mo6g mo2r mo1k moz mo1z mo1o mo74 mo95 mo28 moz mo1v mo4a modc " +
  "mo63 mo20 moz mo1w mo31 moag mo2l moz mo1v mo6w mo2l mo1k moz mo1k fo1 mo1v mo1o mo6w mo31 mo1k mo1k mo1l fo1 moz mo1l " +
  "fo1 mo1w mo1s mo7c mo3f mo1s mo1n fo1 moy mo1y mo1v mo7s mo3f mo1s mo1l fo1 moy mo1w mo1v mo7s mo33 mo1s mo1j fo1 mo1s " +
  "mo1i fo1 mo10 mo1u mo25 mo7c mo43 mo20 mo20 mo1g fo1 mo1i fo1 mo1g fo1 rm54,3nk mo11 mo1t mo2c mo8g mo51 mo28 mo1p fo1 " +
  "mo1k mo1j fo1 moz mo20 mo2m mo9c mo51 mo28 mo1p fo1 mo1k mo1j fo1 moz mo20 mo9c mo1i mo1j fo1 mo35 mo1s mo1k mo1j fo1 " +
  "mo1s mo1l fo1 mo1j fo1 mo10 mo1u mo2e mo7c mo2j mo1k mo1l fo1 mo20 mo11 mo1w mo1p mo6w mo3h mo1s mo1n fo1 mo1k mo1k moz " +
  "mo1y mo1x mo7s mo43 mo20 mo1h fo1 mo11 mo1s mo2c mo8g mo1z mo1k mo1j fo1 mo10 mo1u mo1p mo68 mo2f mo1k mo1n fo1 mo1k moz " +
  "mo1y mo1l mo6o mo2j mo11 mo1t mo1n mo6w mo2d mo1k mo1k fo1 moy mo1v mo1j mo6o mo2d mo1k mo1k fo1 moy mo1v mo6o mo2d mo1k " +
  "mo1k fo1 moy mo1v mo6o mo2d mo1k mo1m fo1 moy mo1x mo1j mo6o mo2d mo1k mo1k fo1 moy mo1v mo6o mo2d mo1k moy mo20 mo1j " +
  "mo6o mo2d mo1k mo1k fo1 moy mo1v mo6o mo2d mo1k mo1m fo1 moy mo1x mo6o mo2d mo1k mo1o fo1 moy mo1z mo1j mo6o mo2d mo1k " +
  "mo1k fo1 moy mo1v mo6o mo2d mo1k mo1k fo1 moy mo1v mo6o mo2d mo1k mo1k fo1 moy mo1v mo6o mo2f mo1k moz mo1s mo1j mo6o " +
  "mo33 mo1s mo1i fo1 mo10 mo1t mo23 mo7c mo3f mo1s mo1i fo1 moy mo1t mo1t mo7s mo3h mo1s mo1j fo1 mo1k mo1i fo1 moz mo1u " +
  "mo1x mo7s mo2f mo1k mo1m fo1 mo1k mo1g fo1 moz mo1x mo1l mo6o mo6p mo28 mo20 mo1g fo1 mo1l fo1 mo11 mo1v mo3f moaw mo43 " +
  "rm5m,45c mo20 mo1i fo1 mo11 mo1t mo8g mo2j mo1k mo1j fo1 mo11 mo1u mo1p mo6w mo33 mo1s mo1i fo1 mo10 mo1t mo7c mo2f mo1k " +
  "mo1n fo1 moz mo1y mo1l mo6o mo3h mo1s mo1j fo1 moz mo1u mo7s mo2h mo1k mo1s mo10 mo1t mo1l mo6o mo2h mo1k mo1j fo1 mo10 " +
  "mo1u mo1n mo6o mo2f mo1k mo1n fo1 mo1k mo1l fo1 moz mo1y mo1l mo6o mo2j mo1k mo20 mo11 mo1y mo1p mo6w mo3h mo1s mo1i fo1 " +
  "moz mo1t mo1v mo7s mo3f mo1s mo1l fo1 moy mo1w mo7s mo3f mo1s mo1i fo1 moy mo1t mo7s mo2v mo1s mo1m fo1 moz mo1x mo1u " +
  "mo74 mo3f mo1s mo1i fo1 moy mo1t mo7s mo3h mo1s mo1i fo1 mo1k moz mo1t mo7s mo1k mo1c mo1k mo1c mohs mo1k fo1 mo1m moxx " +
  "mokw moco mo1k fo1 mo1g fo1 mo1m mo1k mo1l fo1 mo1k fo1 mo1l fo1 mo1p mo1s fo1 mo1l fo1 mo1o fo1 mo1l fo1 mo1m fo1 mo1n " +
  "fo1 mo1l fo1 mo1l movg mo3f moq0 fo10 fo16 fo1d fo1j fo1p fo1w fo23 fo2c fo2j fo2q fo2w fo33 fo39 fo3g fo3n fo3w fo45 " +
  "fo4e fo4l fo4s fo4y fo54 fo5a fo5g fo5n fo5t fo5z fo65 fo6b fo6i fo6o fo6u fo71 fo76 fo7e fo7l fo7s fo81 fo89 fo8k fo8u " +
  "fo93 fo9e fo9n fo9u foa1 foaa foah foal foar foax fob3 fob7 fobe fobi fobm fobq fobv foc3 foc8 focf focn focv fod2 fod6 " +
  "fodc fodk fodm fody foe6 foed foek foeq foev fof1 fof7 fofd fofk fofr fofx fog3 fogb fogh fogn fogt fogy foh4 fohc fohg " +
  "fohm foht fohx foi1 foi5 foia foih foil foit foiw foj5 fojd fojn fojt fojy fok4 fok9 foke fokk fokp fokx fol5 fola foli " +
  "folk folw fom3 fom9 fomh fomr fon1 fona foni fonr foo2 fooa fooj foor foox fopb fopd fopk fops fopx foq6 foqc foqm foqp " +
  "for3 forb fori fors fos8 fosb fosj fost fot1 fota fotj fotu fou1 fou9 fouc fouk fous fouv fov3 fove fovh fovq fovz fow5 " +
  "fowb fowl fowx fox8 foxl foy1 foyb foyj foyt foyw foz9 fo10n fo110 fo11a fo11q fo127 fo12q fo130 fo13i fo143 fo14d fo14l " +
  "fo14z fo159 fo15h fo160 fo16c fo16l fo16y fo177 fo17h fo17q fo185 fo18i fo18u fo194 fo19b fo19m fo1a1 fo1ag fo1at fo1bd " +
  "fo1bg fo1br fo1by fo1c1 fo1cb fo1ce fo1cx fo1cz fo1dq fm3m mo1c fo1es fo1f3 fo1f9 fo1e9 fo1e3 fo1e1 mo1k mo48 mm28 mob4 " +
  "fo1gt mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 " +
  "mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 " +
  "mo1s mo1k mm2o mm1c mo1k fm2 fmb foc fo9 fod fo8 mo1c mo1s mo1h mo1h mo20 mo1s mo20 mo1g mo5s mo112 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mm0 mo1s mo1c mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo3a mow mo28 mo1n mo1s mo1c mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1n fo1 mo20 mo1p fo1 mo5s mo20 mo1n fo1 mo53 mow mo28 mo1p mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo20 mo1n fo1 mo7v mow mo28 mo26 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo40 mow mo28 mo1i mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo4v mow mo28 mo1m mob4 fo33 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 " +
  "mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo46 mow mo28 mo1m mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 " +
  "mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mody mow mo28 mo1j mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo4v mo5s mow mo28 mo1k fo1 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1q " +
  "fo1 mo20 mo1n fo1 mo5s mo20 mo1p fo1 mo20 mo1u fo1 mo7n mow mo28 mo1i fo1 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l " +
  "fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo5x mo5s mow mo28 mo1l fo1 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo4p mo5s mow mo28 mo1o mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1n fo1 mo5s mo72 mow mo28 mo1i fo1 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 " +
  "mo20 mo1p fo1 mo5s mofc mow mo28 mo1o mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo4h mow mo28 mo1l " +
  "mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo20 mo1n fo1 mo59 mow " +
  "mo28 mo1p mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 mo5s mo20 mo1n fo1 " +
  "molo mow mo28 mo74o fom4s mo1k molc fo5t mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1s fo1 mo5s mo20 mo1n fo1 mo5n mow mo28 mo1j fo1 mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 " +
  "mo20 mo1n fo1 mo20 mo1p fo1 mo5s moac mow mo28 mo1k mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 " +
  "mo1n fo1 mo5s mow mo28 mo1l mo1s mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1p fo1 " +
  "mo5s mo2e mow mo28 mo1h mo1s mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1n fo1 mo3w mow mo28 mo1s mo1k mow mo20 mo20 fo2 foc3 " +
  "mo1s fo2 fo4 foc5 foc7 frca focb frc8 foc9 fmcc focd fmcj fock foch mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 " +
  "mo1s fo1 mo1k mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c mo1k rm-,w fo3 fo4 mo3o fm2 " +
  "fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n " +
  "fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm34 mo1k mm2o mm14 fm1 mo1k fo1d " +
  "fo1y fm24 fo25 fo22 fo2g fo21 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 " +
  "ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k " +
  "mo1n fo7 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mova ro1,v9 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo3n mo28 moc5 mo1m fo1 mo1q mo1j rm7,1s mo1n " +
  "mo8w mo1i fo1 mo1h fo1 mo1h fo1 rm6,3k mo1g mo1f mo1j mo1i mo1i mo1i mo1i mo1l rm9,5c mo1g mo1g mo1h mo1h mo1j mo1k mo1g " +
  "mo1h rm9,74 mo1j mo1f mo1j mo1f mo1f mo1j mo1l mo1g rm9,8w mo1f mo1h mo1i mo1j fo1 mo1g mo1i mo1h mo1i rm9,bk mo1h mo1i " +
  "fo1 mo2w mo1k fo1 mo1k fo1 mo1m fo1 mo1p fo1 mo2v mo1l mo3v mo80 fo1o fmc fo2p fo30 fo36 fo26 fo20 fo1y mo48 mmw mm80 " +
  "mo1k mmw mob4 fo4k mo60 mo1c mme8 mm1kw fm2 fo3 mo20 mo60 mo1c fo1 mo20 foe fo1u foi foh fog fof mow mo20 mo20 fo2 fo81 " +
  "fo1 fo3 fo82 fo83 fr86 fo87 fr84 fo85 fm88 fo89 fm8f fo8g fo8d mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 fok2q " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2m fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo3ak mo20 mo20 " +
  "fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s " +
  "fo2 mo1s fo6 mo1s fo1 mo1k mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c mo1k rm-,w fo3 " +
  "fo4 mo3o fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 " +
  "fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm2w mo1k mm2o mm14 " +
  "fm1 mo1k fo1d fo1y fm24 fo25 fo22 fo2g fo21 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 " +
  "mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 " +
  "mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 " +
  "fo6 fo5 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc " +
  "mo20 mo20 fo2 mo20 mo7ig ro1,7if fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo4d mo3s mo3c mo1h mo1h fo1 mo1r fo1 rm7,1s " +
  "mo1j fo1 mo1m fo1 mo1g rm4,3k mo1f mo3c mo8b mo2o mo7l mo1f fo1 mo1g fo1 mo1k fo1 mo2g mo1h fo1 rmb,5c mo1g fo1 mo1j fo1 " +
  "mo1m mo1p mo1q fo1 mo13 mo2v mo1k fo1 mo31 mo4n mo18 mobs mo1n fo1 rme,74 mo1k fo1 mo1l fo1 mo1p fo1 mo1s fo1 mo2o mo1g " +
  "fo1 mo1k fo1 mo20 mo11 mo1w fo1 mo2k mo51 rmd,8w moco mo1k moz mo1x mo5s mo3p mo54 mo5r mo2o rma,bk mo3s mo1l mo1l mo1k " +
  "mo1l mo1k mo1j mo1p mo1l mo1m mo1k mo1l mo1c moy mo1l fo1 rmg,e8 mo1q mo3g moa0 mo2h mo1k mo1i mo1k moz mo1m mo1l mo6o " +
  "mo8h mo20 mo1i mo2o mo1h fo1 mo1i fo1 mo1h fo1 mo1k fo1 mo1q rml,gw mo1i fo1 mo1l fo1 mo1i fo1 mo12 mo1n mo4m moco mo97 " +
  "mo28 mo21 mo20 mo1f fo1 mo1h fo1 mo1l mo11 mo1n mo2g mo1y mo68 mo1f rml,kg mo2g mo1g fo1 mo1j fo1 mo3s mo1h mo1i mo1k " +
  "mo1i mo1j mo19 mo1r mo1w mo5v modk mo2p mo20 mo1k mo10 mo1n rmk,o0 mo1s mo1v mo6w mo2n mo1s mo1k mo10 mo1m mo1r mo1t " +
  "mo6w mo3v mo20 mo1o mo1q mo1f mo1s mo1l mo20 mo1j mo11 mo1n mo1s mo2q mo88 mo3p mo20 mo1i mo1s mo1t mo10 mo1l mo1q mo2j " +
  "mo80 mo3p mo20 mo1o mo1o mo1f mo1s mo10 mo1r rm18,sg mo1w mo2r mo80 mo2n mo1s mo1k mo1k mo10 mo1n mo1s mo1t mo6w moct " +
  "mo1f mo1f mo2w mo3k mo1k mo1k mo18 mo1m mo1r mo7q moh4 moct mo20 mo2g mo1l fo1 mo1g fo1 mo2g mo13 mo1l mo1q mo6c moh4 " +
  "mo91 mo2g mo13 mo1l mo1q mo4p modc mobp mo28 mo1x mo3c mo1m fo1 rm1c,ww mo1m fo1 mo13 mo1v mo6r mo1c mog0 mo1c mo4w mo7v " +
  "mo80 mo3l mo1s mo1j fo1 mo1h fo1 mo1c moy mo2m mo19 mo7s mo1c mo3s mo1k fo1 mo1m fo1 mo1k fo1 mo1i mo1l mo5s mo8o foi " +
  "foy fo15 fo1g fo1s fo21 fo2d fo2n fo31 fo39 fo3i fo48 fo4a fo4r fo4z fo5l fo5n fo6q fo6s fo6u fo75 fmt mo1c fo86 fo8h " +
  "fo8n fo7o fo7i fo7g mo1k mo48 mmw mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 " +
  "mob4 foa7 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo48 mo48 mo20 mo1s fo2 mo48 mo48 mo48 mo48 mo5s mo48 mo48 " +
  "mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo1s mob4 mo1s moqo mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 " +
  "mo1s fo2 mo1k mo20 fo2 fo1 fom foz mo48 mo1k mm7c mo1s fo1n fo29 fo28 fo1s fo1r fo1q mow mo20 mo20 fo2 foer fo1 fo3 foes " +
  "foet frew foex freu foev fmey foez fmf5 fof6 fof3 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2m fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw " +
  "mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1k mm2o mm1c mo1k " +
  "fm2 fma fob fo8 foc fo7 mo1h mo1h mo20 mo20 mo1s fo1 mo5s mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2q fo1 mm0 mo20 mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 " +
  "mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1l fo1 mob4 foc mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 " +
  "mo1l fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1p fo1 mo20 mo1l fo1 mo20 mo1l fo1 molc foo mo20 mo1j fo1 mo20 " +
  "mo1n mo20 mo1i fo1 mo20 mo1l fo1 mo20 mo1h fo1 mo20 mo1i fo1 mo20 mo1j fo1 mo20 mo1n mo20 mo1i fo1 mo20 mo1j fo1 mo20 " +
  "mo1g fo1 mo20 mo1k mo20 mo1n fo1 mo20 mo1j fo1 mo20 mo1p fo1 mo20 mo1k fo1 mo20 mo1j mo20 mo1n fo1 mo20 mo1u fo1 mo1s " +
  "mo1j mo4j mo168 fo17 mow mo28 mo1i fo1 mo1s mo1c mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1k fo1 " +
  "mo20 mo1o fo1 mo5s mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo20 mo1u fo1 mo1s mo1s mob4 foc mobt mow mo28 mo1o fo1 " +
  "mo1o fo1 mo1s mo1c mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo5s mow mo28 mo1s mo1s " +
  "mo1c mo1k mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo20 mo1n fo1 mo5s mow mo28 mo20 mob4 fo4p mo1s " +
  "mo1c mo1k mo20 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo20 mo1n fo1 mo5s mo1s mo1k fo1 mow mo28 mo1p " +
  "fo1 mo1k mow mo20 mo20 fo2 fo5x mo1s fo2 fo4 fo5z fo60 fr63 fo64 fr61 fo62 fm65 fo66 fm6c fo6d fo6a mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2q fo1 mo1s fo1 mo1s focvk focvj focvi mo1s fo1 mmg fm1 mo1r mo20 mo1k fo2 mo28 mo20 mo28 fo9 mo20 " +
  "mo28 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2q fo1 molc fo191 mo48 mo20 fo1 mo48 mo1k fo1 mo20 mo1s mo3c mo1s moqo " +
  "mo34 mm28 fm1 mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 " +
  "mo20 fo2 mo20 fo1 mm1c mo1k mo1k mo1k mo1k fo7 mo1s fo1 foa fm6 mo1s fo11 mo48 mo20 fo1 mo48 mo1k fo1 mo3c moqo mo34 " +
  "mm28 fm1 mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fou mo48 mo1c mo20 fo1 mo48 mo1k fo1 mo3c moqo mo2w mm1s fm1 mo1s mo1l fo1 " +
  "mo1s mo1o fo1 mo5s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 " +
  "mo1s fo1 fo6 fm2 mo1s fov mo48 mo1c mo20 fo1 mo3c cm3,8 fm1 mou0 mo1s mo1g fo1 mo1s mo1h fo1 mo1s mo1h fo1 mo5s mo1s " +
  "mo1o fo1 mow mo28 mo5s fo1 mo1k mo20 fo2 fo1 fok mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo1c mo48 mo48 mo48 mo48 mo48 " +
  "mob4 fo8 mo48 mo48 mo48 mo48 mo48 mog mo1c mo48 mo48 molc fob mo14 mo1c mo48 mo48 mo14 mo14 mo60 mo1s mo48 fo7 mo48 mo48 " +
  "mo48 mo1c mo1s mo48 mo48 mo48 mo48 mo1s molc mo1s moqo mo16 mo1c mo1s mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc molc " +
  "mo1s fo2 mo1k mo20 fo2 fo1 fo11 fo1o mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2q fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo52 ro1,2q fo1 mo48 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2q fo1 fo7 mo48 mo20 fo1 mo14 mo1c mo48 mo48 mo48 " +
  "mo5s mo48 mo48 mo48 mo1c mo1c mo1s mo1s mo48 mo48 mob4 fob mo48 mo48 mo1c mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "molc foe mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc mo1s moqo mo1b4 mo1s mo1s mo1l fo1 mo1s mo1o fo1 mow " +
  "mo28 molc molc mo1s fo2 mo1k mo20 fo2 fo1 for fo1l mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 " +
  "fo7 mo14 mo1c mo48 mo48 mo14 mo14 mo60 mo48 mo1s fo7 mo48 mo1c mo1s mo48 mo48 mo48 mo28 mo48 mo48 mo48 mo48 mo48 molc " +
  "fon mo48 mo48 mo48 mo1s mo1s mo1k fo1 mo1s mo1s molc mo1s moqo moc9 mo2w mm1s fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 " +
  "molc molc mo1s mo20 fo1 fo3 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm5s mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fop mo1s fo1 fos fmo mo1s fo1l fo2j mo48 mo20 " +
  "fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo1c mo1c mo1k fo1 mo1s mob4 " +
  "mo1s moqo mo2w mm1s fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm40 fo3 mo1s fo1 fo6 fm2 mo1s foy fo1a mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc foc mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo1k fo1 molc moqo mo1u mo34 mm28 fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g molc molc mo1s fo2 mo1k mo20 fo2 " +
  "fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm80 mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fod mo1s fo1 fog fmc mo1s " +
  "fo1e fo20 mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 molc foc mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo168 fon mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1k fo1 mo168 moqo mo2w mm1s fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc " +
  "mo168 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmgg mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fo1b mo1s fo1 fo1e fm1a mo1s fo2o fo3y fo1px fo23k fo1qo fo1ql fo1qk " +
  "fo28u fo23p fo23n fo23m fo28x fo28w fo2gn fo2bn fo2bl fo2bk fo2ou fo2gt fo2gr fo2gq fo2gp fo2p6 fo2p2 fo2p0 fo2oy fo2ox " +
  "fo2t7 fo2t6 fo2t5 fo2t4 fo31e fo2tu fo2tm fo2tl fo31h fo31g fo31s fo31r fo322 fo321 fo32f fo32e fo33o fo1qj fo1q3 fo1q2 " +
  "fo1q1 fo1q0 mow mo20 mo20 fo2 fo3ac fo1 fo3 fo3ad fo3af fr3ai fo3aj fr3ag fo3ah fm3ak fo3al fm3ar fo3as fo3ap mo1c fo1 " +
  "mob4 fo435 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j " +
  "fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mo48 mo48 mo48 mo48 mo48 mo48 molc foq mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "cm3,8 mo1k cm3,8 mo1k cm3,8 mo1k cm3,8 mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 " +
  "mo1k mm2o mm1c mo1k fm2 fma fob fo8 foc fo7 mo1h mo1h mo20 mo20 mo1j fo1 mo5s mo20 mo1n fo1 mo29 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mmw mog moxc mo1k mmi mo37 mo20 mo20 mo1l fo1 mo20 mo1l " +
  "fo1 mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo5s mo20 mo1n fo1 mo20 mo1p fo1 mo20 mo1u fo1 mo1s mo1h fo1 mo1s mo1h fo1 " +
  "mob4 foc mo1s mo1l fo1 mo1s mo1v mo1s mo1r fo1 mo1s mo1x fo1 mo1s mo1l fo1 mo4j mow mo28 mo4j fo4 mo1v foc fod fo1 mo1r " +
  "foc fo1 mo1m mo1k fo1 mosw mo1v mmt mocl mo20 mo20 mo1l fo1 mo20 mo1k fo1 mo20 mo1n fo1 mo20 mo1o fo1 mo20 mo1n fo1 mo5s " +
  "mo20 mo1l fo1 mo20 mo1p fo1 mo1s mo1r fo1 mo1s mo1v mo1s mo1l fo1 mob4 foc modx mow mo28 modx fo4 mo1v fo9 foa fo1 mo1r " +
  "fod fo1 mo1m mo1v fo1 mors mo1n mml mo1s mo20 mo1l fo1 mo20 mo1t fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j " +
  "fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo1s mo1g fo1 mob4 fo8 mow mo28 mo1m moqo mo1r mmp mo1s mow mo28 mo1m mow mo20 mo20 " +
  "fo2 fo49 fo1 fo3 fo4a fo4b fr4e fo4f fr4c fo4d fm4g fo4h fm4n fo4o fo4l mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2o " +
  "fo1 fo4y mog mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2o fo1 fo7 mo48 mo20 fo1 mo14 mo3c mo48 mo48 mo5s mo14 mo48 " +
  "mo48 mo14 mo14 mo60 mo48 mo1s fo7 mo48 mo48 mo5s mo1k cm3,8 fm1 mou0 mo2c mo1c mo1s mo1h fo1 mob4 fo9 mo1s mo1h fo1 mo1s " +
  "mo1l fo1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foz fo15 mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo52 ro1,2o fo1 mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo28 mo1c mo1i fo1 mo1p mo1p mo49 mo5k mo1v fo1 " +
  "ro2,38 mo2w fo2 fo1 mo5s mo1s moqo mo5f mo1s mo1l fo1 mo1s mo1o fo1 mob4 fo9 mow mo28 molc mob4 mo1s mo20 fo1 fo3 mo1k " +
  "mo20 fo4zu fo4z4 fo4z2 fo4z1 fo4z0 fo4yv fo4yu fo4yt fo4ys fo4zg fo4zd fo4zc fo4zb fo4zo fo4yw fo4yj fo4yh fo4yg fo4yf " +
  "fo4pb fo4yb fo4y9 fo4y7 fo4pa fo4xv fo4xt fo4xs fo4xr fo4p8 fo4xo fo4xm fo4xk fo4p7 fo4oy fo4ow fo4p5 mow fo4ov fo4ou " +
  "fo1 fo4p1 fo4zt fo4p2 fo4xd fo4wx fo4ww fo4wv fo4wu fo4wr fo4wq fo4wp fo4wo fo4x5 fo4x4 fo4x3 fo4x2 fo4wm fo4wl fo4wk " +
  "fo4wj fo4on fo4wh fo4wg fo4y9 fo4wf fo4om fo4wc fo4wb fo4wa fo4w9 fo4ok fo4w6 fo4w5 fo4xm fo4w4 fo4oj fo4ob fo4o9 fo4oh " +
  "mow fo4o8 fo4o7 fo1 fo4oe fo4xc fo4zt fo4of fo4w0 fo4vs fo4vp fo4vo fo4vn fo4vm fo4o0 fo4vj fo4vi fo4vh fo4vg fo4nz " +
  "fo4y6 fo4va fo4z5 fo4v9 fo4v8 fo4v7 fo4v4 fo4v3 fo4v2 fo4v1 fo4nx fo4ut fo56l fo4us fo4ur fo4uq fo4nw fo4no fo4nm fo4nk " +
  "fo4ni mow fo4ni fo4nh fo1 fo4nr fo4vw fo4vx fo4ns fo34x fo34u fo34t folm folj fo352 foll folk folp fo34v fo33w fo33t " +
  "fo33s fole fo33u fo33z fo3a6 fo3a2 fo39p fo39o fo39n fo39m foma fol2 fo39j fo39d fo39b fo39a fo399 fom9 fo396 fo391 " +
  "fo392 fo38y fo38w fo38v fo38u fom8 fo38r fo38n fo38j fo38h fo38g fo38f fom5 fo38c fo388 fo386 fo384 fom4 fo381 fo389 " +
  "fo37z fo37y fo385 fo37x fom3 fo37u fo37q fo37p fo37o fo37n fom2 fo37j fo37k fo37f fo37d fo37c fo37b fom1 fo378 fo375 " +
  "fo372 fo370 fo36z fo36y folz fo39w fo39y fo36p fo36n fo36l fo36k fo36j foly fo39h fo36g fo36e fo36c fo36b fo36a folx " +
  "fo366 fo364 fo362 fo361 fo360 folw fo35x fo35v fo35t fo35s fo35r folv folu fo35o fo39v fo35m fo35j fo35h fo35g fo35f " +
  "fo35e fols fo35b fo359 fo357 fo356 fo355 folr folh fo34q fo34f fo34e fo34c fo34b fo34a folg fo347 fo345 fo344 fo342 folf " +
  "fold fo33p fo33h fo33g fo33f fo33e folb fo33a fo338 fo337 fo336 fola fo330 fo32y fo32x fo32w fol9 fo32u fo32s fo32r " +
  "fo32q fol8 fol0 foky fol6 mow fokx fokw fo1 fol4 fokv fol5 fo2c fo25 fo22 fo24 fo23 fo27 fo2a fo1s fo29 fo21 fo1z fo1y " +
  "fo1r fo1o fo1m fo1k fo1i fo1p mow fo1h fo1g fo1 fo1u fo1f fo1v fo7 fo6 foz fo14 mo48 mmw mo14 mo14 mo14 mo14 mo14 mo14 " +
  "mo14 mo14 mo14 mo1c mo1c mo1k mm1s fo4 fo3 fme cm1,8 mo1k mm14 fm3 mo1c fm2 fo1 mo60 mo1c fo1 mo1c mo1c ro35e,20 fo3 fo2 " +
  "fma mo28 mo48 mo1c mo5s mm1s mo1k mo1m mo1n mo1o fo7 fo8 mo2k fo2 fo3 fo4 fo5 fm6 fo7 mo2l fo2 mo2m fo2 mo1x mo42 mmo " +
  "mm6cg mm274 mm2r rm1,2q mm6 mm48 mm8 cm1,1c mm4g mo13 rm-,w mm8 rm6,g cm1,1c mo11 mo1h rm4,w cm1,1c cm1,1c mo11 rma,1s " +
  "mo1h fo1 rm6,1s cm1,1c cm1,1c cm1,1c cm1,1c rmg,g mo13 mo1j fo1 rma,3k rm4,w mo14 mo1k fo1 rmc,3k cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo15 mo1l fo1 mo1l fo1 rmg,5c rmg,1s fm1 mm8 mo1h fo1 mo1h fo1 rm3,g mo1j fo1 rm2,w " +
  "mo1k fo1 mo1l fo1 mo1l fo1 rm4,1s fm1 mm8 mo1h fo1 mo1h fo1 rmf,74 rm4,g mo1j fo1 rm2,w mo1k fo1 mo1l fo1 mo1l fo1 " +
  "rm4,1s fm1 mm8 fm1 mm8 mo1h fo1 mo1h fo1 rm3,g mo1j fo1 rm2,w mo1k fo1 rmg,8w mo1l fo1 mo1l fo1 rm5,1s fm1 mm8 fm1 mm8 " +
  "mo1h fo1 mo1h fo1 rm3,g mo1j fo1 rm2,w mo1k fo1 mo1l fo1 mo1l fo1 rme,bk rm5,1s fm1 mm8 fm1 mo17 mo1n fo1 mo11 mo1h fo1 " +
  "mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1h fo1 mm8 rm20,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo11 mo1h fo1 rmy,e8 mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 " +
  "mm8 fm1 mo13 mo1j fo1 mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 mo14 mo1k fo1 mo1k fo1 rmh,gw mo1k fo1 mm8 fm1 mm8 " +
  "fm1 mm8 fm1 mo15 mo1l fo1 mo1l fo1 mo1l fo1 mm8 fm1 mm8 fm1 mm8 fm1 rmg,g fm1 mo1h fo1 mo1j fo1 mm8 mo1k fo1 mo1l fo1 " +
  "rm3,g fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm1n rmm,kg mo1n fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm4k fm4e fm4a fm49 fm44 " +
  "fm43 fm42 fm41 fm3s fm3r fm3q fm3p fm3o fm3n fm3m fm3l fm1s fm1r fm1q fm1p fm1o fm1n fm1m fm1l fm1k fm1j fm1i fm1h fm1g " +
  "fm1f fm1e fm1d fm1t fm4j fm4m fm4n fm4o fm4q mo8 mm28 mow mo3c mo1k mo1k mo4g rm-,w mow mo3c mo1k mo1k rm-,w mo3c rm-,w " +
  "rm1,1s mo5s rma,w fm1 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mme8 mo5s mm74 mo60 mow mow " +
  "mow mow mow mow mow mo1s fo1 fo2 fob fmc fog fma fod fof foe fo9 foj foi foh mow mo1s fo1 fo2 foq fon fop foo fom fos " +
  "for co1,m0 mow fo1 mo1k mo1s co1,1k cog,14 co1,m0 mow fo1 mo1s mo1s cm6,8 fm1 mo1s cm6,8 fm1 mo1s mo1s mo1c rm-,w co1,1k " +
  "cog,14 mo4g mo3c mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 mo4g ro2,1n rob,23 mo12 mo80 " +
  "fo5 mo6g fmc foj fok foi fov fom fml mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 " +
  "ro1,1b roa,15 mofs fog mo5c fma fo1b fo1c fof fo1g fo2o fm2e fo2n fo2i fo1q fo1p fo1o fo1n fo1m fo1l fo2a fm2b fo2h fo2k " +
  "fm2p fo2q foj fo3 fo2 mo1p fo1 mo48 mo48 fo2 fo7 fo4 fm7k fo3h fo3p fo3x fo45 fo4w fo4y fo6d fo6o fo6s fo71 fo76 fo7b " +
  "fm30 fm7l mo36 mo48 mo1c mo2w mo48 mo3d mo48 mo48 mo48 mo1c mo1u mo1s mo1v mo1v mo1u mo21 fo7 mo2j mob4 mo20 mo1c mos " +
  "mo1e fo2 mo21 fo2 mo1c mow mo1e fo2 mo21 fo2 mo1c mow mo1e fo2 mo21 fo2 mo1c mow mo1e fo2 mo21 fo2 mo1c foh foi mob4 " +
  "moqo mo17 mo1c mow mo28 mob4 fo1 mo1k mo20 fo2 fo1 mo5c fo9e fo99 fo8w fot mo48 mo20 fo1 mo48 mo48 mo5s mo5s cm1,8 fm1 " +
  "mors mo5g mo1s mo1m fo1 mow mo28 mo4g mo5s fo1 mo1k mo20 fo2 fo1 fod foh mog mo60 mo48 mo48 mo48 mo168 foim mo55 mo1j " +
  "fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2o fo1 fo8 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo28 " +
  "mo5s moqo mo4a mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo20 fo1 fo2 mo1k mo20 fo2 fo1 foh fom mog mo48 mo20 fo1 " +
  "mo48 mo48 mo48 mo1c mo1i fo1 mo3c mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo2w fo2 fo1 mo5s mo5s moqo mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 fod fos fo2f fo3w6 fo3wn fo3wm fo3xw fo3xv fo46h fo46e fo46c fo46b " +
  "fo46a fo469 fo46r fo46p fo46n fo46m fo46l fo46k fo476 fo477 fo478 fo47b fo47c fo47d fo47f fo46y fo46x fo46w fo46v fo46u " +
  "fo47k fo47j fo47i fo47h fo47s fo47r fo47q fo47p fo47l fo47m fo470 fo471 fo47n fo472 fo473 fo474 fo475 fo466 fo465 fo464 " +
  "fo463 fo49r fo49q fo4an fo4am fo4da fo4db fo4dd fo4d0 fo4cy fo4cx fo4cw fo4dk fo4di fo4dh fo4dg fo4dy fo4e3 fo4e2 fo4e1 " +
  "fo4e0 fo4ea fo4e8 fo4e7 fo4e6 fo4dr fo4dp fo4do fo4dn fo4ej fo4eh fo4eg fo4ef fo4ey fo4eq fo4ep fo4eo fo4en fo4f6 fo4cu " +
  "fo4ct fo4cs fo4fp fo4fq fo4fc fo4fe fo4ff fo4fg fo4fb fo4fa fo4f9 fo4f8 fo4g4 fo4g3 fo4g2 fo4g8 fo4g7 fo4g6 fo4ge fo4gc " +
  "fo4gb fo4ga fo4gi fo4gh fo4gg fo4gn fo4gm fo4gl fo4gk fo4gw fo4gt fo4gs fo4gr fo4fy fo4gz fo4fx fo4fw fo4h1 fo4go fo4fv " +
  "fo4fu fo4ft fo4lj fo3wk fo3wb fo3wa fo3w9 fo3w8 mow mo20 mo20 fo2 fo4re fo1 fo3 fo4rf fo4rg fr4rj fo4rk fr4rh fo4ri " +
  "fm4rl fo4rm fm4rs fo4rt fo4rq mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mm6o mo48 mo20 fo1 mo48 mo3c moqo mo24 " +
  "mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foh mo48 mo20 fo1 mo48 mo3c moqo mo1y mo1s " +
  "mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foh molc fo5sh mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s fo1 mo1k mo20 fo2 " +
  "fo1 fog mo1k mm7c mo48 mo20 fo1 mo48 mo48 mo3c moqo mo29 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k " +
  "mo20 fo2 fo1 foi mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo5s moqo mo96 mow mo28 mo4g molc mo5s fo1 mo1k mo20 fo2 fo1 foc " +
  "foh mo48 mo20 fo1 mo48 mo48 mo3c moqo mo2g mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 foj mo48 mo20 fo1 mo14 mo48 mo48 mo48 mo5s mo5s moqo mo4s mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 " +
  "mo1k mo20 fo2 fo1 fof fol mo48 mo20 fo1 mo14 mo48 mo1c mo1s mo1s mo48 mo48 mo5s mo1s mo48 mo48 mo48 mo48 mo48 mob4 fo8 " +
  "mo48 mo48 mo48 mo48 mo28 mo48 mo48 mo48 mo1s mo48 mo1s mo48 mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s molc fon mo48 " +
  "mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s molc mo1s moqo mot mo1c mow mo28 molc mo1s mo20 " +
  "fo1 fo3 mo1k mo20 fo2 fo1 fos fo1u mo48 mo3c mo1s mo1s fo1 mo1c fo1 mo2g mo1k mo1c fo2 fo1 mo1s mm7k mo1s mo1s fo1 mo1c " +
  "fo1 fob mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 mo3c fo2 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k fo1 mo1f " +
  "mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo48 mo1k fo1 mo1k mo1c fo2 mo5s fo2 mo48 mo1c mo1s mo1k fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 mob4 fow fo2 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 " +
  "mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k mm7c mo1k fo1 mo1s fo1 mo1k mo1c fo2 fo1 mo48 mo1k mm74 mo1k fo1 mo1f mo1f fo2 fo1 " +
  "mo1s fo1 mo1k mo1c fo2 fo1 mo1s mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 mo3c mo5s mob4 fo2 fo4 fo6 " +
  "mo1s fo1 mo1c fo1 mo1s fo1 mo1c fo1 mo20 fo1 mo1s mo1s molc fo9 mo1s fo1 mo1c fo1 mo1k fo1 mo1s molc mo1s moqo moiv mo1c " +
  "mmg fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc molc mo1s mo1s mo1c fo1 fo2 mo1s mo1c fo1 fo2 fo6 mo1k mo20 fo2 fo1 " +
  "mo1c mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm74 fo3 mo1c fm2 fo1 fo7 mo1c fo1 mo1c fofhx fo1 mo1k mo1c fo2 fo1 mo1c " +
  "fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 fo1e fm1w fo1s " +
  "fo1x fm4y fo33 fo52 fo57 mo48 mo1s mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo2g mo1k mo1c fo2 fo1 mm7k mo1s fo1 " +
  "mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 foedh mo1s fo1 mo60 mo60 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 fo6 fo5 mo1c " +
  "fo1 mo1c fo1 mo1o fo1 mo1k mo1c fo2 fo1 fos mo1o fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1o fo1 mo1f mo1f fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1o fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 fo1 " +
  "fo3 mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo1s fo1 mo60 mo60 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 fo6 fo5 " +
  "mo1s fo1 mo1c mo1c mo5a mo1j fo1 ro2,2v fo1 mo1c fo1 mo60 fo1 mo1c mo5a mo1h fo1 ro2,2t fo4 fo1 mo1s mo1f mo1f fo2 fo1 " +
  "mo2w mo54 mo1k mo7k fo7 fo4 fo3 fo2 mo1c fo1 mo60 fo1 foj mo1c mo1c fo1 mo60 fo1 mo1c fo1 mo1c fo1 mo60 fo1 fo6 foq mo1c " +
  "fo1 foa mo5s mo20 fo1 mob4 fo3 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo1c mo5a mo1h fo1 ro2,2p fo4 fo1 mo1s mo1f " +
  "mo1f fo2 fo1 mo1c fo1 mo54 mo1k mo2g mo2w mo1k mobs foa fo5 fo4 fo3 fo6 fo2 mo1k fo1 mob4 moqo mo2c mo1k mmw fm1 mow " +
  "mo28 mo1s mo4g molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo1c mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm3k fo3 mo1c fm2 fo1 " +
  "fo7 mo1c mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 fol23 fo9 mo1c fo1 foesa mo1c mo14 fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k " +
  "mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 fo1h fo20 fm3f fo3b fo3g fm4e fo4h fo4o mo48 mo1s mo1s fo1 mo1c mo1c fo1 mo1c " +
  "fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo6 mo2g mo1k mo1c fo2 fo1 mm7k mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 " +
  "mo1c fo1 fo3 fo6 mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo7 fo9 fo8 mo1c fo1 mo1c " +
  "fo1 mo1n fo1 mo1k mo1c fo2 fo1 foz mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 fo1 fo3 mo1s " +
  "fo1 mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo6 mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 mo1c fo1 " +
  "mo1c mo1c fo1 mo1c fo1 fo3 fo7 fo9 fo8 mo1s fo1 mo1c mo1c mo5a mo1g fo1 ro2,2s fo1 mo1c fo1 mo60 fo1 mo1c mo5a mo1l fo1 " +
  "ro2,2x fo4 fo1 mo1s mo1f mo1f fo2 fo1 mo2w mo54 mo1k mo7k fo7 fo4 fo3 fo2 mo1c fo1 mo60 fo1 foj mo1c mo1c fo1 mo60 fo1 " +
  "fo3 fon mo1c fo1 fo7 mo5s mo20 fo1 mo1k mob4 fo4 mo1s fo1 mo1c mo1c mo14 fo1 mo14 fo1 fo3 fo4 mo1c mo5a mo1l fo1 ro2,2t " +
  "fo4 fo1 mo1s mo1f mo1f fo2 fo1 mo1c fo1 mo54 mo1k mo2g mo2w mo1k mobs foa fo5 fo4 fo3 fo6 fo2 mo1k fo1 mob4 mo1s moqo " +
  "mo1l mmo mo1k cm1,8 mmc rm2,1s fm2 fm5 fm1 mo1s mo1l fo1 mow mo28 mow mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo1c " +
  "mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm40 fo3 mo1c fm2 fo1 fo7 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c " +
  "mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fo9 " +
  "mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 molc fo1h fo2 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 " +
  "mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 fo1y fo2h fm3z fo3v fo40 fm53 fo56 fo5f mo48 " +
  "mo1s mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo6 mo2g mo1k mo1c fo2 fo1 mm7k mo1s fo1 mo1s fo1 mo1c " +
  "mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo6 mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 mo1c fo1 mo1c mo1c fo1 mo1c " +
  "fo1 fo3 fo7 fo9 fo8 mo1c fo1 mo1c fo1 mo1n fo1 mo1k mo1c fo2 fo1 foz mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1n " +
  "fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1n fo1 mo1f mo1f fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo48 mo1n fo1 mo1k mo1c fo2 fo1 mo14 mo5s rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 fo1 fo3 " +
  "mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo6 mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 mo1c " +
  "fo1 mo1c mo1c fo1 mo1c fo1 fo3 fo7 fo9 fo8 mo1s fo1 mo1c fo1 mo5s mo20 fo1 mo1k mob4 fo4 mo1s fo1 mo1c mo1c mo14 fo1 " +
  "mo14 fo1 fo3 fo4 mo1c mo5a mo1l fo1 ro2,2t fo4 fo1 mo1s mo1f mo1f fo2 fo1 mo1c fo1 mo54 mo1k mo2g mo2w mo1k mobs foa fo5 " +
  "fo4 fo3 fo6 fo2 mo1k fo1 mob4 mo1s moqo mo1o mo1c mmo mo1k cm1,8 mmc rm2,1s fm2 fm5 fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow " +
  "mo28 mo1s mo4g mow molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo1c mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm4g fo3 mo1c fm2 " +
  "fo1 fo7 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 molc fo16 fo2 mo1c fo1 molc fo1t " +
  "mo1c mo1c fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fo9 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c " +
  "fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 fo27 fo21 foy fm3l fo3h fo3n fm50 fo3m fo53 fo5c mo48 " +
  "mo168 fopf mo48 mo48 mo1s mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 mo1c fo1 mo1c fo1 fo4 fo6 mo2g mo1k mo1c fo2 fo1 mm7k " +
  "mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 mo1c fo1 mo1c fo1 fo4 fo6 mo1s fo1 mo60 mo60 mo1c mo1c fo1 mo1c mo1c fo1 " +
  "mo1c fo1 fo3 fo5 fo7 fo6 mo1c fo1 mo1c fo1 mo1s fo1 mo1k mo1c fo2 fo1 fox mo1s fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1s fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1s fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k mm7c mo1s fo1 mo1f mo1f " +
  "fo2 fo1 mo48 mo1c mo68 mo5c mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo1j rm-,w rm-,w fo4 mo1k mo1c fo2 fo1 fm3 fmf fog mo1k mm74 " +
  "mo1s fo1 mo1f mo1f fo2 fo1 mo48 mo1c mo68 mo5c mo1k fo5 fo4 fo2 fo1 fo3 mo1c mm8 mo1k fm2 rm-,w fo4 mo1k mo1c fo2 mo5s " +
  "fo2 fm4 fmg foh mo1k mm6w mo1s fo1 mo1f mo1f fo2 fo1 mo48 mo1c mo68 mo5c mo1k fo5 fo4 fo2 fo1 fo3 mo1c mmg mo1i fm2 " +
  "rm-,w fo4 mo1k mo1c fo2 fo1 fm3 fmf fog mo1k mm6o mo1s fo1 mo48 mo1c mo68 mo5c mo1k fo5 fo4 fo2 fo1 fo3 mo1c mmo mo1h " +
  "fm2 rm-,w fo4 mo1k mo1c fo2 fo1 fm3 fmd foe mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 mo5s fo2 fo4 mo1s " +
  "fo1 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 mo1c fo1 mo1c fo1 fo4 fo6 mo1s fo1 mo60 mo60 mo1c mo1c fo1 mo1c mo1c fo1 mo1c " +
  "fo1 fo3 fo5 fo7 fo6 mo1s fo1 mo1c mo1c mo5a mo1g fo1 ro2,2s fo1 mo1c fo1 mo60 fo1 mo1c fo1 mo1c fo1 mo60 fo1 fo9 foa " +
  "mo1c fo1 mo20 mo1k mm7c mo1k mm74 mo1k mm6w mo1k mm6o fo9 mob4 fo13 mo1k mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 " +
  "mo1c mo5a mo1k fo1 ro2,2s fo4 fo1 mo1s mo1f mo1f fo2 fo1 mo1c fo1 mo54 mo1k mo2g mo2w mo1k mobs foa fo5 fo4 fo3 fo6 fo2 " +
  "mo1k fo1 mob4 mo1s moqo mo75 mo1k mm1c fm1 mow mo28 mo1s mo4g molc mob4 mo1s mo1s mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 " +
  "mo1c fo1 mo1c fo1 cm1,8 rm1,1s fm1 mo3c mo7 mm7k mo1s mo1s mo1s fo2 mo1c fo1 mo1c fo1 mo88 mo1k mo2g mow fo1 mo1c fo1 " +
  "rm-,w fo5 fo4 mo1c fo1 mo1c mo1c mo14 fo2 fo1 mo14 fo1 mo1c mo14 fo2 fo1 mo1c mo14 fo2 fo1 mo14 fo1 fo9 mo1c mo14 fo2 " +
  "fo1 mo1k mo1c fo2 molc fo1f fo2 mo1c fo1 mo1c fo1 mo3c foo fo15 mo1s mo1c fo1 mo1k mo1c fo2 foik9 fo1 mo1c fo1 mo1c fo1 " +
  "mo1c fo1 cm1,8 rm1,1s fm1 mo3c mo8 mm7k mo1s mo1s fo2 mo1c fo1 mo1c fo1 mo88 mo1k mo2g mow fo1 mo1c fo1 fo4 fo3 mo1c fo1 " +
  "mo1c mo1c mo14 fo2 fo1 mo14 fo1 mo1c mo14 fo2 fo1 mo1c mo14 fo2 fo1 mo14 fo1 fo9 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1c fo1 mo1c fo1 fol fo11 mo1s mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 mo1c fo1 cm1,8 rm1,1s fm1 mo3c mo6 mm7k " +
  "mo1s mo1s fo2 mo1c fo1 mo1c fo1 mo88 mo1k mo2g mow fo1 mo1c fo1 fo4 fo3 mo1c fo1 mo1c mo1c mo14 fo2 fo1 mo14 fo1 mo1c " +
  "mo14 fo2 fo1 mo1c mo14 fo2 fo1 mo14 fo1 fo9 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fol fo11 mo1s mo1c fo1 " +
  "mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 mo1c fo1 cm1,8 rm1,1s fm1 mo3c mo5 mm7k mo1s mo1s fo2 mo1c fo1 mo1c fo1 mo88 mo1k " +
  "mo2g mow fo1 mo1c fo1 fo4 fo3 mo1c fo1 mo1c mo1c mo14 fo2 fo1 mo14 fo1 mo1c mo14 fo2 fo1 mo1c mo14 fo2 fo1 mo14 fo1 fo9 " +
  "mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fol fo11 fo4a mo1k mo20 fo2 fo1 mo1c mo14 fo2 mo20 fo1 mo14 mo20 " +
  "fo2 mo20 fo1 mm4g fo3 mo1c fm5o fo5p fm5m fo5n fm5k fo5l fm5i fo5j fm2 fo1 fo7 mo1c mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 " +
  "mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 foh mo1c fo1 " +
  "mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 " +
  "mo1c fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 fo5y fo6i fm7s fo7o fo7t fm98 fmal fo8o foao foax mo14 mo48 mo1c " +
  "fo1 mo1c mo60 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 fo6 fo9 fo8 fo5 mo48 mo1s mmw mo3c mo1s fo1 mo1c mo1c fo1 mo1c mo1c " +
  "fo1 fo2 fo4 mo2g mo1k mo1c fo2 fo1 mm7k mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo1s fo1 mo60 mo60 mo1c " +
  "mo1c fo1 mo1c mo1c fo1 fo2 fo4 fo6 fo5 mo1c fo1 mo1c fo1 mo1k fo1 mo1k mo1c fo2 mo3c fo2 fmu fov mo1k fo1 mo1f mo1f fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k fo1 " +
  "mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo1k fo1 mo1k mo1c fo2 mo5s fo2 mo1k fo1 mo1k mo1c fo2 fo1 " +
  "mo48 mo1c mo1k fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo1s mo3c mo1s mo1k fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 mob4 fou fo2 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k " +
  "fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1k fo1 mo1f mo1f fo2 fo1 " +
  "mo1k mo1c fo2 molc fo1t fo2 mm1c mo1s mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 mo3c mo5s mob4 fo2 molc " +
  "fo2 fo5 fo7 mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo1s fo1 mo60 mo60 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 " +
  "fo6 fo5 mo1s fo1 mo1c mo1c mo5a mo1j fo1 ro2,2v fo1 mo1c fo1 mo60 fo1 mo1c mo5a mo1h fo1 ro2,2t fo4 fo1 mo1s mo1f mo1f " +
  "fo2 fo1 mo2w mo54 mo1k mo7k fo7 fo4 fo3 fo2 mo1c fo1 mo60 fo1 foj mo1c mo1c fo1 mo60 fo1 mo1c fo1 mo1c fo1 mo60 fo1 fo6 " +
  "foq mo1c fo1 foa mo20 fo1 mo1s mo1s mo1k mo1s fo1 mo1c mo1c fo1 mo1c mo1c fo1 fo2 fo4 mo1k fo1 mo1s molc mo1s moqo mos " +
  "mo1k mmw fm1 mow mo28 molc molc mo1s fo2 mo1k mo20 fo2 fo1 mo1c mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm7k fo3 mo1c " +
  "fm2 fo1 fo7 mo1c mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 fo5 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 fo2c fm2n fo2j " +
  "fo2o fm2q fm6n fo2r fo6q fo6z mo48 mo1s mmw mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 mo1c fo1 mo1c " +
  "mo1c fo1 mo1c fo1 fo3 foa mo2g mo1k mo1c fo2 fo1 mm7k mo1s fo1 mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 " +
  "fo3 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 foa mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 mo1c fo1 mo1c mo1c fo1 mo1c fo1 " +
  "fo3 mo1c fo1 mo1c mme8 mo1c fo1 mo1c fo1 fo4 foc foe fm3 fod mo1c fo1 mo1c fo1 mo1n fo1 mo1k mo1c fo2 mo3c fo2 fm1d fo1e " +
  "mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1n fo1 mo1f mo1f fo2 fo1 mo1k mo1c fo2 fo1 mo1n fo1 mo1f mo1f fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mm1c mo14 rm-,w mo1c fo1 mo60 mo60 mo60 fo3 fo2 mo14 mo1s mo20 fo1 fo3 mo1s fo1 mo1s fo1 mo1c mo1c fo1 " +
  "mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 foa mo1s fo1 mo60 mo60 mo1c mo1c mo14 fo1 fo2 " +
  "mo1c fo1 mo1c mo1c fo1 mo1c fo1 fo3 mo1c fo1 mo1c mme8 mo1c fo1 mo1c fo1 fo4 foc foe fm3 fod mo1s fo1 mo1c mo1c mo5a " +
  "mo1g fo1 ro2,2s fo1 mo1c fo1 mo60 fo1 mo1c mo5a mo1h fo1 ro2,2t fo4 fo1 mo1s mo1f mo1f fo2 fo1 mo2w mo54 mo1k mo7k fo7 " +
  "fo4 fo3 fo2 mo1c fo1 mo60 fo1 foj mo1c mo1c fo1 mo60 fo1 fo3 fon mo1c fo1 fo7 mo5s mo20 fo1 mo1k mob4 fo4 mo1s fo1 mo1c " +
  "mo1c mo14 fo1 mo14 fo1 fo3 fo4 mo1k fo1 mob4 mo1s moqo mo16 mmw mo1k cm1,8 mmg rm2,1s fm2 fm5 fm1 mo1s mo1l fo1 mow mo28 " +
  "mow mow mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo1c mo14 fo2 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm40 fo3 mo1c fm2 fo1 " +
  "fo7 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo1c fo1 mo1c fo1 " +
  "mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fo9 mo20 fo1 mo1c mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 molc " +
  "fo1k fo2 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 molc fo1x mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 " +
  "mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 fo12 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo20 fo1 mo20 fo1 " +
  "mo48 mo14 mo48 mo1c fo1 mo1c mo60 fo2 fo5 fo4 fo1 fo6 mo1k mo20 fo1 fo15 fm4s fo4o fo4t fm4u fm67 fo6a fo6o mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo14 mo14 mo14 mo48 mo48 mo20 fo1 mo5s mo5s moqo mo1l mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 " +
  "molc mo5s fo1 mo1k mo20 fo2 fo1 foe fog mo1c fo1 mo14 fo1 mo1c fo1 mo1c fo1 mo5s mo1c fo1 mo1c fo1 mo20 fo1 mo14 mo14 " +
  "fo2 mo20 fo2 mo1c fo1 mo1f mo1f fo2 fo1 mo1c fo1 mo1f mo1f fo2 fo1 mob4 foe mo1c fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1c fo1 " +
  "mo1f mo1f fo2 fo1 mo1p fo1 mo1c fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1c fo1 mo1c fo1 fom mo14 fo1 mm1k mo1s mo14 mo1k fo1 " +
  "mo1s mob4 mo1s moqo mo1l mm1c fm1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fof fmh mo1c mo1c fo1 mo1c fo1 mo1c fo1 " +
  "mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 foh " +
  "mo20 fo1 mo14 mo20 fo2 cm1,8 rm1,1s fm1 mo3c moq mm7k mo1k mm6w mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo3c rm-,w " +
  "rm-,w cm1,8 rm1,1s fm1 mo3c mo1d mm7k mo1k mm6o mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo3c moj " +
  "mm7k mo1k mm6g mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 fo14 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 fo2p fmu " +
  "fo3o fo3q fo3p fo3n mo14 mo48 mo1c fo1 mo1c mo60 mo1c fo1 mo1c fo1 mo1c fo1 fo5 fo8 fo7 fo4 mo48 mo20 fo1 mo48 mo48 mo3c " +
  "moqo mo20 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foi mo48 mo48 fo7xo fo80d fo80c " +
  "fo82h fo82g fo85p fo85v fo85u fo85t fo89y fo89x fo8ad fo8ac fo8b5 fo8ba fo8b9 fo8bj fo8bi fo8pp fo8f4 fo8f2 fo8f1 fo8f0 " +
  "fo8pt fo8ps fo8pr fo8sa fo8s9 fo8ty fo8tx fo8ve fo8vd fo8vv fo8vu fo90d fo90m fo90l fo924 fo92a fo7y1 fo7xt fo7xs fo7xr " +
  "mow mo20 mo20 fo2 fo98c fo1 fo3 fo98d fo98f fr98i fo98j fr98g fo98h fm98k fo98l fm98r fo98s fo98p mow mo20 mo20 fo2 " +
  "fo9oi fo1 mow mo20 mo20 fo2 fo1 fo3 mo1c mo55 mo1j fo1 ro2,2l mo2w fo2 fo1 mo6r ro1,46 fo1 mo4a ro1,1p mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1f mo1m fo1 mo1f mo1m fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fm5 fo6 " +
  "fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm5c mo27 mo5c mow mos mow mow mow " +
  "mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmq " +
  "for fon fom fol fok foj fof foc fog fod foa fo9 foo fo4 fo3 fo1 fo7 mo27 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 " +
  "mo1k mm5k mo14 mo1c mo48 mo1c mo60 mm1s fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 " +
  "rm4,2o fo3 fo4 rm1,1s fo3 fog mo60 mo60 foj fo1x fo17 fo1z fo1y fo20 mo1s fo1 mo1f mo1m fo2 mo27 mo5c mow mos mow mow " +
  "mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog " +
  "mo27 Mpbk mo1o rm-,w mo1o mo1n mo1q mo1o rm5,1s mo1p F9 foa mo60 mo1c mme8 fo2 foz fm5 mo1c mo2i mo48 mo1c rm-,w fo2 fo3 " +
  "mo3t fm2 fo5 mo2i fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1u fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 " +
  "fo7 mo1p fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1p fo1 mo2k mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm2o mo1k mm2o mm14 fm1 " +
  "mo1k fo1c fo27 fo4b fm4g fo4h fo4e fo4t fo4d rm-,w mo1s fo1 mo1s fo1 mo20 mo1f mo1m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 " +
  "fo1 mo52 ro1,2q fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s fo1 mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2n mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo3p fm2 fob foa fo9 fo8 fo6 " +
  "fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2n mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 " +
  "mo3p fm2 fob foa fo9 fo8 fo6 fo5 mo2k mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog " +
  "foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo39 mo3c fo2 mo1f mos fo1 " +
  "mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 moomu ro1,omt fo3 fm7 fo4 foh fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 " +
  "fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w moa3 mo7k mo28 " +
  "mo1k fo1 rm5,1s mo1p mo1w mo23 rm4,3k mo1i fo1 mo1m mo1m mo1n mo11 mo30 mo1r mo26 rm9,5c mo6g mo3hx mo2h mo1y mo2h mo2c " +
  "moe0 mo1j fo1 mo1g fo1 mo1r mo1t mo1r mo1q rme,74 mo1w fo1 mo1s fo1 mo1t fo1 mo1h mo1s mo1s mo1q mo1q rm9,8w mo1t mo1m " +
  "mo1u mo1q mo1o mo1j mo1k mo1k rm9,bk mo1f mo1u mo1q mo1m mo1t mo1g mo1s fo1 mo1k mo1u fo1 mo1i fo1 mo1k fo1 mo1l fo1 " +
  "rmd,e8 mo1k mo1n fo1 mo1h mo1p mo1l mo1k mo1f mo1v fo1 mo1p mo1g fo1 mo1m mo1n rmd,gw mo1j fo1 mo1h mo1l mo1m mo1n mo1l " +
  "mo1w mo1s mo1w mo1s mo7c mo1h fo1 mo1k fo1 rme,kg mo1h mo1h fo1 mo1q mo1s mo1q mo1p mo1k mo1k mo1i mo1f fo1 mo1f mo1f " +
  "mo1h mo1k mo1l rmg,o0 mo1i fo1 mo1f mo1h fo1 mo1n mo1k mo1j mo1p mo1zr mo3m8 mohd mo2c mo1i mo1t mo1k mo1j fo1 mo1n mo13 " +
  "mo9x molk mo1hp moy rmm,sg mow mow mo1m fo1 mo1i fo1 mo1g fo1 mo1g fo1 mo1n fo1 mo1h fo1 mo1n mo1i fo1 mo1s mo60 mo1i " +
  "mo1g mo1k mo1h mo1h fo1 mo1i fo1 mo1k fo1 mo1i rml,ww mo1i fo1 mo1j moyz mo1l mo1m0 mo81 mo5l mo2n mo1f fo1 mo1m mo1h " +
  "mo12 mo1n mo27 mo2s mo6w mo1m fo1 mo1o mo1h fo1 mo11 mo3v mo9s mo7l mo1n fo1 mo1h fo1 mo1l fo1 mo1l mo1j fo1 rmt,128 moz " +
  "mo3n mobs mo5h mo1o mo10 mo3b mo9s mo89 mobf mo1j fo1 mo1i fo1 mo1g fo1 mo11 mo20 mo5e mocg mo3j moy mo1p mo2e mo7s modl " +
  "mo1w mo4o mo1p mo1o mo1j mo1k mo1p mo1k mo1d mo9t mohs mok7 mow mo1q mo18 mo1w moec moog morp rm17,18g mo4o mo1h mo1s " +
  "mo1t mo1t mo1h mo1a mo1q mofy mow0 mo2j mo1n fo1 mo1g fo1 mo1g fo1 moy mo1l fo1 mo1j mo6w mo5n mo1i fo1 mo10 mo1i mo3b " +
  "moa0 mo2v mo1h mo1f mo2t mo1i moz mo1m mo25 mo2g mo74 mo1h fo1 moy mo1m mo21 mo74 mo6x mo2lz mo7c mo1f mo5f mo1k mo1j " +
  "rm1b,1fk mo1f mo1g fo1 mo1g fo1 mo1i fo1 mo1h fo1 mo1j mo1i fo1 mo1p mo1i fo1 mo13 mo1j mo2a mo45 mo9s mo31 mo10 mo1k " +
  "mo2b mo28 mo7c mo1n mo1g mo1m mo1w mo3n mo1l fo1 mo1m fo1 mo1g fo1 mo10 mo2d mo36 mo80 mo1j mo1m mo1q mo1l mo1t mo1i moz " +
  "mo2d mo1z mo60 mo1h mo1m mo1f fo1 moeg mo1k mo1m mo1m mo1r rm1f,1nk mo1v mo1v mo1z mo1v mo1z mo1g fo1 mo1k mo1k mo1h fo1 " +
  "mo1j mo1n mo1r mo1u mo1y mo1j mo1n mo1g fo1 mo1n fo1 mo6g mo1g fo1 mo1g fo1 mo1g fo1 mo1n mo1h mo1l mo1u mo1ou mo2q8 " +
  "mo1g fo1 mo13 mo1g mo58 mob4 mod5 mo4g mo1i fo1 mo1r fo1 mo1m mo1j mo1i fo1 mo1k fo1 mo1i fo1 mo1n mo1n rm19,1wg mo15 " +
  "mo75 mohc mocw mo1k fo1 mo1n fo1 mo1l mo1i mo1n mo1n mo1g fo1 mo1l mofz moeg foq fo22 fo2e fo2o fo36 fo39 fo3a fo3m fo3p " +
  "fo3v fo43 fo4f fo4m fo4y fo53 fo5c fo5h fo5r fo66 fo67 fo71 fo7b fo9z foab foai fmf fobj fobu foc0 fob0 foau foas mo48 " +
  "mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g " +
  "fo3sv mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s fo1 mo1s mo1k mm2o mm1c fm1 fma fob fo8 foc " +
  "fo7 mo1s mo1h mo1h mo20 mo1s mo20 mo1k fo1 mo5s mo20 mo1o mo20 mo1q fo1 mo20 mo1s fo1 mo20 mo1q fo1 mo20 mo1s fo1 mob4 " +
  "foc mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mmo mov4 mo1k mmb mo10 mo1s mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo20 mo1j fo1 mo5s mo20 mo1j fo1 mo20 mo1j fo1 mo20 " +
  "mo1i fo1 mo20 mo1m fo1 mo20 mo1j fo1 mob4 foc mo20 mo1g fo1 mo20 mo1h fo1 mo20 mo1k fo1 mo20 mo1i fo1 mo20 mo1l fo1 mo20 " +
  "mo1k fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo20 mo1u fo1 mo1s mo1k fo1 mo1s mo1i fo1 molc foo mo1s mo1j fo1 mo1s mo1v mo1s " +
  "mo1n fo1 mo2c mow mo28 mo2c fo4 mo1v fo8 fo9 fo1 mo1f mov4 mo1i mm9 mo2l mo1s mo20 mo1l fo1 mo20 mo1o fo1 mo20 mo1i fo1 " +
  "mo20 mo1i fo1 mo20 mo1g fo1 mo20 mo1h fo1 mo5s mo20 mo1j fo1 mo20 mo1m fo1 mo20 mo1j mo20 mo1l fo1 mo20 mo1p fo1 mob4 " +
  "foc mo20 mo1u fo1 mo1s mo1j fo1 mo1s mo1f fo1 mo1s mo1g fo1 mo1s mo1j mo1s mo1m fo1 mo1s mo1m mo1s mo1h mo3x mow mo28 " +
  "mo3x fo4 mo1f mors mo1o mmh mo1s mo20 mo1i fo1 mo20 mo1j fo1 mo1s mo1k fo1 mow mo28 mo1h mow mo1i fo1 mo1l fo1 mow mo1m " +
  "fo1 mos mo1m mo2u mo1m fo1 mow mo20 mo20 fo2 fo55 fo1 fo3 fo56 fo57 fr5a fo5b fr58 fo59 fm5c fo5d fm5j fo5k fo5h mo1f " +
  "mo1m fo1 fo2 mow mo20 mo20 fo2 fopm fo1 mow mo20 mo20 fo2 fo1 fo3 mo1c mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo6r ro1,44 fo1 " +
  "mo4a ro1,1n mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 " +
  "mob4 foaot foc mow mo20 mo20 fo2 fo1 foh mo1f mo1k fo1 mo1f mo1k fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1s fm6 fo7 fo4 mo1k mmg mo1s mo1s fo2 mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1f " +
  "mo1k fo2 mo27 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc " +
  "fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c mo1k rm-,w fo3 fo4 mo3r fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 " +
  "fo3 mo33 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2y fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2y " +
  "fm2 fo5 fo7 mo1n fo1 mo2i mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 " +
  "fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mm2g mo1k mm2o mm14 fm1 mo1k fo1e fo1w fo20 fm25 fo26 fo23 fo2j " +
  "fo22 mo1s fo1 mo1s fo1 mo20 mo1f mo1k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2o fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mo5s mo55 mo1j fo1 ro2,2m " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2n mo1n fo6 mo1k mo1f " +
  "cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo2n mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fob foa fo9 fo8 fo6 fo5 mo2i mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof " +
  "mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo37 mo3c fo2 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 " +
  "mo20 mo12qf ro1,12qe fo3 fm7 fo4 foh fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow " +
  "fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mok5 moao mo28 mo1p mo1h mo1n rm7,1s mo1l mo1z mo2t fo1 mo1j " +
  "rm5,3k mo1f mo1f rm3,5c mo1f mo1f mo1f mo1f mo1f mo1f mo3c mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f rmh,74 mo10 mo2t " +
  "mo1i fo1 mo33 mo1i fo1 mo1m fo1 mo1o mo1t rm9,8w mo1o mo1h fo1 moy mo2y mo1l fo1 mo1r mo29 mo7c mo23 rma,bk mo1g fo1 moy " +
  "mo1j fo1 mo1p mo1g mo6g mo83 mo1s mo2w mo1j fo1 mo1m fo1 mo1i fo1 mo1g fo1 mo1h fo1 mo1g fo1 mo1h mo11 mo1m fo1 mo1s " +
  "mo57 mocg mo2n rmn,e8 mo1l fo1 mo10 mo1n fo1 mo1t mo1q mo6w mo2f moz mo1n mo1t mo1u mo6o mo5p mo26 mo34 mo1j fo1 mo10 " +
  "mo1x mo23 mo3x moa0 mo3c mo1l fo1 mo1n fo1 mo1p fo1 rmq,gw mo1l fo1 mo4j mo74 mo33 mo4g mo1n fo1 mo2h mo1i fo1 mo1h fo1 " +
  "mo1i fo1 mo10 mo1w mo1y mo6o mow1 mo3c mo1f mo1g fo1 mo1f rmk,kg mo1h mo1i fo1 mo1h fo1 mo1i fo1 mo1g fo1 mo1f fo1 mo1j " +
  "fo1 mo1m fo1 mo1h fo1 mo1s fo1 mo1n fo1 mo1i fo1 mo1l mo1f fo1 mo1f fo1 rmg,o0 mo1m mo1l mo1k mo1f mo18 mo1s moi2 mo108 " +
  "mo23 mo1h fo1 moy mo1l fo1 mo1w mo1d mo6g mo23 moy mo1k fo1 mo1v mo1d mo6g mo1j mo1i fo1 moz mo1o fo1 mo1z mo1f mo5s " +
  "mo4n mo1i fo1 rmv,sg moz mo1o fo1 mo1z mo2j mo8w mo1n mo1h fo1 mo10 mo1o fo1 mo1z mo1h mo60 mo2l mo1j fo1 mo10 mo1u mo1t " +
  "mo6w mo2j moz mo1u mo1r mo6w mowf mo1l mo1g fo1 mo1g fo1 mo1p fo1 mo1n fo1 mo1p mo1m fo1 mo1n mo1l fo1 rmy,ww mo1k fo1 " +
  "mo1f fo1 mo1f fo1 mo16 mo1w moht mo10o mo40 mo5y mo7c mo3n mo4g mo1m mo6h mo1j fo1 mo1j mo1j fo1 mo1r mo1h fo1 mo1t moz " +
  "mo1v mo3f moao mo9f mo24 mo1n fo1 mo1h fo1 mo10 mo1j rmv,128 mo1t mo6z mo1k mods mo2x moz mo1i fo1 mo1s mo1z mo74 mo2l " +
  "mo1h moz mo1q mo1o mo6w mo4b mo1i fo1 mo1k fo1 mo1j fo1 mo13 mo1l mo1v mo35 mo8o mo8n mo1l mo26 mo1n mo12 mo1l mo1v mo5q " +
  "mocw mo2n moy mo1g fo1 mo1q mo1q mo6w mo2n moy mo1h fo1 mo1r mo1q mo6w mo2l moz mo1h fo1 rm1e,18g mo1r mo1n mo6w mo61 " +
  "mo1i fo1 mo1t fo1 mo1j fo1 mo1j fo1 mo1g fo1 mo1j fo1 mo10 mo1s mo35 moa8 moan mo27 mo2m mo1c mo1n fo1 mo1p fo1 mo1k fo1 " +
  "mo1l fo1 mo1h fo1 mo1v fo1 mo1j fo1 mo13 mo1r mo21 mo6k moew mo4g mo6j mo80 mo1iz mo68 mo1x rm11,1fk mo1m mo1r mo24 mo1h " +
  "mo2n mo1q mo68 mo1k mo1n mo1m mo1k fo1 mo1g fo1 mo1g fo1 mo1o mo1g fo1 mo1j fo1 mo1l fo1 mo1m fo1 mo1m mo1j mo1n fo1 " +
  "mo1p mo1j fo1 mo1l mo13 mo1q moro mo34 mo1nc mo1y5 mo6w mo23 mo74 mo1i fo1 mo15 mo1k rm11,1nk moyw mo3h mo22g mo35 mo1h " +
  "fo1 mo1l fo1 mo1c mo1i fo1 moy mo1i mo1p mo7c monv mo48 mo1j mo1t fo1 mo1j fo1 mo1j fo1 mo48 mo1k fo1 mo1o mo1o mo1i fo1 " +
  "mo1n mo1j fo1 mo1h fo1 mo1g fo1 mo1b mo1n mofj mos8 mo6bp mogo mo1f mo2b mo23 mo1h mo27 mo1n fo1 mo1p fo1 mo1x mo1i fo1 " +
  "mo2f mo1x mo2b mo2b mo20 mo1u mo1s rm1e,1wg mo22 mo1n mo1y mo1x mo28 mo1g mo1f mo1x mo2b mo1t mo2m mo2o mo2o mo1w mo27 " +
  "mogw mo1n mo1q mo1q fo1 mo1i fo1 mo1o fo1 mo1p mo1q fo1 mo1r fo1 mo1f fo1 mo1n fo1 mo1u fo1 mo1n fo1 mo1g fo1 mo1j fo1 " +
  "mo1n fo1 mo1m fo1 mo1i mo1p mo1p mo1j moc0 mo1i fo1 mo1t mo1m mo1h fo1 mo1h mo1h fo1 mo1m mo1j mo1i mo1h rm1c,268 mo1i " +
  "mo1m fo1 mo1m fo1 mo1k mo1j mo1g fo1 mo1l mo1g fo1 mo1o mo2a mo3oz mo1x mo6g0 mo117 mo5s mo2x mo2z mo2y mo1u mo1g mo1p " +
  "mo2l mo1p mo2x mo1m mo2m mo2h mo1n fo1 mo1k fo1 mo1p mo1h fo1 mo15 mol8 mo15k mo9l mo2i mo2h mo2l mo2g mo1s fo1 mo1r fo1 " +
  "mo1t fo1 mo1g moz mo1m mo69 mods moet mo1z mo48 mo1r fo1 mo14 mo1i fo1 mo7t moj4 mo1qz mo74 mo8x mo1s mo1h fo1 mo1k mo1l " +
  "mo14 mo1l mo29 mo4x mod4 mo1m mo2p mo1k mo1c mo1f fo1 moz mo1n mo2b mo25 mo6w mo8g mo1n fo1 mo4o mo1h mo1k mo1k mo1d " +
  "mo1r fo1 mo10f mo23 mo1vc mo7h mo1s mo1l fo1 mo1i fo1 mo15 mo1s fo1 mo5q mo18 mobs mo1c moeo mo1k fo1 rm2t,2gw mo1n fo1 " +
  "mo1m fo1 mo1l fo1 mo1w mo1o mo1s mo1r mo1v mo1r mo1v mo1q mo1u mo1q mo1w fo1 mo1v fo1 mo1s fo1 mo1u fo1 mo1l mool moog " +
  "fox fo1h fo1s fo1u fo22 fo2f fo30 fo58 fo5r fo60 fo6b fo78 fo7r fo82 fo89 fo8f fo8l fo8u fo93 fo99 fo9f fo9q foa1 foa4 " +
  "foap foau fob0 fob7 fobf fobm fobs fobz foct fod1 fod4 fodl fodr fodz foee foem fof0 fof2 fofz fml mo1c foh1 fohc fohi " +
  "fogi fogc foga mo48 mo1s mo1f mo1k fo1 fo2 mo4a ro1,1q mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 " +
  "fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1f mo1n fo1 mo1f mo1n fo2 mo1c mo1k mmg mo1s " +
  "mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1f mo1n fo2 mo27 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2j mo48 mo1c rm-,w fo2 fo3 mo3u fm2 fo5 " +
  "mo2j fo1 mo1v mo48 mo1c rm-,w fo2 fo3 mo36 fm2 fo5 fo7 mo1v fo1 mo1q mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1q fo1 " +
  "mo1q mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1q fo1 mo2l mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm28 mo1k mm2o mm14 fm1 mo1k fo1c " +
  "fo1u fo1y fm23 fo24 fo21 fo2i fo20 mo1s fo1 mo1s fo1 mo20 mo1f mo1n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2r fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2r fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo1c mo14 mo48 mo1c mo68 mo1c " +
  "fo3 fo4 fo2 mo2n mo1q fo7 mo1n mo1f cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo3q fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 " +
  "fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2n mo1q fo6 mo1n mo1f cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo3q fm2 " +
  "fob foa fo9 fo8 fo6 fo5 mo2l mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod " +
  "foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3a fo1 mo1f mos fo1 mow mo4o mm35s " +
  "mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo4mw ro1,4mv fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k " +
  "mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w moct moco mo28 mow mo1m fo1 mo1m " +
  "fo1 rm7,1s mo21 mo1i fo1 mobe mo1f fo1 mobp rm6,3k mo1u moy mo20 mo3k mo1g fo1 mo1k fo1 mo1g fo1 mo1n fo1 mo1g fo1 " +
  "rma,5c mo1i fo1 mo1j fo1 mo1i fo1 mo1i mo1i fo1 mo1l fo1 mo1h fo1 mo1k fo1 rm9,74 mo1m fo1 mo13 mo31 mo1r mo6s mog0 mo1l " +
  "fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1q fo1 rmc,8w moy mo33 mo68 mo21 mo1u mo3t mo1k fo1 mo1h fo1 mo28 mo1g fo1 rmb,bk mo1i " +
  "fo1 mo12 mo22 mo28 mo80 mo1d mo1c moy mo1l fo1 mo23 mo17 mo5k mo1n fo1 moy mo2r mo68 mo4v mo2d mo1c mo1s mo1f fo1 mo10 " +
  "mo1n mo27 mo20 mo6o mo1r rms,e8 mo1h fo1 moz mo1n mo27 mo1p mo60 mo1s mo1m fo1 mo1k fo1 mo1j fo1 mo1i fo1 mo1i fo1 moz " +
  "mo1n mo2y mo94 mob4 mo1k fo1 mo1k fo1 mo1g fo1 mo1k fo1 rmm,gw mo1j fo1 mo1n fo1 mo1f fo1 mo1j fo1 mo1l fo1 mo1k fo1 " +
  "mo1n fo1 mo1l fo1 mo1s fo1 mo1f fo1 mo1h fo1 mo1h fo1 rmd,kg mo1k fo1 mo1h fo1 mo1m fo1 mo1m fo1 mo1o fo1 mo1j fo1 mo1i " +
  "fo1 mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 mo1p fo1 mo1u fo1 mo1y fo1 mo1s fo1 mo1m fo1 rmh,o0 mo1r fo1 mo1v fo1 mo1w fo1 " +
  "mo1q fo1 mo1v fo1 mo1z fo1 mo1w fo1 mo1q fo1 mo1v fo1 mo1z fo1 mo1t fo1 mo1n fo1 mo1n fo1 mo1p fo1 mo1u rmg,sg mo1w fo1 " +
  "mo1o fo1 mo1s fo1 mo1j fo1 mo1o mo1q fo1 mo1s mo1w mo1s mo1w mo1r fo1 mo1v fo1 mo1r fo1 mo1v fo1 mo1q fo1 mo1u fo1 mo1v " +
  "mo1z mo1u mo1y rml,ww mo1v mo1z mo1v mo1z mo1u mo1y mo1z mo23 mogg mo1i fo1 mo1h fo1 mo1m fo1 mo1g fo1 rme,128 mo1k fo1 " +
  "mo1k fo1 mo1k fo1 mo1m fo1 mo1t fo1 mo1u fo1 mo1p fo1 mo1m fo1 mo1n fo1 mo1m fo1 mo1n fo1 mo1u fo1 mo1w fo1 mo1s fo1 " +
  "mo1v fo1 mo1s fo1 mo1t fo1 mo1t fo1 mo1r fo1 mo1r fo1 mo1s fo1 mo1t fo1 mo1t fo1 mo1l rmp,18g moil moh4 fo3o fo3x fo3y " +
  "fo49 fo4k fo4m fo5m fo5q fo5x fm3 mo1c fo6y fo79 fo7f fo6g fo6a fo68 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i " +
  "fo1 mob4 fo8v mo48 mo20 mo1s fo2 mo14 mo1c mo48 mo1s mo3c mo1s moqo moa2 mo1s mo1o fo1 mo5s mow mo28 mouo foqlx mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 fol mo48 mo1c mo20 fo1 mo14 mo1c mo48 mo48 mo5s mo5s moqo mo1c mo1s mo1s mo1l fo1 mow mo28 " +
  "mo5s mo1s fo2 mo1k mo20 fo2 fo1 fod fok mo1k fo1 mo1c mo1s mo48 mob4 mo48 mo20 mo1c mo1c fo1 mo1k fo1 mo1k rm-,w mo1c " +
  "fo1 mo1k fo1 mo1k mo1s mo1c fo1 mo1k fo1 mo1k mo1s mo3c mo1c fo1 mo1k fo1 mo1k mo1s mo3c mo1c fo1 mo1k fo1 mo1k mo1s " +
  "mo3c rmk,1s mo1c fo1 mo1k fo1 mo1k mo1s mo3c mo1c fo1 mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s " +
  "mo3c rmj,3k mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 " +
  "mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmx,5c mo1k fo1 mo1k mo1s mo3c " +
  "mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c " +
  "mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmx,74 mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k " +
  "mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k " +
  "mo1s mo3c rmx,8w mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k " +
  "fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmx,bk mo1k fo1 mo1k mo1s " +
  "mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c fo5c fo5d fo5e mo48 mo1c mo1s mo3c mo5s " +
  "mob4 fo2 molc fo2 mo168 fo2 fo7 fo8 mo168 fo6y fo2 fo5o mo48 mo20 mo1c mo1k fo1 mo1k rm-,w mo1k fo1 mo1k mo1s mo3c mo1k " +
  "fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmh,1s mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s " +
  "mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmh,3k mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 " +
  "mo1k mo1s mo3c fo1e fo1f fo1g mo48 mo1c mo1s mo3c mo5s mob4 fo2 fo5 fo6 fo1 mo48 mo20 mo1c mo1k mo1k fo1 mo1k rm-,w mo1k " +
  "fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmh,1s mo1k fo1 mo1k mo1s " +
  "mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmh,3k mo1k fo1 mo1k mo1s mo3c mo1k fo1 " +
  "mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c mo1k fo1 " +
  "mo1k mo1s mo3c mo1k fo1 mo1k mo1s mo3c rmx,5c mo1k fo1 mo1k mo1s mo3c fo24 fo25 fo26 mo48 mo1c mo1s mo3c mo5s mob4 fo2 " +
  "fo5 fo6 mo2io fo40 fo2 mo4g mo1s mo4g mo1s mo4g mo1s mo4g mo1s mo4g mo1s mo4g mo80 mo1s mo80 mo1s fobj foeq fofl fofk " +
  "fofj fog9 fog8 fog7 fohg foch fobo fobm fobl mob4 foblk foni fonf mow mo20 mo20 fo2 fono mo1s fo2 fo4 fonq fonr frnu " +
  "fonv frns font fmnw fonx fmo3 foo4 foo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2r fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 " +
  "fo1 mo52 ro1,2q fo1 mo1k cm34,8 mob4 fo17g molc fo2 mo168 fo2 mo2io fo2 fm5 mo60 mo1c mme8 fo2 mo60 mo1c mme8 fo2 mo60 " +
  "mo1c mme8 mm1kw fm2 fo3 mo60 mo1c mme8 mm1kw fm2 fo3 mo60 mo1c mme8 fo2 mo60 mo60 fo2 mo60 mme8 mo60 mm74 fm3 fo4 mo5s " +
  "cm1,8 mo1k cm1,8 mo1k cm1,8 mo1k cm1,8 mo1k cm1,8 mo1k cm1,8 mo5s mo5s mo1s mow mow fo2 mo48 mo20 mo1s fo2 mo48 mo48 " +
  "mo28 mo48 mo48 mo5s mo48 mo48 mo5s mo1s moqo mo1s mo1l fo1 mo1s mo1o fo1 mob4 fo8 mow mo28 molc mob4 mo1s mo20 fo1 fo3 " +
  "mo1k mo20 fo2 fo1 foj for mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mob4 moqo mo1s " +
  "mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fof for mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 " +
  "mo48 mo48 mo28 mo48 mo48 mob4 fo8 mo48 mo48 mob4 moqo mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo293 fo291 " +
  "fo296 mow fo290 fo28z fo1 fo295 fo28y fo296 mo20 fo1 fo4 mo1k mo20 fo2 fo1 foi fov mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 fosm fozx fozw fo12t fo12s fo15t fo15s fo18c fo18e fo18f fo18h fo18l fota fosq fosp foso rm1z9,w fo1en " +
  "fo1ek mow mo20 mo20 fo2 fo1et fo1 fo3 fo1ev fo1ew fr1ez fo1f0 fr1ex fo1ey fm1f1 fo1f2 fm1f8 fo1f9 fo1f6 mo1f mow mo20 " +
  "mo20 fo2 fo1fv fo1 mow mo20 mo20 fo2 fo1 fo3 fo7 fo1fs mo1f mo1m fo1 fo2 mo4a ro1,1q mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo52 ro1,2r fo1 fo7 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2q fo1 mo1k cm34,8 mob4 fo1zd molc fo2 mo168 fo2 mo2io " +
  "fo2 fm5 mo1f mo1m fo1 fo2 mo4a ro1,1o mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 " +
  "mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo1me mo20 mo20 fo2 fo1 foh mo1f mo1l fo1 mo1f mo1l fo2 mo1c mo1k mmg mo1s mo1s " +
  "fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 " +
  "mo1s fo1 mo1f mo1l fo2 mo27 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh " +
  "fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c mo1k rm-,w fo3 fo4 mo3s fm2 fo6 mo2h fo1 mo1t mo48 " +
  "mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1t fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1o fo1 mo1o mo48 mo1c rm-,w " +
  "fo2 fo3 mo2z fm2 fo5 fo7 mo1o fo1 mo2j mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm20 mo1k mm2o mm14 fm1 mo1k fo1d fo1v fo1z fm24 fo25 " +
  "fo22 fo2g fo21 mo1s fo1 mo1s fo1 mo20 mo1f mo1l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2p fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo5s mo55 mo1j fo1 " +
  "ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2r fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2n mo1o fo6 mo1l " +
  "mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo2n mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 mo2j mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof " +
  "mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo38 mo3c fo2 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 " +
  "mo20 mo1gw ro1,1gv fo3 fm7 fo4 foh fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow " +
  "fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo9r monk mow rm4,1s mow mow mo1c mo1c mow rm6,3k mow mow " +
  "mow mo1c mow mow mo1c mow mow mo1c mow rmc,5c mow mo1c mow mow mo1c mow mow mo1c mow mo1c mow mo1c mow rme,74 mow mo1c " +
  "mow mow mo1c mow mo1c mow mo1c mow mo1c mo1c mo1c mo1c mo1c mo1c mo1c mow mo1c mow rml,8w mow mo1c mow mow mo1c mow mow " +
  "mo1c mow mow mow rmc,bk mow mow mo1c mow mow mo1c mow mo1c mo1c mo1c mo1c mo1c mo1c mow mo1c mow mow mo1c mow mo1c mo1c " +
  "mo1c mo1c mow mo1c mow mo1c mo1c mo1p fo1 rmu,e8 mo2z mo1l mom6 moe0 fo2v fm5 mo1c fo3x fo48 fo4e fo3e fo38 fo36 mo48 " +
  "mo4g mo80 fo2 mofs fo2 mo4g mo80 fo2 mofs fo2 mouo fo5 fo2 mo4g mo80 fo2 mofs fo2 mo1p4 fo5 fo2 foc fo37 foh fog fof foe " +
  "rmar,w fo95 fo92 mow mo20 mo20 fo2 fo9c fo1 fo3 fo9d fo9e fr9h fo9i fr9f fo9g fm9j fo9k fm9q fo9r fo9o mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo52 ro1,2p fo1 mo60 mo60 mo60 mo60 mo60 fo2 mo1s mo4g mo48 mo48 mo48 mo48 mo10 mow fo2 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 fo1x4 fo27g fo27l fo1xf fo1x7 fo1x6 fo1x5 rm10,0 fo2fy fo2fv mo1s " +
  "mow mo20 mo20 fo2 fo2g5 mo1s fo2 fo4 fo2g7 fo2g8 fr2gb fo2gc fr2g9 fo2ga fm2gd fo2ge fm2gk fo2gl fo2gi mo1f mow mo20 " +
  "mo20 fo2 fobw fo1 mow mo20 mo20 fo2 fo1 fo3 fo7 fo2h4 mm74 mo14 mo14 mo14 mo48 mo48 mo20 fo1 mo5s mob4 fo2 molc fo2 molc " +
  "moqo mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc molc fo1 mo1k mo20 fo2 fo1 fod foh mo1c fo1 mo14 fo1 mo1c fo1 mo1c fo1 " +
  "mo5s mo1k mo1c fo1 mo1c fo1 mo20 fo1 mob4 fo6 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo14 mo14 " +
  "fo2 mo20 fo2 mo1f mo1f fo2 fo1 molc foe mo1f mo1f fo2 fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1p fo1 mo1f mo1f fo2 fo1 " +
  "mo1p fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo5s mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1p " +
  "fo1 mo1p fo1 mob4 fob mo1f mo1f fo2 fo1 mo1p fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 " +
  "mo1p fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1f mo1f fo2 fo1 mo1f mo1f fo2 fo1 mo1p fo1 mo1f mo1f fo2 fo1 fo1f mo14 fo1 mm1k " +
  "mo14 mo1k fo1 mo1s molc mo1s moqo mog mo1k mm1s fm1 mow mo28 mo1s mo4g molc mo1s fo2 mo1k mo20 fo2 fo1 foh fmi mo1c mo1c " +
  "fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c fo1 mo1c fo1 fob mo20 fo1 mo14 mo20 fo2 mo1k " +
  "cm1,8 rm1,1s fm1 mo1k mo1k mm68 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo4g rm-,w cm1,8 rm1,1s fm1 mo1k mo3c mo1k " +
  "mm60 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 rm-,w mo1k mm5k mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 " +
  "rm1,1s fm1 mo1k mo3c foppc mo1k mm5c mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mow mo1k mm54 mo1c fo1 mo1c mo14 fo2 " +
  "fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo1k mo3c mo1s mo1k mm4w mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo5s mow " +
  "fom mo1k mm4o mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo1k mo1s mo1k mm4g mo1c fo1 mo1c mo14 fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mow fok rm20,1s mo1k mm48 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo1k mo3c " +
  "mo1s mo1k mm40 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo80 fo2m rm29,1s mow foo mo1k mm3k mo1c fo1 mo1c mo14 fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mob4 fo1g cm1,8 rm1,1s fm1 mo1k mo3c mo1s mo1k mm3c mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mow fom mo1k mm34 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo1k mo3c mo1s mo1k mm2w mo1c fo1 mo1c " +
  "mo14 fo2 fo1 mo1k mo1c fo2 fo1 mow fol mo1k mm2o mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 cm1,8 rm1,1s fm1 mo1k mo3c " +
  "mo1s mo1k mm2g mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mow fol rm2c,3k mo1k mm2g mo1c fo1 mo1c mo14 fo2 fo1 mo1k " +
  "mo1c fo2 mo168 fo5p fo2 cm1,8 rm1,1s fm1 mo1k mo3c mo1s mo1k mm2g mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 rm2c,3k " +
  "mow foo fo5c mow mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 mow fo1 mow mow fo2 mo1c mo14 " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo14 mo48 mo1c fo1 mo1c mo60 mo1c fo1 rm-,w mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 rm5,1s " +
  "mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 rm5,3k foe foh fog fod foi mo1k mm28 mo20 fo1 fm2 mo1c mo1s fo2 mo1c mo14 fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1c fo1 mo1c mo14 fo2 fo1 mo1k mo1c fo2 fo1 fo87 fo8w fm1z fmf foa1 foa3 foa2 foa0 mo20 fo1 mo1c mo14 " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo20 fo1 mo1c fo1 mo1c mo1c fo1 mo14 fo3 mo20 fo1 mo14 mo20 fo2 mo20 fo1 mm40 fo3 mo1c molc " +
  "for3 fm3 fo2 fo8 mo48 mo48 mo48 mo48 mo48 mo48 mo168 fo8 mo48 mo48 mo48 mo48 mo48 mo48 mo1c mo1f mo4g mo1f mo1f mo1f " +
  "mo1f mo1f mo80 fo7 mo1f mo1f mo1f mo1f mo1f mofs fo7 mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f mo1f mouo fod " +
  "mo1f mo1f fot fou mo48 mo1k mm7c mo22 mo68 mo1k mo2g fo4 fo2 fo1 fo3 mo1k mm7c cm1,8 mo20 mo1s mo1k mm7c mo1s mo1s mo1s " +
  "mo1c mo1c fo2 mo1c fo2 fo1 fo6 fo5 fo4 rm-,w fm1 fob foa mo20 fo1 fmk fol mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 mo1k cm5,8 " +
  "mm1c fm2 mo20 mo1c fo1 fo2 cm1,8 mo1k mm8 fm3 mo14 mo20 fo2 fo1 mo3s fms fmt fou fmo fop fm9 fm4 fo1 mo1k mm74 mo22 mo68 " +
  "mo1k mo2g fo4 fo2 fo1 fo3 mo1k mm74 cm1,8 mo20 mo1s mo1k mm74 mo1s mo1s mo1s mo1c mo1c fo2 mo1c fo2 fo1 fo6 fo5 fo4 " +
  "rm-,w fm1 fob foa mo20 fo1 fmk fol mo1c fo1 mo1c fo1 mo1c fo1 mo1c fo1 cm5,8 mm1c fm2 mo20 mo1c fo1 fo2 cm1,8 mm8 fm2 " +
  "mo14 mo20 fo2 fo1 mo3s fmq fmr fos fmm fon fm8 fm4 mm0 rm-,ue mo3c fm2 fm3 fo4 fo1 mo48 mo14 mo14 mo48 mo48 mo4o mo48 " +
  "mo1s mo3c mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 foc mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k " +
  "mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 " +
  "fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo1s fo1 " +
  "mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc " +
  "fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 " +
  "mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 " +
  "fo5 fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe " +
  "fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mm1k mo1k mm2o mm14 fm1 fo1b fo1w fm21 fo22 fo1z fo2e fo1y mo1s fo1 mo1s " +
  "fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2n fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w " +
  "fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 " +
  "mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 " +
  "ro2,2p fo1 mo34 mo3c fo2 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mo6cs ro1,6cr fo3 fm7 fo4 foh " +
  "fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos " +
  "fo2 fo3 mos fo2 fo1 rm-,w mo7t mo5x mo28 mo1j fo1 mo1o mo1q rm7,1s mo1t mo1y mo4d mo2d mo1l fo1 rm6,3k mo1m fo1 mo1r " +
  "mo1k mo1s mo1r mo10 mo2v mo35 mo8o mo2r rmb,5c mo26 mo1j fo1 moy mo24 mo74 mo25 mo1k fo1 mo1h fo1 mo1h fo1 moy mo1r " +
  "rmc,74 mo1j mo6g mo2l mo28 mo1m fo1 mo1l fo1 mo1j fo1 mo1g fo1 mo1l fo1 mo1g fo1 rmb,8w mo10 mo1p mo2a mo6w mo6p mo1s " +
  "mo1k fo1 mo1l fo1 mo1g fo1 mo1h fo1 mo1i fo1 mo11 mo1r rme,bk mo3e moaw mow mokh mo1m fo1 mo1r mo1k mo1m fo1 mo3j mo47 " +
  "mo1m fo1 mo1k fo1 mo1k fo1 mo1m mo1n fo1 mo1m mo1l fo1 mo1l fo1 rmj,e8 mo1p fo1 mo1h fo1 mo1k fo1 mo1r fo1 mo1l fo1 mo1h " +
  "fo1 mo1i fo1 mo1g fo1 mo1h fo1 mo1l fo1 mo1h fo1 mo16 mo1n rme,gw moeo mo2f mooo mo1r moz mo1n mo1p mo60 mo1x mo1c mo4w " +
  "mo1s mo1j fo1 mo10 mo1q mo1z mo68 mog5 mo2o mocs mo1q mo1o fo1 mo1f fo1 mo1g fo1 rmp,kg mo1g fo1 mo1n fo1 mo1l fo1 mo1j " +
  "fo1 mo1j fo1 mo1i fo1 mo1i mo1h fo1 mo1l mo13 mo1n moae mo19 mokg mocx mo24 mow mo1u mo1h mo2a mo1i mo24 mo28 mo1g fo1 " +
  "mo1n fo1 mo1w rmr,o0 mo1v mo1j fo1 mo1h fo1 mo1g fo1 mo11 mo86 moh4 mo7r mo2p mo26 mo28 mo1t mo11 mo50 moc0 mo2h mo1i " +
  "fo1 mo1n mo6o mo6w mo1k fo1 mo1k fo1 mo1m fo1 mo1l mobl mo19 moc0 foc fok fo14 fo1q fo1z fo24 fo31 fo3e fo3r fo40 fo47 " +
  "fo4k fo4t fms mo1c fo5v fo66 fo6c fo5c fo56 fo54 mo48 mm1c mo1s mo48 mob4 fo7n mo48 mo48 mo4g mo48 mo1k mo1c fo1 mo48 " +
  "mo48 mo48 mo48 mo48 mo1s molc foe mo1s mo1s mo48 mo48 mo48 fon fow fos for foq fop mo1s mow mo20 mo20 fo2 fobd mo1s fo2 " +
  "fo4 fobf fobg frbj fobk frbh fobi fmbl fobm fmbs fobt fobq mo48 mo48 mo20 fo1 mo48 mo48 mo3c moqo mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mo5s mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foi focgv fochh fochg focky focl2 focl1 focl0 fockz focoo " +
  "foco2 foco1 focpk focpp foche foch0 focgz focgy mow mo20 mo20 fo2 foqy fo1 fo3 focwi focwk frcwn focwo frcwl focwm fmcwp " +
  "focwq fmcww focwx focwu mob4 fod35 mmw mo48 mo14 mo14 mo48 mo48 mo4o mo48 mo1c mo5s fo2 mo1c mo1s fo2 fo8 mo48 mo48 mo48 " +
  "focxh focxm focxl focxk mo2io foili mow mo20 mo20 fo2 fod6x fo1 fo3 fod6z fod71 frd74 fod75 frd72 fod73 fmd76 fod77 " +
  "fmd7d fod7e fod7b mob4 foefv mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw " +
  "mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo6 mo1j mo1k mm2o mm1c fm1 mo1s fo1 mo2u mo14 mo3c fmc fod foa foj fo9 mo20 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1s mo48 mob4 foe mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo52 ro1,2p fo1 molc foc mm8g mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 " +
  "fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1k mo1c mo1s fo1 mo1s fo1 mo1s " +
  "fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c mo1k rm-,w fo3 fo4 mo3o fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 " +
  "mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 " +
  "fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fow fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow " +
  "mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 " +
  "fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3c fm2 fo5 fo7 mo1s fo1 mo1n " +
  "mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c " +
  "rm-,w fo2 fo3 mo38 fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 " +
  "mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo1c mo2g " +
  "mo48 mo1c rm-,w fo2 fo3 mo42 fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3e fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c " +
  "rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 " +
  "fo3 mo3a fm2 fo5 fo7 mo1o fo1 fov fo2 fo4b mo1k mm2o fm1 fo2 fm4j fo4k fo4h fo4v fo4g mo4p mo1m fo1 ro2,22 mo34 mo1h fo1 " +
  "mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo5a fo1 fo3 fo5b fo5c fr5f fo5g fr5d fo5e fm5h fo5i fm5o fo5p fo5m mo4o mo1k fo9 " +
  "fo8 fo7 fo6 mo48 fod fo2 foc mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s " +
  "mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo1ah mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s " +
  "mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s " +
  "fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh " +
  "fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fo5 mo2b fo1 mo1n mo48 mo1c " +
  "rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 " +
  "fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c " +
  "mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 " +
  "mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 " +
  "mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi " +
  "mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1i mo48 " +
  "mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w " +
  "fo2 fo3 mo35 fm2 fo5 fo7 mo1j fo1 fov fo2 fo4a mo1k mm2o fm1 fo2 fm4h fo4i fo4f fo4t fo4e mo4p mo1h fo1 ro2,1x mo34 mo1h " +
  "fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo59 fo1 fo3 fo5a fo5b fr5e fo5f fr5c fo5d fm5g fo5h fm5n fo5o fo5l mo1k fo8 " +
  "fo7 fo6 fo5 mo168 foc0 foc fo2 fob mo48 mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 " +
  "fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i " +
  "fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b " +
  "mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c " +
  "rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 " +
  "fo3 mo33 fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 " +
  "mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo1c mo2b mo48 mo1c rm-,w " +
  "fo2 fo3 mo3x fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 " +
  "fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 " +
  "fo7 mo1j fo1 fov fo2 fo4a mo1k mm2o fm1 fo2 fm4h fo4i fo4f fo4t fo4e mo4p mo1h fo1 ro2,1x mo34 mo1h fo1 mo74 mo1k mo68 " +
  "mo1k mow mo20 mo20 fo2 fo58 fo1 fo3 fo59 fo5a fr5d fo5e fr5b fo5c fm5f fo5g fm5m fo5n fo5k mo1k fo8 fo7 fo6 fo5 mo48 foc " +
  "fo2 fob mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 " +
  "fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c " +
  "rm-,w fo2 fo3 mo3j fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 " +
  "mo2q fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 " +
  "fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fo5 " +
  "mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 " +
  "mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1j fo1 fov fo2 " +
  "mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 " +
  "fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2b fo1 mo1n " +
  "mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c " +
  "rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1j fo1 fov fo2 fo4a mo1k mm2o " +
  "fm1 fo2 fm4h fo4i fo4f fo4t fo4e mo4p mo1h fo1 ro2,1x mo34 mo1h fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo58 fo1 fo3 " +
  "fo59 fo5a fr5d fo5e fr5b fo5c fm5f fo5g fm5m fo5n fo5k mo1k fo8 fo7 fo6 fo5 fob fo1 foa mo1h fo1 mo1m fo1 mo1n fo1 mo1k " +
  "mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg " +
  "mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c " +
  "mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fo5 mo2b fo1 mo1n mo48 " +
  "mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w " +
  "fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 " +
  "fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i " +
  "fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 " +
  "fo1 foi mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 " +
  "mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1j mo48 " +
  "mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1j fo1 fov fo2 fo4a mo1k mm2o fm1 fo2 fm4h fo4i fo4f fo4t fo4e mo4p mo1h fo1 " +
  "ro2,1x mo34 mo1h fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo58 fo1 fo3 fo59 fo5a fr5d fo5e fr5b fo5c fm5f fo5g fm5m " +
  "fo5n fo5k mo1k fo8 fo7 fo6 fo5 fob fo1 foa mo55 mo1j fo1 ro2,2t mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2q fo1 mo48 mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw " +
  "mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 " +
  "fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 " +
  "mo1c rm-,w fo2 fo3 mo3j fm2 fo5 mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 " +
  "fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo2q fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r " +
  "fm2 fo5 fo7 mo1j fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3v fm2 fo5 " +
  "mo2b fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 " +
  "mo1i mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1j fo1 fov fo2 " +
  "mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 " +
  "fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo1c mo2b mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2b fo1 mo1n " +
  "mo48 mo1c rm-,w fo2 fo3 mo39 fm2 fo5 fo7 mo1n fo1 mo1i mo48 mo1c rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1i mo48 mo1c " +
  "rm-,w fo2 fo3 mo34 fm2 fo5 fo7 mo1i fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1j fo1 fov fo2 fo4a mo1k mm2o " +
  "fm1 fo2 fm4h fo4i fo4f fo4t fo4e mo4p mo1h fo1 ro2,1x mo34 mo1h fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo58 fo1 fo3 " +
  "fo59 fo5a fr5d fo5e fr5b fo5c fm5f fo5g fm5m fo5n fo5k mo1k fo8 fo7 fo6 fo5 fob fo1 foa fotm fozt mow mo20 mo20 fo2 " +
  "fo10v fo1 fo3 fo10w fo10x fr110 fo111 fr10y fo10z fm112 fo113 fm119 fo11a fo117 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g foto mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s mo1s fo1 mo1s " +
  "fo1 mo1k mm2o mm1c fm1 fm9 foa fo7 fob fo6 mo1h mo1h mo20 mo1s mofg mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mm0 mo1s mo1m mo5s mo1j mo4g mo1j mo1p mo1j mo1k mob4 fo8 mo1l mo80 fo8 mo1j mo1k " +
  "mo1k mo1j mo1i mofs fo7 mo1j mo1m mo1h mo1i mo1j molc fof mo1m mo1k mo1j mo1k mo1k mo1j mouo foe mo1i mo1i mo1i mo1i " +
  "mo1l mo1p mo1i mo1m mo1p mo1o mo1i mo1o mo1j mo1k mo1k mo168 foo mo1j mo1m mo1j mo1k mo1j mo1i mo1p4 foo mo1i mo1m mo1g " +
  "mo1k mo1n mo1j mo1k mo1l mo1l mo1k mo1j mo1j mo1j mo1k mo1l mo1i mo1h mo1j mo1p mo1j mo1s mo1i mo1q mo1i mo1i mo1j mo1m " +
  "mo1j mo1k mo1j mo1k mo1j mo1k mo1m mo1m mo1j mo1j mo2io fo1a mo1j mo1j mo1k mo1k mo1k mo1j mo3kg fo1a mo1i mo1k mo1l " +
  "mo1p mo1k mo1j mo1j mo1p mo1o mo1j mo1i mo1j mo1l mo1l mo1j mo1j mo1l mo1j mo1n mo1n mo1n mo1k mo1j mo1p mo1j mo1l mo1s " +
  "mo1i mo1j mo1m mo1p mo1j mo1k mo1o mo1i mo1j mo1m mo1o mo1m mo1j mo1o mo1o mo1p mo1n mo1s mo1k mo1m mo1k mo1n mo1s mow " +
  "mo20 mo20 fo2 fo53 fo1 fo3 fo54 fo55 fr58 fo59 fr56 fo57 fm5a fo5b fm5h fo5i fo5f mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2j fo1 molc fo17g mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i " +
  "fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 mob4 " +
  "fo3qh foc mow mo20 mo20 fo2 fo1 foh mo1j mo1i fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1s fm6 fo7 fo4 mo1k mmg mo1s mo1s fo2 mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s " +
  "fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo48 mo1c mo1k rm-,w fo3 fo4 mo2r fm2 mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo3w fm2 mo3g mr2w " +
  "mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t foe mo48 mo1c rm-,w fo2 fo3 mo38 fm2 foe mo2s mr2w " +
  "mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo33 fm2 foe mo2n mr2w " +
  "mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c rm-,w fo2 fo3 mo33 fm2 foe mo2n mo5c " +
  "mow mos mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fof mow fo1 foe fod foc fob fo8 fo5 fo9 fo6 fo3 " +
  "fo2 fof cm1,8 mo1k mm1c mo1k mm2o mm14 mo1k fm2 mo1k fo1x fot fo2n fm2s fo2t fo2q fo36 fo2p mo1s fo1 mo1s fo1 mo20 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo5s mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2m fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2r mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3s " +
  "fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2r mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 " +
  "mo48 mo1c rm-,w fo2 fo3 mo3s fm2 fob foa fo9 fo8 fo6 fo5 mo2n mo5c mow mos mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow fof fod foc fob foa fo7 fo4 fo8 fo5 fo2 fo1 foe mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3c " +
  "fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo5p ro1,5o fo3 fm7 fo4 fog fr6 fo8 mo11 mo11 mo20 " +
  "mos fo1 fo2 fo3 fo4 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo1 fo2 fo3 mos fo1 rm-,w mo13 " +
  "mo33 rm3,1s mo1l mo1c mo5c fo6 fm4 fo15 fo1l fon foi fog mo48 fo1 fo6 fo4 fo3 fo2 mow mo20 mo20 fo2 fo6r fo1 fo3 fo6s " +
  "fo6t fr6w fo6x fr6u fo6v fm6y fo6z fm75 fo76 fo73 mo1j mo1i fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c mo1k mm54 " +
  "mo2b mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 mo3c mo1h fo1 " +
  "mo1h fo1 mo6o mo1k mo5c mo1k fmq for fon fom fol fok foj fof foc fog fod foa fo9 foo fo4 fo3 fo1 fo7 mo2b mo5c mow mos " +
  "mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 " +
  "fo6 fo3 fo2 foh cm1,8 rm1,1s fm1 mo1k mm5c mo14 mo1c mo48 mo1c mo60 mm1s fo3 fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o fo3 " +
  "fo4 rm1,1s fo3 mo48 mo1c mo60 rm4,2o fo3 fo4 rm1,1s fo3 fog mo60 mo60 foj fo1x fo17 fo1z fo1y fo20 mo1s fo1 mo1j mo1i " +
  "fo2 mo2b mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo2b Mpbk mo1k mo1l rm-,w mo1o mo1l mo1r mo1o rm5,1s mo1o mo1n Fb foc mo60 mo1c mme8 fo2 " +
  "fo11 fm6 mo1c mo2e mo1k mo48 mo1c rm-,w fo2 fo3 mo3t fm2 fo6 mo2e fo1 mo1q mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1q " +
  "fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1l fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1l fo1 mo2k " +
  "mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 " +
  "fo9 fo6 fo3 fo2 fog mo1k mm14 mo1k mm2o mm14 fm1 mo1k fo1d fo2a fo4e fm4j fo4k fo4h fo4v fo4g rm-,w mo1s fo1 mo1s fo1 " +
  "mo20 mo1j mo1i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2r mo1l fo6 mo1i mo1f cm3,8 mo1u fm2 mo1y mo48 " +
  "mo1c rm-,w fo2 fo3 mo3p fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2r mo1l fo6 mo1i mo1f " +
  "cm3,8 mo1u fm2 mo1y mo48 mo1c rm-,w fo2 fo3 mo3p fm2 fob foa fo9 fo8 fo6 fo5 mo2k mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g " +
  "fo1 ro2,2p fo1 mo39 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo166o ro1,166n fo3 fm7 fo4 fog " +
  "fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos " +
  "fo2 fo3 mos fo2 fo1 rm-,w mo18t mosw mo12c mo1n fo1 mo5s mo1l rm7,1s mo1n mo1k mo1m mo1l rm5,3k mo1n mo1m mo1l mo1m mo1i " +
  "fo1 mo1n mo1t fo1 mo1k rm9,5c mo1p mo1t mo1p mo1o mo1o mo1u mo1t mo1t rm9,74 mo5k mo1g mo1h mo1j mo1h mo1h mo1h mo1h fo1 " +
  "rm9,8w mo1i mo1i mo1g mo1l mo1h mo1i mo1i mo1h rm9,bk mo1g mo1k mo1f mo1g mo6w mo1j mo1i mo1i mo1g mo1g mo1k mo4o mo1g " +
  "mo1g mo1h rmg,e8 mo1g mo1j mo1h mo40 mo36 mo2a mo3v mo39 mo1o fo1 mo1x mo30 rmc,gw mo1o mo25 mo88 mo1i fo1 mo1j fo1 mo13 " +
  "mo1g fo1 moy mo1i mo14 mo5c mo27 mo1j fo1 mo1l fo1 mo1j fo1 rmg,kg mo10 mo1r mo1j mo6g mo2n mo1k mo31 mo1k mo1j fo1 mo1f " +
  "fo1 mo11 mo1m mo28 mo2k mo7c mo1c mo1i fo1 mo1s mo1h fo1 mo10 mo1p mo23 mo6w mo7l mo2d mo1n fo1 mo1g fo1 rms,o0 mo1m fo1 " +
  "mo1s mo1m mo1g fo1 mo10 mo1p mo4q mobs mo1r mo1s mo33 mo2d mo1k mo2t mo11 mo2i mo2a mo74 mo1c mo1x mo1s mo1h fo1 mo10 " +
  "mo1z mo25 mo6o mo1k mo1l fo1 mo1n fo1 rmu,sg mo1p fo1 mo1k fo1 mo1m fo1 mo2i mo60 mo1r mo1u mo33 mo2d mo1k mo2t mo11 " +
  "mo2k mo74 mo1c mo1x mo10 mo21 mo6o mo60 mo4v mo2w mo1z mo3d mo1p mo1k mo1c mo1m mo1c moy mo1l mo28 mo1c mo60 mo1p mo1k " +
  "moy mo1l mo28 mo60 mo65 rm16,ww mo20 moy mo1m mo1m fo1 mo1i fo1 mo1l mo1m mo1k fo1 mo1h mo12 mo28 mo3u moag mo7p mo2g " +
  "mo2k mow mo22 mo28 mo1k fo1 mo1k fo1 mo1g fo1 mo1n fo1 mo1k mo1h moz mo24 mo4t moc0 mo48 mo1l fo1 mo1o fo1 mo1i fo1 mo1p " +
  "fo1 mo1u fo1 rm10,128 mo57 mo94 mo2n mo28 mo1y mo4z mo1s mo1s mo1j mo1n fo1 mo2w mo1l mo1m mo1l mo1q mo15 mo28 mo3t mo9c " +
  "mo8x mo28 mo2w mo1p mo1m mo15 mo28 mo5l mod4 mo2o mo32 mo6w mo2n mo28 mo20 rmz,18g mo4z mo1s moy moy mo15 mo2a mo3t mo9c " +
  "mo8x mo28 moy moy mo15 mo2a mo5l mod4 mo6w mo1p mo2a mo2h mo5b mo2d mo69 mo5w mo2e mo2p mo35 mo65 mo5q mo4i mo51 mo1l " +
  "mo20 mo2r mo1k mo1k mo1l mo1g moy mo1j mo1w mo1z mo74 mo28 mo21 mo5s mo1l mo20 mo1t mo1c moy mo1v mo1d mo60 mo21 mo5s " +
  "mo1l mo20 mo1t mo1c moy mo1v mo60 mo5s mo1l mo20 mo2r mo1k moy moy mo21 mo1z mo74 mo5s mo1l mo20 mo1t rm26,1fk moy mo20 " +
  "mo60 mo5s mo1l mo20 mo1t moy mo20 mo60 mo5s mo4l mo2w mo1s mo1q mo1l mo1l mo10 mo20 mo3c mo8w mo73 mo1s molk mo28 mo1o " +
  "mo1p mo1j mo1s mo1r mo1o mo1i mo1j mo1j fo1 mo17 mo4u mobc mo6j mo2g mo1k mo1h fo1 mo1i fo1 mo1k moz mo40 moaw mo5n mo1s " +
  "mo1g mo1s mo1g fo1 mo1g fo1 mo28 mo1i fo1 mo1i mo1j mo12 mo1p mo3p moa0 mob1 rm1q,1nk mo1h mo1i mo1l mo1w mo2c mo28 mo1o " +
  "fo1 mo1k fo1 mo1m mo28 mo1k mo12 mo1p mo7o mofc mo7r mo28 mo1y mo25 mo2e mo2w mo1n fo1 mo1f fo1 mo1i fo1 mo1m mo1n mo1o " +
  "mo1k mo1f moz mo1y mo4r moc0 mo1c mo1i fo1 moup mo40 molb mo1f mo1t mo1j fo1 mo24 mo1i fo1 mo24 mo1h fo1 mo1k fo1 mo1p " +
  "mo1i fo1 mo1r mo19 mogw moyw mo41 mo1k mo8b mo1k mo2w mo1n mo15 mo3g mo88 mo7d mo3c mobg mo1k mo1o rm1v,1wg mo2o mo14 " +
  "mo6i mobk mor9 mo42 mo1f mo1k mo3k mo1q mo1j fo1 mo1g fo1 mo1n fo1 mo1j fo1 mo1h fo1 mo5k mo1h fo1 mo1k mo1k mo1i fo1 " +
  "mo1k mo1j mo1m mo1h fo1 mo1n mo1l mo1q mo1g mo1h mokg mo1f movk mo69 mo1s mo6o mo20 mo1h mo1j mo16 mo48 moag mo1z mof9 " +
  "mo2l mo1i mo4p mo20 mo1k mo1i fo1 mo1k fo1 mo1s mo10 mo1n mo2d mo3h mo8w mo3c mo1n mo1l fo1 mo28 mo1j fo1 rm1q,268 mo1h " +
  "fo1 mo1g fo1 mo1h fo1 mo12 mo9k mo1f mojk mo1l moeh mocn mo3c mo1l mo1i fo1 mo2o mo14 mo7y moio mo4z mo1k mow9 mo20 mo1r " +
  "mo1k mo3k mo1f mo1u mo1r mo1q mo1i mo1h fo1 mo1i fo1 mo18 mo4j mo9c moo5 mo40 mow9 mo2j mo26 mo1u mo1k mo3k mo1i fo1 " +
  "mo4o mo1n fo1 mo1n mo1n mo1f mo1d moe9 mosg mo35 mo1s mo5o mo1k mo1s mo10 mo22 mo7c mo2r mo4p mo2o mo1j mo4g mo1c mo1n " +
  "fo1 mo1k mo1v mo2g mo1l fo1 mo1h fo1 mo1v fo1 mo1k mo1r fo1 mo1c moy mo1o fo1 mo3e mo8w mo1x mo2g mo73 mo2t mo1k mo1w " +
  "mo1s mo1p mo1i fo1 mo1h mo1k moz mo1l fo1 mo1t mo1o mo74 mo21 rm2p,2gw mo1s mo1l mo1c mo1h fo1 moy mo1l fo1 mo1t mo1m " +
  "mo68 mo3v mo1k mo1k mo1s mo1g fo1 mo1j fo1 mo1s mo10 mo1o fo1 mo1w mo2g mo88 mo2o mo30 mo68 mo6v mo2g mo1c6 mo2l mo2j " +
  "mo28 mo20 mo11 mo4q mob4 mo8l mo20 mo7j moy mo28 mo28 mo1i mo12 mo57 mocw mo23 mo1k mo1o fo1 mo1c moy mo1e mo6g mocv " +
  "mo2o mo70 mo2a mo1j fo1 mo1r mo1c mo1k moz mo1n mo2d mo1q mo60 mo1z mo1s mo1h fo1 mo1j mo10 mo2d mo1u mo68 mo3k mo1m fo1 " +
  "mo1j fo1 mo1v mo1s mo1f mo10 mo6y moh4 mo12t mo2o moi7 mo1i fo1 mo2q mo3c mo1k fo1 mo1i mo1m mo1g fo1 mo1g mo19 mon0 " +
  "mo23 mo174 mo3d mo20 mo2o mo20 mo1m mo1c moy mo1l fo1 mo28 mo7k mo77 mo20 mo24 mo1i fo1 mo1h mo27 mo2g mo1p fo1 mo1h fo1 " +
  "moy mo4u mo16 mobk mo8d mo2w mo5g mo1h mo1k moy mo1j mo4f moco mo3d mo20 mo3q mo20 mo1n rm3q,2tc moy mo1m mo2c mo7k mo7d " +
  "mo1s mo2z mo1q mo2o mo1m mo1k fo1 mo1j fo1 mo1j fo1 mo20 mo1h fo1 mo11 mo3p mobk mo3d mo20 mo3q mo20 mo1n moy mo1m mo7k " +
  "mo7f mo28 mo30 mo1s mo2g mo1m mo20 mo1m mo11 mo4a mobs mo3d mo20 mo3q mo20 mo1n mo1c mo1h moy mo1m mo2e mo7k mo2t mo1s " +
  "mo3f mo1c mo1s mo1h fo1 mo10 mo27 mo74 mo3d mo20 mo3s mo20 mo1p mo1c moy mo1o mo2e mo7k mo2t mo1s mo2o mo1c mo1s mo1j " +
  "mo10 mo27 mo74 mo3d mo20 mo3q mo20 mo1n moy mo1m mo7k mo6h mo1s mo2j mo1q mo2g mo1m mo1m fo1 mo1s mo10 mo3q moao mo3f " +
  "mo20 mo3r mo20 mo1o mo1k mo1k moz mo1n mo2g mo7s mo6f mo1s mo7f mo20 mo28 mo1i mo12 mo49 moao mo3d mo20 mo3r mo20 mo1o " +
  "moy mo1n mo2e mo7k mo2x mo1s mo2o mo20 mo11 mo2f mo74 mo3d mo20 mo3p mo20 mo1m moy mo1l mo2c mo7k mo2x mo1s mo2i mo20 " +
  "mo1g fo1 mo11 mo2f mo74 mo3d mo20 mo3q mo20 mo1n moy mo1m mo7k mo35 mo28 mo4c mo1c mo1k mo1i moz mo23 mo7c mo3d rm4n,37k " +
  "mo20 mo3s mo20 mo1o mo1c mo1h fo1 moy mo1n mo2e mo7k mo2t mo1s mo2m mo1s mo10 mo27 mo74 mo1k mo1c mo1c mo1k mo2g mo1s " +
  "mo1s mo1c mo1c mop4 mo1o fo1 mo1m fo1 mo1g fo1 mo1k fo1 mo1t mo1n mo1q mo1v mo1t mo1j fo1 mo1u mo1t mo1t mo1n mo1m fo1 " +
  "mo1m fo1 mo1l mo1qi mo1d4 fo10 fo1c fo1l fo1t fo21 fo2a fo2h fo2q fo2z fo3a fo3l fo3t fo42 fo4c fo4l fo4w fo57 fo5f fo5t " +
  "fo63 fo6c fo6p fo6z fo7e fo7v fo83 fo88 fo8f fo8p fo8z fo9e fo9p foa2 foa5 foao foax fobe fobv foc4 foct focw fod6 fody " +
  "foe8 foeh foey fofi fofz fogd fogm foh2 fohc fohh fohj fohp fohr fohz foi1 foi7 foi9 foih foij foiw foiy fojl fojt fojx " +
  "fok9 fokn fokq folf folu fom0 foma fome fomo fomq fomt fonf fonh fonk fonx fooe foog foop foov fop6 for4 fm1b mo1c fos5 " +
  "fosg fosm forn forh forf mo1k mo48 mo1c fo1 mob4 fotv mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k " +
  "mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c " +
  "mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c mo1s fm6 fo7 fo4 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2i mo48 mo1c rm-,w fo2 fo3 mo3q fm2 fo5 " +
  "mo2i fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1u fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 " +
  "mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo2h mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 moo fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1d " +
  "fo1y fm23 fo24 fo21 fo2h fo20 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo5s mo55 mo1j fo1 " +
  "ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k " +
  "mo1p fo7 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2k mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2h mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo36 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mo20qw ro1,20qv fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mojn moco mo5i mo1g rm5,1s mo1f mo1u mo2e " +
  "mo1l fo1 rm5,3k mo1n fo1 mo1p fo1 mo1k fo1 mo2x mo1j mo5s mo1f rm8,5c mo1s mo1u mo2e mo5s mo6b modb mo2n mo28 mo1o fo1 " +
  "mo1o mo1n fo1 mo1k moy mo1n fo1 rmf,74 mo4u mo1o moao mo6f mo1k moe9 mo2n mo28 mo1o mo1o mo1k mo1j fo1 moz mo1n mo4y " +
  "mo1o moao mo6b mo1k moig mo2p mo28 mo1q rmo,8w mo1q moy mo1p mo4u moao mo3t mo1s mob5 mo2f mo1s mo1l fo1 mo1q fo1 moy " +
  "mo1t rmf,bk mo2z mo15 mo80 mo3t mo1s mo86 mo2f moy mo1t mo2z mo80 mo51 mo20 mo36 mo23 mo20 mo1g fo1 mo1i fo1 mo1g fo1 " +
  "mo1k mo1h moz mo20 rmo,e8 mo2v mo9c mo57 mo1s mo74 mo1s mo1h fo1 mo1h fo1 mo1g mo28 mo1m mo1f fo1 mo1i fo1 mo1h fo1 mo1f " +
  "fo1 mo12 mo1w mo48 mo9k mo3p rml,gw mo1s mo7q mo1k mo1g fo1 mo1n fo1 mo1k mo1j mo1h fo1 moz mo23 mo2i mo80 moi3 mo3c " +
  "mor9 mo2q mo1i mo25 mo2j mo1v mo40 mo1n fo1 mo1p mo1m fo1 rmp,kg mo1k fo1 mo1r mo1m mo2w mo1k mo1m mo1l mo1i mo1g mo15 " +
  "mo20 mobf momg mobd mo1k moiu mo2w mo1h fo1 mo1g fo1 mo1l mo1g fo1 mo1j fo1 mo1j fo1 rmo,o0 mo1j fo1 mo1u mo2o mo1l mo1k " +
  "mo1l fo1 mo14 mo25 mo7e mofk moob mo20 moe4 mo4o mo1l fo1 mo1n mo1r fo1 mo1s mo1g fo1 mo1j fo1 mo2o mo1i mo1g rmo,sg " +
  "mo1h mo14 mo1v moeq mo1f moso mo5x mogz mo2g mo1p mo1u mo1t mo1r fo1 mo1g fo1 moy mo1v mo37 moa8 mo85 mo1r mo1u mo23 " +
  "mo1c mo2z mo1c mo25 mo1c mo1h fo1 moy mo1l mo20 mo1j mo6g mo1t mo1c mo30 mo1c moy mo1n mo22 mo1d mo60 mo23 rm18,ww mo1c " +
  "moai mo1c mo1t moy mo1s mo27 mo1j mo6g mo2v mo1k mo27 mo1k mo1h fo1 mo1w fo1 mo1k mo1g fo1 moz mo1z mo1v mo74 mo5d mo20 " +
  "mo2m mo2r mo20 mo1s mo10 mo1v mo2a mo3z mo9k mo3v mo1k mo2v mo1s mo28 mo1p mo1o mo12 mo1y mo2d mo38 mo88 mo1z mo1c mo5z " +
  "mo1c mo1k mo1g fo1 mo1m moz mo1w mo2b mo1l mo68 mo6r mo28 mo98 rm1o,128 mo1g mo2f mo20 mo1j mo1s mo1p mo1l mo1l mo1k " +
  "mo16 mo1w mo2b mo4r mob4 mo25 mo1k mo22 mo1c mo1s mo1o mo10 mo20 mo2f mo1p mo6g mo9r mo1k mo8q mo2g mo1k fo1 mo1k fo1 " +
  "mo1g fo1 mo1s mo1q mo10 mo23 mo2i mo6d mo1e moe0 moab mo1k mo9b mo2g mo1w mo1s mo1j mo10 mo1z mo2e mo7e mo28 moeo mo71 " +
  "mo1s mo6e mo2o mo1i fo1 mo1i fo1 rm1o,18g mo1k moz mo1v mo2a mo44 mobc mo29 mo1c mo1k mo1m fo1 moy mo1n fo1 mo22 mo1k " +
  "mo6g mo5k mo1m fo1 mo1l fo1 mo1o fo1 moal mocg mo3n mo48 mo4x mo1d mo1c moy mo1k fo1 mo1x mo16 mo5k mo43 mo20 mo1k mo1i " +
  "fo1 moz mo1j fo1 mo1w mo35 mo19 mo8g mo6h mo20 mo2g moz mo1j fo1 mo1w mo41 moao mo4l mo20 moz mo1k fo1 mo1x mo2g mo8w " +
  "mo4l moz mo1k fo1 mo1x mo8w mo2p mo1s rm1s,1fk mo1s moy mo1l fo1 mo1y mo1v mo6w mo35 mo1s mo1w moy mo1k fo1 mo1x mo1t " +
  "mo7c mo3j mo20 mo1h fo1 mo1g fo1 moy mo1l fo1 mo1y mo1t mo7s mo1h mo1c moy mo26 mo1c mo5s mo1t mo1k moy mo20 mo1g mo60 " +
  "mofp mo40 mof5 mo1t mo1j fo1 mo1s mo1f fo1 mo1k fo1 mo1m fo1 mo1i fo1 mo1n fo1 mo1j fo1 mo1g mo1m rm1e,1nk mo1l mo1l " +
  "mo1j mo16 mo20 mo9j mok0 mo1q fo1 mo1c moy mo7d mo80 moep mo9k mo4u mo2p moy mo1y mo6w mo1x mo1k mo1i mo1k moy mo1x mo1k " +
  "mo68 mo5x mo1s mo5s mo28 mo1i fo1 mo1r mo20 mo1k mo1m mo11 mo1i mo1v mo3x moa8 mo5x mo1k mo11 mo1l fo1 mo1y mo3v moa8 " +
  "mo95 mo20 mo1x mo28 mo1n fo1 mo20 mo11 mo1o fo1 mo21 mo5d modc mo89 mo2o mo1k moz mo1w mo4z mocg mo6f mo2g moz mo1w mo46 " +
  "mo1f moao mo3z mo20 moy mo1y mo23 mo88 mo55 mo1k mo2g moz mo1p fo1 mo22 mo32 mo9c mo2z mo1c mo2j mo1k moz mo1l mo1y mo2r " +
  "mo7c mo4b mo20 mo1l rm2s,1wg moy mo27 mo2i mo8o mo3l mo20 moy mo1y mo20 mo7s mo1x mo1k moy mo1r mo24 mo1k mo68 mo1x mo1k " +
  "mo1k moy mo1p mo22 mo1n mo68 mo1x mo1k moy mo1q mo23 mo1n mo68 mo3f mo1k mo2f mo1s moy mo1q mo23 mo23 mo7s mo2v mo1k " +
  "mo2e moz mo24 mo1x mo74 mo1d mo1c moy mo1z mo17 mo5k mom3 mo3c moyz mo23 mo1v mo29 mo1i mo1l mo3k mo1m mo1r fo1 mo20 " +
  "mo1f fo1 mo1f fo1 mo11 mo1s mo25 moej moqg mo75 mo2g moye mo22 mo20 moz mo1t mo26 mo50 mobc mo23 mo1c mo70 mo1s moy mo27 " +
  "mo1l mo6g mofl mo2w mosk mo22 mo2h mo27 mo2p mo34 mo1r mo1n mo1q mo1i fo1 mo1g fo1 mo1h fo1 mo1l mo1k mo16 mo1x moa6 " +
  "mojs moav mo2o mol8 mo23 mo30 mo2o mo20 mo11 mo1y mo70 mof4 mo2b mo1c mo6k mo1s mo1p moy mo22 mo1t mo6o mo6t mo20 mo2j " +
  "mo28 mo1k moz mo1q mo23 mo5l mo19 mob4 mo27 mo1c mo2q mo1c rm43,268 moz mo1z mo1l mo6g mo27 mo1c mo2s moz mo1o mo21 mo1l " +
  "mo6g mo2b mo1c mo6e mo1s mo1o fo1 moy mo21 mo1t mo6o mo2b mo1c mo5d mo1s mo1q moy mo23 mo1t mo6o mo33 mo1k mo72 mo2l " +
  "mo1s mo1f fo1 mo1p mo10 mo1m mo2j mo3c mo6w mo1s mo1g fo1 mo1n fo1 mo1u moy mo1n mo20 mo31 mo7c mo1f mo1c mo7c mo1c moy " +
  "mo1m mo1z mo1c mo5s mo2b mo1c mo61 mo1s mo1r moy mo24 mo1t mo6o mo2b mo1c mo6a mo1s mo1o moy mo21 mo6o mo1k moa8 mo1m " +
  "fo1 mo1s fo1 mo1p fo1 mom7 moiw mo1f mo1k mo1r mo20 mo1j mo5s mo6b mo1k mo4q mo1t moy mo2d mo1b mo60 mobp mo1k mo8w mo3c " +
  "mo1r mo20 mo1g fo1 mo11 mo1q mo1y mo7m mo1f mog0 mo9x rm35,2gw mo2w mo8w mo20 mo20 mo1h mo2w mo1n fo1 mo1g fo1 mo1p mo20 " +
  "mo1j mo1g fo1 mo11 mo24 mo5z mo1l moe8 mobv mo3k mo8t mo22 mo2c mo2d mo2e mo27 mo28 mo20 mo1m mo1m mo11 mo1x mo7c mog8 " +
  "mo4b mo20 mo77 mo20 mo1h fo1 mo1k moz mo24 mo27 mo8o mo4p mo28 mo4y mo1q mo1s mo1k mo1r moz mo21 mo2m mo8w mo1d mo1c moy " +
  "mo1q mo1y mo18 mo5k mo1d moy mo1s mo17 mo5k mo5k mo1n mo89 moao mo8x mo40 mo2o mo1k mo1o fo1 mobn mo28 mode mo1v mo3c " +
  "mo1s mo1l mo10 mo1l fo1 mo1x mo67 mog0 mo23 mo1c mo2j mo1k moy mo1j mo1v mo1h mo6g mo1r mo1c mo69 mo1k mo1u moy mo20 " +
  "mo1h mo60 mo33 mo1k mo6f mo1t mo1s mo10 mo2i mo20 mo60 moy mo1z mo26 mo7c mo27 mo1s mo1s moy mo1y mo1r mo6g mo1r mo1c " +
  "mo66 mo1k mo1v moy mo21 mo1h rm3q,2tc mo60 mo1v mo1c mo5x mo1k mo1x moy mo23 mo1h mo68 mo1r mo1c mo5a mo1k mo1u moy mo20 " +
  "mo1h mo60 mo1r mo1c mo5f mo1k mo1v moy mo22 mo1h mo60 mo4w mo1m fo1 mo9m mod4 mo5v mo3s mo75 mo1s mo1c mo2o mo20 mo1h " +
  "fo1 mo11 mo1z mo3o mobc mo1n mo1k moy mo1z mo1a mo60 mo2z mo1s moy mo1y mo24 mo7c mo53 mo28 mo1s mo1q mo10 mo1x mo3q " +
  "mo1c mo9c mo69 mo28 mo1s mo1p mo10 mo1x mo4b mo1e moag mo3t mo2g moy mo1z mo21 mo80 mo23 mo1k moy mo1t mo1f mo6g mo2z " +
  "moy mo25 mo25 mo7c mo2z mo1s moy mo23 mo25 mo7c mo2z mo1s moy mo24 mo25 mo7c mo7q moa8 mo3j mo2o moba moev mo28 mo18i " +
  "mo1x mo1x mo1c mo1c moy mo1l mo2f mo1f mo68 mo3k mo2g mo13 mo1x mo8a moj4 mo3x mo1k mo6i mo1q mo20 moy mo1y mo2x mo88 " +
  "mo1c mo3k mo3w mo7s mocv mo5c mo1r mo1r mo1o mo1o mo1m mo1n mo1q mo1p mo1r mo1p mo1r mo1q mo1s mo1r mo1o mo1v mo1k mo3s " +
  "mo9l moh4 mo8b mo5k mo1k rm4l,37k mo4q mo1z fo1 mo9j mo2w mo11 mo1y mo5s mods mo18d mo5k mo8a mo29 mo1f mow mo2a mo29 " +
  "mo2p mo2q mo2o mo2l mo3k mo1q mo1q mo48 mo1i fo1 mo1n mo1l mo1n mo1n mo1l mo1l mo1q mo1b mo24 mosl mo2a mo1co mo6h mo28 " +
  "mo9j mo28 mo2d mo28 mo1o mo1n fo1 mo1s mo1n mo10 mo1y mo3x moao mo7p mo2g moet mo1k mo1m fo1 mo34 mo1k mo1z mo1x mo1u " +
  "mo1s mo1i fo1 mo1j mo1x mo16 mo1u mo22 mo7b moc0 mo7x mo34 mo9p mo22 mo1i mo31 mo1s mo1c mo1s mo1k mo10 mo1n mo2o mo2d " +
  "mo7c mo2o mo20 mo11 mo24 mo4m moc8 moe1 mo2w mo65 mo23 mo1c mo10 mo2x mo1y mo6g mo3k mo28 mo12 mo2d mo6y moi8 mo4b mo2o " +
  "mo4y mo1m mo1s mo1k fo1 mo1k mo1q moz mo21 mo2m mo8o mo47 mo20 mo7i mo23 mo1k mo1m fo1 mo20 mo1g fo1 mo1l mo11 mo1s mo20 " +
  "mo3i mo8g mo1d moy mo1y mo5k mo1d moy mo1s mo5k mo6w mo1n mo1m fo1 moaj moco mobv mo5s mo2o mo1s mo1m moe3 mo2g mofp " +
  "mo3s mo10 mo1x mo7d moig mo41 mo1k mo1s mo1s mo10 mo1w mo2c mo88 mo2h mo1s moy mo1x mo1m mo6o mo5f mo1s mo28 mo1k fo1 " +
  "mo20 mo11 mo1v mo34 mo9s mo29 moy mo1z mo1k mo6g mo1d mo1c mo6x mo1c moy mo1x mo19 mo5k mo23 rm5g,3nk mo1k moy mo1v mo6g " +
  "mo1r moy mo21 mo60 mo33 mo1k mo1t mo1s mo10 mo2j mo20 mo60 mo1s mo1v moy mo20 mo26 mo7c mo1r moy mo22 mo60 mo1r mo1c " +
  "mob5 mo1k mo1v moy mo1q mo22 mo1h mo60 mo3z mo1s mo8o mo1t mo10 mo2i mo60 mo28 mo1o mo1k moz mo1z mo2t mo88 mo1f mo1c " +
  "mo6i moy mo1y mo5s mo1l mo1k moy mo23 mo1d mo5s mo1l mo1k fo4fb fo4f9 fo4fd mow fo4f8 fo4f7 fo1 fo4f6 fo4fd moy mo20 " +
  "mo5s mo35 mo28 mo6f mow moy mo20 mo28 mo7c mo4n mo2g mo7g mow moy mo1j mo1v mo33 mo8w mo3b mo2g mo73 mow moy mo1m mo1y " +
  "mo2c mo7k mo74 moy mofk mog8 mo7d mo40 mo75 mo2o mo11 mo1z mobc mo1n moy mo1z mo60 mo3d mo1s mo1k moz mo1y mo23 mo7k " +
  "mo53 mo28 mo10 mo1x mo9c mo5z mo28 mo10 mo1x mo4b mo1e moa8 mo3t moy mo1z mo80 mo23 mo1k moy mo1t mo6g mo2z moy mo25 " +
  "mo7c mo2z moy mo23 mo7c mo2z moy mo24 mo7c mo29 mo1k mo1s moy mo25 mo1l mo6g mo29 mo1s moy mo22 mo1l mo6g mo5s moy mo9t " +
  "mobk mo2j mo2w mobr moev mo28 mo107 mo1x moy mo2f mo68 mo3k mo13 mo1x mo89 moj4 mo63 mo1s mo5v mo11 mo1u mo41 moag mo2b " +
  "mo1s moy mo22 mo1t mo6o mo3c mo3p mo6w moh9 mo7k mo1r mo1m mo1l mo1k mo1j mo1q mo1l mo1m mo1o mo1q mo1p mo1l mo1h mo1k " +
  "mo1k mo1k mo1k mo1l mo1l mo1l mo1l mo1l mo1l mo1l mo1l mo1l mo1l mo1m mo34 moc5 molk mo9c mo1o fo1 mo1r fo1 mo1l movx " +
  "moo0 fo13 fo1c fo1j fo1s fo1v fo1y fo28 fo2f fo2j fo2n fo2r fo2w fo30 fo37 fo3c fo3j fo3n fo3s fo3u fo47 fo4g fo4o fo4u " +
  "fo50 fo56 fo5h fo5k fo5u fo5y fo6a fo6c fo6g fo6m fo6u fo6z fo78 fo7e fo7m fo7u fo7z fo88 fo8c fo8q fo92 fo9e fo9h fo9x " +
  "foa2 foal foaz fobs foby foc4 focq fod3 fodh fodl fodo fodw foe2 foe7 foed foej foes fof1 fof7 fofd fofn fofp fog2 fogb " +
  "fogk fogu foh1 fohb fohe fohn fohw foi8 foid foim foit foj4 foje foju fokd fokq fokv foky fol4 folj fols fom1 fomj fomm " +
  "fomv fon4 fonc fonl fonw foo5 foog fop0 fop8 fopi foq1 foq7 foqe foqn foqu for2 for9 forf forn forw fos4 fosa fosh foso " +
  "fosz fot6 fotk fots fotw fotz fouq fouw fov2 fovb fovj fovs fovx fow4 fowc fowm fowt foww foxb foxo foy1 foyg foyr foz9 " +
  "fozl fozx fo108 fo10k fo10v fo114 fo11g fo11j fo11v fo12f fo130 fo13q fo144 fo14l fo150 fo158 fo15l fo15x fo16b fo16p " +
  "fo16v fo176 fo17b fm6l mo1c fo18d fo18o fo18u fo17u fo17o fo17m mo1k mo48 mob4 fo1a5 mo48 mo20 fo1 mo1s mo3c mo1s moqo " +
  "mo12 mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fog mo48 mo1c mo20 fo1 mo3c moqo mo12 mo28 mo1s mo1o fo1 " +
  "mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc fo15 mo48 mo48 mo48 mo48 mo48 mo20 " +
  "fo1 mo48 mo1c mo28 mo48 mo28 mo5s mo48 mo28 mo48 mo28 mo48 mo48 mo48 mo1c mo1s mob4 fob mo48 mo1c mo1s mo1s mo48 mo1c " +
  "mo1s mo1s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mob4 mo1s moqo moi mo1k mow mo28 mob4 " +
  "mo1s mo20 mo1k fo2 mo20 fo1 mo20 fo1 mo20 fo1 fo7 mo1k mo20 fo2 fo1 fo13 fo1k mo48 mo1c mo20 fo1 mo14 mo3c mo48 mo48 " +
  "mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1c mo48 mob4 moqo mo3l mo1s mow mo28 mo1s mo4g mob4 mo1s fo2 " +
  "mo1k mo20 fo2 fo1 foi fov mo14 mo1c mo48 mo20 mo60 fo2 fo3 mo1s fo1 mo1c mo1c fo1 mo1c fo1 mo1c fo1 fo4 foa fo6 mo48 " +
  "mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1c mo1k mm7c mo1s mrw mo48 mo1k mm74 " +
  "mo1s mrw mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 molc fos mo48 mo48 mo48 mo48 mo48 mo28 mo48 " +
  "mo1c mo1s mo48 mo48 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 molc mo1s moqo mo3i mo1s mo1s mo1l fo1 " +
  "mo1s mo1o fo1 mow mo28 molc molc mo1s mo1s fo1 mo1s fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 " +
  "mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 foh mo1k mo20 fo2 fo1 fo1j fo2l mo14 mo48 mo20 mo60 fo2 fo3 mo1s " +
  "fo1 mo1c mo1c fo1 mo1c fo1 mo1c fo1 fo4 fo9 fo6 mo48 mo20 fo1 mo3c mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 " +
  "molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh mo48 mo20 fo1 mow mow fo2 mow fo2 mo5s mo48 mo48 mo1c mo1c mo1s mo1s mo48 mo1c " +
  "mo1s mo1s mob4 foc mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo48 mo28 mo48 mo28 mob4 mo1s moqo mo3e mo1k " +
  "mow mo28 mob4 mo1s mo20 mo1k fo2 mo20 fo1 fo5 mo1k mo20 fo2 fo1 fou fo1a mo48 mo20 fo1 mo3c mo48 mo48 mo1c mo28 mo5s " +
  "mo48 mo28 mo14 mo14 mo1k mo48 mo48 mo20 mo4o mo1k mo48 mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 fod mo28 mo14 mo14 " +
  "mo48 mo48 mo4o mo1k mo48 mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 foc mo28 mo48 mo28 mo48 mo28 mob4 fo14 mo48 mo28 " +
  "mo48 mo28 mob4 cm1,8 fm1 mors mo1c mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mo1s mo1g fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g " +
  "mow mo1s mo4g mob4 mo1s mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 foa mo1k mo20 fo2 fo1 " +
  "fo11 fo2b mo48 mo1c mo20 fo1 mo48 mo48 mo1c mo1k mm6w mo1s mrw mo48 mo48 mo5s mo48 mo48 mo48 mo28 mo48 mo28 mob4 fo8 " +
  "mo48 mo28 mo48 mo28 mob4 moqo mo2g mo1s mo1l fo1 mow mo28 mo1s mo4g molc mob4 mo1s mo1s fo1 mo20 fo1 mo20 fo1 mo20 fo1 " +
  "mo20 fo1 fo7 mo1k mo20 fo2 fo1 foo fo17 mo48 mo20 fo1 mo48 mo14 mo14 mo1k mo48 mo48 mo4o mo1k mo48 mo1s mo3c mo1c mo1s " +
  "mo5s fo3 mo1c mo1s mo1s fo3 fod mo28 mo5s mo5s moqo mo9y mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mo1s mo1l fo1 mo1s mo1o " +
  "fo1 mow mo28 mow mo1s mo4g molc mo5s mo1s mo20 fo1 fo3 mo1k mo20 fo2 fo1 foo fo18 mo48 mo20 fo1 mo1k mm7c mo14 mo1s fo1 " +
  "mo1c cmc,8 mo1o mo1f mo1c fo1 fm4 mo1c mo1c mo1s fo1 cmc,8 mo1g mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 " +
  "mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mow fo2 mo1c mo1c fo1 mow fo1 fos fow " +
  "mo1k mm74 mo14 mo1s fo1 mo1k cmc,8 mo1m mo1c fo1 fm3 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos " +
  "fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mow fo2 mo1c mo1c fo1 mow fo1 " +
  "fop fot mo1k mm6w mo14 mo1s fo1 mo1k cmc,8 mo1m mo1c fo1 fm3 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos " +
  "fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mow fo2 mo1c mo1c fo1 " +
  "mow fo1 fop fot mo1k mm6o mo14 mo1s fo1 mo1k cmc,8 mo1n mo1f mo1c fo1 fm4 mo1c mo1s fo1 cmc,8 mo1g mo1f mo20 mo1s mo1c " +
  "mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mow " +
  "fo2 mo1c mo1c fo1 mow fo1 for fov mo5s mo1k mm6g mo14 mo1s fo1 mo1k cmc,8 mo1k mo1c fo1 fm3 mo1c mo1s fo1 cmc,8 mo20 " +
  "mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mos fo1 fo2 foa fo8 fo9 fo7 fmb mo1s fo1 mo1c fo1 mos fo1 foi fom " +
  "mo1k mm68 mo14 mo1s fo1 cmc,8 mo1l mo1c fo1 fm3 mo1c mo1s fo1 cmc,8 mo1f mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos " +
  "fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mo1c fo1 mos fo1 foj fom mo1k mm60 mo14 mo1s fo1 cmc,8 mo1m mo1c fo1 " +
  "fm3 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob fmc " +
  "mo1s fo1 mo1c fo1 mow fo1 foj fom mo1k mm5k mo14 mo1s fo1 cmc,8 mo1o mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo1g mo20 mo1s " +
  "mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mow fo1 foi foj fom mo1k " +
  "mm5c mo14 mo1s fo1 cmc,8 mo1n mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo1f mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 " +
  "mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mow fo2 mo1c mow fo1 fop fos mo1k mm54 " +
  "mo14 mo1s fo1 mo1k cmc,8 mo1m mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 " +
  "mow fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow fo1 mow mo1c mo5s mow fo1 fop fot mo1k mm4w mo14 " +
  "mo1s fo1 mo1k cmc,8 mo1o mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 " +
  "mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mos fo1 mow mo1c mow fo1 mo1s foq fou mo1k mm4o " +
  "mo14 mo1s fo1 mo1k cmc,8 mo1m mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 " +
  "mow fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow fo1 mow mo1c mow fo1 foo fos mo1k mm4g mo14 mo1s " +
  "fo1 mo1k cmc,8 mo1o mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow " +
  "fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mow fo1 foi foj fon mo1k mm48 mo14 mo1s fo1 cmc,8 mo1n mo1f fm3 mo1c mo1s fo1 " +
  "cmc,8 mo1g mo1f mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 " +
  "mo1s fo1 mos fo1 mo1s fo1 mow mow fo2 mo1c mow fo1 fop fos mo1k mm40 mo14 mo1s fo1 mo1k cmc,8 mo1p mo1f fm3 mo1c mo1s " +
  "fo1 cmc,8 mo1g mo1f mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fod " +
  "fme mo1s fo1 mow fo1 foj fok foo mo1k mm3k mo14 mo1s fo1 cmc,8 mo1o mo1f fm3 mo1c mo1s fo1 cmc,8 mo1g mo1g mo20 mo1s " +
  "mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fmd mo1s fo1 mow fo1 foi foj fom mo1k " +
  "mm3c mo14 mo1s fo1 cmc,8 mo1m fm2 mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow " +
  "fo2 foa fo8 fo9 fo7 fob fmc mo1s fo1 mow fo1 foh fok mo1k mm34 mo14 mo1s fo1 cmc,8 mo1s mo1f fm3 mo1c mo1s fo1 cmc,8 " +
  "mo1g mo1g mo1g mo1g mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 foa fo8 fo9 fo7 fob foc fod foe fmf " +
  "mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mos fo1 mow mo1c mow fo1 mo48 cme,8 mo1k mm2w mo14 mo1s fo1 mo1k mo1k cmc,8 mo1m fm2 " +
  "mo1c mo1s fo1 cmc,8 mo1g mo20 mo1s mo1c mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mow fo2 fob fo8 foa fo7 foc fmd " +
  "mo1s fo1 mow fo1 foi fon mo1c mo1s fo1 cmc,8 mo20 mo1s mo1c mo1c mos fo1 mos fo1 mos fo1 mos fo1 mo11 mos fo1 fo2 foa " +
  "fo8 fo9 fo7 fmb mo5s moqo mo1s mo1l fo1 mo1s mo1o fo1 mob4 fo7 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foc1 fofo " +
  "mo48 mo20 fo1 mow mow fo2 mo14 fo2 mo1c fo2 mo18 fo2 mo5s mo60 mo1c mme8 mm1kw fm2 fo3 mo48 mo1c mo1s mo1s mob4 foa mo48 " +
  "mo1c mo1s mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo1c mo1s mo3c mo1s mo48 mo48 mo48 mo1c mo1s mo3c " +
  "mo1s mo48 mo28 mo48 mo28 mob4 mo1s moqo mo3e mo1k mow mo28 mob4 mo1s mo20 mo1k fo2 mo20 fo1 fo5 mo1k mo20 fo2 fo1 fo19 " +
  "fo1p mo48 mo20 fo1 mo14 mo3c mo48 mo48 mo5s mo48 mo1c mo48 mo48 mo48 mo1c mo28 mo48 mo28 mob4 fob mo48 mo28 mo48 mo28 " +
  "mo48 mo28 mo48 mo28 mo14 mo14 mo1k mo48 mo48 mo4o mo1k mo48 mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 foc mo28 mo48 " +
  "mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 molc fo12 molc cm2,8 fm1 mosw mo1c mmo cm1,8 mmc rm2,1s fm2 fm4 " +
  "mo28 fm2 mo1s mo1g fo1 mo1s mo1m fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g mow molc mo1s mo20 mo1k fo2 mo20 fo1 mo20 fo1 mo20 " +
  "fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fog mo1k mo20 fo2 fo1 fo13 fo2k " +
  "mo48 mo20 fo1 mo14 mo48 mo48 mo1c mo1k mm6o mo1s mrw mo48 mo48 mo5s mo48 mo48 mo48 mo1c mo28 mo48 mo28 mob4 fo9 mo48 " +
  "mo28 mo48 mo28 mo48 mo28 mo48 mo28 mob4 moqo mo2g mo1s mo1l fo1 mow mo28 mo1s mo4g molc mob4 mo1s mo1s fo1 mo20 fo1 mo20 " +
  "fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fo9 mo1k mo20 fo2 fo1 fou fo1e mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo28 mo5s moqo " +
  "moaf mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mow molc mo5s mo1s mo20 mo1k fo2 fo4 " +
  "mo1k mo20 fo2 fo1 fop fot mo48 mo20 fo1 mo1k mm7c mo14 mo1s fo1 cmc,8 mo1j mo1f mo1c fo1 fm4 mo1c mo1k mo1c mo1c fo1 " +
  "mo1c fo1 mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 " +
  "fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo3c mo1c fo1 mo18 fo1 fow foz mo1k mm74 mo14 mo1s fo1 " +
  "mo1k cmc,8 mo1j mo1c fo1 fm3 mo1k mo1c fo1 mo1c fo1 mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c " +
  "fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo1c fo1 " +
  "mo18 fo1 fos fow mo1k mm6w mo14 mo1s fo1 mo1k cmc,8 mo1g mo1g mo1c fo1 fm4 mo1k mo1c fo1 mo1c fo1 mo1s fo1 cmc,8 mo1c " +
  "mo1c fo2 fo1 mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos fo1 fo4 fma mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mos " +
  "fo1 mo18 mo1k mo1c fo1 mos fo1 mo48 mo1k mm6o mo14 mo1s fo1 mo1k cmc,8 mo1f mo1g mo1c fo1 fm4 mo1k mo1c mo1c fo1 mo1c " +
  "fo1 mo1s fo1 cmc,8 mo1c mo1c fo2 fo1 mo1c mo1c fo2 fo1 mo1c mo1c fo2 fo1 fm7 mo1s fo1 mo1c fo1 mos fo1 mo48 foi mo1k " +
  "mm6g mo14 mo1s fo1 cmc,8 mo1n mo1f mo1c fo1 fm4 mo1k mo1c fo1 mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 fo1 " +
  "mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 mow fo2 mo1s fo1 mo1c fo1 mos fo1 mow fo5 mo10 fo2 mo1s fo1 mo1c fo1 mos fo1 " +
  "mow fo5 fof fol fmm mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mow mo18 fo2 mo1k mo1c fo1 mow fo1 fo11 fo14 mo1k mm68 mo14 mo1s " +
  "fo1 mo1k cmc,8 mo1i mo1f mo1c fo1 fm4 mo1k mo1c fo1 mo1s fo1 cmc,8 mo1g mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c " +
  "fo1 mos fo1 fo4 mo18 mo1c mo1c fo2 fo1 fob fmc mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo10 mo18 fo2 mo1k mo1c fo1 mo18 fo1 " +
  "for fov mo1k mm60 mo14 mo1s fo1 mo1k cmc,8 mo1j mo1f mo1c fo1 fm4 mo1k mo1c fo1 mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 " +
  "mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 " +
  "mo18 mo18 fo2 mo1k mo5s mo1c fo1 mo18 fo1 fot fox mo1k mm5k mo14 mo1s fo1 mo1k cmc,8 mo1l mo1f fm3 mo1k mo1s fo1 cmc,8 " +
  "mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 mow fo2 mo1s fo1 mo1c fo1 mos fo1 mow fo5 foa mo18 " +
  "fo2 mo1c mo1c fo2 fo1 foh fmi mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo14 mo18 fo2 mo1k mo18 fo1 fou foy mo1k mm5c mo14 mo1s " +
  "fo1 mo1k cmc,8 mo1n mo1f fm3 mo1k mo1s fo1 cmc,8 mo1h mo1g mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 " +
  "mow fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 foa mo18 fo2 mo1c mo1c fo2 fo1 foh foi fmj mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 " +
  "mo14 mo18 fo2 mo1k mo18 fo1 fov foz mo1k mm54 mo14 mo1s fo1 mo1k cmc,8 mo1m mo1f fm3 mo1k mo1s fo1 cmc,8 mo1h mo1f mo1c " +
  "mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 mow fo2 mo1s fo1 mo1c fo1 mos fo1 mow fo5 foa mo18 fo2 mo1c " +
  "mo1c fo2 fo1 foh foi fmj mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo18 fo1 fov foz mo1k mm4w mo14 mo1s fo1 " +
  "mo1k cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 " +
  "mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo18 fo1 foo fos mo1k mm4o mo14 mo1s fo1 " +
  "mo1k cmc,8 mo1j mo1f fm3 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 " +
  "fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi foj fon cma,8 mo1k mm4g mo14 mo1s fo1 mo1k cmc,8 mo1f fm2 mo1k mo1s " +
  "fo1 cmc,8 mo1c mo1c fo2 fo1 mo1c mo1c fo2 fo1 mo1c mo1c fo2 fo1 fm7 mo1s fo1 mos fo1 foc fog mo1k mm48 mo14 mo1s fo1 " +
  "cmc,8 mo1i fm2 mo1k mo1s fo1 cmc,8 mo1g mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos fo1 fo4 mo18 mo1c mo1c fo2 " +
  "fo1 fob fmc mo1s fo1 mo18 fo1 foh fok mo1k mm40 mo14 mo1s fo1 cmc,8 mo1i fm2 mo1k mo1s fo1 cmc,8 mo1g mo1c mo1c fo2 fo1 " +
  "mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm3k " +
  "mo14 mo1s fo1 cmc,8 mo1i fm2 mo1k mo1s fo1 cmc,8 mo1g mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 " +
  "mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mob4 fo79 mo18 fo1 fop fos mo1k " +
  "mm3c mo14 mo1s fo1 mo1k cmc,8 mo1i fm2 mo1k mo1s fo1 cmc,8 mo1g mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos " +
  "mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo18 fo1 foo fos " +
  "mo1k mm34 mo14 mo1s fo1 mo1k cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 " +
  "mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo18 fo1 foo " +
  "fos mo1k mm2w mo14 mo1s fo1 mo1k cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c " +
  "fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 mo18 mo18 fo2 mo1k mo18 fo1 " +
  "foo fos mo1k mm2o mo14 mo1s fo1 mo1k cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 " +
  "mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi fom mo1k mm2g mo14 mo1s fo1 cmc,8 mo1j " +
  "fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 " +
  "fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm28 mo14 mo1s fo1 cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 " +
  "mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm20 " +
  "mo14 mo1s fo1 cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 " +
  "mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm1k mo14 mo1s fo1 cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 " +
  "mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 " +
  "fo1 foi fol mo1k mm1c mo14 mo1s fo1 cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 " +
  "mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm1c mo14 mo1s fo1 cmc,8 mo1j " +
  "fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 " +
  "fo1 foc fmd mo1s fo1 mo18 fo1 foi fol mo1k mm1c mo14 mo1s fo1 cmc,8 mo1j fm2 mo1k mo1s fo1 cmc,8 mo1h mo1c mo1c fo2 fo1 " +
  "mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo1s fo1 mos fo1 mo1s fo1 " +
  "mo18 mo18 fo2 mo1k mo18 fo1 foo for cmf,8 mo5s mo1k mm1c mo14 mo1s fo1 mo1k mo1k cmc,8 mo1j mo1f fm3 mo1k mo1s fo1 cmc,8 " +
  "mo1h mo1c mo1c fo2 fo1 mo1c mo1c fo2 mo1s fo1 mo1c fo1 mos mow fo2 fo5 mo18 fo2 mo1c mo1c fo2 fo1 foc fmd mo1s fo1 mo18 " +
  "fo1 foi foj foo mo5s moqo mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fo14 fomu fo1m8 " +
  "fo1mk fo1ml fo1mm fo1mn fo1mo fo1mp fo1mq fo1mr fo1ms fo1mt fo1mu fo1mv fo1mw fo1mx fo1my fo1mz fo1n0 fo1n1 fo1n2 fo1n3 " +
  "fo1n4 fo1n5 fo1n6 fo1n7 fo1n8 fo1n9 fo1na fo1nc fo1mi fo1mh fo1nf fo1ne fo1oc fo1ob fo1oa fo1o9 fo1u8 fo1q8 fo1q7 fo1q6 " +
  "fo1q5 fo1ue fo1ub fo1ua fo1yi fo1yj fo1yk fo1yl fo1ym fo1yn fo1yo fo1yp fo1yq fo1yr fo1ys fo1yt fo1yu fo1yv fo1yw fo1yx " +
  "fo1yg fo1yf fo1z2 fo1z1 fo200 fo1zz fo221 fo220 fo24p fo24o fo27a fo279 fo2g8 fo27k fo27g fo27f fo2gc fo2gb fo2ga fo2j8 " +
  "fo2j7 fo2t0 fo2t7 fo2t6 fo2tk fo1mg fo1md fo1mc fo1mb mow mo20 mo20 fo2 fo2zm fo1 fo3 fo2zn fo2zp fr2zs fo2zt fr2zq " +
  "fo2zr fm2zu fo2zv fm301 fo302 fo2zz mm4w mo1k mm4g mo1k mm5s mo1k mm3k mo1k mm28 mo1k mm34 mo1k mm34 molc fo30o mo1k mmw " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo3c mo1k moqo mo1r mo1k mow mo28 mo3c mo1k mo20 fo2 fo1 fod mo48 mo20 fo1 " +
  "mo48 mo3c moqo mo1r mo1k mow mo28 mo3c mo1k mo20 fo2 fo1 foc mo48 mo20 fo1 mo48 mo1c mo28 mo48 mo28 mo5s mo48 mo28 mo48 " +
  "mo28 mo1c mo1i fo1 mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo5s mo1s moqo mo21 mo1k mow mo28 mo5s mo1s " +
  "mo20 mo1k fo2 mo20 fo1 mo20 fo1 mo20 fo1 fo7 mo1k mo20 fo2 fo1 fov fo12 mo48 mo20 fo1 mo48 mo28 mo48 mo28 mo3c moqo mmo " +
  "cm1,8 mmc rm2,1s fm2 fm4 fm1 mo5s mow mo28 mo1s mo4g mow mo1s mo4g mo5s mo1s mo20 mo1k fo2 mo20 fo1 fo5 mo1k mo20 fo2 " +
  "fo1 for mo48 mo20 fo1 mo48 mo28 mo48 mo28 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 fm1 mo5s mow mo28 mow mo1s mo4g mo5s " +
  "mo1s mo20 mo1k fo2 mo20 fo1 fo5 mo1k mo20 fo2 fo1 fop mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 cmc,8 mo1g mo1l mo1c " +
  "mo1c mo1k mm1s rm1,1s fo5 fo4 fm8 cm1,8 mo1k mmo fm3 mo1c fm2 fo1 mo60 mo1c fo1 mo1c mo1c ro1s0,1k fo3 fo2 fma mo1q mo48 " +
  "mo1c mo5s mm1s mo1j mo1o fo5 fo6 rm3,1s mo1w fo3 fo4 fm2 fo6 mo1x fo2 mo1y fo2 mo28 mo20 mo1s mo32 mmo mm6cg mm274 mm1r " +
  "rm1,1q mm6 mm48 mm8 cm1,1c mm4g mo13 rm-,w mm8 rm6,g cm1,1c mo11 mo1h fo1 rm4,w cm1,1c cm1,1c mo10 rma,1s mo1g fo1 " +
  "rm6,1s cm1,1c cm1,1c cm1,1c cm1,1c rmg,g mo15 mo1l fo1 rma,3k mo1l fo1 rm5,w fm1 mm8 mo1h fo1 mo1g fo1 rm3,g mo1l fo1 " +
  "mo1l fo1 rm3,w fm1 mm8 mo1h fo1 mo1g fo1 rmd,5c rm4,g mo1l fo1 mo1l fo1 rm3,w fm1 mm8 fm1 mm8 mo1h fo1 mo1g fo1 rm3,g " +
  "mo1l fo1 mo1l fo1 rm3,w fm1 mm8 fm1 mm8 mo1h fo1 mo1g fo1 rmh,74 rm4,g mo1l fo1 mo1l fo1 rm3,w fm1 mm8 fm1 mo17 mo1n fo1 " +
  "rm1a,3k cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo11 mo1h fo1 rmj,8w mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 " +
  "mm8 fm1 mm8 fm1 mo1h fo1 mm8 mo10 mo1g fo1 mo1g fo1 rmc,bk mo1g fo1 mm8 fm1 mm8 fm1 mm8 fm1 mo15 mo1l fo1 mo1l fo1 mo1l " +
  "fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 rm10,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo1g fo1 mo1l fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm14 mo1n fo1 mm8 fm1 mm8 fm1 mm8 " +
  "fm1 mm8 fm1 mm8 fm1 fm3i fm3c fm38 fm37 fm32 fm31 fm30 fm2z fm1s fm1r fm1q fm1p fm1o fm1n fm1m fm1l fms fmr fmq fmp fmo " +
  "fmn fmm fml fmk fmj fmi fmh fmg fmf fme fmd fmt fm3h fm3k fm3l fm3m fm3o mo1s mo8 mm28 mo1s mow mo3c mo1s mo1k mo1k mo4g " +
  "rm-,w mow mo3c mo1s mo1k mo1k rm-,w rm-,w rm8,w fm1 mo60 mo60 mo60 mo1s mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo1s " +
  "mo60 mo60 mo60 mo60 mow mow mow mow mow mo1s fo1 fo2 foc fo8 foa fo9 fo7 fof foe fod mow mo1s fo1 fo2 fon foj fol fok " +
  "foi fop foo co1,m0 mow fo1 mo1k mo1s mo1s mo1s co1,1k cog,14 co1,m0 mow fo1 mo1s mo1s cm4,8 fm1 mo1s cm4,8 fm1 mo1s mo1s " +
  "mo1c rm-,w co1,1k cog,14 mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 mo4g ro2,1h mo1k " +
  "roc,1z mo1k mo1k mo1c mo1c mo1k mo10 mo1k mo80 foc mo68 fmj fop foq foo fo11 fos fmr mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 " +
  "mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 mo1k ro2,1b rob,15 mo1k mo1k mo1c mo1c mo1k mofs fom mo1k mo5c fmh fo1o fo1p " +
  "fom fo1v fo2z fm2n fo2y fo2s fo23 fo22 fo21 fo20 fm2m fo2r fo2u fm31 fo32 fow fo9 fo3 mo1p fo1 mo48 mo48 fo2 fod fo4 " +
  "fm6v fo47 fo4f fo4q fo51 fo63 fo6c fo6h fo6m fm4c fm6w mo2r mo48 mo1c mo2z mo48 mo3g mo48 mo48 mo48 mo2g mo1c mo1x mo1v " +
  "mo1y mo1y mo1x mo24 fo7 mo24 mob4 mo20 mo1c mos mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c fo9 foa mob4 " +
  "moqo mos mo1c mo1s mow mo28 mob4 fo1 mo1k mo20 fo2 fo1 mo54 fo8u fo8v fo8k fo8f fo81 fom mo14 mo14 mo14 mo14 mo14 mo14 " +
  "mo14 mo14 mo14 cmc,8 mo1j mo1j mo1h mo1i mo1l mo1c mo1c mo1k mm1s mo1c fo5 fo4 fmb cm1,8 mm1c fm2 mo1c fm2 fo1 mo60 mo1c " +
  "mme8 fo2 mo1c mo1c mo3c ro1,28 fo4 fo3 fmc mo2e mo48 mo1c mo5s mm1s mo1m mo1m mo1k mo1l mo1o fo8 fo9 mo2t fo2 fo3 fo4 " +
  "fo5 fo6 fm7 fo8 mo2u fo2 mo2v fo2 mo1z mo4e mmo mm6cg mm274 mm33 rm1,32 mm6 mm48 mm8 cm1,1c mm4g mo13 rm-,w mm8 rm6,g " +
  "cm1,1c mo11 mo1h fo1 rm4,w cm1,1c cm1,1c mo13 rma,1s mo1j fo1 rm6,1s cm1,1c cm1,1c cm1,1c cm1,1c rmg,g mo13 mo1j fo1 " +
  "rma,3k rm4,w mo11 mo1h fo1 rmc,3k cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo12 mo1i fo1 rme,1s mo15 " +
  "rmh,5c mo1l fo1 mo1l fo1 fm5 mm8 mo1h fo1 mo1j fo1 rm3,g mo1j fo1 rm2,w mo1h fo1 mo1i fo1 rmb,74 rm4,1s mo1l fo1 mo1l " +
  "fo1 fm3 mm8 mo1h fo1 mo1j fo1 rm3,g mo1j fo1 rm2,w mo1h fo1 mo1i fo1 rm3,1s mo1l fo1 rme,8w mo1l fo1 fm4 mm8 fm1 mm8 " +
  "mo1h fo1 mo1j fo1 rm3,g mo1j fo1 rm2,w mo1h fo1 mo1i fo1 rm3,1s mo1l fo1 mo1l fo1 rme,bk fm4 mm8 fm1 mm8 mo1h fo1 mo1j " +
  "fo1 rm3,g mo1j fo1 rm2,w mo1h fo1 mo1i fo1 rm3,1s mo1l fo1 mo1l fo1 fm3 mm8 fm1 mo17 mo1n fo1 mo11 mo1h fo1 rmi,e8 " +
  "rm1z,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1h fo1 mm8 mo13 mo1j fo1 mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 " +
  "mo13 mo1j fo1 rmz,gw mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 mo11 mo1h fo1 mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 mm8 " +
  "fm1 mo12 mo1i fo1 mo1i fo1 rmh,kg mo1i fo1 mm8 fm1 mm8 fm1 mm8 fm1 rmg,g mo15 mo1l fo1 mo1l fo1 mo1l fo1 mm8 fm1 mm8 fm1 " +
  "mm8 fm1 rm8,w fm1 mo1j fo1 mo1j fo1 mm6cg mm8 mo1h fo1 mo1i fo1 rm3,g mo1l fo1 rm2,w fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm1h " +
  "mo1n fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm51 fm4v fm4r fm4q fm4l fm4k fm4j fm4i fm49 fm48 fm47 fm46 fm45 fm44 " +
  "fm43 fm42 fm2a fm29 fm28 fm27 fm26 fm25 fm24 fm23 fm22 fm21 fm20 fm1z fm1y fm1x fm1w fm1v fm2b fm50 fm53 fm54 fm55 fm57 " +
  "mo8 mm28 mow mo3c mo4g rm-,w mow mo3c rm-,w rm-,w rm1,1s mo5s rm7,w fm1 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 " +
  "mo60 mo60 mo60 mo60 mo60 mme8 mo5s mm74 mo60 mow mow mow mow mow mow mow mow mo1s fo1 fo2 foc fmd foh fmb foe fog fof " +
  "foa fok foj foi mow mo1s fo1 fo2 for foo foq fop fon fot fos co1,m0 mow fo1 mo1s co1,1k cog,14 co1,m0 mow fo1 mo1s mo5s " +
  "mo1s cm7,8 fm1 mo1s cm7,8 fm1 mo1s mo1s mo1c rm-,w co1,1k cog,14 mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 " +
  "mm4w fm1 fm2 ro7,2p fo7 mo4g ro2,1r rob,25 mo1c mo1c mo13 mo2g mo80 fo8 mo6g fmf fol fom fok fov foy foo fmn mo4g mm0 " +
  "mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 ro1,1b roa,15 mo1c mo1c mo1k mofs foj mo1k mo5c fme " +
  "fo1i fo1j foj fo1m fo2q fm2k fo2p fo2m fo1x fo1w fo1v fo1u fo1t fo1s fo1r fo2h fm2i fo2l fo2o fm2r fo2s foq fo7 fo3 mo1p " +
  "fo1 mo48 mo48 fo2 fob fo4 fm83 fm3b fo3l fo3u fo41 fo4a fo4h fo59 fo5b fo6t fo6w fo77 fo7b fo7k fo7p fo7u fm3r fm84 mo3e " +
  "mo48 mo1c mo2y mo48 mo3f mo48 mo48 mo48 mo1c mo1w mo1u mo1x mo1x mo1w mo23 fo7 mo2r mob4 mo20 mo1c mos mo1e fo2 mo21 fo2 " +
  "fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 " +
  "fo2 mo1c fol fom mo1s mob4 moqo mo1f mo1c mo1s mow mo28 mouo fou8p mob4 fo1 mo1k mo20 fo2 fo1 foag foaj foaf foai foah " +
  "fma4 foa6 fo9z fo9l foz mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 cmc,8 mo1j mo1j mo1h mo1j mo1i mo1l mo1c mo1c mo1k " +
  "mm1s mo1c fo5 fo4 fmc cm1,8 mm1k fm2 mo1c fm2 fo1 mo60 mo1c mme8 fo2 mo1c mo1c mo3c ro1,2g fo4 fo3 fmc mo2m mo48 mo1c " +
  "mo5s mm1s mo1m mo1m mo1k mo1m mo1l mo1o fo9 foa mo34 fo2 fo3 fo4 fo5 fo6 fo7 fm8 fo9 mo35 fo2 mo36 fo2 mo1z mo4u mmo " +
  "mm6cg mm274 mm3j rm1,3i mm6 mm48 mm8 cm1,1c mm4g mo13 rm-,w mm8 rm6,g cm1,1c mo11 mo1h fo1 rm4,w cm1,1c cm1,1c mo13 " +
  "rma,1s mo1j fo1 rm6,1s cm1,1c cm1,1c cm1,1c cm1,1c rmg,g mo13 mo1j fo1 rma,3k rm4,w mo11 mo1h fo1 rmc,3k cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo13 mo1j fo1 rme,1s mo12 rmh,5c mo1i fo1 mo15 mo1l fo1 mo1l fo1 fm7 mm8 mo1h " +
  "fo1 mo1j fo1 rm8,74 rm4,g mo1j fo1 rm2,w mo1h fo1 mo1j fo1 rm3,1s mo1i fo1 mo1l fo1 mo1l fo1 fm4 mm8 mo1h fo1 mo1j fo1 " +
  "rmd,8w rm4,g mo1j fo1 rm2,w mo1h fo1 mo1j fo1 rm3,1s mo1i fo1 mo1l fo1 mo1l fo1 fm4 mm8 fm1 mm8 mo1h fo1 mo1j fo1 rme,bk " +
  "rm4,g mo1j fo1 rm2,w mo1h fo1 mo1j fo1 rm3,1s mo1i fo1 mo1l fo1 mo1l fo1 fm4 mm8 fm1 mm8 mo1h fo1 mo1j fo1 rm3,g mo1j " +
  "fo1 rm2,w mo1h fo1 mo1j fo1 rm3,1s mo1i fo1 rml,e8 mo1l fo1 mo1l fo1 fm5 mm8 fm1 mo17 mo1n fo1 rm23,74 cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo11 mo1h fo1 mo1h fo1 " +
  "mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1h fo1 mm8 rmx,gw mo13 mo1j fo1 mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 " +
  "mo13 mo1j fo1 mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 mo11 mo1h fo1 rmi,kg mo1h fo1 mo1h fo1 mm8 fm1 mm8 fm1 mm8 " +
  "fm1 mo13 mo1j fo1 mo1j fo1 mo1j fo1 mm8 fm1 mm8 fm1 mm8 fm1 rmg,g mo12 mo1i fo1 mo1i fo1 mm6cg mo1i fo1 mm8 fm1 mm8 fm1 " +
  "mm8 fm1 rm9,w mo15 mo1l fo1 rmp,o0 mo1l fo1 mo1l fo1 mm8 fm1 mm8 fm1 mm8 fm1 fm9 rm24,e8 cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo1j fo1 mo1j fo1 mm8 mo1h fo1 mo1j fo1 " +
  "rm3,g mo1i fo1 rm2,w mo1l fo1 fm2 mm8 fm1 mm8 fm1 mm8 fm1 fm2n mo1n fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm6d " +
  "fm67 fm63 fm62 fm5x fm5w fm5v fm5u fm5l fm5k fm5j fm5i fm5h fm5g fm5f fm5e fm3i fm3h fm3g fm3f fm3e fm3d fm3c fm3b fm3a " +
  "fm39 fm38 fm37 fm36 fm35 fm34 fm33 fm1e fm1d fm1c fm1b fm1a fm19 fm18 fm17 fm16 fm15 fm14 fm13 fm12 fm11 fm10 fmz fmy " +
  "fmx fmw fmv fmu fmt fms fmr fmq fmp fmo fmn fmm fml fmk fmj fm1f fm6c fm6f fm6g fm6h fm6j mo8 mm28 mow mo3c mo4g rm-,w " +
  "mow mo3c rm-,w mo3c rm-,w rm1,1s mo5s rm8,w fm1 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 mo60 " +
  "mme8 mo5s mm74 mo60 mow mow mow mow mow mow mow mow mow mo1s fo1 fo2 fod fme foi fmc fof foh fog fob fol fok foj mow " +
  "mo1s fo1 fo2 fos fop for foq foo fou fot co1,m0 mow fo1 mo1s co1,1k cog,14 co1,m0 mow fo1 mo1s mo5s mo1s cm8,8 fm1 mo1s " +
  "cm8,8 fm1 mo1s mo1s mo1c rm-,w co1,1k cog,14 mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p " +
  "fo7 mo4g ro2,1v rob,27 mo1c mo1c mo14 mo2o mo80 fo8 mo6g fmf fol fom fok fov foy foo fmn mo4g mm0 mo4h mo1t mo1d fm4 " +
  "cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 ro1,1b roa,15 mo1c mo1c mo1k mofs foj mo1k mo5c fme fo1i fo1j foj fo1m " +
  "fo2s fm2m fo2r fo2o fo1y fo1x fo1w fo1v fo1u fo1t fo1s fo1r fo2i fm2j fo2n fo2q fm2t fo2u foq fo7 fo3 mo1p fo1 mo48 mo48 " +
  "fo2 fob fo4 fm9h fm4q fo4k fo4t fo51 fo59 fo5h fo5o fo5z fo6i fo84 fo87 fo8a fo8l fo8p fo8y fo93 fo98 fm4i fm9i mo3m " +
  "mo48 mo1c mo2y mo48 mo3f mo48 mo48 mo48 mo1c mo1w mo1u mo1x mo1x mo1w mo23 fo7 mo2z mob4 mo20 mo1c mos mo1e fo2 mo21 fo2 " +
  "fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 " +
  "fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 mo1c fop foq mo1s mob4 moqo mo1n mo1c mo1s mow mo28 mob4 fo1 mo1k mo20 fo2 fo1 foby " +
  "foc2 fobx foc1 foc0 fobz fmbm fobo fobh fob2 fo12 fons fodc fo13 focq fod mo48 mo20 fo1 mo3c mo48 mo3c moqo mmo cm1,8 " +
  "mmc rm2,1s fm2 fm4 fm1 mow mo28 mo4g mow mo3c mo1k mo20 fo2 fo1 foh mo48 mo20 fo1 mo48 mo3c moqo mmo cm1,8 mmc rm2,1s " +
  "fm2 fm4 fm1 mow mo28 mo4g mow mo4g mo3c mo1k mo20 fo2 fo1 foh mo168 fo10o mo48 mo20 fo1 mo48 mo3c moqo mmo cm1,8 mmc " +
  "rm2,1s fm2 fm4 mo2o fm2 mow mo28 mo4g mow mo3c mo1k mo20 fo2 fo1 foh mo48 mo20 fo1 mo48 mo3c moqo mmo cm1,8 mmc rm2,1s " +
  "fm2 fm4 mo28 fm2 mow mo28 mow mo3c mo1k mo20 fo2 fo1 fog mo48 mo20 fo1 mo48 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2o " +
  "fm2 mow mo28 mow mo4g mo3c mo1s mo1k mo20 fo2 fo1 foi mo48 mo20 fo1 mo48 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2o fm2 " +
  "mow mo28 mow mo3c mo1s mo1k mo20 fo2 fo1 foh mo48 mo1c mo1c fo1 mo5s mo5s mo1c fo1 mo5s mo5s mo1c fo1 mo5s mo5s foa fob " +
  "mo48 mo48 mo48 mo48 mo48 mo14 mo14 mo48 mo48 mo4o mo48 mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 foa mo48 mo48 mo48 mo48 " +
  "mo48 mo20 fo1 mo60 mo1k mo2g fo2 fo1 mo20 fo1 mo1c mo1c fo2 mo1c fo1 mo1k mm6w mo1k mm6w cm1,8 mo1s mo20 mo1s mo1k mm6w " +
  "mo1s mo1s mo1s rm9,1s mo20 mo1s mo1k mm6o mo1s mo1s mo1s mo20 mo1k mo1k rm-,w mo20 mo1s mo1c mo4g fo2 fo4 mo1k mo20 mmg " +
  "fo2 fo4 mo1k rm-,w mm8 mo1k mo1k mm6g mo1c mo1c fo2 mo1c fo2 mo1c fo1 fo2 foo fon fom fmi fol rm-,w fm1 fot fos mo22 " +
  "mo68 mo1k mo2g fo4 fo2 fo1 fo3 mo1c mo1c fo1 mo1c mo1c fo1 fo2 mo1c fo1 mo1c fo1 mo1c fo1 fo7 mo1c fo1 mo1c fo1 mo1k " +
  "rm-,w mo1c mo1c fo2 mo1c fo2 fo1 fo1f fo1e fo1d rm-,w fm1 fo1k fo1j mo20 fo1 fm1q fo1r mo1c mo1c fo1 mo14 fo3 mo1k mo1c " +
  "fo1 mo1c fo1 mo1c fo1 mo20 mo1c mo1c fo1 mo1c fo1 mo20 mo1c mo1c fo1 fo2 mo1s fo4 mo1c fo1 fo8 fo9 mo1c fo1 mo1c fo1 " +
  "mo1c fo1 mo1c fo1 mo20 rm-,w rm1,1s fo3 mo20 mo1c mo1c fo1 mo1c fo1 mo20 mo1c mo1c fo1 mo1c fo1 rm9,3k mo20 mo1c mo1c " +
  "fo1 mo1k ro-,75 mo1c mo1c fo1 mo1c mo1c fo1 fo4 mo1k rm-,w mo1k mo1c mo1k rm-,w fo3 mo1k fm2 foc fod fo9 fm6 mo1c fo1 " +
  "mo20 mo1c mo1c fo1 fo2 rml,5c fo4 mo5c mo1k moc8 fo3 fo2 fon fo1 foo mo5c mo1k moc8 fo3 fo2 fov fo1 fow foz fo10 cm1,8 " +
  "mmg fm2 mo14 mo20 fo2 fo1 mo5k fm36 fm3g fo3h fm2o fm2l fm2i fo2j fm2m fm32 fo33 fm1y fo1q fm3a fo3b fmc fm4 mo20 fo1 " +
  "mo1c fo1 mo1c fo1 mo4g fo3u mo48 mo48 mo48 mo48 mo60 mo1c mme8 mm1kw fm2 fo3 mo1s mo2r fo2 mo48 mo48 mo20 fo1 mo48 mo48 " +
  "mo48 mo5s mo5s moqo mo5r mo1s mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mo80 foz2r molc mo5s fo1 mo1k mo20 fo2 fo1 fog fol " +
  "mo48 mo48 mo48 mo14 mo14 mo4o mo48 mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 mo48 mo28 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo2io fo8b mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 fowt fo4a1 fo4j4 fo4j3 " +
  "fo4ks fo4ra fo4rb fo4rc fo4r9 fo4r7 fo4r6 fo4rg fo4rn fo4rv fo4s5 fo4se fo4sd fo4so fo4sn fo4td fo4te fo4tf fo4tg fo4u2 " +
  "fo4u1 fo4uv fo4uu fo4wi fo4wy fo4wx fo4zr fo513 fo516 fo4r8 fo4an fo4a6 fo4a5 fo4a4 rm54j,0 fo59g mow mo20 mo20 fo2 " +
  "fo5gy fo1 fo3 fo5h0 fo5h1 fr5h4 fo5h5 fr5h2 fo5h3 fm5h6 fo5h7 fm5hd fo5he fo5hb mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo1r " +
  "mo1n mo2q fo2 fo3 mo2w mo5c mo1k mo54 fo5 fo4 fo3 fo2 mm1c mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo5s moqo mo29 " +
  "mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foe foj mo48 mo20 fo1 mo5s mo60 mo1c mme8 mm1kw fm2 " +
  "fo3 mo60 mm74 mo48 mo1c mo60 mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mme8 mo4a ro1,1h mo4a ro1,1h " +
  "mo4a ro1,1h mo4a ro1,1h mo4a mo4y fo2 ro1,25 mo4a mo4y fo2 ro1,25 mo4a mo4y fo2 ro1,25 fou fov mo60 mm74 mmsg fm2 fmz " +
  "fo10 fml fow mo48 mo1c mo60 mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mo4a ro1,1h mme8 mo4a ro1,1h mo4a ro1,1h " +
  "mo4a ro1,1h mo4a ro1,1h mo4a mo4y fo2 ro1,25 mo4a mo4y fo2 ro1,25 mo4a mo4y fo2 ro1,25 fou fov mo60 mmsg fmy fo10 fmk " +
  "fov mo48 mob4 fo24 mo48 mo48 mo48 mo48 mo48 mo48 mob4 moqo mow mo28 mo1s mo4g molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foi " +
  "fo2n mo48 mo1c mo20 fo1 mo5s mo1c mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mob4 moqo mo1s mow mo28 molc mob4 mo1s fo2 mo1k " +
  "mo20 fo2 fo1 fod fom mo1k mm7c mo20 mo168 fo5m4 mo1k mm7c mo20 mo48 mo14 mo14 mo48 mo4o mo48 mo1c mo1s mo5s fo3 mo1c " +
  "mo1s mo1s mo1c fo4 foa mo48 mo20 fo1 mo48 mo48 mo3c mo1s moqo mo2i mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 fok mo48 mo20 fo1 mo48 mo1c mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foi mo48 mo1c mo20 fo1 mo48 mo48 mo3c moqo mo1s mow mo28 mo1s mo4g molc mo3c mo1s mo1k mo20 " +
  "fo2 fo1 foh mo48 mo1c mo20 fo1 mo48 mo48 mo3c moqo mo1s mow mo28 molc mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo1c mo20 fo1 " +
  "mo48 mo48 mo48 mo3c moqo mo1s mo5s mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh mo48 mo1c mo20 fo1 mo48 mo48 mo5s " +
  "mo48 mo48 mo1k fo1 mo1s mo1s mo5s mo1s cm4,8 fm1 mov4 mo3b mm1s fm1 mo1s mo1h fo1 mo1s mo1j fo1 mo1s mo1l fo1 mob4 fod " +
  "mo1s mo1i fo1 mow mo28 mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm2o mo1k mo1k mo1k fo6 mo1s fo1 " +
  "fo9 fm5 mo1s fo12 fo17 mo48 mo1c mo20 fo1 mo48 mo48 mo5s mo48 mo1c mo1c mo48 mo1c mo1s mo48 mo1c mo1s mo1s mo48 mo1c " +
  "mo1s mo1s mo48 mob4 foh mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo28 mo48 mo48 mo48 mo48 molc foe mo48 mo48 mo1c mo1k mo1s " +
  "mo28 mo1h fo1 mo1h fo1 mo1h fo1 mo1g fo1 mo1c mo1k mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo28 mo48 mo48 mo48 mo48 mo28 mo48 mo28 mo48 mo168 fo14 mo48 mo48 mo168 cm7,8 fm1 moyg moal mo1c mo1s " +
  "mo1r fo1 mo1s mo1h fo1 mo1s mo1i fo1 mo1s mo1j fo1 mo1s mo1k fo1 mo1s mo1i fo1 mo1s mo1h fo1 mow mo28 mo168 mo1s mo20 " +
  "fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fod mo1k mo20 fo2 fo1 fo13 " +
  "fo34 mo1s fo1 mo1s mo1s mo1c mo1c mo14 fo1 mo14 fo1 fo3 fo4 fo5 mo60 mo28 mo20 mo28 foa mo48 mo20 fo1 mo3c moqo mo59 mow " +
  "mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fod mo48 mo1c mo20 fo1 mo3c moqo mo57 mo1s mow mo28 mo3c mo1s mo1k mo20 fo2 " +
  "fo1 fod mo48 mo1c mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo48 mo1c mo1c mo1s mo48 mo1c mo1s mo1s mo48 mob4 fod mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo1s mo48 mo48 mo48 mo48 mo48 molc foe mo48 mo48 mo48 mo48 mo48 mo48 mo1s mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo168 foo mo48 mo48 mo48 mo48 mo48 mo168 mo1s moqo mobm mo1c mo1s mow mo28 " +
  "mo168 mo1s fo2 mo1k mo20 fo2 fo1 foi fo1z mo48 mo20 fo1 mo3c moqo mo38 mmo cm1,8 mmc rm2,1s fm2 fm4 fm1 mow mo28 mo1s " +
  "mo4g mow mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fok mo48 mo20 fo1 mo48 mo3c moqo mo36 mmo cm1,8 mmc rm2,1s fm2 fm4 fm1 " +
  "mow mo28 mow mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 foj fof9 fokca fokcr fokcq fokd5 fokd4 fokry fokdc fokdb fokda foks1 " +
  "foks0 foks8 foks7 fol3d foksi foksf fokse fol3g fol3f fol56 fol55 fol67 fol66 fol6w fol6v fol7i fol7h fol7t fol7s fol9d " +
  "fol9c foldz foldy foldx foldw fole2 folec fole9 fole8 fole7 fole6 fole5 fmleg folen folep folb1 folat folaq foleu folet " +
  "folhw fokcp fokcf fokce fokcd mow mo20 mo20 fo2 folny fo1 fo3 folnz folo1 frlo4 folo5 frlo2 folo3 fmlo6 folo7 fmlod " +
  "foloe folob mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 " +
  "fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c " +
  "rm-,w fo2 fo3 mo3p fm2 fo5 mo2h fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1o mo48 mo1c rm-,w fo2 fo3 " +
  "mo2w fm2 fo5 fo7 mo1o fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 mo2g mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k " +
  "mm2o mm14 fm1 fo1b fo1w fm21 fo22 fo1z fo2d fo1y mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 " +
  "mo2k mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2k mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2g mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo35 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc " +
  "mo20 mo20 fo2 mo20 moves ro1,ver fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mok9 moc8 mor2 mo1v mo1q mo1x rm7,1s mo1v mo1k " +
  "fo1 mo1k mo1j rm5,3k mo1k fo1 mo1q mo1k mo1n mo1r mo1o mo1j rm8,5c mo1n fo1 mo1l mow mo1g mo37 mo1g fo1 mo1i fo1 mo1k " +
  "fo1 mo1f fo1 rma,74 moy mo2w mo1k fo1 mo2o mo19 mo7k mobl mo1s mo37 mo2q mo1n fo1 mo1l fo1 mo1j fo1 mo1i fo1 mo1g fo1 " +
  "rmg,8w mo1m fo1 mo1s mo1h fo1 mo1o mo1g fo1 mo10 mo1v mo6n mofs mo7l mo2y mo1l fo1 rmd,bk mo1l fo1 mo1j fo1 mo1j fo1 " +
  "mo1g fo1 mo1o mo11 mo1t mo4d mobs mo2h mo1w mo9p mo2e mo51 mo1l mo1j fo1 rmh,e8 mo1k fo1 mo1k mo1h mo1h fo1 mo1k moz " +
  "mo1g fo1 mo20 mo2n mo9c mo13 moy mo1l fo1 mo25 mo14 mo5c mo3v rmi,gw mo1h fo1 mo1k mo1n moy mo1l fo1 mo25 mo24 mo88 mo1l " +
  "fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1l fo1 rme,kg mo3h mo6o mog1 mo3w mo1s mo1j mo1h mo1g mo1f fo1 mo1x mo1u mo1k mo1j mo1i " +
  "mo1h mo1s mo1h mo1l mo1l mo1j fo1 mo1j fo1 mo1h fo1 mo1j fo1 mo1h fo1 mo1n fo1 mo1n fo1 mo1j fo1 mo1r fo1 mo1j fo1 mo1s " +
  "mo1k rmw,o0 mo1k mo1k fo1 mo10 mo20 mo8y mo1f mok8 mopt mobm mow mo11 mo2i mo6g mo1k fo1 mo1i fo1 mo1h fo1 mo1h fo1 mo1r " +
  "mo1i fo1 mo1i fo1 mo1j fo1 mo1s fo1 mo1s fo1 rmo,sg mo1i fo1 mo1j fo1 mo1h fo1 mo1u fo1 mo1j mo1j fo1 mo1i mo1g fo1 mo1l " +
  "fo1 mo1f fo1 mo14 mo1x modb mo2y mou0 mo7h mo2w mo1r mo1n mo1k fo1 mo1k fo1 mo1x mo3q mo18 mobs mojr mo33 mo1t mo2c mo60 " +
  "mo1g fo1 rmw,ww mo1h fo1 mo1i fo1 mo1j mo3c mo1g mo1g mo1i fo1 mo1i fo1 mo1h fo1 mo17 mo1r moa1 mo1m moo0 mo2d mo1c mo2w " +
  "mo1s mo1l fo1 mo1f mo6o mo2d mo1c mo2v mo1s mo6o mo7h mo1c mo2f mo1o mo3n mobs mo2r mo1c mo29 mo1s mo1j mo74 mo2r mo1c " +
  "mo2b mo1s mo74 mo47 mo1c moxp mo1s rm1c,128 mo1h fo1 mo13 mo2x mo8g moj3 moc0 mo1t mow mo2h mo60 mo1i fo1 mo15 moa2 mo1m " +
  "monc mo9d mo1s moez mo2b mo14 mo52 modk mo3h mo1x mo5j mo29 mo1s mo1j fo1 mo11 mo1l fo1 mo26 mo1o mo6g mo6x mo1p moz " +
  "mo23 mo53 mo18 mob4 mo27 mo1c moy mo1k fo1 mo25 mo1g mo6g mo3d mo1s moy mo23 mo2g mo7k mo1c mo4x mo7s mo2h mo3k mo1y " +
  "mo6t mo3h mo1k mo11 mo27 mo27 mo7s mo8d mo1l fo1 rm1x,18g mo1h mo1s mo1j fo1 mo1h fo1 mo10 mo1p mo2w mo1l mo5s mo1l fo1 " +
  "mo1k fo1 mo1n fo1 mo1i fo1 mo1g fo1 mo1k fo1 mo13 mo1o fo1 mo2a mo5d moco mo2h mo1m fo1 moy mo28 mo1o mo6o mo3r mo1s " +
  "mo1l fo1 mo28 mo1g fo1 mo1i fo1 mo1f fo1 mo1j fo1 mo12 mo27 mo26 mo80 mo2h mo36 moy mo24 mo1r mo6o mo1z mo1c mo1h fo1 " +
  "moz mo27 mo27 mo68 mo3c mo4i mo6o mo1g mo1c mo1j fo1 mofl rm1n,1fk mos0 mo2d mo1c mo15 mo1j mo2b mo1u mo6o mo28 mo1m fo1 " +
  "mo1k fo1 mo1l fo1 mo1j fo1 mo1g fo1 mo3s mo1o mo1g fo1 mo1q fo1 mo1h fo1 mo1c moa9 mo1r mojs mo1i fo1 mo1j fo1 mo1m fo1 " +
  "mof9 mo34 moj5 mo3z mo1k fo1 mo28 mo1j mo12 mo26 mo29 mo88 mo5r mo28 mo1q fo1 mo34 mo16 mo26 mo3v mo1h moa0 mo3c mo1t " +
  "mo1u fo1 mo1b moch mo1m mojk moav moag mo5q mo81 mo28 mo1s mo2w mo1k fo1 mo1i mo1q fo1 mo1m mo1k rm1u,1nk mo1v mo3c mo1l " +
  "mo17 mo26 mo4x moc8 mo4r mo1h fo1 mo1l mo1s mo10 mo1j mo24 mo35 mo94 mocp mo28 mo3k mo1j fo1 mo1l fo1 mo1h fo1 mo1k mo1g " +
  "fo1 mo11 mo26 mo66 mogw mo2l mo2e mo1s mo1j fo1 mo1n fo1 moy mo27 mo1x mo6w mo2h mo1k mo11 mo26 mo1p mo6o mo2d mo1k moy " +
  "mo26 mo1j mo6o mo5d mo1v mo1k mo1n fo1 mo1j fo1 mo1m fo1 mo1h fo1 mo1j fo1 mo1s fo1 moy mo25 mo3h mo9k mo2h moy mo23 " +
  "mo6o mo1n mo1k moy mo24 mo1a mo60 mo1n mo1k moy mo26 mo1a mo60 mo1n mo1k moy mo24 mo60 mo3h rm2d,1wg mo1s mo1j fo1 moy " +
  "mo24 mo1w mo7s mo2h mo1k mo1i fo1 moy mo23 mo6o mo2d mo1k mo1j fo1 moy mo24 mo1j mo6o mo3b mo1k mo20 moy mo22 mo2p mo19 " +
  "mo7k mo2n mo1s moy mo22 mo2c mo19 mo6w mo1n mo1k mo1l fo1 moy mo26 mo60 mo2d mo1k mo1l fo1 moy mo26 mo6o mo1t mo1k mo1h " +
  "fo1 mo1k moz mo22 mo1g mo60 mo1t mo1k mo1i fo1 moz mo23 mo1h mo60 mo2f mo1k mo1l fo1 mo1k moz mo26 mo1l mo6o mo2f mo1k " +
  "mo1m fo1 moz mo27 mo1l mo6o mo1t mo1k mo1l fo1 moz mo26 mo1h mo60 mo1t mo1k mo1m fo1 moz mo27 mo1h mo60 mo2d mo1k mo1l " +
  "fo1 moy mo26 mo6o mo1t mo1k moz mo22 mo60 mo2d mo1k moy mo22 mo1h mo6o mo5n mo20 mo1l fo1 mo1k mo1h fo1 moz mo26 mo30 " +
  "moa0 mo2d mo1k mo1l fo1 moy mo26 mo6o mo3t mo1s mo20 mo1f mo11 mo23 mo28 mo80 mo3t rm3o,268 mo1s mo1n fo1 mo20 mo1l fo1 " +
  "mo11 mo28 mo2a mo80 mo2d mo1k moy mo24 mo6o mo2w moag mo1o fo1 mo1j mo1p fo1 mo1u fo1 moix mof4 mo4n mo9o mo69 mo1s mo24 " +
  "mo1k mo1p mo1q fo1 mo2w mo1z mo1l fo1 mo1l mo1l mo1n mo28 mo1y mo12 mo24 mo3h moag mo2v mo1s mocp mo20 mo4f mo1s mo20 " +
  "mo1k fo1 mo1i fo1 mo1c moy mo1n mo34 mo39 mo19 mo8o mo1c mo34 mo1n fo1 mo1k mo1l fo1 mo1g fo1 mo14 mo1k fo1 mo2k mo8s " +
  "mo28 mogw mo1c mo1k mo1k mo1j mo20 mo11 mo23 mo2u mo74 mo3t mo1k mo20 mo20 mo11 mo24 mo29 mo80 mo31 mo1k mo1m mo20 mo1m " +
  "fo1 moy mo1l fo1 mo24 mo1s mo7c mo1d mo1c moy mo25 mo17 mo5k mo27 mo1c mo1k mo11 mo24 mo1g mo6g mo6f mo2w mo1j fo1 moy " +
  "mo23 mo3j moao mo20 mo1c mo6m mo8w mo1s mo2w mo2o mofk mo1k fo1 mo1m fo1 rm3j,2gw mo1l fo1 mo1f fo1 mo1f fo1 mo1j mo1i " +
  "fo1 mo1j mo1g fo1 mo1i fo1 mo1k fo1 mo1k fo1 mo1q fo1 mo1r mo1j fo1 mo1j fo1 mo1l fo1 mo1j fo1 mo1l mosg moog fo11 fo18 " +
  "fo1e fo1o fo1w fo2t fo2v fo2x fo3f fo3h fo3u fo44 fo4c fo4i fo4r fo4x fo52 fo58 fo5f fo5m fo5t fo61 fo68 fo6g fo6m fo6s " +
  "fo6z fo77 fo7e fo7k fo7s fo7x fo83 fo89 fo8d fo8q fo8w fo92 fo9b fo9n fo9w foad foag foaw fob4 fob7 fobw fobz focc foci " +
  "focu fod0 fodk fodn fodt fodx foe6 foed foek foes foev fof2 fofd fofm fofr fofx fog3 fog8 fogf foh0 foha foi6 foj7 fojp " +
  "fojv fok9 fokd fokq fol9 foll fom9 fmk mo1c fona fonl fonr foms fomm fomk mo1k mo48 mm34 mob4 fop0 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo4g fo6vu mo20 " +
  "mo20 fo2 mo1s fo2 foj mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c mo1s fm6 fo7 fo4 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2f mo48 mo1c " +
  "rm-,w fo2 fo3 mo3n fm2 fo5 mo2f fo1 mo1r mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1m mo48 mo1c rm-,w fo2 fo3 " +
  "mo2u fm2 fo5 fo7 mo1m fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo2e mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k " +
  "mm2o mm14 fm1 fo1b fo1w fm21 fo22 fo1z fo2f fo1y mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo1c mo14 mo48 mo1c mo68 mo1c " +
  "fo3 fo4 fo2 mo2k mo1m fo7 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 " +
  "fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1m fo6 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 " +
  "fob foa fo9 fo8 fo6 fo5 mo2e mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod " +
  "foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo33 fo1 mo1f mos fo1 mow mo4o " +
  "mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mo1isa ro1,1is9 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 " +
  "fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo1ch mot4 mo5k mo1f " +
  "fo1 mo1i fo1 rm6,1s mow mow mo1l fo1 mo1i mo1n mo2e mo6o mo1o rm9,3k mo1l mo1l mo1l mo1h fo1 mo1i mo1l mo1h mo1j fo1 " +
  "rm9,5c mo1i mo1t mo1m mo1p mo1w mo20 mo22 mo1v rm9,74 mo1z mo21 mo1r mo1s mo1i fo1 mo1i mo1u fo1 mo1q rm9,8w mo1b mo1l " +
  "fo1 mo1n fo1 mo1p fo1 mo2u mo1c mo5k mo1f rm9,bk mo1s mo2u mo1k fo1 mo1j mo5s mo1f mo1s mo4t mo1r mo5s mo1f mo1s mo2k " +
  "mo1j mo5s mo1f mo1s mo1m mo2e mo1j mo5s mo1f mo1s mo1q mo3r mo1r mo5s mo1f mo1s mo1u mo4m mo1r mo5s mobl mo1k mo49 mo3s " +
  "mo1j fo1 rm13,e8 mo1m fo1 mo1k fo1 mo1h fo1 mo1l fo1 mo1m fo1 mo1i fo1 mo1j mo1k mo1h mo1h mo1i fo1 mo1h rmd,gw mo1i " +
  "mo1g fo1 mo13 mo1w mo6m mo26 mofs moll mo34 mo5l mow mow mow mow mo5s mo1g fo1 mo1f fo1 mo1i fo1 mo1k fo1 mo1g fo1 mo1k " +
  "fo1 mo1g fo1 mo1l rmo,kg mo1t mo1j mo1i fo1 mo1l fo1 mo2w mo1m mo1j fo1 mo1h mo15 mo1v mocf mo2o mops mo9t mo1s mo5j " +
  "mo20 mo1l fo1 mo1i fo1 mo1n fo1 mo1m fo1 mo2w mo1j mo1q mo1n rmq,o0 mo1f mo1g mo15 mo1y mo9n mo2e moe0 mo3t mo1s mo32 " +
  "mo1s mo1p mo1h fo1 mo1m mo1g mo13 mo35 mo80 mojn mo20 mo1l fo1 mo1l fo1 mo3k mo1n fo1 mo1l fo1 mo1k fo1 mo1h fo1 rms,sg " +
  "mo1h fo1 mo1l fo1 mo1k fo1 mo1k mo1g fo1 mo1g moz mo1m mo8s mo1x moo0 mo4n mo20 mo1f fo1 moy mo1i fo1 mo26 mo8w mo59 " +
  "mo1n fo1 mo1j fo1 moy mo1k mo2c mo9k mo1s fo1 mo12d mo34 mo73 mo1s mo28 mo1x mo1f fo1 rmy,ww mo1f fo1 mo23 mo94 mo1i fo1 " +
  "mo1j fo1 mo1m fo1 mo1l fo1 mo1k fo1 mo1l mo1k fo1 mo1l fo1 mo1h fo1 mo1r mo1r mo1u fo1 mo1j fo1 mo1u fo1 mo3c mo1m fo1 " +
  "mo1f fo1 mo17 motk mo69 mo16o mob9 rmq,128 mo20 mo7l mo1s mo1j fo1 mo1i fo1 mo1i fo1 mo1k fo1 mo1m mo1n mo13 mo5i mofk " +
  "mo1m fo1 modd mo1s mo67 mo3c mo1k mo1l fo1 mo1l fo1 mo1i mo2o mo1i fo1 mo1i fo1 mo14 mo1n mo8p mo25 mohk mo13 mo1k mo1h " +
  "fo1 mo1j fo1 moz mo14 mo5c monz mo48 moek mo1s mo1k mo1f fo1 mo13 mo1s mo10 mo1h mo1z mo5c mo29 rm1e,18g mo1k mo1k fo1 " +
  "mo1k moz mo1j fo1 mo21 mo1i mo6g mo39 mo1s mo21 fo1 mo1s mo10 mo21 mo25 mo7k mo1i fo1 mo1l mo1k fo1 mo1k mo1n mo5k mo1o " +
  "fo1 mo1o fo1 mo1w fo1 mo3c mo1j mo1h fo1 mo1g fo1 mo17 mogz mo23 mos8 mo87 mo1k mo9w mo2o mo1i fo1 mo1h fo1 mo1l fo1 " +
  "mo1s mo10 mo3z mocg mo87 mo1k mo9t mo2o mo10 mo3z mocg mo1f mo1k mo5c mo4h mo20 mo1j fo1 mo1k fo1 mo1j fo1 mo1g fo1 mo28 " +
  "mo1q mo1k fo1 rm1s,1fk mo1l mo12 mo1t mo2i mo2z mo8o mo1k moz mo1x mo5s mo141 mo34 mo1p mo1c mo1k mo1f fo1 moz mo1n mo26 " +
  "mo1n mo60 mo1c mo1l fo1 mo1l fo1 mo6o mo1j fo1 mo1l fo1 mo1r mo23 mo1j fo1 mo1j fo1 mo1g fo1 mo5k mo1k fo1 mo1l mo1j fo1 " +
  "mo1q mo21 mo1q mo1j fo1 mo1p mo1l mo1k mo1k mo1j mo1j mo1h mo1m monu mo2t mo188 mo6r rm1h,1nk mo20 mo1g8 mo1s mo2w mo2g " +
  "mo1k fo1 mo1h fo1 mo34 mo1g mo16 mo5s mo1e mob4 mo1v mo6x mo1s mo2w mo1k fo1 mo25 fo1 mo1k mo1i fo1 moz mo1q mo4i mo1f " +
  "mob4 mo6r mo1k mo3c mo1k fo1 mo1k moz mo1r mo46 mo1f mob4 mo37 mo1k mo1c moy mo2m mo19 mo7k mo2p mo1s mo1c moy mo1j mo6w " +
  "moo7 mo1k mo2e mo1l fo1 mo1r mo1j fo1 mo1i fo1 mo2g mo1k fo1 mo1n fo1 mo1l fo1 mo13 mofl mo3i mosg mo1ad mo2g mo1c mo1j " +
  "fo1 mo6g mo1l fo1 mo1s mo1i fo1 mo3s mo1i fo1 mo1k fo1 mo1i fo1 mo1p mo19 mork mo6d mo1eo mo131 mo3c mokw mo1q mo13 " +
  "rm2f,1wg mo1c moy mo20 mo14 mo5c mo11 moy mo20 mo12 mo5c mo2c mo68 mo1u mo1i fo1 mo1l fo1 mo2o mo1q fo1 mo1f fo1 mo1m " +
  "mo14 momd mo4m mo17c mo6x mo1k moah mo2o mo1g fo1 mo1j fo1 mo1j fo1 mo1k moz mo1m mo2z mob4 mowb mo3s mov0 mo1o mo2d " +
  "mo22 mo1s mo1f mo1j fo1 mo2e mo29 mo1k mo6o mo1j fo1 mo1n mo1q mo1j fo1 mo1h fo1 mo1k fo1 mo1l fo1 mo1s fo1 mo28 mo1l " +
  "mo12 mogh mo1g mo10o mobt mo2g mo1l fo1 mo1n fo1 moz mo4n mog0 mo4j mo1k mo2g mo1p fo1 mo1p fo1 mo1s mo1t mo10 mo2k mo8w " +
  "mo4z mo28 mo2b mo1c mo1l mo20 mo1g fo1 mo1o fo1 mo1l fo1 mo1s mo1j fo1 mo10 mo1l rm2l,268 mo52 mo1l mo9c mo4z mo28 mo2b " +
  "mo1c mo1l fo1 mo20 mo1g fo1 mo1s mo10 mo1l mo9c mo1h moq3 moff mo1f mo1i mo1g fo1 mo1f mo38 mo1h mo1o mo1x mo2x mo20 " +
  "mo1g fo1 mo1i mo1g mo1i fo1 mo28 mo1k mo1i fo1 mo1i fo1 mo12 mo1p mo2c mo27 mo74 mo1h mo1c mo1s mo1r mo1s mo1n fo1 mo1k " +
  "mo1k fo1 mo1h fo1 mo1g fo1 mo1m mo1l mo1l fo1 mo1k fo1 mo1k mo1j mo1l mo1s mo1p mo1p mo1o rm1q,2gw mo1g mo1k mo1g mo1q " +
  "mofh mo19 moug mo195 mo34 mo5z mo1h mo2c mo1c mo1o mo1o mo1k mo1k mo1p mo1l fo1 mo1j fo1 mo1h fo1 mo1k fo1 mo1j fo1 mo1j " +
  "fo1 mo5c mo1p mo1f mo1k fo1 mo1l mo1m mo1n mo1g mo1q mon5 mo1g mo1dc mo1k mo1y mo1k mo1t mo1i mo1l mo1g fo1 mo1k mo1u " +
  "mo1i mo1k mo1r mo1i mo45 mo1k mo5e mo21 mo1c mo1s mo1l fo1 mo10 mo2g mo2a mo68 mo1s mo1t mo1i fo1 mo1h fo1 mo1c mo1k moy " +
  "mo2n mo8g moa1 mo2o mobq mo26 mo2a mo2k mo2o mo1l fo1 mo1m fo1 mo1i fo1 mo1g fo1 mo28 mo1l mo1n mo1o mo1k mo12 mo6b moe8 " +
  "mo1j mo1c moy mo1d mo5s mopf mo3s mona mo1w mo24 mo20 rm2s,2tc mo1s mo1v mo1y mo5c mo1v fo1 mo1k fo1 mo1j fo1 mo1i fo1 " +
  "mo1i fo1 mo54 mo1o mo1h fo1 mo1g fo1 mo1g fo1 mo1u mo1l mo1h mo1f mofl mo1i mots mo45 mo1k mo5e mo2f mo1k mo1s mo10 mo2f " +
  "mo2g mo6o mo1s mo1s moy mo2n mo8g mo7j mo28 mo2k mo2a mo2j mo28 mo34 mo1n fo1 mo1w mo1g mo1m fo1 mo1g fo1 mo16 mo1y mo6s " +
  "mobs mo31 mo1k mohq mo1k mo28 mo12 mo2j mo7c mo1j mo1k mo2j mo1c moy mo1d mo5s mo5r mo1k mo2q mo28 mo1k moz mo1u mo30 " +
  "moa0 mokj mo2w mo2k mo1x mo1f mo1n mo1l mo1i fo1 mo34 mo1o mo1n mo1j fo1 mo1j fo1 mo16 mo1s moe9 mo3a moow mo87 mo28 " +
  "mo36 mo2o mo2g mo1l mo1n mo28 mo1j mo12 mo1s mo5j mo1g mocg mo1k mo1k mo1h mo1l mo1i mo1k mo1h mo4x mo1k mo1s mo20 mo11 " +
  "mo1w mo3t mo94 moil mo2w moi6 mo1y mo24 mo25 mo3s mo1h fo1 mo2w mo1q mo15 mob4 mo19 momw mo1k fo1 mo1n mo1i mo1s mo1x " +
  "mo1w mo1w mo5z mo1c mo7b mo2o mo1l fo1 mo1l fo1 mo1l fo1 mo1k fo1 mo1u rm4a,37k mo28 mo1h mo1i fo1 mo1h mo12 mo3b moa8 " +
  "mo3h mo1c mo7c mo1s mo1q mo20 mo11 mo2c mo7s modf mo2o mo6i mo1p mo26 mo1v mo1w mo3s mo1o fo1 mo1g fo1 mo28 mo1h fo1 " +
  "mo1i mo1j mo12 mo7l mohs mo1k moh5 mo28 moms mo1k mo1i mo48 mo1k fo1 mo1n fo1 mo1r fo1 mo1q fo1 mo1k fo1 mo1i fo1 mo20 " +
  "mo1l mo1h fo1 mo11 mo9x mo28 molc mo5n mo28 mo1k moz mo1q mo2t moa0 mo10b mo3k mo9w mo1h fo1 mo1k fo1 mo1i fo1 mo1k mo1j " +
  "mo1k moz mo22 mo1q mo5s mo2f mo1k mo1l fo1 moz mo22 mo1v mo6o mo4r mo1k mo1i fo1 mo1s mo1g fo1 mo10 mo1m mo21 mo2q mo94 " +
  "mo1n mo10 mo22 mo1q mo60 mo74 mo1g fo1 mo1k fo1 mo1k fo1 mo1k fo1 mo1j fo1 mo1j fo1 mo1x mo1g fo1 mo1m mo1r mo1k mo1i " +
  "fo1 mo1h fo1 mo1g fo1 mo1k mo1k mo1a mojb mo1f mo14o mo1c mo1c mo1k mo2o mo2g mo1k mo2o mo1k mo1c mons mo1o fo1 mo1h fo1 " +
  "mo1h mo1k fo1 mo1o fo1 rm3o,3nk mo1s fo1 mo1o fo1 mo1z mo1n fo1 mo1h fo1 mo1h fo1 mo1l mo1x4 mo26 mo1go fo1g fo1q fo1x " +
  "fo23 fo2a fo2h fo30 fo3i fo3r fo48 fo4t fo51 fo5m fo64 fo6d fo6k fo6s fo78 fo7k fo7n fo8f fo8k fo93 fo9k fo9n foat foc1 " +
  "focb focn fod4 fode fodl foec foeo fof6 fofd fofh fofy fogd fogj fogq foh0 fohc fohs foiv foix fojh fojk fojr fok2 fokr " +
  "fol1 fol7 fold folk fom0 fomf fonb fonj fonq foob foom fop6 foq0 foqq foqw for2 for8 ford fori forp forw fot2 fmb mo1c " +
  "fou4 fouf foul fotl fotf fotd mo1k mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fow0 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw " +
  "mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k " +
  "mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fo5 " +
  "mo2d fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 " +
  "mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l fo1 fov fo2 " +
  "mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof " +
  "foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2d fo1 mo3h mo5c mow mos " +
  "mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mow foi mow fo1 foh fog fof foe fod fo9 fo6 " +
  "foa fo7 fo4 fo3 fo2 foi mo1k mm7c mo1k mm2o mm14 fm1 fov fo2u fm2z fo30 fo2x fo3e fo2w mo1s fo1 mo1s fo1 mo1h mo1j mo1h " +
  "mo11 mo20 fo1 mo1j mo3h M2l C10l,1 M2l Mx Mg Mx F1 F3 Mw Cya,1 Mw M14 M20 C5,o Ck,o Mg M1s0 F2 fog foj mo1h mo20 mo1s " +
  "mo20 mo1k mo5s mo20 mo1l fo1 mo20 mo1o mo20 mo1i mo20 mo1n fo1 mo20 mo1q mob4 foc mojx mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1c mmo moqo mo1l " +
  "mme mo1s mo20 mo1l fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo5s mow mo28 mo1h mou0 mo1n mmg mo1c " +
  "mo1s mo1k mo20 mo1n fo1 mo20 mo1i fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1p fo1 mo1s mo1o mo5s mo1s mo1s mo1s mo1g fo1 " +
  "mow mo28 mo1h mo1s mo1h mo1c mo1i mo3c mo1s moqo mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1m " +
  "mo1l mo1q mow mo1p mo1t mo1p mo1v mo1y mo1n molc fo2y mo1r mo1i mo1k mo1v mo1n mo1s mo1p mo1p mo1l mo1k mo1k mo1j mo1p " +
  "mo1j mo1x mo1g mo1o fo1 mo1k mow mo20 mo20 fo2 fo85 mo1s fo2 fo4 fo87 fo89 fr8c fo8d fr8a fo8b fm8e fo8f fm8l fo8m fo8j " +
  "mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 " +
  "mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2c mo48 mo1c rm-,w fo2 fo3 " +
  "mo3k fm2 fo5 mo2c fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 fo5 " +
  "fo7 mo1j fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo2r fm2 fo5 fo7 mo1j fo1 mo2b mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 " +
  "fo1b fo1w fm21 fo22 fo1z fo2d fo1y mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2h fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2h fo1 mo5s mo55 " +
  "mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 " +
  "mo2k mo1j fo7 mo1g mo1f cm3,8 mo1s fm2 mo1w mo48 mo1c rm-,w fo2 fo3 mo3g fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo2k mo1j fo6 mo1g mo1f cm3,8 mo1s fm2 mo1w mo48 mo1c rm-,w fo2 fo3 mo3g fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2b mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo30 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mocii ro1,cih fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo53 mo54 mo65 mo2g mo1k mo1q mo1s rm8,1s " +
  "mo1h fo1 mo1l fo1 mo1n fo1 mo2e rm5,3k mo5l mo7c moa9 mo1q moo5 rm6,5c mo5s momx mo2e mo1f fo1 mo1k mo1f fo1 mo1k mo1f " +
  "mo1k mo1f fo1 rmb,74 mo1r mo1h fo1 mo1i fo1 mo2v mo1r mo6o mo1g mo1l mo1p mo1i fo1 rmb,8w mo1n fo1 mo1n mo1o mo1o mo1n " +
  "fo1 mo1g fo1 mo1i fo1 mo1f fo1 rm9,bk mo1l fo1 mo1q mo1k fo1 mo1m fo1 mo1p mo1t mo1k fo1 mo1f fo1 mo1r fo1 mo1k mo1h " +
  "mo2g mo1h fo1 rme,e8 mo1l fo1 mo1h fo1 mo1m mo1g fo1 mo13 mo2r mo1l fo1 mo1t mod7 mosg mokd mo64 mo3k mo1i fo1 mo1i fo1 " +
  "mo1c moy mo1q moaj mo29 mooo mo1v rmn,gw mo1c mo25 mo1k moy mo1j fo1 mo1r mo1e mo68 mo3h mo1c mo2s mo1s mo1u mo1j fo1 " +
  "moy mo1r mo1z mo7s mo3h mo1c mo2i mo1s mo1l fo1 mo1l fo1 moy mo1t mo1w mo7s mo2z mo1c mo2o mo1s moy mo1t mo1u mo7c mo2z " +
  "mo1c mo2o mo1s moy mo1l fo1 mo1t mo1u mo7c mo3j mo1c mo6o mo1s mo1s rm1f,kg mo1h fo1 mo1k moz mo1p mo27 mo7s mo3j mo1c " +
  "mo6a mo1s mo1k mo1h fo1 moz mo1p mo25 mo7s mo4j mo1k mo7v mo28 mo1w fo1 mo1i fo1 moz mo1q mo2m mo8w mo3j mo1c mo3n mo1s " +
  "mo1l fo1 mo1k moz mo1t mo25 mo7s mo7j mo1s mo8u mo1m fo1 mo22 mo2w mo1g fo1 rm18,o0 mo1l fo1 moz mo1t mo3z mobs mo7j " +
  "mo1s mo8a mo2w mo1m fo1 moz mo1u mo3z mobs mo9n mo1c mo8x mo3s mo1t mo1m fo1 mo1g fo1 mo1n fo1 mo1j fo1 mo1h fo1 mo1j " +
  "fo1 mo1n fo1 mo11 mo1q mo4w moe0 mo2r mo1c mo82 mo1s mo1n mo1n fo1 mo1k mo1g fo1 rm13,sg moz mo1v mo1q mo74 mo3l mo1c " +
  "moew mo1s mo1s mo1h fo1 mo1s mo1j fo1 mo1j fo1 mo10 mo1p mo27 mo7s mo4r mo1c mo2a mo2g mo1h fo1 moy mo1p mo2m mo94 mo1c " +
  "mo1c mo1c mo6g mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1l fo1 mo1l fo1 moap mo9s moa9 mo3c mone mo2p mo2n mo2o mo2g mo1k " +
  "fo1 mo1q fo1 mo1q fo1 mo2w mo1l fo1 rm1f,ww mo1j fo1 mo1k fo1 mo1k mo1o mo15 mo6n moeg mo45 mo1c mo5x mo1s mo1s mo1h fo1 " +
  "mo10 mo29 mo8g mo8d mo1s mo4b mo36 mo2w mo1j fo1 mo1g fo1 mo1o fo1 mo1h fo1 mo20 mo1k mo1j mo1g fo1 mo11 mo6a mo19 moco " +
  "mo28 mo1c mo5c mo1k fo1 mo1n fo1 mo1l fo1 mo1h mo1l mo81 mo9c for fo10 fo1k fo25 fo2i fo2v fo3b fo3k fo3x fo47 fo4h fo4r " +
  "fo53 fo5c fo5k fo5u fo64 fo6e fo6p fo8a fo8e fo8r fm18 mo1c fo9t foa4 foaa fo9a fo94 fo92 mo1k mo48 mm1c mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mob4 fobz mo1h " +
  "fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 " +
  "mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c mo1s fm6 fo7 fo4 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2l mo48 mo1c " +
  "rm-,w fo2 fo3 mo3t fm2 fo5 mo2l fo1 mo1x mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1x fo1 mo1s mo48 mo1c rm-,w fo2 fo3 " +
  "mo30 fm2 fo5 fo7 mo1s fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo2k mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k " +
  "mm2o mm14 fm1 fo1b fo1w fm21 fo22 fo1z fo2f fo1y mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s fo1 mo1c mo14 mo48 mo1c mo68 mo1c " +
  "fo3 fo4 fo2 mo2k mo1s fo7 mo1p mo1f cm3,8 mo21 fm2 mo25 mo48 mo1c rm-,w fo2 fo3 mo3p fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 " +
  "fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1s fo6 mo1p mo1f cm3,8 mo21 fm2 mo25 mo48 mo1c rm-,w fo2 fo3 mo3p fm2 " +
  "fob foa fo9 fo8 fo6 fo5 mo2k mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod " +
  "foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo39 fo1 mo1f mos fo1 mow mo4o " +
  "mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 mo695 ro1,694 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 " +
  "fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo45 mo2o mo2w mo23 " +
  "mo2o mo1n fo1 rm7,1s mo28 mo2b mo25 mo1k mo1j fo1 mo1n fo1 rm7,3k mo1h fo1 moy mo30 mo1u fo1 mo25 mo1y mo6o mo3b mo1k " +
  "mo22 mo1l fo1 mo1f fo1 mo1x fo1 rme,5c moy mo1s fo1 mo23 mo2a mo7k mo3b mo1k mo22 mo1s mo1l fo1 moy mo1t fo1 mo24 mo7k " +
  "mo5j mo1s mo2s mo2s mo1l fo1 moy mo1s fo1 rmm,74 mo23 mo3x mo9s mo2w mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo3m mo6g mo3v " +
  "mo4o mo1t fo1 mo2u mo13 rmg,8w mo1k moy mo22 mo14 mo5c mo53 mo28 mo2w mo1g fo1 mo1h mo1h fo1 mo1i mo1s mo1p rmf,bk mo1q " +
  "mo1s mo28 mo1f fo1 mo1r mo1r fo1 mo1o mo12 mo1l fo1 mo22 mo3l mo9c mo37 mo1s mo1i fo1 mo1i fo1 mo1k mo1m fo1 rmj,e8 moz " +
  "mo1z mo1q mo7k mo2d mo1k moy mo22 mo1j mo6o mo9h mo1k mo20 mo1n fo1 mo1h fo1 mo1h fo1 mo1g fo1 mo28 mo1h fo1 mo1m mo1h " +
  "fo1 mo12 mo1l fo1 rmo,gw mo22 mo7v mo2d mods moif mo2g mo36 mo1k fo1 mo1g fo1 mo1o fo1 mo1o mo1n fo1 mo1o mo1l fo1 mo20 " +
  "mo1h fo1 mo1l mo11 mo1y moc7 mo1f momo mo73 mo1k mo28 mo1g fo1 rmr,kg mo1k fo1 mo1j fo1 mo1h fo1 mo1s mo1j fo1 mo10 mo21 " +
  "mo3s mobc mo4l mo20 mo2o mo1h fo1 moy mo1k mo21 mo2x mo8w mohz mo1s mo25 mo40 mo1l fo1 mo1l fo1 mo1l fo1 mo1w fo1 mo1j " +
  "fo1 mo1g fo1 mo20 mo1j fo1 mo1j fo1 rmw,o0 mo11 mo1y mo93 mom8 mo1d mo2a mo1c moy mo1h fo1 mo1y mo17 mo5k mo1c mo1c mo1q " +
  "fo1 mo1c moy mo74 mo88 mo34 mo1r fo1 mo1m fo1 mo1l mo57 mo8g fol fo13 fo1c fo1q fo28 fo2q fo2w fo37 fo3t fo40 fo44 fo4m " +
  "fo4v fo57 fo5k fo5p fo5s fmq mo1c fo6u fo75 fo7b fo6b fo65 fo63 mo1k mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fo8q " +
  "mo48 mo20 mo1s fo2 mo48 mo48 mo48 mo5s mo48 mo1s mo1s mo1k fo1 mo20 mo1s mo1s mo5s mo1s moqo mow mo2g mm1c fm1 mow mo28 " +
  "mo1s mo4g mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 mo1k fo3 mo20 fo1 mm1c mo1k mo1k mo1k mo1k mo1k fo9 mo1s " +
  "fo1 foc fm7 mo1s fo10 fo16 mo48 mo1c mo20 fo1 mo14 mo48 mo48 mo1c mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo1c mo48 " +
  "mo48 mo1k fo1 mob4 moqo mo1i mo2g mm1c fm1 mow mo28 mo1s mo4g mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm2o mo1k mo1k mo1k mo1k mo1k mo1k fo9 mo1s fo1 foc fm8 mo1s fow fo1a fo2m fo2x fo2w fo2v fo6u fo6t fo2r fo2q " +
  "fo2p mow mo20 mo20 fo2 foef fo1 fo3 foeg foei frel foem frej foek fmen foeo fmeu foev foes mo1h fo1 mo1m fo1 mo1n fo1 " +
  "mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k " +
  "mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 " +
  "mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fo5 mo2d fo1 mo1p " +
  "mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1k mo48 mo1c " +
  "rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l fo1 fov fo2 mo1s fo1 mo1s fo1 " +
  "mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2d fo1 mo3h mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh mo1k " +
  "mm74 mo1k mm2o mm14 fm1 fou fo2t fm2y fo2z fo2w fo3a fo2v mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo11 mo20 fo1 mo1j mo3h M2l " +
  "C10l,1 M2l Mx Mg Mx F1 F3 M10 Cye,1 M10 M14 M20 C4,o C6,o Mg M1s0 F2 fog foj mo1h mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2i fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1c mmg moqo " +
  "mo1q mmj mo6i mo20 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1i fo1 mo6s mow mo28 mo6s fo4 mo1h mo5s mo1q fo1 mou0 mo1s mml " +
  "mo1c mo4d mo20 mo20 mo1l fo1 mo20 mo1n fo1 mo1s mo1g fo1 mo1s mo1o fo1 mo1s mo1o fo1 mo5s mo53 mow mo28 mo53 fo4 mo1h " +
  "mo1s fo1 mow mo20 mo20 fo2 fo68 fo1 fo3 fo69 fo6a fr6d fo6e fr6b fo6c fm6f fo6g fm6m fo6n fo6k mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo52 ro1,2i fo1 mo48 mo20 fo1 mo48 mo48 mo48 mo28 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo1k fo1 mo1s mob4 mo1s moqo mo8x mm1s fm1 mow mo28 mo1s mo4g mob4 mo1s mo20 fo1 fo3 mo1k mo20 " +
  "fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm4g mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fob mo1s fo1 foe fma mo1s molc fov " +
  "fo17 fo1j mo48 mo48 molc fonh mo48 fony fowd fopt fopm fopl foo3 foo2 foo1 mow mo20 mo20 fo2 fo12m fo1 fo3 fo12n fo12o " +
  "fr12r fo12s fr12p fo12q fm12t fo12u fm130 fo131 fo12y mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 " +
  "fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo2bj mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 " +
  "fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s " +
  "fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob " +
  "fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3l fm2 fo5 mo2d fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x " +
  "fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 " +
  "fo7 mo1k fo1 mo2c mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod " +
  "foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2e fo1z mo1s fo1 mo1s " +
  "fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo52 ro1,2k fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1k fo7 mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 " +
  "mo1c rm-,w fo2 fo3 mo3h fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1k fo6 mo1h mo1f " +
  "cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w fo2 fo3 mo3h fm2 fob foa fo9 fo8 fo6 fo5 mo2c mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g " +
  "fo1 ro2,2p fo1 mo31 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mocxz ro1,cxy fo3 fm7 fo4 fog fr6 " +
  "fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 " +
  "fo3 mos fo2 fo1 rm-,w mo5x moas mo94 mo1n mo1o mo1o rm7,1s mo1p mo1p mo1q mo1p rm5,3k mo1p mo1p mo1n mo1o mo1n mo1s mo1r " +
  "mo1p rm9,5c mo1o mo1m mo1p mo1n mo1j mo1j mo1j mo1j rm9,74 mo1j mo1m mo1o mo1r mo1r mo1r mo1t mo1l rm9,8w mo1m mo1h fo1 " +
  "mo1l fo1 mo1n fo1 mo1v mo22 rm7,bk mo22 mo57 mo60 moa9 mo1j fo1 mo1i fo1 mo1j mo1k fo1 monl rma,e8 mo1m1 mo1f fo1 mo36 " +
  "mo3e mo1f fo1 mo1f fo1 mo1f fo1 mo1v mo1h fo1 mo1i fo1 mo2v mo1r fo1 mo7k mo1g fo1 rmf,gw mo1l fo1 mo1p fo1 mo1i fo1 " +
  "mo1n fo1 mo1n fo1 mo1o fo1 mo1o fo1 mo1h fo1 mo1n fo1 mo1g fo1 mo1i fo1 mo1f fo1 rmd,kg mo1l fo1 mo1l fo1 mo1k fo1 mo1m " +
  "fo1 mo1p fo1 mo1t fo1 mo1f fo1 mo1r fo1 mo1k fo1 mo1h fo1 mo1l fo1 mo1h fo1 mo1m fo1 mo1g fo1 mo16 mo2s mo1l fo1 rmi,o0 " +
  "mo1u modk mors moj7 mo64 mo3k mo1i fo1 mo1i fo1 moy mo1r mo9x mo29 monk mo1v mo25 moy mo1j fo1 mo1s mo1e mo68 mo3h mo1c " +
  "mo2s mo1s mo1u fo1 mo1j fo1 moy mo1s mo1z mo7s mo3h mo1c mo2i mo1s mo1l fo1 mo1l fo1 moy mo1u mo1w mo7s mo2z mo1c mo2o " +
  "mo1s moy mo1u mo1u mo7c mo2z mo1c mo2o mo1s moy mo1l fo1 rm1j,sg mo1u mo1u mo7c mo3j mo1c mo6o mo1s mo1s fo1 mo1h fo1 " +
  "mo1h fo1 moz mo1q mo27 mo7s mo3j mo1c mo6a mo1s moz mo1q mo25 mo7s mo4j mo7v mo28 mo1w fo1 mo1i fo1 moz mo1r mo2m mo8w " +
  "mo3j mo1c mo8u mo1s mo1l fo1 moz mo1u mo25 mo7s mo9n mo1c mo8y mo3s mo1t fo1 mo1m fo1 mo1g fo1 mo1n fo1 mo1j fo1 mo20 " +
  "mo1h fo1 mo1j fo1 mo1n fo1 rm1i,ww mo11 mo1r mo4w moe0 mo3l mo1c mof5 mo1s mo1s fo1 mo1h fo1 mo1s mo1j fo1 mo1j fo1 mo10 " +
  "mo1q mo27 mo7s mo4r mo1c mo2a mo2g mo1h fo1 moy mo1q mo2m mo94 mo1c mo5s mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1l fo1 " +
  "mo1l fo1 mo9o mo9k mo1l fo1 mo1j fo1 mo1k fo1 moaf mo3c morh mo1r mo2p mo2n mo2o rm1b,128 mo2g mo1k fo1 mo1q fo1 mo1q " +
  "fo1 mo3k mo1k mo1o fo1 mo18 mo72 moeo mo4b mo1c mo7o mo1s mo2g mo1h fo1 mo13 mo2f mo8o mo8l mo20 mo7m mo36 mo2o mo1j fo1 " +
  "mo1g fo1 mo1o fo1 mo1h fo1 mo2o mo1l mo1k fo1 mo1j fo1 mo1g fo1 mo14 mo6i mo19 mocw mo1c mo1k fo1 mo1i mo1n fo1 mo1l " +
  "mo96 moa8 fop foy fo1g fo22 fo2f fo2x fo36 fo3f fo3n fo3y fo48 fo4g fo4q fo50 fo57 fo5h fo6w fo73 fo8e fm19 mo1c fo9f " +
  "fo9q fo9w fo8x fo8r fo8p mo48 mm80 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 foba mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s " +
  "mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 mo1s fo2 foh mo1c mo1k mmg mo1s " +
  "mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c " +
  "mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2e mo48 mo1c mo1k rm-,w fo3 fo4 mo3m fm2 fo6 mo2e fo1 mo1q " +
  "mo48 mo1c rm-,w fo2 fo3 mo2y fm2 fo5 fo7 mo1q fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l fo1 mo1l mo48 mo1c " +
  "rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 fow fo2 mo1s fo1 mo1s fo1 " +
  "mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mo1c mo2e mo48 mo1c rm-,w fo2 fo3 mo3y fm2 fo5 mo2e fo1 mo3i mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mow foi mow fo1 foh fog fof foe fod fo9 fo6 foa fo7 fo4 fo3 fo2 foi " +
  "mo1k mm6w mo1k mm2o mm14 fm1 mo1k fow fo2w fm31 fo32 fo2z fo3e fo2y mo1s fo1 mo1s fo1 mo1h fov1h mo1j mo1h mo12 mo20 fo1 " +
  "mo1j mo3i M2m C10m,1 M2m Mx Mg Mx F1 F3 Mz Cyd,1 Mz M14 M20 C5,o Cg,o Mg F1 fof foi mo1h mo20 mo20 mo1v fo1 mo5s mo20 " +
  "mo22 fo1 mo20 mo22 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2j fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo1c mmw mo1o fo1 mo1m fo1 mob4 fo14 mo1p fo1 mo1n fo1 mo1n fo1 mo1o fo1 mo1o fo1 " +
  "mo1p fo1 mo1p fo1 mo1q fo1 mo10 mo1p fo1 mo1p fo1 mo1p fo1 molc foe mo1n fo1 mo1o fo1 mo1n fo1 mo1s fo1 mo1p fo1 mo1r " +
  "fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1j fo1 mo1m fo1 mo1o fo1 mo1r fo1 mow mo1r fo1 mo1s mo20 mo1k fo1 mo1i mo1m " +
  "mo3c mo1s moqo moo mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1m fo1 moqo mo1r mml mo1c moy1 mo20 mo20 " +
  "mo1l fo1 mo20 mo1l fo1 mo20 mo1i fo1 mozd mow mo28 mozd fo4 mo1i mo5s mo1r fo1 mov4 mo1t mmn mo1c mool mo20 mo20 mo1l " +
  "fo1 mo20 mo1n fo1 mo1s mo1i fo1 mo1s mo1g fo1 mo1s mo1o fo1 mo5s mo1s mo1o fo1 monz mow mo28 monz fo4 mo1i mo1t fo1 mow " +
  "mo20 mo20 fo2 fo80 mo1s fo2 fo4 fo82 fo83 fr86 fo87 fr84 fo85 fm88 fo89 fm8f fo8g fo8d mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo52 ro1,2j fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2i fo1 cm14,8 molc fo8y mo168 fo2 fm3 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2j fo1 mo48 mo20 fo1 mo48 mo48 mo48 mo28 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo1s mo1k fo1 mo20 mo1s mob4 mo1s moqo mo8x mo2o mm1s fm1 mow mo28 mob4 mo1s mo20 fo1 fo3 mo1k mo20 fo2 " +
  "fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm3k mo1k mo1k mo1k mo1k fo7 mo1s fo1 foa fm6 mo1s fo10 fo1c mo5s mo48 mo48 mo48 " +
  "foar fohu fock focd focc foj4 foav foau foat mow mo20 mo20 fo2 fop2 mo1s fo2 fo4 fop4 fop5 frp8 fop9 frp6 fop7 fmpa fopb " +
  "fmph fopi fopf molc fo21g mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo52 ro1,2l fo1 mm5s mo48 mo20 fo1 mo3c moqo mo28 mo1s mo1o " +
  "fo1 mow mo28 mo3c mo1k mo20 fo2 fo1 foc mo48 mo20 fo1 mo3c moqo mo1i mo2g mow mo28 mo4g mo3c mo1k mo20 fo2 fo1 foc mo48 " +
  "mo1c mo20 fo1 mo3c moqo mo3h mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo1c mo20 fo1 mo3c moqo " +
  "mo18 mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo1c mo20 fo1 mo3c moqo mo12 mo28 mo1s mo1o fo1 " +
  "mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo1c mo20 fo1 mo3c moqo mo2f mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k " +
  "mo20 fo2 fo1 fof mo48 mo1c mo20 fo1 mo3c moqo mo3a mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo48 " +
  "mo1c mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1s mo48 mo1s mo48 mo168 fo3e mo1s mo48 mo1s mo48 mo48 mo48 mo28 mo48 mo5a mo1r " +
  "fo1 ro2,37 fo1 mo48 mo48 mo48 mo48 mo60 fo1 mo1s mo48 mo1s mo48 mo1c mo48 mo48 mo48 mo48 mo48 mo48 mo48 cm1,8 mo20 mo1s " +
  "mo1k cm1,8 mo20 mo1k mo20 mo1k cm1,8 mo20 mo1k cm1,8 mo20 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1s mo48 " +
  "mo1k cm1,8 mo1k mo20 mo1k cm1,8 mo1k mo20 mo1s mo1k cm2,8 mo1k mo20 mo1k cm2,8 mo1k mo20 mo1k cm2,8 mo1k mo20 mo48 mo1s " +
  "mo48 mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo1k cmc,8 mo1i mo1h mo1h mo1c mo1c mo1c mo1k mm1s mo1c rm2,1s fo6 fo5 " +
  "fmb cm1,8 mo1k mmw fm3 mo1c fm2 fo1 mo60 mo1c fo1 mo1s mo1c mo1c mo3c ro1,1s fo4 fo3 fmc mo1u mo48 mo1c mo5s mm1s mo1l " +
  "mo1k mo1k fo6 fo7 rm4,1s mo23 fo3 fo4 fo5 fm2 fo7 mo24 fo2 mo25 fo2 mo28 mo1s mo1t mo1s mo3a mmo mm6cg mm274 mm1z rm1,1y " +
  "mm6 mm48 mm8 cm1,1c mm4g mo13 rm-,w mm8 rm6,g cm1,1c mo11 mo1h fo1 rm4,w cm1,1c cm1,1c mo12 rma,1s mo1i fo1 rm6,1s " +
  "cm1,1c cm1,1c cm1,1c cm1,1c rmg,g mo11 mo1h fo1 rma,3k rm4,w mo11 mo1h fo1 rmc,3k cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c mo1h fo1 fmd mm8 mo1h fo1 mo1i fo1 rm3,g mo1h fo1 rmj,5c rm3,w mo1h fo1 mo1h fo1 fm3 mm8 mo1h fo1 " +
  "mo1i fo1 rm3,g mo1h fo1 rm2,w mo1h fo1 mo1h fo1 fm3 mm8 fm1 mm8 mo1h fo1 rmf,74 mo1i fo1 rm4,g mo1h fo1 rm2,w mo1h fo1 " +
  "mo1h fo1 fm3 mm8 fm1 mm8 mo1h fo1 mo1i fo1 rm3,g mo1h fo1 rm2,w mo1h fo1 rmf,8w mo1h fo1 fm4 mm8 fm1 mo17 mo1n fo1 mo11 " +
  "mo1h fo1 mo1h fo1 rm8,bk mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1h fo1 mm8 mo12 mo1i fo1 mo1i fo1 mo1i fo1 mm8 fm1 " +
  "mm8 fm1 mm8 fm1 rm1w,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c mo11 mo1h fo1 mo1h fo1 rmz,e8 mo1h fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 mo11 mo1h fo1 mo1h fo1 mo1h fo1 " +
  "mm8 fm1 mm8 fm1 mm8 fm1 fm8 mo1i fo1 mo1h fo1 mm8 mo1h fo1 fm2 mm8 fm1 mm8 fm1 mm8 fm1 fm1c mo1n fo1 rml,gw mm8 fm1 mm8 " +
  "fm1 mm8 fm1 mm8 fm1 mm8 fm1 fm3y fm3s fm3o fm3n fm3i fm3h fm3g fm3f fm36 fm35 fm34 fm33 fm32 fm31 fm30 fm2z fm1a fm19 " +
  "fm18 fm17 fm16 fm15 fm14 fm13 fm12 fm11 fm10 fmz fmy fmx fmw fmv fm1b fm3x fm40 fm41 fm42 fm44 mo1s mo8 mm28 mo1s mow " +
  "mo3c mo1s mo1k mo1k mo4g rm-,w mow mo3c mo1s mo1k mo1k rm-,w rm-,w rm8,w fm1 mo60 mo60 mo60 mo1s mo60 mo60 mo60 mo60 " +
  "mo60 mo60 mo60 mo60 mo1s mo60 mo60 mo60 mo60 mow mow mow mow mow mow mo1s fo1 fo2 fod fo9 fob foa fo8 fog fof foe mow " +
  "mo1s fo1 fo2 foo fok fom fol foj foq fop co1,m0 mow fo1 mo1k mo1s mo1s mo1s co1,1k cog,14 co1,m0 mow fo1 mo1s mo1s cm5,8 " +
  "fm1 mo1s cm5,8 fm1 mo1s mo1s mo1c rm-,w co1,1k cog,14 mo4g mm0 mo4h mo1t mo1d fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 " +
  "ro7,2p fo7 mo4g ro2,1k rob,21 mo1c mo1c mo20 mo11 mo20 mo80 fo9 mo68 fmg fom fon fol foy fop fmo mo4g mm0 mo4h mo1t mo1d " +
  "fm4 cm1,8 mo8 fo1 mo8 fo1 mm8 mm4w fm1 fm2 ro7,2p fo7 ro1,1b roa,15 mo1c mo1c mofs foi mo5c fmc fo1g fo1h foh fo1n fo2s " +
  "fm2g fo2r fo2l fo1w fo1v fo1u fo1t fo1s fm2f fo2k fo2n fm2u fo2v fop fo5 fo2 mo1p fo1 mo48 mo48 fo2 fo9 fo4 fm74 fo3k " +
  "fo3t fo4h fo4s fo4u fo68 fo6c fo6l fo6q fo6v fm35 fm75 mo2o mo48 mo1c mo2s mo48 mo39 mo48 mo48 mo48 mo2g mo1c mo1q mo1o " +
  "mo1r mo1r mo1q mo1x fo7 mo21 mob4 mo20 mo1c mos mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 mo21 fo2 fo1 mo1c mow mo1e fo2 " +
  "mo21 fo2 fo1 mo1c fod foe mob4 moqo mop mo1c mo1s mow mo28 mob4 fo1 mo1k mo20 fo2 fo1 mo4w fo9e fo9d fo9f fo91 fo8u fo8e " +
  "foq mo48 mo48 mo48 mo48 mo48 fo6 fo2gz fo2kq fo2ko fo2km fo2kl fo2kk fo2ld fo2xw fo2xu fo2xt fo2xs fo2y6 fo2y4 fo2y3 " +
  "fo2y2 fo32h fo32f fo37t fo37s fo37z fo37y fo385 fo384 fo38b fo38a fo38g fo38f fo38l fo38k fo38s fo38r fo39r fo39u fo39x " +
  "fo3a2 fo2hi fo2h5 fo2h4 fo2h3 fo2h2 mow mo20 mo20 fo2 fo3g3 fo1 fo3 fo3g4 fo3g6 fr3g9 fo3ga fr3g7 fo3g8 fm3gb fo3gc " +
  "fm3gi fo3gj fo3gg mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 " +
  "mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 " +
  "fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 " +
  "fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2f mo48 mo1c " +
  "rm-,w fo2 fo3 mo3n fm2 fo5 mo2f fo1 mo1r mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1m mo48 mo1c rm-,w fo2 fo3 " +
  "mo2u fm2 fo5 fo7 mo1m fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo2e mo5c mow mos mow mow mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k " +
  "mm2o mm14 fm1 fo1b fo1w fm21 fo22 fo1z fo2d fo1y mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo14 mo48 mo1c mo68 mo1c fo3 " +
  "fo4 fo2 mo2k mo1m fo7 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 " +
  "mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1m fo6 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 " +
  "fo8 fo6 fo5 mo2e mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo33 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "foc mo20 mo20 fo2 mo20 moqom ro1,qol fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w moph mo8o motm mo1h fo1 mo1g fo1 rm6,1s " +
  "mo1g mo1f mo1h rm4,3k mo1h mo1h mo1g mo1g mo1g mo1i mo1l mo1k fo1 rm9,5c mo1g fo1 mo1l fo1 mo1i fo1 mo1n fo1 mo1j fo1 " +
  "mo1c mo1j mo1c mo1j mo6o mo1j fo1 rmc,74 mo1p mo1o mo1j mo1k fo1 mo1o mo1p mo1i mo1o rm9,8w mo1l fo1 mo1r mo1q mo1q mo1m " +
  "mo1k mo1j fo1 mo1m rm9,bk mo1j mo1h mo1l fo1 mo1k mo1n mo1k mo1s mo1r moo rma,e8 moo mo7z moag moes mo2n mo46 mo1n mo1h " +
  "fo1 moz mo2u mo1l fo1 rmc,gw mo1s mo1r mo6w moov mo3s moi5 mo1k mow mo10 mo3k mo1n fo1 mo1g fo1 mo1i fo1 mo1j fo1 mo1g " +
  "fo1 mo1g fo1 mo1g fo1 rmi,kg mo1m fo1 mo1j fo1 mo1g fo1 mo1n fo1 mo1k mo1j mo1h fo1 mo1i fo1 mo1m fo1 mo1i fo1 mo1k fo1 " +
  "mo1m fo1 mo13 mo1o mobd mot4 mo3j mo1c mo2y mo1k rml,o0 moz mo1s mo1x mo7s mobn mo2z mo1t mow mo1f fo1 moz mo1m mo2b " +
  "mo1z mo60 mo1w mo2h mo1i fo1 mo1n fo1 mo2g mo1i fo1 mo1q mo13 mo1s mo7b mo1l mog0 mo23 mo1c mo1c mo1c moy mo1p fo1 mo1w " +
  "mo1d mo6g mo29 mo1c moz mo1p fo1 mo1w mo1n mo6g mo2j rm18,sg moy mo1n fo1 mo1u mo1m mo6w mo4z mo28 mo9a mo1n mo28 mo1k " +
  "fo1 mo1l fo1 mo24 mo27 mo1g fo1 mo1j fo1 mo10 mo1u fo1 mo21 mo45 mo9c mo4h mo1c mo30 mo1n fo1 mo28 mo12 mo2b mo31 mo8o " +
  "mo7n mo58 mo5x mo1i mo1j mo2o mo1k fo1 mo1g rm13,ww mo1i mo14 mo2e mo5e moc0 mo3f mo21 mo1j fo1 mo1l fo1 moz mo1t mo23 " +
  "mo7s mowj mo48 mo7o mo2n mo2a mo4o mo29 mo24 mo29 mo29 mo2h mo22 mo1j mo1v fo1 mo1h mo34 mo1i fo1 mo1h fo1 mo1h fo1 mo1j " +
  "mo1i mo1i fo1 mo1i mo16 mo1t mol6 mo2f mo10w mo2d mo3f mo1c rm19,128 mo10 mo1r mo1p mo6o mo4v mo2r mo2d mo1n fo1 mo1g " +
  "fo1 moz mo1q mo2o mo94 mo61 mo2i mo1l fo1 mo1i fo1 mo28 mo1m mo12 mo1r mo3x moa8 mo1c mo1j motr mown mo36 mo2r mo20 mo2i " +
  "mo1c mo2d mo28 mo1n mo1n mo12 mo1n mo2a mo23 mo6o mo2l mo1m mo1h fo1 mo1o mo1g fo1 mo1k rm1c,18g mo1i mo1h mo1g fo1 mo1g " +
  "fo1 mo4w mo1i fo1 mo1n mo1j fo1 mo1k mo1h mo1l mo1p mo1e mo1q moh9 moy0 mo1o moiv mo3s mo76 moo mo2x mo2g mo13 mo2b mo2b " +
  "mo74 mo2t mo2r mo2s mo2j mo28 mo33 mo1c mo2w mo1f fo1 mo15 mo2b mo2y mo7c mo3s mo1k fo1 mo1m mo3k mo1k mo18 mo1r mocx " +
  "mo19 mon4 mo2l mo1c mo3d mo1c mo10 mo1r mo1r mo6w mo6n mo20 mo7h moo mo1u fo1 mo1i mo2g mo1g fo1 mo1h fo1 rm1w,1fk mo1h " +
  "fo1 mo13 mo1u mo55 mo19 moaw mo5p mo28 mo3x mo1q mo2w mo1f mo1i mo1f mo1f mo1f mo15 mo1x mo44 moa0 mo8b mo20 mo7d moo " +
  "mo2o mo1i mo1h mo1h mo2o mo1h mo1i mo14 mo1p mo4j moco mo2x mo1c mo8c mo1h mo1s mo10 mo1y mo1v mo74 mo37 mob3 mo1k mo1i " +
  "moz mo1v mo20 mo7k moed mo20 moaf moo mo2o mo1g mo1i mo48 mo1i mo1f mo1i mo1b mo1z mo8o moio momf mo34 moaz mo2j moo moo " +
  "mo2w mo1h mo1q rm25,1nk mo1f mo1i fo1 mo1h mo1h mo1g mo1g mo1d mo1w moes moqo mo3z mo1s mo5a mo1c mo20 mo11 mo1v mo2v " +
  "mo88 mo2p mo1s mo2s moo mo1s mo10 mo1x mo1y mo6w mo3n mo1k mo47 mo1k mo20 mo11 mo1y mo2b mo80 mo1k mo1s mo1k mo9c mo1l " +
  "fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1g mo1q fo1 mo1c moy mohx moc8 mo2h mo2w mo7j mo3r mo1s mo2w mo20 mo1l mo1m moy mo1w " +
  "mo1x mo80 mo5d mo28 mo2z mo2c mo20 mo20 mo1l mo11 mo21 mo39 mo9k mo1t mo1c mo1c moz mo1z mo1d mo60 mo13 mo1k mo31 mo1s " +
  "mo1h fo1 mo1h fo1 mo10 mo1u mo14 mo5c mo1t mo1k mo36 mo2j mo1c mo1w fo1 mo10 mo1s mo25 mo1e mo60 mo3k mo43 mo6o moan " +
  "mo34 mo1k mo1i mo1i rm34,1wg mo1c mo1p fo1 mo1n mo20 mo1h fo1 mo11 mo2c mo1s mo60 mo1g mo1j mo1k mo2b mo1n mo1h fo1 mo1g " +
  "fo1 mo1g fo1 mo1i fo1 mo40 mo1h mo1f mo1h fo1 mo1f fo1 mo1h mo1a mo1s mo7j moew mow mokn mo48 mo1k moo mo1k moo mo1k " +
  "mo1k mo1k moo mo1k mo1k mo1k moo mo1k moo mo1k moo mo1s moo mo34 mo1c moy mo1i mo96 moow mo1h fo1 mo1c mo1r mo1l fo1 " +
  "mo1c molc mo1l fo1 mo1h mo1f fo1 mo1t fo1 mo1h mo1l fo1 mo1m fo1 mo1g fo1 mo1k mo1o fo1 mo1k mo1k fo1 mo1i mo1k fo1 mo1t " +
  "fo1 mo1l mood mo1f mots fo1f fo26 fo2e fo2s fo32 fo39 fo3k fo3u fo3x fo4k fo4t fo52 fo5m fo61 fo69 fo6i fo6x fo7b fo7r " +
  "fo7z fo8h fo8s fo8w fo9t foa0 foac foal foat fobl fobt foc7 focg focw fod3 foda fodj foe3 foe5 foee fof9 fofk fofn fohb " +
  "fm29 mo1c foic foin foit fohu foho fohm mo1k mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2m fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s " +
  "fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s " +
  "fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 " +
  "moo fo3 mow mo10 mo14 moo fo3 mow foj foh fog fof foe fod fo9 fo5 foa fo7 fo3 fo1 foi mo1c mo2d mo48 mo1c rm-,w fo2 fo3 " +
  "mo3l fm2 fo5 mo2d fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 " +
  "fo7 mo1k fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo2s fm2 fo5 fo7 mo1k fo1 mo1l mo48 mo1c rm-,w fo2 fo3 mo2t fm2 fo5 fo7 mo1l " +
  "fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c rm-,w fo2 fo3 mo3x fm2 fo5 mo2d fo1 mo3h " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow mow foj mow fo1 foi foh fog " +
  "fof foe foa fo7 fob fo8 fo5 fo3 fo2 foj mo1k mm6o mo1k mm2o mm14 fm1 fow fo2x fm32 fo33 fo30 fo3f fo2z mo1s fo1 mo1s fo1 " +
  "mo1h fo1e1 mo1j fo2 mo1h fo2 mo11 mo20 fo1 mo1j fo4 mo3h M2l C10l,1 M2l M20 C6,o M8 F1 fo7 foa mo1h fo9 mo20 mo20 mo1h " +
  "fo1 mo5s mo20 mo1i mo20 mo1h mo20 mo1i mo20 mo1h mo20 mo1i mob4 foc mo20 mo1i mo20 mo1h mo20 mo1h fo1 mo20 mo1l mo20 " +
  "mo1g fo1 mo20 mo1h mo20 mo1k mo20 mo1h mo20 mo1g mo20 mo1h mo20 mo1g fo1 molc foo mo20 mo1h mo20 mo1i mo20 mo1h mo20 " +
  "mo1m mo20 mo1i fo1 mo20 mo1h mo20 mo1i mo20 mo1h mo20 mo1i mo20 mo1g mo20 mo1i mo20 mo1k mo20 mo1l fo1 mo20 mo1i mo20 " +
  "mo1i mo20 mo1i mo20 mo1g mo20 mo1i mo20 mo1j mo20 mo1g fo1 mo20 mo1i mo168 fo18 mo20 mo1i mo20 mo1h mo20 mo1h mo20 mo1g " +
  "fo1 mo20 mo1k mo20 mo1m mo20 mo1g fo1 mo20 mo1h mo20 mo1h fo1 mo20 mo1g mo20 mo1h mo20 mo1i mo20 mo1h mo20 mo1h fo1 mo20 " +
  "mo1h mo20 mo1m mo20 mo1g mo3p mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 " +
  "mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo1c mm0 mo1f fo1 mo1g fo1 mo1g fo1 moo mo1g fo1 mow mo20 mo20 fo2 fo8b " +
  "mo1s fo2 fo4 fo8d fo8f fr8i fo8j fr8g fo8h fm8k fo8l fm8r fo8s fo8p mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i fo1 " +
  "mob4 fot9 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j " +
  "fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2g fo1 molc fok mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s " +
  "mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s " +
  "fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 " +
  "mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 moo fo4 fo3 mow mo10 mo14 moo fo3 mow mo10 mo14 moo fo3 " +
  "mow fok foi foh fog fof foe fo9 fo5 fob fo7 fo3 fo1 foj mo1c mo2f mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fo5 mo2f fo1 mo1r " +
  "mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo1m mo48 mo1c " +
  "rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo2e mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo " +
  "fo3 mow foh mow fo1 fog fof foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mmw mo1k mm2o mm14 fm1 fo1c fo20 fm25 fo26 fo23 " +
  "fo2h fo22 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1m fo7 mo1j mo1f cm3,8 " +
  "mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k " +
  "mo1m fo6 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 mo2e mo5c mow mos mow " +
  "mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g " +
  "fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo33 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 " +
  "mo2wc ro1,2wb fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 " +
  "fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo3x mo3c mo1y mo1g fo1 rm5,1s mo53 mo80 mo1p mo1j fo1 mo28 " +
  "rm6,3k mo1f fo1 mo1f fo1 mo12 mo2u mo1p mo38 mo9c mo8b rm9,5c mo2g moc4 mo20 mo1k mo1n fo1 mo1g fo1 mo2g mo1g rm9,74 " +
  "mo13 mo6a moco mo53 mo7y mo1k mo1o mo12 mo1o mo38 mo9c mo8b mo2g moc4 mo13 mo6a moco mo1k mo34 mo1k fo1 mo1k fo1 mo1o " +
  "fo1 rmn,8w mo1j fo1 mo1j mo1l mo6q mo19 mo88 foi foq fo14 fo1h fo1m fm7 fo2n fo2y fo34 fo24 fo1y fo1w mo1k mo48 mo48 " +
  "mo48 mo48 mob4 fo4g mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k " +
  "mrw mo48 mo1k mo28 foc mow mo4g fo2b6 mo20 mo20 fo2 mo1s fo2 foj mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 " +
  "fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n " +
  "fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g " +
  "mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo3k mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 foh mo1k mm6g mo1k mm2o mm14 fm1 fou fo2t fm2y " +
  "fo2z fo2w fo3b fo2v mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo14 mo20 fo1 mo1j mo3k M2o C10o,1 M2o Mo M8 F1 fo6 fo9 mo1h mo20 " +
  "mo1s mo20 mo1p fo1 mo5s mo20 mo1p fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo8q mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 " +
  "mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mm8 mo1j fo1 mow mo20 mo20 fo2 " +
  "fo57 mo1s fo2 fo4 fo59 fo5b fr5e fo5f fr5c fo5d fm5g fo5h fm5n fo5o fo5l mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l " +
  "fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 ro1,2k fo1 cma,8 fo68 fo69 fo65 fo67 fm1 fo6a fo6r fo6q fo6p fo6o fo70 fo6x " +
  "fo6v fo6u fo7b fo7c fo76 fo74 fo73 fo72 fo7r fo7k fo7h fo7g fo7j fo6f fo6e fo6d fo6c mow mo20 mo20 fo2 fodv fo1 fo3 fodw " +
  "fodx fre0 foe1 frdy fodz fme2 foe3 fme9 foea foe7 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k fo1 mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 mob4 fobip foc mow mo20 mo20 " +
  "fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s " +
  "fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 " +
  "fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n " +
  "fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fov " +
  "fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh " +
  "fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo3k mo5c mow " +
  "mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 " +
  "fo9 fo6 fo3 fo2 foh mo1k mm68 mo1k mm2o mm14 fm1 fou fo2t fm2y fo2z fo2w fo3a fo2v mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo14 " +
  "mo20 fo1 mo1j mo3k M2o C10o,1 M2o M1k C3,o M8 F1 fo7 foa mo1h mo20 mo34 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mmg moqo mo1j mmf mo22 mo20 " +
  "mo20 mo1l fo1 mo20 mo1j fo1 mo20 mo1h fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo5s mo20 mo1o fo1 mo3e mow mo28 mo3e fo4 mo1k " +
  "mo1j fo1 mo1k mow mo20 mo20 fo2 fo5j fo1 fo3 fo5l fo5m fr5p fo5q fr5n fo5o fm5r fo5s fm5y fo5z fo5w mo1h fo1 mo1m fo1 " +
  "mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 " +
  "mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 " +
  "mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 " +
  "mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc " +
  "fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo3k mo5c mow mos mow mow mow " +
  "mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod foc fo8 fo5 fo9 fo6 fo3 fo2 " +
  "foh mo1k mm60 mo1k mm2o mm14 fm1 fou fo2t fm2y fo2z fo2w fo3a fo2v mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo14 mo20 fo1 mo1j " +
  "mo3k M2o C10o,1 M2o M1k C4,o M8 F1 fo7 foa mo1h mo20 mo20 mo1j fo1 mo5s mo20 mo1j fof mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mmg mors mo1j mmf " +
  "mo20 mo1h fo1 mo20 mo1j fo1 mo20 mo1m mo20 mo1j fo1 mo1s mo1o mo1s mo1n mo5s mo1s mo1h fo1 mow mo28 mo1k mors mo1j mmf " +
  "mo20 mo1h fo1 mo20 mo1j fo1 mo20 mo1m fo1 mo20 mo1j fo1 mo1s mo1o fo1 mo1s mo1n fo1 mo5s mo1s mo1h fo1 mow mo28 mo1k " +
  "mo1n mo1n fo1 mow mo20 mo20 fo2 fo65 fo1 fo3 fo66 fo67 fr6a fo6b fr68 fo69 fm6c fo6d fm6j fo6k fo6h mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2l fo1 mm5s mow fo1 mo48 mo20 fo1 mo14 mo48 mo48 mo5s mo48 mo1c mo48 mo48 mo48 mo48 mob4 fo8 mo48 " +
  "mo48 mo10 mo1c mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc foe mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "molc mo1s moqo modg mo1c mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mo1s mo4g molc molc mo1s fo2 mo1k mo20 fo2 fo1 fou fo1j " +
  "mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo5s moqo mo67 mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo1s fo2 mo1c " +
  "mo14 fo1 mo14 fo1 mob4 fog fo4 fo5 foj fop mo1z4 mo1k mo20 fo2 fo1 mm7k mo1s mo20 mo168 foue mo1s mo1s mo1s mo1s mo1s " +
  "mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo1s mo20 mo1s mo48 mo48 mo1s mo1j mo1r fo1 mo1s rm-,w " +
  "fo14x fo17f fo17e fo1kl fo197 fo18z fo18y fo18x fo1li fo1m9 fo158 fo15j fo153 fo152 fo151 fo150 mow mo20 mo20 fo2 fo1s3 " +
  "fo1 fo3 fo1s4 fo1s5 fr1s8 fo1s9 fr1s6 fo1s7 fm1sa fo1sb fm1sh fo1si fo1sf mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 " +
  "mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1k mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c " +
  "mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 moo fo3 mow mo10 mo14 moo fo3 mow foj foh fog fof foe fod fo9 " +
  "fo5 foa fo7 fo3 fo1 foi mo1c mo2g mo48 mo1c mo1k rm-,w fo3 fo4 mo3o fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 " +
  "fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 " +
  "fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foh mow fo1 fog fof " +
  "foe fod foc fo9 fo6 foa fo7 fo4 fo2 foh mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1e fo21 fm27 fo28 fo25 fo2j fo24 mo1s fo1 " +
  "mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 " +
  "mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1n fo6 mo1k mo1f " +
  "cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g " +
  "fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mor0n ro1,r0m fo3 fm7 fo4 fog fr6 " +
  "fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 " +
  "fo3 mos fo2 fo1 rm-,w mo9p mo4o mo4l mo1s fo1 mo1o fo1 rm6,1s mo1g fo1 mo1i fo1 mo1u fo1 mo1m fo1 rm5,3k mo1q fo1 mo1x " +
  "fo1 mo1k mo1s mo40 mo1u fo1 mo1n mo1w mo1n rma,5c mo1l fo1 mo2x mo5k mo1m mo1n mo1j mo1o fo1 moal mo20 mo2i mo3f rmc,74 " +
  "mo20 mo1g fo1 mo1h fo1 mo1l mo1k mo11 mo2v mo1g mo28 mo2x rmb,8w mo7s mo1l fo1 mo1l fo1 mo1r fo1 mo1m fo1 mo1j fo1 mo1h " +
  "fo1 mo1k fo1 mo2w mo1g fo1 rmb,bk mo1h mo1g fo1 mo1h fo1 mo15 mo1v mo6e mo16 moew mo5h mo20 mo1i fo1 mo1l fo1 mo20 mo1m " +
  "fo1 mo11 mo1w mo2y mo9s mo5l mo2o mo1n fo1 mo1j fo1 mo1r fo1 rmo,e8 mo1i fo1 moz mo1u mo3d mo9s mo5l mo2o mo1j fo1 moz " +
  "mo1u mo3e mo9s mo3s mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1m fo1 mo1l fo1 mo1q fo1 rml,gw moy mo4a mo74 mo5t mo7k mo5o " +
  "mo5f mo5b mo1n mo1u mo1j fo1 mo1g fo1 mo1h fo1 mo20 mo1f mo1k mo1s rmi,kg mo11 mo1j fo1 mo2l mo3n mo9k mo2w mo1k mo1g " +
  "fo1 mo1j fo1 mo20 mo1f fo1 mo11 mo1l fo1 mo25 mo3q mo9s mo4f mo20 mo1g fo1 mo1n fo1 mo12 mo1t mo2d mo3p mo19 mo8o mo4p " +
  "mo20 mo1l fo1 rmu,o0 mo10 mo1o fo1 mo28 mo2x mo8w mo31 moz mo1o fo1 mo28 mo25 mo7c mo3l mo20 mo1g fo1 moy mo1k fo1 mo24 " +
  "mo26 mo7s mo4x mo10 mo1p fo1 mo29 mo3q mo1c mo94 mo2n mo1o mo1f fo1 moy mo1l fo1 mo25 mo1q rmy,sg mo6w mo49 mo28 mo1l " +
  "mo1s mo1i fo1 mo10 mo1o fo1 mo28 mo2l mo8g mo89 mo1i fo1 mo28 mo1g fo1 mo12 mo1h fo1 mo21 mo6r mo1e mocg mo9h mo1s mo1l " +
  "mo2w mo2o mo1h fo1 mo14 mo1p fo1 mo29 mo7q mo1f mods mo55 mo28 mo1k fo1 mo12 mo1g fo1 mo20 mo42 mo1c mo9c mo7p mo28 mo20 " +
  "rm1a,ww mo11 mo22 mo6w mo1e moc0 mo7h mo1s mo10 mo1h fo1 mo21 mo6o mo1e mobs mo6n mo1k moch mo28 mo1j fo1 moy mo1q mo2a " +
  "mo66 mo1e moaw mo7f mo1s mo10 mo23 mo6q mo1e mobs mo51 mo20 mo1k fo1 mo20 mo11 mo24 mo3e mo9c mo73 mo1k mo28 mo20 mo1h " +
  "fo1 mo11 mo20 mo4t mo1e mobc mo6r mo20 mo11 mo1n fo1 mo27 mo4m mo19 mob4 moah mo1k mo2w mo1k fo1 mo1h fo1 mo1j fo1 " +
  "rm1s,128 mo13 mo23 mo64 moeo mo4l mobz mo28 mo1h fo1 moy mo1m mo26 mo2m mo8w mo29 moz mo1k fo1 mo24 mo1m mo6g mo57 mo2g " +
  "mo1t fo1 mo1k fo1 mo1s mo10 mo1j fo1 mo23 mo2o mo9k mo6d mo2g mo10 mo1k fo1 mo24 mo35 moao mo7s mo1l fo1 mo1l fo1 moco " +
  "moa0 mo25 mo28 mob0 mo1c mo2p rm1b,18g mo1s mo28 mo1f mo12 mo1t mo1u mo6w mo31 mo1k mo28 mo12 mo1u mo1w mo7c mo2w moy " +
  "mo3d mo6g mo5p mo74 moca mo63 mo1s mo59 mo28 mo1s mo10 mo2j mo47 mo1c mo9k mo2w mo1n mo1s mo10 mo23 mo40 moag mo4x mo28 " +
  "mo20 mo11 mo2b mo4j mo1o mo94 mo39 mo1s mo1p mo1s mo1f fo1 mo10 mo1n mo2u mo1r mo60 mo1s mo1k moz mo1s mo2a mo2d mo7k " +
  "mo2n mo1k mo1s moz mo26 mo1s mo6w mo2f mo1k moz mo26 mo1i mo6o mo55 mo28 moy mo22 mo2x mo9c mo2n moy mo23 mo6w mo2p mo1s " +
  "mo10 mo26 mo1t mo6w mo6r mo20 mo28 mo12 mo1z mo5y mo1e mob4 mo7z mo2g mo2o mo14 mo27 mo6w mo1e moc8 mo37 mo1s mo1s mo10 " +
  "mo1y mo1r mo7k mo3d mo1s mo1s mo10 mo27 mo2r mo19 mo7k mo67 mo1s mo20 mo11 mo20 mo66 mo1e moag mo4x mo1k mo10 mo1z mo5l " +
  "mo1a mo94 mo5z mo1s mo10 mo21 mo5v mo1e moa8 mo23 rm43,1fk mo1c mobv mo1k moy mo1k mo22 mo1f mo6g mo3x mo1s mo20 mo11 " +
  "mo22 mo2s mo88 mo35 mo20 mo1s mo10 mo1y mo24 mo7c mo3j mo20 mo10 mo25 mo1z mo7s mo8p mo2w mo2g mo13 mo21 mo55 mocw mo29 " +
  "moz mo22 mo6g mo57 mo10 mo21 mo9k mo6d mo10 mo22 moao mo7k moch moa0 mo7r mog3 mo1f mo1s mo1r mo2g mo1k fo1 mo1j fo1 " +
  "mo1i fo1 mo20 mo1i mo1g mo5s moad mo1s mo4o mo20 mo1l fo1 mo1m mo1h fo1 mo1o mo1m mo1j mo2o mo1h fo1 mo14 mo1u mo56 moeo " +
  "mo4l mo1k mo3v mo2g mo1m mo1s mo10 mo1u mo3r mo8w mo6r mo1k mo3z mo2o mo1s mo10 mo1j fo1 mo1s mo3w mob4 mo55 mo1k mo3i " +
  "mo2g mo10 mo1h fo1 rm2y,1nk mo1q mo36 mo9c mo1h mo1c mo23 mo1c moy mo1i mo1r mo1e mo5s mo3n mo1c mo2j mo20 mo1h fo1 mo1k " +
  "moz mo1s mo25 mo80 mo3v mo1s mo10 mo1s mo2j mo88 mo9t mo1s mo21 mo2a mo2g mo10 mo1u mo4n moe0 mo4v mo28 mo23 mo1c mo1s " +
  "mo10 mo2m mo20 mo6g mo1p mo1k mo1c mo1c mo1h fo1 moy mo1l mo2k mo19 mo60 mo1l mo10 mo2m mo1p mo5s mo1s mo1h fo1 mo1k moz " +
  "mo1t mo22 mo37 mo94 mogd mo20 mo48 mo1f mo1m mo1k mo1m fo1 mo1g fo1 mo1n fo1 mo1l fo1 mo1j mo28 mo1o mo1k mo12 mo1v mo9s " +
  "mo29 moko mo6o mo1m fo1 mo1i fo1 mo1l fo1 mo1j fo1 mo1o fo1 rm2n,1wg moao moc0 mo6w mo1l fo1 mo1o mo1k fo1 mo1n fo1 mo1r " +
  "fo1 mo1l moeb moe0 fo11 fo1e fo1o fo1v fo1x fo26 fo2c fo2m fo2v fo35 fo3f fo3p fo45 fo4g fo4i fo4p fo4t fo4x fo54 fo5a " +
  "fo5h fo5o fo5y fo65 fo6c fo6k fo6s fo6z fo77 fo7f fo7l fo7p fo7v fo81 fo88 fo8n fo8p fo8x fo9c fo9e fo9h fo9s foa1 foa5 " +
  "foah foar foax fob6 fobh fobp fobz foc7 foce focp focx fod6 fodf fodr foe1 foeb foek foer foez fof5 fofe fofo fogf fogg " +
  "fogj foh2 fohd fohn foij foim fois foje fmc mo1c fokf fokq fokw fojx fojr fojp mo1k mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo52 ro1,2m fo1 mob4 foma mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw " +
  "mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 " +
  "mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mo1c mo2k mo48 mo1c rm-,w fo2 fo3 mo3s fm2 fo5 mo2k fo1 mo1w mo48 mo1c rm-,w fo2 fo3 mo34 fm2 " +
  "fo5 fo7 mo1w fo1 mo1r mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1r mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 " +
  "mo1r fo1 mo2j mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc " +
  "fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2h fo1z mo1s fo1 mo1s fo1 " +
  "mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2r fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1r fo7 mo1o mo1f cm3,8 mo20 fm2 mo24 mo48 mo1c " +
  "rm-,w fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1r fo6 mo1o mo1f " +
  "cm3,8 mo20 fm2 mo24 mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fob foa fo9 fo8 fo6 fo5 mo2j mo5c mow mos mow mow mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k " +
  "mo1g fo1 ro2,2p fo1 mo38 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 moa6j ro1,a6i fo3 fm7 fo4 " +
  "fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 " +
  "mos fo2 fo3 mos fo2 fo1 rm-,w mo3d mo2w mo1g fo1 rm4,1s mo1p fo1 mo1k fo1 mo1t mo28 mo1s fo1 rm6,3k mo27 mo1q mo1k mo1h " +
  "fo1 moz mo2z mo1l fo1 mo21 mo1l mo6g mo3r rmc,5c mo1n fo1 mo1g fo1 mo1k moz mo1m fo1 mo22 mo2c mo80 mo5b mo1j fo1 mo1t " +
  "fo1 mo2g rmd,74 mo13 mo1l fo1 mo21 mo3k mo9k mo2g mo1l fo1 mo1n fo1 mo1p fo1 rma,8w mo2q mo60 mo7t mo8o mo6d mo1k mo59 " +
  "mo28 mo1u fo1 mo1j fo1 mo1h fo1 mo1k fo1 mo1s mo1h fo1 rmf,bk mo1k fo1 mo10 mo1k fo1 mo2a mo3j mo9k mo2o mo1g fo1 mo1j " +
  "fo1 mo1s mo10 mo1t mo3x moao mo4n mo28 mo1g fo1 mo1n fo1 mo20 mo11 mo21 mo3n mo19 mo8w mo4x mo1k mo1s mo1k mo10 mo1l fo1 " +
  "mo1t mo5o mo1a mo94 mo39 rm10,e8 mo1s mo1g fo1 mo1c moy mo1k fo1 mo1s mo1t mo7k mo3d mo1k mo1s mo1m fo1 mo1s mo1f fo1 " +
  "mo10 mo1p fo1 mo1x mo2r mo19 mo7k mo3b mo1s mo1m fo1 mo1h fo1 mo1p fo1 moy mo1n fo1 rms,gw mo1v mo1y mo7k mo53 mo2g mo1k " +
  "moz mo1o mo2u mo9c mo3z mo20 mo1i fo1 moy mo1q mo2g mo88 mo25 mo1c moy mo1h fo1 mo1p mo1h mo6g mo6j mo1s mo1z mo28 mo1l " +
  "fo1 mo10 mo1o mo4n mo16 moaw mo4r mo28 moz mo1r mo2q mo94 mo4r mo28 moz mo1s mo2q mo94 mo41 rm1c,kg mo1s mo1s mo1i fo1 " +
  "mo1k fo1 mo10 mo1r mo32 mo88 mo29 mo1c mo1k moz mo1k fo1 mo1s mo1m mo6g mo3d mo1k mo1u fo1 mo1s mo1j mo10 mo1n fo1 mo1v " +
  "mo21 mo7k mo29 mo1c mo1l fo1 moz mo22 mo1n mo6g mo69 mo1k mo2d mo1k rm12,o0 mo1f fo1 moz mo1m mo2c mo21 mo6o mo28 moz " +
  "mo1t mo3s moag mo2v mo1k mo1x mo1s mo10 mo2g mo20 mo68 moz mo1p fo1 mo1x mo23 mo74 mo29 mo1c mo1l fo1 moz mo1w fo1 mo24 " +
  "mo6g mo4l mo1k mo2d moz mo2c mo21 mo6o mo20 moz mo1t mo2y mo8w mo2z mo1k mo2d moz mo2c mo21 mo6o mo1k mo1l fo1 moz mo1t " +
  "mo20 mo7c mo3d mo20 rm1n,sg mo1g fo1 moz mo1j fo1 mo1r mo1s mo7k mo2z mo1k mo2d moz mo2e mo21 mo6o mo1k mo1n fo1 moz " +
  "mo1v mo20 mo7c mo3d moz mo1j fo1 mo1r mo7k mo4x mo2o mo1n fo1 mo1r fo1 moz mo1j fo1 mo1r mo2i mo94 mo3d mo1k mo24 fo1 " +
  "mo10 mo1x fo1 mo25 mo21 mo7k mo29 mo1c mo1l fo1 moz mo2c mo6g mo6f mo1k mo2r mo1k mo10 mo2c mo28 mo74 mo28 moz mo1t mo40 " +
  "moao mo2t rm1q,ww mo1k mo1x mo1s mo10 mo29 mo28 mo68 moz mo1i fo1 mo1q mo20 mo74 mo33 mo1k mo1k moz mo1n fo1 mo1v mo1w " +
  "mo7c mo23 mo1k mo1h fo1 moy mo1l fo1 mo1t mo1d mo6g moao mo1k fo1 mo1k fo1 mo1j fo1 mo1j fo1 mo1k fo1 mo1j fo1 mo1o fo1 " +
  "mo1u fo1 mog7 moc0 mo2o mo1l fo1 mo1i fo1 mo1k fo1 mo1l mo53 mo7k foq foy fo19 fo1c fo1n fo1p fo1v fo23 fo2c fo2h fo2s " +
  "fo2u fo33 fo3e fo3g fo3q fo3s fo3z fo4a fo4c fo4q fo4s fo4z fo59 fo5h fo5r fo5x fo63 fo6d fo6k fo6r fo6y fo79 fo7l fo7v " +
  "fo85 fo8f fo92 fo94 fo96 fo9n fo9x foa7 foab foah fm1b mo1c fobj fobu foc0 fob0 foau foas mo1k mo48 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 cm1,8 mob4 fodo mo48 mo20 mo1s fo2 mo48 " +
  "mo48 mo48 mo1s mo3c mo1s moqo mo1k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fon " +
  "mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "molc fob mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1c mo1c mo1i fo1 mo1p mo1p mo49 mo5k mo1v " +
  "fo1 ro2,38 mo1c mo2w fo3 fo1 molc mo1s moqo mo1k mo1s mo1l fo1 mo1s mo1o fo1 mo168 fo9 mow mo28 molc mo168 mo1s fo2 mo1k " +
  "mo20 fo2 fo1 fo15 fo1r fo2t foc0 fo3d fo34 fo33 foc3 foc2 fo2y fo2x fo2w mow mo20 mo20 fo2 fojd mo1s fo2 fo4 fojf fojh " +
  "frjk fojl frji fojj fmjm fojn fmjt foju fojr mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2p fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 molc fok9 mm34 mo1s fo1 mo1s foxlk foxlj foxli mo1s fo1 mm8 fm1 mo1r mo20 mo1k fo2 mo28 mo20 mo28 fo9 mo20 mo28 " +
  "mo48 mo20 fo1 mo14 mo48 mo48 mo5s mo48 mo48 mo5s cm3,8 fm1 mou0 mo48 mo1c mo1s mo1s mo1j fo1 mob4 fo9 mo1s mo1m fo1 mo1s " +
  "mo1n fo1 mo1s mo1o fo1 mow mo28 mo4g mob4 fo1 mo1k mo20 fo2 fo1 foo fot mo48 mo20 fo1 mo48 mo1c mo48 mo48 mo5s mo48 mo48 " +
  "mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc fob mo48 mo48 mo48 mo48 mo48 mo48 mo1k fo1 " +
  "mo20 mo1s mo1s molc mo1s moqo mo4c mm1s fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc molc mo1s fo2 mo1k mo20 fo2 fo1 " +
  "mo60 mo14 mo14 mo20 mo1k fo3 mo20 fo1 mm6o mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fow mo1s fo1 foz fmu mo1s fo1s fo2e mo48 mo1c mo20 fo1 " +
  "mo14 mo48 mo1c mo48 mo5s mo5s cm1,8 mo1c fm2 mors mo9o mo1c mo1s mo1g fo1 mow mo28 mo5s fo1 mo1k mo20 fo2 fo1 foe fol " +
  "mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "molc fob mo48 mo48 mo48 mo48 mo48 mo48 mo1k fo1 mo1s molc mo1s moqo moay mo2w mm1s fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow " +
  "mo28 molc molc mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm6o fo3 mo1s fo1 fo6 fm2 mo1s foy fo1k mo48 " +
  "mo20 fo1 mo5s mo1k mo48 mo20 fo1 mo1c mo3c cm6,8 fm1 moxc mo1s mo1h fo1 mo1s mo1j fo1 mo1s mo1h fo1 mo5s mo1s mo1i fo1 " +
  "mo1s mo1j fo1 mo1s mo1k fo1 mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 fop mo48 mob4 fot mo48 mo48 mo48 mo48 mo1c mo28 " +
  "mo48 mo28 mo20 mo48 mo28 fo3 fo4 mo48 mo48 mo1c mo48 mo1c mo1s mo1s mob4 mo1s moqo moer mow mo28 mob4 mo1s mo20 fo1 mo20 " +
  "fo1 fo4 mo1k mo20 fo2 fo1 fov fo1p foru fow3 fow2 fose fos7 fos6 fo11c fowh fowg fowf fo11g fo11f fo11e fo18e fo126 " +
  "fo123 fo122 fo18i fo18h fo18g fos5 forz fory forx mow mo20 mo20 fo2 fo1h8 fo1 fo3 fo1h9 fo1ha fr1hd fo1he fr1hb fo1hc " +
  "fm1hf fo1hg fm1hm fo1hn fo1hk molc fo6r9 mow mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2g fo1 mo1k mrw mo48 mo48 mo48 " +
  "mo48 mo20 fo1 mo48 mo28 mo48 mo5s mo48 mo5s moqo mo8d mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo20 fo1 fo2 mo1k " +
  "mo20 fo2 fo1 fog fol mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo168 fo1a mo48 mo48 mo20 fo1 mo48 mo5s mo48 " +
  "mo48 mo1c mo5s moqo mo47 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foh fok mo48 mo20 fo1 mo48 " +
  "mo48 mo48 mo5s mo48 mo48 mo48 mo1c mo5s moqo mo5h mo1s mo1l fo1 mo1s mo1o fo1 mob4 fo8 mow mo28 molc mob4 mo1s fo2 mo1k " +
  "mo20 fo2 fo1 fok fop mo48 mo48 mo48 mo1c mo20 mo1s fo2 mo1s mo48 mo1c mo1c mo1i fo1 mo1s mo3c mo1p mo1p mo49 mo5k mo1v " +
  "fo1 ro2,38 mo1c mo2w fo3 fo1 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo28 mo48 mo28 mo48 mo28 mo48 mo48 " +
  "mo48 mo48 mo28 mo48 mo28 mo48 mo28 molc foj mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo1s mo1k fo1 mo1s molc mo1s moqo mo4e mmw fm1 mow mo28 molc mo1s mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 " +
  "fo8 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm80 mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fod mo5a " +
  "mo1v fo1 ro2,3d fo1 mo1s fo1 foj fmf mo1s fo1l fo2s mo48 mo20 fo1 mo48 mo48 mo1c mo3c mo48 mo1c mo3c mo1s mo5s mo48 mo48 " +
  "mo48 mo48 mo1c mo1i fo1 mo1s mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo2w fo2 fo1 mob4 fog mob4 mo1s moqo mo8c mo1s mo1l fo1 " +
  "mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fog fo15 fo6xt fo6yn fo6ym fo78a fo71j fo71e fo71d fo79z " +
  "fo79y fo7bz fo7by fo7bx fo7bw fo7bu fo7bt fo7h4 fo7h3 fo7ji fo7k3 fo6yi fo6xy fo6xx fo6xw mow mo20 mo20 fo2 fo7pw fo1 " +
  "fo3 fo7px fo7py fr7q1 fo7q2 fr7pz fo7q0 fm7q3 fo7q4 fm7qa fo7qb fo7q8 mob4 fotky mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw " +
  "mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo2b7 mo20 mo20 fo2 fo1 foh mo1c " +
  "mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s " +
  "fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 " +
  "fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2j mo48 mo1c mo1k rm-,w fo3 fo4 mo3r fm2 fo6 mo2j fo1 " +
  "mo1v mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1v fo1 mo1q mo48 mo1c rm-,w fo2 fo3 mo2y fm2 fo5 fo7 mo1q fo1 mo1q mo48 " +
  "mo1c rm-,w fo2 fo3 mo2y fm2 fo5 fo7 mo1q fo1 mo2i mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 " +
  "fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo3c mo1k mm2o mm14 fm1 mo1k fo1e fo1z fm24 " +
  "fo25 fo22 fo2g fo21 mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2o fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o fo1 mo5s mo55 mo1j fo1 ro2,2m " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2q fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1q fo6 mo1n mo1f " +
  "cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 " +
  "mo2k mo1q fo6 mo1n mo1f cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fob foa fo9 fo8 fo6 fo5 mo2i mo5c mow mos " +
  "mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow " +
  "mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo37 mo3c fo2 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 mo20 " +
  "mopk5 ro1,pk4 fo3 fm7 fo4 foh fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 " +
  "fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w moil mob4 mo2t mo1i fo1 rm5,1s mo1i fo1 mo1n fo1 mo1p fo1 mo48 " +
  "mo1w rm6,3k mo1r fo1 mo1k mo1o mo1z mo24 mo1r mo1t mo1m rm9,5c mo1s mo1s mo1l mo1l mo1i fo1 mo3p mo2g mo2l mo13 rma,74 " +
  "mo2p mo1c mo1h fo1 moy mo2y mo1m fo1 mo29 mo14 mo5c mo13 rmb,8w mo2y mo1l fo1 mo1m fo1 mo1m fo1 mo11 mo1l fo1 mo28 mo16 " +
  "mo5c mo33 mo20 mo1t fo1 mo1r fo1 rme,bk mo1r fo1 mo1g fo1 moz mo1t fo1 mo2g mo22 mo7c mo1l fo1 mo1n fo1 mo1p fo1 mo1k " +
  "fo1 mo1o fo1 mo1u fo1 mo1g fo1 rmf,e8 mo1r fo1 mo44 mo80 mo3p mo2g mo2y mo17 moy mo1n mo2f mo18 mo5k mo17 mo11 mo1m mo2e " +
  "mo1a mo5k mo33 mo20 moz mo2l mo2c mo7c mo44 mo80 mo1r mo3f mo13 mo1c mo9z moy mo1p mo26 mo16 mo5c mo2p mo41 rm13,gw mo1c " +
  "mo1c mo20 mo1h fo1 mo1h fo1 mo1h fo1 mo11 mo1i mo2h mo4s mo19 mo88 mo10 mo1l fo1 mo22 mo2i mo6w mo2g mo2h mo60 mo1r mo1y " +
  "rmn,kg mo3l mo13 mo1c mo2m moy mo2b mo16 mo5c mo2p mo5h mo11 mo2m mo7w mo1c mo9s mo10 mo27 mo2i mo6w mo2h mo60 mo1r mo28 " +
  "mo25 mo37 mo5l mo1g fo1 mo1k fo1 mo1h fo1 mo28 mo1g fo1 mo12 mo1l fo1 mo2e mo3i mo9s mo33 mo20 mo1m fo1 moy mo2i mo1t " +
  "mo7c mo2g mo2h mo60 mo1r mo28 mo21 mo2e mo45 rm1g,o0 mo1z mo1h fo1 mo1q fo1 mo1p fo1 moy mo2b mo3a mo15 mo8g mohz mo20 " +
  "mo1y mo2c mo1i fo1 mo1i fo1 mo1q fo1 mo1n fo1 mo1m fo1 mo1q fo1 mo28 mo1g fo1 mo1i fo1 mo1g fo1 rmo,sg mo12 mo2a mocv " +
  "mo3t mom8 mo2g mo2m mo60 mo1r mo28 mo26 mo2j mo4l mo2o mo1i fo1 mo1v fo1 moy mo2h mo3w mo15 mo8w mojt mo20 mo2d mo1j fo1 " +
  "mo1j fo1 mo12 mo2g mof6 mo3t moo0 mo2g mo2m mo60 mo2l moek mo1z mo1c mo1s mo10 mo1j mo27 mo1i mo68 moz mo2c mo6w mo2l " +
  "mofi mo1z mo1c mo10 mo2c mo1i mo68 moz mo2c mo6w mo1x mo2g mo9v mo1h mo1c mo1i rm1t,ww moz mo1t mo1a mo5s mo1d moy mo1u " +
  "mo17 mo5k mo2h mo1l fo1 moz mo1t mo1p mo6o mo2o mo30 mo68 mo1x mo2g mocv mo1h moz mo1u mo5s mo1h moy mo1w mo1b mo5s mo2x " +
  "moz mo1v mo2b mo74 mo2o mo30 mo68 mo1x mo28 mo1s mo1v mo1o mo1p mo1n moz mo21 mo1l mo68 mo5x mo2o mo1j fo1 mo1g fo1 mo1k " +
  "fo1 rm1j,128 mo1k fo1 moy mo22 mo2u moa8 mo3v mo28 mo1g fo1 mo20 mo1k mo1k mo1i mo11 mo21 mo24 mo88 mo2o mo2v mo68 mo1j " +
  "mo20 moaa mo1j fo1 mo28 mo1s mo5s mo1j mo20 mo38 mo1j fo1 mo1m mo5s mo1x mo2g moa8 mo1h mo1c mo1o mo1n fo1 moz mo1u mo1d " +
  "mo5s mo13 moy mo1v mo14 mo5c mo2d mo1n fo1 mo11 mo1u mo1u mo6o mo35 mo68 mo3v mo48 mo1r mo2n mo1v mo1c rm1r,18g mo1f " +
  "mo1k moz mo1x mo2c mo1f mo68 mo1n mo1l mo2g mo1f fo1 mo1l fo1 mo13 mo1q mo2x mo1r mo5s mo20 mo11 mo1v mo2a mo27 mo60 " +
  "mo25 mo1s moy mo20 mo1h mo6g mo43 mo1c mo35 mo1s mo1m moz mo1k mo1z mo29 mo8g mo5p mo1c mo8v mo28 mo1q mo1r fo1 mo1w " +
  "mo20 mo1h fo1 mo1l mo1o mo11 mo1h mo1w mo46 mo1c moa0 mo79 rm1m,1fk mo28 mo64 mo2v mo1m fo1 mo2g mo1j mo1i fo1 mo1j fo1 " +
  "mo13 mo1q mo25 mo5w mo16 mobk mo3l mo1c mo3x mo1s mo1o fo1 mo28 mo12 mo20 mo2y mo7s mo3j mo1s mo30 mo20 mo11 mo25 mo2c " +
  "mo7s mo2n mo1s mo1k mo10 mo2b mo1x mo6w mo1c mo48 mo1p fo1 mo65 mo88 mo1x mo2g mocc mo13 moy mo1w mo14 mo5c mocv mo2o " +
  "mo2v mo1c mo1o fo1 mo20 mo1k fo1 mo1k mo1o mo1m mo11 mo1z mo2r mo32 mo74 mo1s mo2g rm1y,1nk mo1o fo1 mo1p mo1r mo1q mo1f " +
  "fo1 mo1s mo1m mo18 mo1v mo9u mo1l moh4 mo2d mo2e mo1c moy mo1s mo1r mo6o mo2o mo31 mo68 mo3t mo3s moeg mo1v moz mo23 " +
  "mo2i mo68 mo1n mo21 mo13 mo33 mo2d mo68 mo11 mo21 mo2g mo27 mo60 mo7p mo28 mo6c mo38 mo1w mo13 mo1w mo2b mo6a mo16 moc0 " +
  "mo5r mo9g mo28 mo11 mo1s mo27 mo48 mo1c moa0 mo3n mo47 mo1s mo12 mo1w mo2b mo30 mo80 mo2t mo1c moy mo1y mo2d mo74 mo3j " +
  "mo1s mo3h mo11 mo2b mo2e mo7s mo17 moy mo22 mo18 mo5k modn mo2o mo2v mo11 mo2x mo74 mo3s mo1o mo19 mo21 moay mo1l moi0 " +
  "mo48 mo66 mo80 mo2b moao mo1h mo1c mo1p moz mo1x mo1d mo5s mo1d moy mo1y mo18 mo5k mo13 mo1k rm3c,1wg moz mo1x mo5c mo1h " +
  "moy mo1z mo1c mo5s mo17 moz mo1y mo18 mo5k mo3z mo6o mo1x mo2g mo3d mo1v mo1h fo1 mo1l moz mo1r mo1h mo68 mo4v mo2g mo1f " +
  "fo1 mo1j fo1 moy mo1s mo2f mo94 mo3h mo20 moz mo1r mo1z mo7s mo2w mo68 mo8w mo1o fo1 mo1m fo1 mo1i fo1 mo1k fo1 mo1g fo1 " +
  "mo1j fo1 mo1l mosw momw foi foq fox fo10 fo17 fo1c fo1i fo1n fo1u fo1w fo2a fo2c fo2h fo2o fo2u fo32 fo3b fo3m fo3w fo3x " +
  "fo42 fo45 fo4f fo57 fo59 fo5e fo5h fo5t fo61 fo6b fo6r fo78 fo7i fo7o fo83 fo84 fo8e fo8i fo8q fo8v fo93 fo96 fo9c fo9j " +
  "fo9x foa8 foag foaj foar foaw fob0 fob3 fobc fobh fobp fobs foc1 foc3 foce focg foct fod2 fod6 fodt foe4 foe8 foei foet " +
  "foex fof9 fofa fofh fofl fog7 fog8 fogg fogi fogq fogw foh2 foh5 fohs foi3 foie foih foj6 fm1g mo1c fok8 fokj fokp fojp " +
  "fojj fojh mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fom0 mo1c fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 mm34 mo48 mo20 fo1 mo1c mo1c mo1i fo1 mo1s mo1p mo1p mo49 mo5k mo1v " +
  "fo1 ro2,38 mo1c mo2w fo3 fo1 mo48 mo48 mo1s mo3c mo5s mo48 mo1c mo1s mo1s mo1s mo1s mo1k fo1 mo20 mo1s mo1s mo5s mo1s " +
  "moqo mo19 mo1s mmw fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 " +
  "mo20 fo1 mm1s mo1k mo1k mo1k mo1k mo1k mo1k fo9 mo5a mo1v fo1 ro2,3d fo1 mo1s fo1 fof fmb mo1s mob4 foz fo1a fo1s mo48 " +
  "mo20 fo1 mo3c mo1c mo1i fo1 mo3c mo1p mo1p mo49 mo5k mo1v fo1 ro2,38 mo1c mo2w fo3 fo1 mo48 mo48 mo3c mo5s mo48 mo1c " +
  "mo1s mo1s mo1k fo1 mo1s mo5s mo1s moqo mo1m mo1s mmw fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k " +
  "mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo5a mo1v fo1 ro2,3d fo1 mo1s fo1 fo9 fm5 mo1s mob4 fot fo10 fo1h " +
  "mo48 mo20 fo1 mo3c mo48 mo48 mo3c moqo mo23 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 " +
  "foj mo48 mo20 fo1 mo48 mo48 mo3c moqo mo29 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foi " +
  "mo48 mo20 fo1 mo48 mo48 mo1c mo3c moqo mo1v mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 fok molc fo5a mo48 mo20 fo1 mo48 mo48 mo1k fo1 mo1s mo1s mo3c mo1s moqo mo12 mmw cm1,8 mmg rm2,1s fm2 fm4 mo2g fm2 " +
  "mow mo28 mo1s mo4g mow mo1s mo4g mow mo1s mo4g molc mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 " +
  "mo1s fo1 mo5s fo7 fm3 mo1s fo14 mo48 mo20 fo1 mo48 mo48 mo1k fo1 mo1s mo3c moqo mo17 mmw cm1,8 mmg rm2,1s fm2 fm4 mo2g " +
  "fm2 mow mo28 mow mo1s mo4g mow mo1s mo4g molc mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 mo1s " +
  "foymp fo1 mo5s fo7 fm3 mo1s fo10 mo48 mo48 mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo1k fo1 mo5s moqo mo8j mo20 mmw fm1 " +
  "mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fom fos " +
  "mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo1k fo1 mo5s moqo mobj mo20 mmw fm1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fom fos mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo1k " +
  "fo1 mo5s moqo mo20 mmw fm1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c mo1k fo4 " +
  "mo1s fo1 fo7 fm3 mo1s fom fos mo48 mo1c mo20 fo1 mo1k fo1 mo3c moqo mo8y mo28 mm1c fm1 mow mo28 mo1s mo4g molc mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 mo1s fo1 fo6 fm2 mo1s mo5s for mo48 mo1c mo20 fo1 mo1k fo1 " +
  "mo3c moqo mo1w mo28 mm1c fm1 mow mo28 molc mo3c mo1s mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mmw fo3 mo1s fo1 " +
  "fo6 fm2 mo1s mo5s fop mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo1k fo1 mo5s moqo mo8w mo20 mmw fm1 mow mo28 molc mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fom fos mo48 mo20 fo1 mo48 " +
  "mo1c mo1c mo48 mo1c mo1s mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mob4 mo1s moqo mo1b mo1s mo1l fo1 mo1s mo1o " +
  "fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 foh fow mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo1k fo1 mo1s mo5s mo1s moqo " +
  "mob0 mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mow mo28 mo1s mo4g mow molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 " +
  "mo20 fo2 mo20 fo1 mm1c mo1k fo4 mo1s fo1 fo7 fm3 mo1s fov fo10 mo48 mo20 fo1 mo48 mo1c mo1c mo48 mo1c mo1s mo48 mo5s " +
  "mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo1s mo1k fo1 mo1s mob4 mo1s moqo mod4 mmo cm1,8 mmc rm2,1s fm2 fm4 mo28 fm2 mow " +
  "mo28 mow molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm2o mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "foa mo1s fo1 fod fm9 mo1s fo11 fo1g mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo1k fo1 mo5s moqo mo9c mmo cm1,8 mmc " +
  "rm2,1s fm2 fm4 mo28 fm2 mow mo28 mo80 foa0 mow molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mm1s fo3 mo1s fo1 mo1s fo1 fo7 fm3 mo1s fou foz mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo1k fo1 mo5s moqo mo21 mo20 mmw fm1 " +
  "mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fom for " +
  "foh7 fohk fohj foia foi9 foj6 foj5 folf fole fomr fomq fops fopr foqg foqf foqm foql foqt foqs fort fors fosd fosc fotq " +
  "fotp foug fouf fovi fovh fow7 fow6 fowv fowu foxs foxr foyf foye fo10d fohi fohb foha foh9 mow mo20 mo20 fo2 fo16b fo1 " +
  "fo3 fo16c fo16d fr16g fo16h fr16e fo16f fm16i fo16j fm16p fo16q fo16n mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c " +
  "mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s " +
  "fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 " +
  "mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc " +
  "fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2f mo48 mo1c mo1k rm-,w fo3 fo4 mo3n fm2 fo6 mo2f fo1 mo1r mo48 mo1c rm-,w fo2 " +
  "fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u " +
  "fm2 fo5 fo7 mo1m fo1 mo2e mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof " +
  "foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1d fo1y fm23 fo24 fo21 fo2f fo20 mo1s fo1 " +
  "mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1m fo7 mo1j mo1f cm3,8 mo1v fm2 " +
  "mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1m fo6 " +
  "mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 mo2e mo5c mow mos mow mow mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f " +
  "mo1s mo5k mo1g fo1 ro2,2p fo1 mo33 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo3g0s ro1,3g0r " +
  "fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 " +
  "mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo3u7 mo1hc mott mo1r fo1 mo1k fo1 rm6,1s mo1o fo1 mo1y fo1 mo1u fo1 mo1x fo1 " +
  "rm5,3k mo1p fo1 mo1k mo13 moz mo2u rm6,5c mo14 mo5c momo mo1m mo1g mo1l fo1 mo1l mo1o mo1i mo1n rmb,74 mo1k mo1k mo1l " +
  "fo1 mo1m fo1 mo1l mo1i mo1h mo1k rm9,8w mo1p mo1i fo1 mo1o mo1n fo1 mo1m fo1 mo1r mo1l fo1 mo1m fo1 rm9,bk mo1l fo1 mo1l " +
  "fo1 mo1l fo1 mo1k fo1 mo1o fo1 mo1r fo1 mo1s fo1 mo1n fo1 mo1l fo1 mo1i fo1 mo1n fo1 mo1m fo1 rmd,e8 mo1q fo1 mo1q fo1 " +
  "mo1m fo1 mo1n fo1 mo1r fo1 mo1w mo1n fo1 mo1o mo1q mo1s mo1q mo1q rmd,gw mo1o mo1q mo1l fo1 mo1k fo1 mo1i mo1h mo1o mo1h " +
  "mo1o fo1 mo1g fo1 mo1m mo1n rmd,kg mo1m mo1m fo1 mo1l mo1f mo1i fo1 mo1k fo1 mo1j mo1j mo1o mo1p mo1h fo1 mo1s mo4g5c " +
  "fo12xe mo1w mo1i fo1 mo1l fo1 mo1n fo1 rmi,o0 mo1q mo1r fo1 mo1p mo1q mo1i mo1k mo1q mo20 mo1l mo1o mo1l mo1q mo1s mo1l " +
  "mo1o mo1u rmh,sg mo1h mo1h mo1q mo1m mo1m mo1j mo1c mo1w mo47 mo32 mo1j fo1 mo1l mo1h fo1 mo1n fo1 mo1g fo1 mo1g fo1 " +
  "mo10 mo1q mo2q mo8g mofz mof9 mo27 mo1j mo1i mo1h mo1q rms,ww mo1n fo1 mo1m fo1 mo1p mo1i fo1 mo1g fo1 mo1o mo1y mo13 " +
  "mo1o mo9g mok8 mo3f mo1h fo1 mo21 fo1 mo1c moy mo1r fo1 mo2b mo7s mo4l mo1s mohg mo1o fo1 mo1g fo1 mo1g fo1 mo1g fo1 " +
  "mo1h fo1 moz mo28 rmu,128 mo2n mo8w mo9d moa4 mo1l fo1 mo1g mo1i fo1 mo1h fo1 mo1n fo1 mo1p fo1 mo1p fo1 mo1l fo1 mo1c " +
  "mo1g fo1 moy mo1n fo1 mo5a modk moc7 mo8z mo1t mo1r fo1 mo1w mo1j fo1 mo1k fo1 mo1k fo1 mo1n mo1m mo12 mo8q mogg mo5b " +
  "mo58 mo20 rmz,18g mo1h mo1h mo1g mo1s mo1m mo1o mo20 mo1g fo1 mo1h mo1h mo11 mo1r mo51 mo9k mo5l mo20 mo27 fo1 mo1s mo1j " +
  "fo1 mo20 mo1k mo1k mo11 mo1p mo41 mo9s mo7f mo20 mo1g fo1 mo1j fo1 mo20 mo1j fo1 mo1n mo1n mo11 mo1p mo4p mobs mo7f mo1c " +
  "mo4o mo34 mo1v mo1m fo1 mo1l fo1 rm1a,1fk mo1s mo10 mo1x mo45 mobs mo61 mo1c mo3d mo1x mo10 mo20 mo3m moa8 mo1c mo1i fo1 " +
  "mo25 mo56 mo6f mo1s mo2v mo1c mo20 mo1h fo1 mo1j fo1 mo1h fo1 mo11 mo1i fo1 mo2k mo37 mo19 mo74 mo1m fo1 mo1m fo1 mo1m " +
  "mo1o fo1 mo1i fo1 mo20 mo11 mo1m mo25 mo44 moao mo1s mo10 mo1m mo2h mo6g momj mo7m mo3n mo1s mo1f fo1 moz mo1m mo26 mo34 " +
  "mo80 mo2l mo1c mo1n mo1l rm1q,1nk mo1k mo1s mo12 mo26 mo2a mo6w mo54 mo1m mo1p fo1 mo1j fo1 mo1l fo1 mo1g fo1 mo1m mo1o " +
  "mo1k mo14 mobn moqw mo1p mo1j mo27 mo1c mo1o fo1 mo25 mo1s mo1i fo1 mo2f mo1s mo10 mo1u fo1 mo21 mo1x mo6g mo1k fo1 mo1m " +
  "fo1 mo2c mo60 mo1v mo1n mo2s mo13 mo1c mo1h fo1 moy mo1l fo1 mo1w mo14 mo5c mo13 mo1h fo1 moz mo1p fo1 mo20 mo5c mo2m " +
  "mo68 mo1n mo20 mo1p mocf mo1l fo1 mo1x mo60 mo3p mo1s mo1i fo1 mo1l mo2t mo20 mo1k fo1 rm1z,1wg moz mo1l fo1 mo1y mo1t " +
  "mo74 mo2f mo60 mo1k mo1r fo1 mo1k mo1h fo1 moz mo1o fo1 mo21 mo1x mo1s mo1k fo2 mo6o mo1z mo1t mo1k mo1i fo1 moz mo1s " +
  "fo1 mo25 mo1m mo68 mo1j mo1k mo1k mo1c moy mo1l fo1 mo1y mo1c mo5s mo1d moy mo1n fo1 mo20 mo17 mo5k mo1z mo1k mo1w mo1s " +
  "mo10 mo1l fo1 mo1y mo1m mo68 mo1t mo1c mo1k mo1i fo1 moz mo1j fo1 mo1w mo1e mo60 mo1t moz mo1k fo1 mo1x mo1e mo60 mo1z " +
  "mo1k mo2a mo1k moz mo1u fo1 mo27 mo1m mo68 mo1z mo1k mo2a mo1k moz mo1u fo1 mo27 mo68 mo27 mo1c mo1k moz mo1o fo1 mo21 " +
  "mo1j mo6g mo6p mo80 mo1c mo1h rm2o,268 mo1s mo1w mo33 mo1s moz mo28 mo2e mo7c mo20 mo1w mo5s mo21 mo1s mo1l mo47 mo1k " +
  "mo2k mo20 mo1i fo1 mo1s mo1m fo1 mo10 mo23 mo2c mo8g mo3f mo1k mo1n mo1s mo1k moz mo1u mo20 mo7s mo1q fo1 mo1c moy mo36 " +
  "mo68 mo1v mo1s moaw mo3z mo1k mo23 mo20 mo1k fo1 mo20 mo1j fo1 mo11 mo1o mo2q mo88 moy mo2r mo68 mo1c mo1m fo1 mo1z mo1k " +
  "mocf mo1y moz mo1o mo68 mo1z mo1k moid moz mo1o mo68 mo1z mo1k mobo moz mo1o mo68 mo1z mo1k momz moz mo1o mo68 mo2z mo1k " +
  "mohb mo23 mo1k mo1s mo10 mo27 mo7c mo2z mo1k moeb mo10 mo7c mobd mo3k moss mo29 mo2i mo2h mo1c mo1s mo10 mo21 mo26 mo6o " +
  "mo1c mo1h fo1 mo2o mo1s mo10 mo6m mofk mo3l mo1s mo2l mo21 mo1s mo1s mo10 mo2a mo7s mo79 mo1k momx mo1t mo1s mo10 mo23 " +
  "mo1z mo60 mo2o mo1x moz mo4h mo1f mobk mo1z mo1k moa3 moz mo1o mo68 mo9d mo3k mob8 mo2f mo3i mo2o mo2h mo10 mo27 mo26 " +
  "mo6o mo1c mo1t rm4g,2gw mo10 mo6g modk mo2z mo1k mo1lu mo10 mo28 mo7c mo2x mo2m mo2o mo1s mo1t mo1y mo1u mo20 mo1x mo1v " +
  "mo1c mo9z mo2j mo1i mo1l mo1h fo1 mo2o mo1k fo1 mo1o fo1 mo2o mo1r mo1h fo1 mo14 mo1w mo74 mo18 moe8 mobr mo28 mo1l fo1 " +
  "mo2j mo1k mo1g fo1 mo1k fo1 mo1g fo1 mo28 mo1i mo12 mo1x mo7x mog0 mo6v mo2o mo1r fo1 moz mo1j fo1 mo1u mo4i mob4 mo2h " +
  "mo1s mo1h fo1 moy mo1l fo1 mo1w mo1o mo6o mo1t moz mo1u mo60 mo1t moz mo1v mo60 mo2t mo28 mo1m mo1o mo1k mo1k mo1o fo1 " +
  "moz mo1w mo2k mo74 mo1k mo5j mo74 mo1j fo1 mo35 mo1s mo2c mo1s mo1c moy mo22 mo27 mo7c mo3d mo20 moy mo1t mo1y mo7k mo1l " +
  "mo20 mo1y mo2o mo1d mo1c moy mo29 mo17 rm36,2tc mo5k mo28 mo22 mo5s mo23 mo2o mo1w mo9s mo65 mo20 mo47 mo2b mo1y mo1n " +
  "fo1 mo1h fo1 mo1q mo1u mo1m mo20 mo1i mo1m mo1q mo11 mo25 mo3w moag mo1t mo1k mo1i fo1 moz mo23 mo60 mo1t mo1k mo1h fo1 " +
  "moz mo24 mo1e mo60 mo2r mo20 mo1s mo1k mo1j fo1 moz mo25 mo2h mo74 mo2w mo3f mo6g mo2b mo2o mo177 mo1s moa3 mo2o mo2m " +
  "mo2b mo2z mo2h mo1s mo10 mo2c mo26 mo6o mo1j fo1 mo34 mo1s mo1k mo34 mo1o mo1k mo16 mo1t mo68 moeg mo79 mo2o mo2j mo1c " +
  "mo2w mo1s mo10 mo21 mo4f mobk mo2o moy mo3r mo6o mo29 mo2w moj3 mo33 mo1k mo1s mo1s mo10 mo1y mo2b mo7c mo21 mo1c moy " +
  "mo1y mo1p mo68 mo1d moy mo1y mo5k mo1t mo1k mo2r mo1k moz mo26 mo1e mo60 mon7 mo2h mo2v mo1z mo1x mo3k mo1i fo1 mo1m fo1 " +
  "mo1g fo1 mo4g mo1i fo1 mo1v mo1i mo1h mo1s mo1k mo1c mo21 rm3v,37k mo2e moh3 mork mo34 mo3x mo6g mo1x moa5 mo1h mo1c " +
  "mo1k mo1j fo1 moz mo1z mo1a mo5s mo1t mo1k mo1i mo1k moy mo1z mo1j mo60 mo3f mo20 moz mo1x mo23 mo7s mo2o mo30 mo68 mo1x " +
  "mo2g moaf mo1h moz mo21 mo5s mo1t mo1k mo1k moy mo21 mo1j mo60 mo3f mo20 moz mo1z mo23 mo7s mo30 mo68 mo3p mo3c mo10t " +
  "mo1t mo1c moy mo1r mo1d mo60 mo1t mo1c moy mo1t mo1d mo60 mo53 mo28 mo2o mo14 mo1v mo32 mo9c mo5x mo1s mo2f mo1k mo1t " +
  "mo1k moz mo2m mo26 mo6o mo3b mo28 moz mo23 mo48 moa8 mobp mo20 mo2w mo28 mo12 mo2b mo6i mog0 mo3k mo1l fo1 moy mo5n mo80 " +
  "mo3b mo1k mo1f fo1 mo1k mo1n fo1 mo1l fo1 mo1c mo1h fo1 moy mo1n fo1 mo1y mo7k mo3d mo1u modh mo1k mo1h fo1 mo2n mo20 " +
  "mo1i fo1 mo20 mo11 mo23 mo1v mo6w mo5n mo20 mo1i mo26 mo1n mo2o mo1r mo20 mo1j fo1 mo11 mo23 mo5a mo1e moa0 mo9t mo1k " +
  "mo2w mo1n fo1 mo28 mo1g fo1 mo12 mo2a mo5f moe0 mo5l mo1s mo60 mo2o mo1k moz mo26 mo3h mo1s mo1k fo2 mo9s mo5f mo60 mo1l " +
  "mo28 mo1o fo1 mo1k fo1 mo20 mo1g fo1 mo11 mo26 mo3j mo1s mo20 fo2 mo9s mo2v mo1k moz mo2c mo1p mo74 mo1t mo1k mo37 moz " +
  "mo2c mo1m mo60 mo5z mo1k mo29 mo1c mo1k moz mo1n mo2m mo1y mo6g mo2g mo1k fo1 mo1g fo1 moz mo22 mo3c moa8 moy mo6o mo7k " +
  "mo4l mo54 mo1s mo8j mo1s mo29 mo1k mo1c mo1s moz mo2i mo2u mo6g mo34 mo2o mo14 mo1z mo5d mocw mo4b rm6i,3nk mo28 moz " +
  "mo1x mo2m mo8o mo2h mo1s moy mo1z mo1m mo6o mo1t moz mo1x mo60 mo1t moz mo1y mo60 moaj mo2e mo2d mo1c mo1k moz mo2l mo23 " +
  "mo6o mo3c mo1w mo20 mo1l fo1 mo11 mo22 mo65 moew mob5 mo2w mo34 mo1h fo1 mo1g fo1 mo1v mo2w mo1k mo1t mo15 mo2a mo7r " +
  "mofc mooh mo28 mo2d mo3c mo1k mo1m mo1k mo1m mo17 mo29 modi moso mo3j mo1k mo1s mo28 mo1k moz mo20 mo2d mo7s mo63 mo2o " +
  "mo1f mo25 mo1c moz mo2j mo1r mo6g mo1f mo28 mo1h fo1 mo1s mo10 mo1z mo46 moag mo7z mo1s mo34 mo1k fo1 mo1s mo10 mo21 " +
  "mo3z moc8 mob5 mo20 mo3k mo28 mo12 mo26 mo6g mofc mo21 moy mo1z mo68 mo54 moy mo8u mo8w mo3p mo3s mo1x mo6z mo28 mo1y " +
  "mo2o mo2g mo1k mo13 mo26 mo4h mobc mo6d mo1s mo2h mo10 mo2s mo26 mo6o mo28 mo1s mo10 mo29 mo3u moao mo2v mo1k mo1k mo20 " +
  "mo1k moz mo27 mo21 mo74 mo1j moy mo26 mo5s mo7t mo2o mo1s mo10 mo2f mo3r moc0 mo1d moy mo28 mo5k mo1t moz mo24 mo60 mo1t " +
  "moz mo25 mo60 mo40 moy mo6m mo80 mo1x mo1s mo1y fo1 mo9r mo3c mo1u mo25 moz mo2r mo1r mo6g mo1g mo2w mo1s mo10 mo27 mo5n " +
  "moe0 mo6h mo20 mo2o moz mo29 mo3c moao mo2g moy mo2w mo68 mo29 mo28 mo1q mo2x mo1s mo20 moz mo20 mo24 mo74 mo7v mo1s " +
  "mo2v mo2g mo1u mo20 mo11 mo22 mo4o moc8 mo8j mo1s mo2n mo2d moz mo2r mo23 mo6o mo2g mo1l fo1 mo28 mo12 mo28 mo51 mocw " +
  "mo2o mo32 mo6g mo1x mo1s mo1n moaj mo2w mo29 mo2h mo10 mo2i mo26 mo6o mo2j mo2h mo10 mo2i mo6o mo28 mo10 mo1z mo6c moew " +
  "mo28 mo26 mo68 mo2v mo2w mo1p rm7h,45c moz mo25 mo19 mo60 mo5j mo2o moz mo22 mo2q mo9s mo2t mo1s mo1m fo1 moy mo24 mo1n " +
  "mo74 mo9l mo2g mo1t mo2g mo10 mo24 mo50 mods mo2v moz mo2d mo74 mo2p mo1k mo1k mo1s mo10 mo2d mo2k mo6w mo3r mo1s mo28 " +
  "mo12 mo26 mo29 mo80 mo3k moy mo59 mo74 mo1n mo1k mo2h mo1c moz mo2g mo25 mo6o mo1c moy mo1j mo60 mo1n mo20 mo6b mo2g moz " +
  "mo24 mo33 moao mo3j mo20 moy mo26 mo1w mo7s mo28 mo2j mo60 mo1r mo1k mo8v mo1k mo2o mo1s mo10 mo2b mo4t mod4 mo28 moy " +
  "mo2h mo60 mo31 mo1s motp mo1k mo1k mo1w mo10 mo2a mo7c mo35 mo28 mo2l mo1s mo1k moy mo25 mo1r mo6w mo3d mo1s mo10 mo28 " +
  "mo24 mo7k mo6d mo2o moz mo2r mo3w moao mo53 mo2g moy mo2w mo2w mo9c mo34 moy mo4e mo7c mo2p mo2g mohg monv mo3s moct " +
  "mo2d moz mo2l mo23 mo6o mo1v mo1y mo2d mo1c moz mo2l mo24 mo6o mo1r mo3b mo21 mo54 mo1g fo1 mo2g mo13 mo1u fo1 mo22 moeo " +
  "mos8 mold mo3k mo1r fo1 mo2a mo2p mo2n mo1c mo1s mo1k mo10 mo2l mo2c mo6w mo2d mo1k moz mo2l mo21 mo6o mo1y mo25 mo54 " +
  "mo1m fo1 mo1r mo3s mo1i mo1i fo1 mo1i mo1h fo1 mo1k mo1j mo1j mo19 mo22 modp mopk mo3c mo1p moy mo3t mo6w mo1f mo1s mo2h " +
  "mo20 mo1j mo5s mo2g mo1x mo1m mo3k mo1w fo1 mo1s fo1 mo1t fo1 mo20 fo1 mobd mo2g mo78 mo1k mo1i mo3c mo1k fo1 mo1h fo1 " +
  "mo1w mo1g fo1 mo28 mo1i fo1 mo1o mo12 mo1w mo6c mofk mo39 mo1k mo39 mo1k mo1l fo1 mo1s mo10 mo2l mo2g mo7k mo1k mo1c moy " +
  "mo22 mo29 mo7k mo99 mo1s mo29 mo34 mo21 mo1j fo1 mo2g mo1h mo13 mo60 modk mo1l fo1 mo51 mo1s mo2g mo1m fo1 mo1m fo1 mo1k " +
  "mo1i mo1k fo1 moz mo3a mo1c mo9c mo1x mo1k mo7f mo60 mo1c mo1c moy mo25 mo1j mo1s mo1s fo2 mo68 mo3c mo1z fo1 rm80,4ow " +
  "mo24 fo1 mo1k mo1s mo1n fo1 mo1r mo1k mo1q mocf mo34 mo3h mo57 mo20 mo1l fo1 mo11 mo2r mo4a mo9k mo3k mo1s mo10 mo28 " +
  "mo8i mogo mo28 moy mo2h mo60 mo27 mo2g mopc mofp mo2o mo21 mo1c mo1k moz mo2m mo1z mo68 mojd mo34 mo31 mo2b mo4w mo28 " +
  "mo12 mo1o mo2o moby monk mo2w mo54 mo1g fo1 mo1t mo2g mo13 mo23 moa2 mok0 mo34 moy mo3a mo6g mo2z mo34 mo1s moc5 mo5j " +
  "mo2g mo1p mo20 mo1l mo11 mo21 mo37 mo9s mo3r mo1s mo1s mo1l mo10 mo22 mo2e mo80 mo53 mo20 mo21 mo2d mo1c moz mo2k mo21 " +
  "mo6o mo28 mo1j fo1 moy mo21 mo2x mo9c mo2x mo28 moy mo23 mo22 mo74 mo4b mo28 moz mo1z mo2o mo8o mo2h mo1s moy mo21 mo1n " +
  "mo6o mo37 mo1s mo60 mo1k mo1s mo10 mo24 mo25 mo1s mo1k fo2 mo7k mo3s moy mo5j mo7c mo37 mo3c mo171 mo1t mo2f mo1s mo10 " +
  "mo1u mo1e mo60 mo33 mo1s mo1x mo1k moz mo24 mo2f mo7c mo8h mo34 mo3q mo34 mo2d mo2g mo28 mo12 mo27 mo54 moco mo35 mo1k " +
  "mo25 mo1s mo10 mo24 mo20 mo7c mo3c mo4g mo7k mo41 mo1s moh7 mo37 mo28 moy mo31 mo88 mo13 mo1c mo8g mo1k moz mo16 mo5c " +
  "mo13 mo1c mofc mo1k moz mo16 mo5c mo14l mo40 mo117 mo1u mo1k mo2d mo1c mo1v mo1s mo10 mo1n mo2b mo20 mo6o mo1o fo1 mo1o " +
  "fo1 mo2q mo2d mo10 mo2b mo20 mo6o mo6g mo1l fo1 mo1x fo1 mo1h fo1 mo1i fo1 mo1n fo1 mo1r mo3s mo1r mo1i mo1p mo1g fo1 " +
  "mo1o mo1i fo1 mo1i mo19 momf mo18w molv mo2g mo2h mo2d moz mo2e mo24 mo6o mo2d moz mo2e mo6o mo2d moz mo2e mo6o mo54 " +
  "mo1k mo1q moz moaq moq8 mo89 mo1k mojk mo3k mo1c mo1f fo1 moy mo47 mocg mo9n mo20 mofh mo3k mo1k moz mo57 moe0 mo25 mo1c " +
  "mo9o mo1k moy mo1h mo6g mo55 mo20 mof8 mo2j mo20 mo26 mo1r fo1 mo1k moz mo33 mo9c mofb mo2g moai mo4g mo1n fo1 mo1l fo1 " +
  "mo1s mo1g fo1 mo10 mo8u mo1f mojk mo2v mo1k mo62 mo2f mo1c mo20 mo11 mo1u mo2r mo22 mo6o mo1k mo1k moz mo2k mo74 mo1t " +
  "mo1k mo2j mo6d mo1c mo1w fo1 mo1k moz mo1s rm95,5b4 mo1m mo60 mo5n mo1k moqi mo2w mo1v mo1l fo1 mo1r fo1 mo1k moz mo3p " +
  "mo1c moa0 mo6v mo1k mo2v mo2g mo1j fo1 mo1s mo1l mo10 mo3s mob4 mo2h mo1k mo2d mo1k mo1i fo1 mo1n mo6o mo2v mo1k momb " +
  "mo1s mo1c moy mo2n mo19 mo74 mo1f mo1f mo1h mo1c mo1h mo1i mo1l mo1c mo1i mo1k mog6 mob2 momw mo2b mo2g mo2h mo13 moy " +
  "mo1k fo1 mo1w mo14 mo5c mo2w mo1g fo1 mo2t mo6o mo2b mo2g mo2j mo13 moy mo1m fo1 mo20 mo5c mo2w mo1i fo1 mo2t mo6o mo2b " +
  "mo2g mo2l mo13 moy mo1o fo1 mo24 mo5c mo2w mo1k fo1 mo2t mo6o mo2b mo2g mo2j mo13 moy mo1m fo1 mo20 mo5c mo2w mo1i fo1 " +
  "mo6o mo2b mo2g mo2j mo13 moy mo1m fo1 mo20 mo5c mo2w mo2t mo6o mo2b mo2g mo3i mo13 moy mo1k fo1 mo1w mo5c mo2w mo2t mo6o " +
  "mo2h mo34 mo3k mo1k mo13 mo1k moz mo1m fo1 mo20 mo5c mo1c mo34 mo35 mo6o mo4t mo20 mo1l mo1s mo10 mo2a mo1p mo5s mo2n " +
  "mo1k mo1j mo23 mo10 mo2a mo2t mo6w mo1k mo1l fo1 mo20 mo1n fo1 mo2g mo1j mo1j mo13 mo1q mo3y mo94 mo60 mo1i fo1 mo1k fo1 " +
  "mo1k fo1 mo1k mme8 mo1l fo1 mo1r fo1 mo1s fo1 mo60 mo1h mo1s mo1r mond mo4g mo2s mo2j mo1k mo1o mo1k moz mo2i mo29 mo6w " +
  "mo26 mo25 mo1t mo1s mo1f fo1 mo10 mo2j mo1q mo60 mo2f mo5k mo1o fo1 mo1o mo1l mo3k mo1l fo1 mo1q mo1n mo1q mo18 mo1z " +
  "mofs mork mo20 mo1w mo5s mo4v mo20 mohc mo3e mo1c mo20 mo1s mo10 mo3a mo94 mo21 mo1k mo1c moy mo20 mo1o mo68 mo1x mo2g " +
  "mo145 mo4o moa0 mo3d mo2p mo1k moz mo2i mo25 mo6w mo34 mo2v mo1c mo1k mo28 mo1k mo12 mo2j mo2q mo74 mo1u mo1u mo2l mo1t " +
  "mo1t mo1m mo6w mo1j fo1 mo1k fo1 mo1n fo1 mo5k mo1i fo1 mo1p rm7f,600 mo1s mo1q mo1q mo1q mo1q mo1r mo1s mo1u mo1s mo1o " +
  "mo1h mo1z moo6 mo18g mo1t mo1k mo2t mo1k moz mo29 mo1e mo60 mo1c mo2w mo2z mo68 mo1c mo71 mo3c mo1gb mo35 mo60 mo1c mo1n " +
  "fo1 mo2o mo1l fo1 mo1h fo1 mo1v fo1 mo2g mo13 mo5d mobc mo1f mo1c mo1n moy mo1l mo15 mo5s mo39 mo1k moet mo25 mo1s mo10 " +
  "mo29 mo7k mo39 mo1k moa0 mo10 mo29 mo7k mo2j mo34 mogs mo5l mo20 mo2g mo1n fo1 mo1q mo20 mo11 mo1t mo3k mo9s mo2f mo1s " +
  "mo1n mo1s mo2f mo2t mo28 mo3c mo1o mo1f mo1k mo1s mo1q mo1s mo10 mo2x mo3a mo74 mo20 mo1c moy mo1i mo27 mo60 mo20 mo11 " +
  "mo20 mo2w mo6o mo1x mo1k mo1k moy mo1t mo1o mo68 mo1d mo1c moy mo1v mo18 mo5k mo1t moz mo1r mo60 mo1t moz mo1s mo60 mo3s " +
  "mo4g mo6w mojt moa8 mofg mo13 moy mo1h fo1 mo1k mo16 mo5c mo13 moy mo1k mo5c mo13 moy mo1i fo1 mo1l mo5c mo13 moy mo1j " +
  "fo1 mo1m mo5c mo13 moy mo1j fo1 mo1m mo5c mo13 moy mo1i fo1 mo1l mo5c mo13 moy mo1j fo1 mo1m mo5c mo13 mo1k moz mo1h fo1 " +
  "mo1k mo5c mo13 moy mo1l fo1 mo1o mo5c mo1i fo1 mo13 mo1k moz mo1l fo1 mo1o mo5c mo1h mo13 mo1k moz mo1m fo1 mo1p mo5c " +
  "mo1j fo1 mo1j fo1 mo13 mo1s mo10 mo1h fo1 mo1k mo5c mo13 moy mo1l fo1 mo1o mo5c mo13 moy mo1h fo1 mo1k mo5c mo1h fo1 " +
  "mo13 mo1k moz mo1l fo1 mo1o mo5c mo13 moy mo1l fo1 mo1o mo5c mo13 mo1k moz mo1i fo1 mo1l mo5c mo1i fo1 mo13 mo1k moz " +
  "mo1n fo1 mo1q mo5c mo1n mo13 moy mo1m fo1 mo1p mo5c mo13 mo20 mo1m fo1 mo11 mo1l fo1 mo1o mo5c mo1k mo1c mo1k mo88 moq3 " +
  "moo0 mo3j mo34 mo2u mo13 moz mo1r mo5c mo13 moy mo1v mo5c mo1k mo3s mo1m fo1 mo46 mo7s mo8n mo3s mo2s mo13 moy mo1j fo1 " +
  "mo1q mo5c mo13 moy mo1l fo1 mo1s mo5c mo13 moy mo1j fo1 mo1q mo5c mo13 moy mo1r fo1 mo1y mo5c mo13 moy mo1l fo1 mo1s " +
  "mo5c mo13 moy mo1t mo5c mo1k mo54 mo9j mocw mo1r mo1k mo1s mo61 mo2g mo1k mo2u mo29 mo2o mo1t fo1 mo1s mo10 mo29 mo4a " +
  "moa8 mo28 moy mo2h mo60 mo1z mo20 mo1f fo1 rm95,6sg mo2i mo1s mo2w mo1k fo1 mo27 mo68 mo1g mo1v mo28 mo1f fo1 mo2f mo2o " +
  "mo21 mo68 mo1g mo3r mo1s modr mo1t mo1c mo1h fo1 mo28 mo1i fo1 mo1j fo1 moy mo29 mo80 mo20 mo1n mo1q mo1s mo1t mo1v mo1k " +
  "mo1m8 mo1v mo1k mo28 mo1c mo20 mo2g mo1m mo13 mo2f mo22 mo68 mo2g mo13 mo2m mo68 mo1k mo1c mo1s mo1c mo1cg mo1s mo1m " +
  "mo1k mo1o fo1 mo1u mo1r mo1w fo1 mo1k fo1 mo1j mo1i fo1 mo1l mo4ex mo1f mo1s mo1s fo2 mo1s mo3c fo2 mo3yg fo12 fo15 fo1m " +
  "fo1u fo25 fo2l fo2o fo2w fo31 fo36 fo3b fo3g fo3l fo3o fo3x fo41 fo44 fo4h fo4m fo4t fo50 fo55 fo5b fo5h fo5m fo5s fo60 " +
  "fo67 fo6d fo6j fo6o fo6t fo6y fo73 fo78 fo7c fo7i fo7l fo7s fo7w fo82 fo89 fo8x fo90 fo92 fo9c fo9f fo9l fo9t foa0 foaf " +
  "foas fobt foc0 foc4 foc6 focd focn fodb fodl fodo fodr foek foeq foes fof2 fof6 fofe fofh fofp fofs fog0 fog3 fogc fogf " +
  "fogo fogr foh1 foh4 fohq fohx foi7 foij foiv foj8 fojb fojn fojy fok5 fokd fokm fokw fol0 fol5 fol8 folv fom7 fomc fomj " +
  "fomq fomy fon9 fonk fons fonz foo2 fooh foon foot fooz fopb fope fopm fopv fopz foqn foqu foqw foqz forg forj form fos5 " +
  "fosh fost fot7 fot9 fotq fou4 fouw fov4 fov9 fovq fovx fow0 fow3 fowd fowj fowp foww fowy fox7 foxj foxl foxu foy0 foy2 " +
  "foyc foye foyp foyx foz1 foz9 fozg fozm fozs fozu fo106 fo10c fo10f fo10i fo10x fo110 fo11a fo11h fo11k fo11v fo127 " +
  "fo12a fo12d fo12l fo12p fo12t fo130 fo134 fo13d fo13o fo13q fo140 fo143 fo14b fo14j fo14s fo156 fo159 fo15i fo15u fo167 " +
  "fo16m fo16o fo16s fo16w fo172 fo179 fo17n fo17p fo17s fo18a fo18c fo18j fo18p fo193 fo19e fo19o fo1a2 fo1aa fo1af fo1ar " +
  "fo1b4 fo1bi fo1bk fo1br fo1bx fo1c3 fo1c6 fo1ce fo1cl fo1cp fo1cs fo1d1 fo1d9 fo1dh fo1dj fo1e8 fo1eg fo1ek fo1eq fo1ey " +
  "fo1f1 fo1ff fo1fw fo1g1 fo1g5 fo1gh fo1go fo1gu fo1hc fo1hg fo1hq fo1hu fo1i0 fo1i9 fo1io fo1is fo1iw fo1j4 fo1jc fo1jq " +
  "fo1k6 fo1kh fo1kn fo1ky fo1l4 fo1la fo1lm fo1lp fo1ly fo1mc fo1mh fo1mm fo1mv fo1n1 fo1n7 fo1nd fo1nk fo1o0 fo1o3 fo1oh " +
  "fo1os fo1ov fo1p4 fo1p8 fo1pj fo1pr fo1q0 fo1q6 fo1qf fo1qo fo1qu fo1r3 fo1rc fo1rp fo1ry fo1s2 fo1s9 fo1sh fo1sp fo1ss " +
  "fo1t6 fo1tb fo1ty fo1u6 fo1u8 fo1v0 fo1v2 fo1v4 fo1ve fo1vr fo1w3 fo1wf fo1wx fo1xa fo1xq fo1y3 fo1yb fo1yu fo1z6 fo22d " +
  "fo22q fm22 mo1c fo23r fo242 fo248 fo239 fo233 fo231 mo1k mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2h fo1 mob4 " +
  "fo25o mo1c fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 " +
  "mo1k mo28 foc mow mo20 mo20 fo2 fo1 foh mo1o mo1g fo1 mo1o mo1g fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo5c mo1k mo2g mo1c " +
  "mo1c mo1k mm4w mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 " +
  "mo1c mo3c mo1h fo1 mo1h fo1 mo6o mo1k mo5c mo1k fmr fos foo fon fom fol fok fog fod foh foe fob foa fop fo4 fo3 fo1 fo7 " +
  "mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh mow fo1 fog fof foe fod " +
  "foc fo8 fo5 fo9 fo6 fo3 fo2 foh cm1,8 rm1,1s mo20 fm2 mo1k mm54 mo14 mo1c mo48 mo1c mo60 mm1s mo1k mo1k fo5 fo6 rm3,1s " +
  "fo5 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 mo48 mo1c mo60 rm4,2o mo1k fo4 fo5 rm2,1s fo4 fok mo60 mo60 fon fo24 " +
  "fo1c mob4 foyul fo27 fo26 fo28 mo1s fo1 mo1o mo1g fo2 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo2g Mpbk mo1k mo1o rm-,w mo1j mo1o F6 fo7 " +
  "mo60 mo1c fo1 fow fm5 mo1c mo2c mo1k mo48 mo1c rm-,w fo2 fo3 mo3w fm2 fo6 mo2c fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo38 fm2 " +
  "fo5 fo7 mo1o fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1j fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 " +
  "mo1j fo1 mo2n mo5c mow mos mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fof mow fo1 foe fod foc fob fo8 " +
  "fo5 fo9 fo6 fo3 fo2 fof mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo23 fo4f fm4k fo4l fo4i fo4x fo4h rm-,w mo1s fo1 mo1s fo1 " +
  "mo20 mo1o mo1g fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2w mo1j fo6 mo1g mo1f cm3,8 mo1s fm2 mo1w mo48 " +
  "mo1c rm-,w fo2 fo3 mo3s fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2w mo1j fo6 mo1g mo1f " +
  "cm3,8 mo1s fm2 mo1w mo48 mo1c rm-,w fo2 fo3 mo3s fm2 fob foa fo9 fo8 fo6 fo5 mo2n mo5c mow mos mow mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow fof fod foc fob foa fo7 fo4 fo8 fo5 fo2 fo1 foe mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 " +
  "ro2,2p fo1 mo3c fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo9s ro1,9r fo3 fm7 fo4 fog fr6 fo8 " +
  "mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo1 fo2 " +
  "fo3 mos fo1 rm-,w mo1z mo28 mo1k fo1 rm4,1s mo1y fo1 mo1t fo1 rm3,3k mo33 mo1l mo2k mo68 fob fm5 mo1c fo1c fo1s fou foo " +
  "fom mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 mob4 fo35 molc fo2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2t fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2t fo1 fol foq fop foo fon rm48,0 fo9a fo97 mow mo20 mo20 fo2 fo9g " +
  "mo1s fo2 fo4 fo9i fo9k fr9n fo9o fr9l fo9m fm9p fo9q fm9w fo9x fo9u mo1o fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j " +
  "fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2j fo1 molc foae mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k " +
  "mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 " +
  "fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n " +
  "fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g " +
  "mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo3k mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 moo fo3 mow foi mow fo1 foh fog fof foe fod fo9 fo6 foa fo7 fo4 fo2 foi mo1k mm5k mo1k mm2o mm14 fm1 mo1k fow " +
  "fo2v fm30 fo31 fo2y fo3c fo2x mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo14 mo20 fo1 mo1j mo3k M2o C10o,1 M2o Mo M8 F1 fo6 fo9 " +
  "mo1h mo20 mo1s mo20 mo1k fo1 mo5s mo2d mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l " +
  "fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mm0 mow mo20 mo20 fo2 fo4y fo1 fo3 fo4z fo50 fr53 fo54 fr51 fo52 " +
  "fm55 fo56 fm5c fo5d fo5a mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mmls mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo48 mo1s mo48 mo60 mo48 mo48 mo20 mo1s fo2 mo48 mo3c mo1s mo1k moqo mov mo1c mo1s mo1o fo1 mo5s mow mo28 mo5s " +
  "mo1s fo2 mo1k mo20 fo2 fo1 foj mo48 mo20 fo1 mo48 mo48 mo5s mo5s moqo mo1g mo1k mow mo28 mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "fob fof mo48 mo20 fo1 mo3c moqo mob3 mo1k mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foc mo48 mo1k mo20 mmw fm1 fo2 mo48 mo48 " +
  "mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo14 mo48 mo14 mo14 mo14 mo14 mo1k mo48 mo1s mo4o mo1k mo48 " +
  "mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s mo1c fo4 fod mo20 rm-,w mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 " +
  "fm6 foa fow fov mm14 mob4 cm3,8 fm1 mou0 mmo cm1,8 mmc rm2,1s fm2 fm4 fm1 mo1s mo1k fo1 mo1s mo1l fo1 mo1s mo1i fo1 mow " +
  "mo28 mo4g mow mo1s mo4g mob4 mo1s fo2 mo1k mo1s fo2 mmg fm1 fo2 fmp fo1p fo22 mo168 fo9g mo48 mo20 mmw fm1 fo2 mo48 mm14 " +
  "mo3c moqo mo1s mo1l fo1 mow mo28 mo1s mo4g molc mo3c mo1s mo1k mo1s fo2 mmg fm1 fo2 fmf foj mo48 mo20 fo1 mo14 mo48 mo1c " +
  "mo48 mo3c moqo mo1s mo5s mow mo28 mo5s fo1 mo1k mo20 fo2 fo1 fof mo48 mo20 fo1 mo14 mo1c mo48 mo1c mo3c moqo mo9k mo1c " +
  "mo1k mmg fm1 mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foo mo48 mo1c mo1s mo48 mo1s " +
  "mo48 mo1s mo48 mo1s mo48 mo1s mo48 mo1s mo48 mo1s mo48 mo1s mo14 mo48 mo48 mo14 mo14 mo14 mo14 mo1k mo48 mo20 mo4o mo1k " +
  "mo48 mo1c mo5s fo2 mo1c mo1s mo1s mo1c fo4 fob mo20 mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 fm6 foa " +
  "fou fot mo28 mm7c mo48 mo1s mo48 mo1s mo48 mo1s mo48 mo20 mmw fm1 fo2 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 " +
  "mm14 mo1s mob4 mo1s cm7,8 mo2o fm2 moyg mo1a mo1s mo1s mo1s fo1 mo1s mo1t fo1 mo1s mo1y fo1 mo1s mo20 fo1 mo1s mo1x fo1 " +
  "mo1s mo1v fo1 mo1s mo1u fo1 mow mo28 mob4 mo1s fo2 mo1k mo1s fo2 mmg fm1 fo2 fmu fov fo16 mo48 mo20 mo48 mo48 mo20 fo1 " +
  "mo48 mo3c moqo mo1c mo1k mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foi mo48 mo20 fo1 " +
  "mo48 mo48 mo48 mo5s mo48 mo5s moqo mo8g mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 fog " +
  "fol mo48 mo20 mo20 mmw mo1c fm2 fo3 mo14 mo1s mo48 mo48 mo5s mm14 mo1c mo1s mo5s mo1s moqo mo15v mm14 cm1,8 mmk rm2,1s " +
  "fm2 fm4 mo2g fm2 mo1s mo1l fo1 mow mo28 mow mo1s mo4g mow mo1s mo4g mow mo1s mo4g molc mo5s mo1s fo2 mo1k mo1s fo2 mmg " +
  "mo1c fm2 fo3 fmw fox fo16 mo48 mo20 mmw fm1 fo2 mo48 mo48 mo48 mo5s mo48 mo48 mm14 mo1s mo5s moqo mohr mmw cm1,8 mmg " +
  "rm2,1s fm2 fm4 mo28 fm2 mo1s mo1l fo1 mow mo28 mow mow molc mo5s mo1s fo2 mo1k mo1s fo2 mmg fm1 fo2 fmm fop fov mo48 " +
  "mo1k mo20 mmw fm1 fo2 mo48 mo48 mo48 mo5s mm14 mo5s moqo mo8t mmo cm1,8 mmc rm2,1s fm2 fm4 mo20 fm2 mo1s mo1l fo1 mow " +
  "mo28 mow molc mo5s mo1s fo2 mo1k mo1s fo2 mmg fm1 fo2 fmk fol fos mo48 mo1k mo20 mmw fm1 fo2 mo48 mo48 mo48 mo5s mm14 " +
  "mo5s moqo mo93 mmo cm1,8 mmc rm2,1s fm2 fm4 mo20 fm2 mo1s mo1l fo1 mow mo28 mo80 fo96 mow molc mo5s mo1s fo2 mo1k mo1s " +
  "fo2 mmg fm1 fo2 fml fom fot mo48 mo20 mo20 mmw fm1 fo2 mo14 mo48 mo28 mo48 mo28 mo48 mo5s mo48 mo48 mm14 mo5s mo1s moqo " +
  "mozh mm14 cm1,8 mmk rm2,1s fm2 fm4 mo2g fm2 mo1s mo1l fo1 mow mo28 mow mow mow molc mo5s mo1s mo20 mo1k fo2 mo20 fo1 fo5 " +
  "mo1k mo1s fo2 mmg mo1c fm2 fo3 fmr fou fo14 mo48 mo48 mo20 mmw fm1 fo2 mo14 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo1c " +
  "mo48 mob4 fo8 mm14 mo1c mob4 mo1s moqo moc5 mo1s mo1s mo1l fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo1s fo2 mmg mo1c fm2 " +
  "fo3 fmi foj fox mo48 mo20 mmw fm1 fo2 mo14 mo48 mo48 mo48 mo48 mo5s mo48 mo48 mo14 mo1c mo48 mo14 mo14 mo14 mo14 mo48 " +
  "mo20 mo4o mo1k mo48 mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s mo1c fo4 fod mo20 mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s " +
  "mo1s mo1c fo4 fm6 foa fov fot mo48 mo48 mo48 mob4 fo12 mo48 mo48 mo48 mo48 mm14 mob4 moqo mow mo28 mo4g molc mob4 mo1s " +
  "fo2 mo1k mo1s fo2 mmg fm1 fo2 fmc foh fo1q mo48 mo1k mo20 mmw fm1 fo2 mo14 mo48 mo48 mo14 mo48 mo14 mo14 mo14 mo14 mo1k " +
  "mo48 mo20 mo4o mo1k mo48 mo1s mo1c mo1s mo5s fo3 mo1c mo1s mo1s mo1c fo4 fod mo20 mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c " +
  "mo1s mo1s mo1c fo4 fm6 foa fov fou mo48 mo48 mo5s mo48 mo48 mo48 mo48 mob4 fo6 mm14 mob4 moqo mmo cm1,8 mmc rm2,1s fm2 " +
  "fm4 mo28 fm2 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mow molc mob4 fo1 mo1k mo1s fo2 mmg fm1 fo2 fmk fol fo1u mo48 mo1k " +
  "mo20 mmw fm1 fo2 mo14 mo48 mo48 mm14 mo3c moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2g fm2 mo1s mo1l fo1 mo5s mo1s mo1o fo1 " +
  "mow mo28 mow mo1s mo4g molc mo5s mo1s fo2 mo1k mo1s fo2 mmg mo1c fm2 fo3 fmp fow mo48 mo20 mmw fm1 fo2 mo48 mo48 mo48 " +
  "mo14 mo48 mo14 mo14 mo14 mo14 mo1k mo48 mo4o mo1k mo48 mo1c mo1s mo5s fo3 mo1c mo1s mo1s mo1c fo4 fob mo20 rmhb,1s mo28 " +
  "mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 fm6 foa fou fot mm14 mo3c moqo mo2g mo5s mow mo28 mo4g molc mo5s " +
  "mo1s fo2 mo1k mo1s fo2 mmg fm1 fo2 fme fo1e mo48 mo20 mmw fm1 fo2 mo48 mo14 mo48 mo14 mo14 mo14 mo14 mo1k mo48 mo4o mo1k " +
  "mo48 mo1c mo1s mo5s fo3 mo1c mo1s mo1s fo3 foa mo20 mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 fm6 foa " +
  "fos for mm14 mo3c moqo mo2g mow mo28 molc mo3c mo1k mo1s fo2 mmg fm1 fo2 fmb fo17 mo48 mo1k mo20 mmw fm1 fo2 mo14 mo48 " +
  "mo48 mo48 mo48 mo5s mo48 mo48 mo48 mm14 mo5s moqo mmo cm1,8 mmc rm2,1s fm2 fm4 mo2g fm2 mo1s mo1l fo1 mob4 foa mo1s mo1o " +
  "fo1 mow mo28 mow molc mob4 mo1s fo2 mo1k mo1s fo2 mmg mo1c fm2 fo3 fmn for fo10 mo48 mo48 mo20 mmw fm1 fo2 mo48 mo48 " +
  "mm14 mo3c moqo mo28 mow mo28 molc mo3c mo1s mo1k mo1s fo2 mmg mo1c fm2 fo3 fmd foi mo48 mo20 mmw fm1 fo2 mo14 mo48 mm14 " +
  "mo1c mo3c moqo mo28 mow mo28 molc mo3c mo1s mo1k mo1s fo2 mmg mo1c fm2 fo3 fme foj mo48 mo1s mo48 mo20 mmw fm1 fo2 mo14 " +
  "mo48 mo48 mo48 mo1c mo28 mo48 mo28 mo5s mm14 mo5s moqo mo28 mow mo28 molc mo5s mo1s mo20 mo1k fo2 mo20 fo1 fo5 mo1k mo1s " +
  "fo2 mmg mo1c fm2 fo3 fmg foh fos mo48 mo20 fo1 mo14 mo48 mo14 mo48 mo14 mo14 mo14 mo14 mo48 mo4o mo1k mo48 mo1c mo5s fo2 " +
  "mo1c mo1s mo1s fo3 fo9 mo20 mo28 mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 fm6 foa foq fop mo5s mo48 mo5s " +
  "moqo mog4 mo1c mo1c mo1k mow mo28 mo5s fo1 mo1k mo20 fo2 fo1 fod fo17 mo48 mo20 fo1 mo3c moqo mo15 mo1k mo1s mo1l fo1 " +
  "mo1s mo1o fo1 mow mo28 molc mo3c mo1k mo20 fo2 fo1 fog mm1c mo1k mm2o mo1k mm3s mo1k cm1,8 mo1k mm40 fm5 fm3 mo2io fon0 " +
  "mo48 mo48 mo48 mo48 mo48 mm28 cm2,8 mo48 mo1c mo20 fo1 mo14 mo1c mo48 mo3c mo1s moqo mow mo28 mo1s mo4g mo3c mo1s mo1k " +
  "mo20 fo2 fo1 foh mo48 mo1c mo20 fo1 mo14 mo5s mo1c mo48 mo1s mo1k fo1 mo20 mo1s mo1s mo5s mo1s mo1k moqo moo0 mo1c mo1s " +
  "mmw fm1 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 fo6 fo7 mo60 mo14 " +
  "mo14 mo20 mo1k fo3 mo20 fo1 mm1s mo1k mo1k mo1k mo1k mo1k mo1k foa foc fm7 mo1s mob4 fo11 fo19 fo1d mo48 mo20 mmw mo1c " +
  "fm2 fo3 mo14 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo1c mo48 mob4 fo7 mm14 mo1c mob4 moqo moat mmo cm1,8 mmc rm2,1s fm2 fm4 " +
  "mo2g fm2 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 mow mo80 foak molc mob4 fo1 mo1k mo1s fo2 mmg mo1c fm2 fo3 fmo fop fo13 " +
  "mo48 mo20 fo1 mo48 mo48 mo5s mo14 mo48 mo48 mo14 mo14 mo14 mo14 mo48 mo4o mo48 mo1c mo5s fo2 mo1c mo1s fo2 fo7 mo20 mo28 " +
  "mo48 mo3c mo1s mm14 mo1c fo1 mo1c mo1s mo1s mo1c fo4 fm6 foa fop foo mo48 mo5s moqo mo15p mo1c mo1c mo1c mow mo28 mo5s " +
  "fo1 mo1k mo20 fo2 fo1 fo12 fo16 mo48 mo48 mo48 mo2o mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo28 mo20 mo48 mo48 " +
  "mo48 mo48 mo1k mm7c mo14 mo1k mo1s fo2 fo1 mo1c mo48 mo1c mo6g fo2 fo3 fo1 mo74 fo8 mo1k mm74 mo14 mo1k mo1s fo2 fo1 " +
  "mo48 mo1c mo6g fo2 fo3 fo1 fo6 mo1k mm6w mo14 mo1k mo1s fo2 fo1 mo48 mo1c mo6g fo2 fo3 fo1 fo6 mo1k mm6o mmw mo14 mo1k " +
  "mo1s fo2 fo1 mo1c mo48 mo1c mo6g fo2 fo3 fo1 fo7 fm8 mo1k mm6g mmw mo14 mo1k mo1s fo2 fo1 mo48 mo1c mo6g fo2 fo3 fo1 fo6 " +
  "fm7 mo1k mm68 mmw mo14 mo1k mo1s fo2 fo1 mo48 mo1c mo6g fo2 fo3 fo1 fo6 fm7 mo1k mm60 mmw mo14 mo1k mo1s fo2 fo1 mo48 " +
  "mo1c mo6g fo2 fo3 fo1 fo6 fm7 mo1k mm5k mm14 mo14 mo1k mo1s fo2 fo1 mo20 mo2g mo48 mo1c mo6g fo2 fo3 fo1 fo8 fm9 mo1k " +
  "mm5c mo14 mo1k mo1s fo2 fo1 mo48 mo1c mo6g fo2 fo3 ro1e6,1k fo2 fo7 mo1k mm7c fo70v mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n mo1k mo1c fo2 fo1 mo1k mm74 mo1k mo1s fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2o mo1k mo1c fo2 fo1 " +
  "mo1k mm6w mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo2o mo1k mo1c fo2 fo1 mo1k mm6o mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo2s mo1k mo1c fo2 fo1 mo1k mm6g mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2s mo1k mo1c fo2 fo1 mo1k mm68 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n mo1k mo1c fo2 fo1 mo1k mm60 mo1k mo1s fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n mo1k mo1c fo2 fo1 mo1k " +
  "mm5k mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2p " +
  "mo1k mo1c fo2 fo1 mo1k mm5c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo2k mo1k mo1c fo2 fo1 mo1k mm54 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2o mo1k mo1c fo2 fo1 mo1k mm4w mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2p mo1k mo1c fo2 fo1 mo1k mm7c mo1k mo1s fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo5 fo1 mo1k mm4o mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo2i mo1k mo1c fo2 fo1 fmg mo1k mm4g mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2p mo1k mo1c fo2 fo1 mo1k mm48 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2m mo1k mo1c fo2 fo1 mo1k mm40 mo1k mo1s fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2t mo1k mo1c fo2 fo1 mo1k " +
  "mm3k mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n " +
  "mo1k mo1c fo2 fo1 mo1k mm3c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo2u mo1k mo1c fo2 fo1 mo1k mm34 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2p mo1k mo1c fo2 fo1 mo1k mm7c mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1i mo24 fo2 mo1k mo1c fo2 fo1 fmh mo1k mo1c fo2 fo5 " +
  "fo1 mo1k mm2w mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1h mo23 fo2 mo1k mo1c fo2 fo1 fmh mo1k mm2o mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1o fo1 mo1o fo1 mo1i mo2g fo2 mo1k mo1c fo2 fo1 fmj mo1k mm2g mm1c " +
  "mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1g mo22 " +
  "fo2 mo1k mo1c fo2 fo1 fmh mo1k mm28 mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1m mo28 fo2 mo1k mo1c fo2 fo1 fmh mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2q mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2n mo1k mo1c fo2 fo1 mo1k " +
  "mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2o " +
  "mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 fo72e mo2p mo1k mo1c fo2 fo1 mo1k mm20 mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2w mo1k mo1c fo2 fo1 fmg mo1k mm20 mm14 mo1k mo1s fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fo7fp mo31 mo1k mo1c fo2 fo1 fmg mo1k " +
  "mm20 mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1h mo23 fo2 mo1k mo1c fo2 fo1 fmh mo1k mm20 mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1o fo1 mo1o fo1 mo1o mo2m fo2 mo1k mo1c fo2 fo1 fmj mo1k mm20 mo1o mo1k mo1s " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1o fo1 mo1o fo1 mo1o " +
  "mo2m fo2 mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo2i mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2j mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2o mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo2t mo1k mo1c fo2 fo1 " +
  "mo1k mm20 mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo1h mo23 fo2 mo1k mo1c fo2 fo1 fmh mo1k mo1c fo2 fo5 fo1 mo48 mo20 fo1 mo48 mo1s mo1k fo1 mo1s mo3c mo1s moqo mo15 " +
  "mo20 mmw fm1 mow mo28 mo1s mo4g mo3c mo1s mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 " +
  "fo1 mo14 fo1 mo5s fo7 foa mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo48 mo14 fo1 mo1c fo1 fom mo60 mo14 " +
  "mo14 mo20 fo2 mo20 fo1 mm1s mo1k mo1k mo1k mo1k mo1k mo1k fo9 mo1s fo1 foc fm8 mo1s fo1j mob4 fop mo48 mo20 fo1 mo48 " +
  "mo1k fo1 mo3c moqo mo17 mo20 mmw fm1 mow mo28 mo3c mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 " +
  "mo14 fo1 mo14 fo1 mo5s fo7 fo9 mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo48 mo14 fo1 mo1c fo1 fom " +
  "mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s mo1k fo4 mo1s fo1 fo7 fm3 mo1s fo18 mob4 fol mo48 mo1c mo20 fo1 mo48 mo1k fo1 mo3c " +
  "moqo mo19 mo20 mmw fm1 mow mo28 mo3c mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 " +
  "mo5s fo7 fo9 mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo48 mo14 fo1 mo1c fo1 fom mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm1s mo1k fo4 mo1s fo1 fo7 fm3 mo1s fo19 mob4 fol mo48 mo1c mo20 fo1 mo48 mo1k fo1 mo3c moqo mo17 mo20 mmw " +
  "fm1 mow mo28 mo3c mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mo5s fo7 fo9 mo14 " +
  "fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo48 mo14 fo1 fo1nb mo1c fo1 fom mo60 mo14 mo14 mo20 fo2 mo20 fo1 " +
  "mm1s mo1k fo4 mo1s fo1 fo7 fm3 mo1s fo19 mob4 fol mo48 mo1c mo20 fo1 mo48 mo1k fo1 mo3c moqo mo17 mo20 mmw fm1 mow mo28 " +
  "mo3c mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mo5s fo7 fo9 mo14 fo1 mo48 mo1c " +
  "mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo48 mo14 fo1 mo1c fo1 fom mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s mo1k fo4 mo1s " +
  "fo1 fo7 fm3 mo1s fo19 mob4 fol mo48 mo1s mo1c mo48 mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo48 mo1c mo60 fo2 fo3 fo1 mo60 " +
  "mo1c fo1 fo2 mo1k mm7c mm14 mo1k mo1s fo2 fo1 mo1c mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w fo3 fm1 mo1c mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmt mo1k mo4g fo19 mo1s fo1 rm-,w fm1 mo20 fo1 mo48 mo1r mo5s mo1k fo1 mo5s moqo mo26 " +
  "mo20 mmw fm1 mow mo28 mo80 fo7x mo5s fo1 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 " +
  "fo1 mo1k mo1c mo55 mo1q fo1 ro2,2z mo2w fo2 fo1 mo1s mo2w mo54 mo1k mo68 fo5 fo4 fo3 fo2 mo1c rm-,w fo2 foc fo3 fm1 mo1c " +
  "fo1 fok fom mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo1c mo48 mo14 fo1 mo1c fo1 foz mo60 mo14 mo14 mo20 " +
  "fo2 mo20 fo1 mm28 mo1k mo1k mo1k fo6 mo1s fo1 mob4 fo1k foa fm6 mo1s fo1n fo32 mo48 mo1s fo1 mo1c mo1s mo1c fo2 rm-,w " +
  "fm1 mo20 fo1 mo48 mo1r mo5s mo1k fo1 mo20 mo5s moqo mo28 mo20 mmw fm1 mow mo28 mo5s fo1 mo1k mo1s fo2 mo14 mo1k mo1s fo2 " +
  "mo1s mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mo1c mo55 mo1q fo1 ro2,2z mo1c mo2w fo3 fo1 mo1s mo2w mo54 mo1k " +
  "mo68 fo5 fo4 fo3 fo2 mo1c rm-,w fo2 fod fo3 fm1 mo1c fo1 fok fon mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 " +
  "mo1c mo48 mo14 fo1 mo1c fo1 fo10 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm28 fo3 mo1s fo1 mob4 fo1h fo7 fm3 mo1s fo1l fo1u " +
  "mo48 mo50w fo11l mo60 mme8 mo60 mme8 fm3 fo4 mo60 mo60 fo2 mo48 mo1c mo20 fo1 mo48 mo3c moqo mo1c mow mo28 mo3c mo1k " +
  "mo20 fo2 fo1 foc mo48 mo1c moqo mmg fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo3c mo1k mo20 fo2 fo1 mo48 mo48 mo1c " +
  "mo20 fo1 mo48 mo48 mo5s mo5s moqo mo1c mo1s mow mo28 mo5s fo1 mo1k mo20 fo2 fo1 foa fof mo48 mo1c moqo mmg fm1 mo1s mo1l " +
  "fo1 mo1s mo1o fo1 mow mo28 molc mo3c mo1s mo1k mo20 fo2 fo1 mo48 mo48 mo1c mo1s mo48 mo1s mo48 mo20 fo1 mo48 mo48 mo5s " +
  "mo48 mo48 mo48 mo48 mo5s mo1s moqo mofg mo1s mo1l fo1 mob4 fo7 mo1s mo1o fo1 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 " +
  "fo1 fol fop mo48 mo1s mo1c mo48 mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo48 mo1c mo60 fo2 fo3 fo1 mo60 mo1c fo1 fo2 mo1s mo1k " +
  "mm74 mm14 mo1k mo1s fo2 fo1 mo1c mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s " +
  "mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w fo3 fm1 mo1c mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 fmt mo1k fo19 mo1s fo1a6b mo1c fo1 fo2 rm-,w fm1 mo20 fo1 mo48 mo28 mo48 mo28 mo5s mo48 mo1s mo48 mo1s mo28 mo48 " +
  "mo1s mo48 mo1s mo48 mo1s mob4 fod mo48 mo1s mo1k mo48 mo1s mo20 mo48 mo1s mo1s mo1k mo1s mo14 mo1c mo48 mo1c mo6g mo3c " +
  "mo1k mo1c mo20 fo6 fo7 ro4,1c fo6 mo1s fo1 mo1s mo1k mm6w mm1c mo1k mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w " +
  "fo3 fm1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmr fo15 mo1k mo4g mo48 mo48 mo48 mo3c mo48 mo1s mo3c mo20 mo48 mo1s mo3c " +
  "mo48 mo1s mo3c mo20 mo48 mo1s mo3c mo1s mo1k mo1s mo20 mo48 mo3c molc fo28 mo48 mo3c mo48 mo1s mo3c mo1r molc mo1s moqo " +
  "moe4 mo1s mow mo28 molc mo1s mo20 fo1 mo20 fo1 mo20 fo1 fo5 mo1k mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 " +
  "mo1c mo55 mo1q fo1 ro2,2z mo2w fo2 fo1 mo1s mo2w mo54 mo1k mo68 fo5 fo4 fo3 fo2 mo1c rm-,w fo2 foc fo3 fm1 mo1c fo1 mo60 " +
  "mo1c fo1 mo60 mo1c fo1 fo4 fo2 fon foo fo18 fo59 mo48 mo1s mo48 mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo1 mo1k " +
  "mo1c mo1c mo1k mo1s mo1c fo1 rm-,w fo5 fo6 fo3 mo1s mo3c mo1k mm6o mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmp fmu mo1k fo19 mo1s fo1 rm-,w fm1 mo20 fo1 fo151y mo14 mo48 mo1c mo6g " +
  "mo3c mo20 mo2g fo5 fo6 ro3,1k fo5 mo1c rm-,w fo2 mo60 mo1c fo1 fo2 fm3 mo1k mm7c mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k " +
  "fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k mo1c fo2 fo1 mo1c " +
  "fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fo13 mo1k mo4g mo48 mo3c mo48 mo3c mo5s mo1r mo5s mo1s moqo " +
  "mo1i mo20 mow mo28 mo1s mo4g mo5s mo1s fo2 mo1k mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mo1c mo55 mo1q " +
  "fo1 ro2,2z mo2w fo2 fo1 mo1s mo2w mo54 mo1k mo68 fo5 fo4 fo3 fo2 mo1c fo1 fob fo2 mo1c fo1 foi foj fox fo3j mo48 mo1s " +
  "mo48 mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo1c fo1 mo1c mo1c mo1k mo1s mo1c fo1 rm-,w fo5 fo6 fo3 mo1s mo1k mm6g mm14 mo1k " +
  "mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c " +
  "fo3 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmp fmt mo1k fo16 mo1s fo1 rm-,w " +
  "fm1 mo20 fo1 mo48 mo3c mo28 mo48 mo3c mo28 mo5s mo1s mo1s mo20 mo1s fo2 mo2g fo2 mo1k mo20 fo3 mo1s mo1k mo1s mo14 mo48 " +
  "mo1c mo6g mo3c mo1k mo1c fo5 fo6 ro3,1k fo5 mo1c rm-,w fo2 mo60 mo1c fo1 fo2 fm3 mo1s mo1k mm74 mm14 mo1k mo1s fo2 fo1 " +
  "mo1k mo1c fo2 mo1k fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k " +
  "mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmo fo13 mo1k mo1k mo48 mo28 mo48 mo3c mo28 mo48 mo3c mo28 " +
  "mo48 mo3c mo1r mob4 fo1s mob4 moqo mo1g mow mo28 mob4 mo1s mo20 mo1k fo2 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fo8 mo1k " +
  "mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mo1c mo55 mo1q fo1 ro2,2z mo2w fo2 fo1 mo1s mo2w mo54 mo1k mo68 " +
  "fo5 fo4 fo3 fo2 mo1c fo1 fob fo2 mo1c fo1 foi foj foy fo45 mo48 mo20 fo1 mo14 mo3c mo48 mo3c moqo mo1s mow mo28 mo80 " +
  "fo15hu mo3c mo1s mo1k mo20 fo2 fo1 fof mo48 mo20 fo1 mmw mo5s mo1c mo5s mo1s moqo mo16 mmg fm1 mo1s mo1l fo1 mo1s mo1o " +
  "fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foi fol mo1m mo1k mo1c fo2 mo1c mo14 fo3 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo29 mo1k mo1c fo2 fo1 mo1k mm20 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo27 mo1k mo1c fo2 fo1 mo48 mo20 fo1 cm2,8 mo5s mo5s moqo mo13 mo1k mmg fm1 mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foh fok mo1m mo1k mo1c fo2 mo1c mo14 fo3 fo1 mo1k mo1c fo2 fo1 " +
  "mo20 mo48 mo28 mo1c fo1 mo1k mo1s fo1 mo1k mo1c fo1 mo1k mo1c mo20 mo1s fo1 mo1k mo1s mo1k mm7c mm1k mo1k mo1s fo2 fo1 " +
  "mo1k mo1c fo2 mo1k fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k " +
  "mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmo mo1k mo4g mo10 fo1 mo14 mo48 mo1c mo6g mo3c mo1c fo4 fo5 " +
  "ro2,1k fo4 mo1c rm-,w fo2 mo60 mo1c mo10 fo1 fo2 fo3 fm4 mo1k mm6w mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k mo1c fo2 fo1 mo1c mo5a mo1h fo1 ro2,2v " +
  "mo2w fo2 fo1 mo1c fo1 mo55 mo1y fo1 ro2,37 mo2w fo2 fo1 mo1s mo2w mo54 mo1k mo68 fo5 fo4 fo3 fo2 mo1c fo1 fog fo2 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fo1h mo1k mo20 mo28 fo2 cm1,8 mo1c fo1 mo1s fo1 mo1k mo1c fo1 mo1k mo48 " +
  "mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo1s fo1 mo1k mo1s mo1k mm74 mm1k mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k mo1c fo2 fo1 mo1k mo1c mo1s fo1 " +
  "rm-,w mo1s fo1 fo4 fm2 mo1c mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmt mo1k fm1a mo3s mo48 fo1j2 fo2v3 fo2ws fo2wu fo2wt " +
  "fo2x0 fo2x2 fo2x1 fo2xd fo2xc fo2xb fo2xv fo2xu fo2yv fo2yu fo32p fo2zc fo2zb fo2za fo32s fo32r fo35n fo35m fo37u fo37t " +
  "fo38x fm391 fo396 fo39z fo39y fo3ad fo3ac fo3ao fo3an fo3ay fo3ba fo3b9 fo3bm fo3bl fo3by fo3bx fo3i5 fo3i4 fo3ja fo3j9 " +
  "fo3j8 fo3l7 fo3l6 fo3l5 fo3m7 fo3m6 fo3m5 fo3p5 fo3p4 fo3pc fo3pb fo3pa fo3rb fo3ra fo3r9 fo3sf fo3se fo3sd fo3ss fo3sr " +
  "fo3tm fo3tl fo3tk fo3v1 fo3v0 fo3vp fo3vo fo3ws fo3wr fo3wq fo3xl fo3xk fo3xj fo3zb fo3za fo3z9 fo430 fo42z fo42y fo45z " +
  "fo45y fo45x fo47d fo47c fo47z fo47y fo48q fo48p fo4a9 fo4a8 fo4a7 fo4bc fo4bb fo4cn fo4cm fo4dh fo4dg fo4iu fo4it fo4is " +
  "fo4jb fo4ja fo4j9 fo4k2 fo4k1 fo4kg fo4kf fo4n9 fo4n8 fo4ng fo4nf fo4nz fo4ny fo4xc fo4xh fo4xe fo4xd fo4xu fo2vo fo2vd " +
  "fo2vc fo2vb fo2v6 mow mo20 mo20 fo2 fo53r fo1 fo3 fo53s fo53t fr53w fo53x fr53u fo53v fm53y fo53z fm545 fo546 fo543 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k fo1 mo1w mo1k fo1 fo2 mo4a ro1,20 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s " +
  "mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1w mo1g fo1 mo1w mo1g fo2 " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1w mo1g fo2 mo2o mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2c mo48 mo1c rm-,w fo2 fo3 mo44 fm2 fo5 " +
  "mo2c fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo3g fm2 fo5 fo7 mo1o fo1 mo1j mo48 mo1c rm-,w fo2 fo3 mo3b fm2 fo5 fo7 mo1j fo1 " +
  "mo1j mo48 mo1c rm-,w fo2 fo3 mo3b fm2 fo5 fo7 mo1j fo1 mo2v mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1u " +
  "fo1y fm23 fo24 fo21 fo2f fo20 mo1s fo1 mo1s fo1 mo20 mo1w mo1g fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,31 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,31 fo1 " +
  "mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,33 fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 " +
  "mo34 mo1j fo6 mo1g mo1f cm3,8 mo1s fm2 mo1w mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 " +
  "mo1c mo68 fo2 fo3 fo1 mo34 mo1j fo6 mo1g mo1f cm3,8 mo1s fm2 mo1w mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fob foa fo9 fo8 fo6 " +
  "fo5 mo2v mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 " +
  "fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3k mo3c fo2 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 " +
  "fod mo20 mo20 fo2 mo20 mo6lo ro1,6ln fo3 fm7 fo4 foh fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 " +
  "fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo81 mo1g fo1 mo1l fo1 rm4,1s mo1l fo1 " +
  "mo1l fo1 mo1l fo1 mo1h fo1 rm5,3k mo1l fo1 mo1u fo1 mo1l fo1 mo1i fo1 mo1r fo1 mo1o fo1 mo1x mo6b rm9,5c mo39 mo1l mo1j " +
  "fo1 mo1d mo76 mo1u fo1 mo1h fo1 moz mo3b rma,74 mo1q mo25 mo17 mo5k mo1d mo7s moz mo1q mo25 mo17 mo5k mo1h fo1 mo1d mo4b " +
  "moz mo1o fo1 rmh,8w mo23 mo17 mo5k mo1d mo2k moy mo1l fo1 mo20 mo17 mo5k mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo1g fo1 " +
  "rmg,bk mo1r fo1 mo1h fo1 mo1g fo1 mo72 moao mo1m fo1 mo9p mo5c mo79 mo13 mo2s moy mo1k fo1 mo1w mo13 mo5c mo4p mo2p mo1f " +
  "fo1 rmk,e8 mo1h fo1 mo1h fo1 mo1h moz mo1n fo1 mo1z mo4h mo19 mo8w mo1l fo1 mo4r mo2o mo10 mo1m fo1 mo1y mo4l mo19 mo94 " +
  "mo13 mo2t moy mo1j fo1 mo1v mo5c mo13 mo2o moy mo1k fo1 mo1w mo5c mo1o rmw,gw mo13 mo7w moz mo1l fo1 mo1x mo5c mo1i fo1 " +
  "mo25 mo2r mo1c moz mo1o fo1 mo20 mo1j mo6g mo13 mo8e mo1h fo1 mo1h fo1 mo1j fo1 mo11 mo1t mo5c mo13 mo1k mo3i moy mo1h " +
  "fo1 rmt,kg mo1t mo5c mo1c mo1c mo60 mo1i fo1 mo1k mo1t fo1 moby moe0 mo4n mo3e mo13 mo1k mo2s moy mo1i fo1 mo23 mo5c " +
  "mo47 mo1k moz mo2b mo25 mo8g mo1t moz mo2b mo1d mo60 mo45 moz mo29 mo23 mo8g mo3n mo1k mo1x mo1c mo1k mo1f fo1 mo1h fo1 " +
  "moz mo1m mo2p mo1x mo68 mo1k moy mo26 mo23 mo80 mo1k mo5c mo1f fo1 rm1k,o0 mo1r fo1 mo6n mo8w mo60 mo1f fo1 mo1j fo1 " +
  "mo1l fo1 mo1k fo1 mo1k fo1 mo1l moa2 moc8 fov fox fo12 fo17 fo1d fo1k fo1m fo22 fo2a fo2i fo2p fo2x fo33 fo3b fo3p fo3w " +
  "fo3z fo4i fo4q fo4y fo59 fo5e fo5u fmd mo1c fo6w fo77 fo7d fo6d fo67 fo65 mo1k mo48 mob4 fo8l mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k " +
  "fo1 mo1s mo1k mo28 fo3 mo1k mo14 mo1c mo48 mo1c mo6g mo1k mo1c fo4 fo5 ro42y,1k fo4 mo1c rm-,w fo2 mo60 mo1c fo1 fo2 fm3 " +
  "mo1k mm6o mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s " +
  "fo2 fo3 ro413,1k fo2 mo1k mo1c fo2 fo1 mo1c mo5a mo1l fo1 ro2,2z mo2w fo2 fo1 mo1c fo1 fo6 mo1k mo1c fo2 fo1 mo1k mo1c " +
  "fo2 fo1 mo1k mo1c fo2 fo1 fo17 mo1k molc fo1w mmw mo48 mo20 fo1 mo48 mo1s mo3c mo48 mo1s mo3c mo48 mo1s mo3c mo5s mo1s " +
  "mo1s mo14 mo48 mo1c mo6g mo1c fo3 fo4 ro3xc,1c fo3 mo1s fo1 mo1s mo1k mm68 mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s fo2 fo3 ro3yw,1c fo2 mo1k mo1c fo2 fo1 mo1c fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmn fox mo1k mo48 mo1k fo1 mo5s mo1s moqo mo1x mmg fm1 mo1s mo1l fo1 mo1s mo1o fo1 " +
  "mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s mo1k mo1k mo1k mo1k mo1k mo1k mo1k " +
  "foa foc fm8 mo1s mob4 fov fo1y fo29 mo48 mo20 fo1 mo14 mo48 mo1c mo6g mo3c mo1c mo3c mo2o mm14 mo1l fo1 mo1k fo1 mo1r " +
  "fo1 mo1n fo1 mo1o mo1k fo1 mo1n mo1g fo1 mo1h fo1 mo1l mo1j mo1g mo1h fo1 mo1i fo1 mo1h fo1 mo1i mo1i mo1g fo1 mo1n mo1o " +
  "mo1p mo1n mo1g mo1r mo1l fo1 mo1g fo1 mo1h mo1r mo1n fo1 mo1g fo1 mo1m mo1o fo1 mo1h fo1 mo1n mo1i mo1l mo1f fo1 mo1g " +
  "mo1l mo1i fo1 mo1h fo1 mo1g fo1 mo1h fo1 mo1l fo1 mo1h mo1o mo1i mo1m mo1p mo1n mo1h fo1 mo1i fo1 mo1j fo1 mo1i fo1 mo1j " +
  "fo1 mo1g fo1 mo1h fo1 mo1i fo1 mo1f fo1 mo1k mo1g mo1q mo1j mo1k fo1 mo1l fo1 mo1o mo1h fo1 mo1k mo1i fo1 mo1j mo1i fo1 " +
  "mo1h fo1 mo1k mo1g fo1 mo1j fo1 mo1k mo1h mo1h fo1 mo1p mo1p mo1i fo1 mo1i fo1 mo1j fo1 mo1j mors mo1g mm8 mo1c mo20 " +
  "mo3c mo20 mo1t fo1 mo20 mo1o fo1 mo20 mo1o fo1 mo20 mo1l fo1 mo20 mo1n fo1 mo5s mo1s mo1r fo1 mo1s mo1l fo1 mow mo28 " +
  "mo1r fo7 fo1 mo1g mo1k fo1 mob4 fob mo1r fo1 mo1o fo1 mo1g mo1c mo1s mo5r mo3c mo1s moqo mo4f mo1s mo1o fo1 mow mo28 " +
  "mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo1h fo1 mo1p fo1 mo1j mo1c mo2m mo3c moqo mo1a mow mo28 mo1s mo4g mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo1c mo1h fo1 mo1o mo1c mo20 mo3c moqo moo mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1h fo1 mo1n " +
  "mo1c mo1y mo3c moqo mom mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1l fo1 mo1k fo1 mo1p mo1c mo2j mo3c moqo mo17 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 mo1h mo1c mo171 mo3c moqo mo15p mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1j fo1 " +
  "mo1n fo1 mo1n fo1 mo1r fo1 mo5s mo1h fo1 mo1h fo1 mo1h fo1 mo1r fo1 mo1k fo1 mo1p fo1 mo1o mo1c mo4k mo3c moqo mo38 mo20 " +
  "mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo1h fo1 mo1h fo1 mo1h fo1 mo1r fo1 mo1k fo1 mo1p fo1 mo1t mo1c mo4p " +
  "mo3c moqo mo3d mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo1h fo1 mo1i fo1 mo1l fo1 mo1h fo1 mo1r fo1 mo1l mo1c " +
  "mo3w mo3c moqo mo2k mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i fo1 mo1j mo1c mo1w mo3c moqo mok mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1k fo1 mo1j mo1c mo1y mo3c moqo mom mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k " +
  "fo1 mo1i fo1 mo1p fo1 mo1j mo1c mo2w mo3c moqo mo1k mo20 mow mo28 mo80 fo2f mo3c mo1s mo1k mo20 fo2 fo1 mo1j fo1 mo1f " +
  "fo1 mo1i fo1 mo1m mo1c mo2o mo3c moqo mo1c mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo20 mo1j fo1 mo1n fo1 mo1i fo1 " +
  "mo1j fo1 mo1m mo1c mo35 mo3c moqo mo1t mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1j fo1 mo1h fo1 mo1h fo1 mo1j fo1 " +
  "mo1p fo1 mo1g mo1c mo3g mo3c moqo mo24 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1j fo1 mo1h fo1 mo1h fo1 mo1j fo1 " +
  "mo1p fo1 mo1l mo1c mo3l mo3c moqo mo29 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1h fo1 mo1j fo1 mo1i mo1c " +
  "mo2j mo1s mo3c moqo mo17 mo20 mow mo28 mofs fo2h mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1h fo1 mo1j fo1 mo1f mo1c mo2g " +
  "mo1s mo3c moqo mo14 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1h fo1 mo1p fo1 mo1h mo1c mo2w mo1s mo3c moqo " +
  "mo1k mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1h fo1 mo1p fo1 mo1m mo1c mo31 mo1s mo3c moqo mo1p mo20 mow " +
  "mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k fo1 mo1i fo1 mo1i mo1c mo2f mo3c moqo mo13 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 " +
  "fo1 mo1g fo1 mo1i fo1 mo1i mo1c mo26 mo3c moqo mou mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo20 mo1h fo1 mo1l fo1 " +
  "mo1j fo1 mo1m fo1 mo1g mo1c mo3c mo3c moqo mo20 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo20 mo1h fo1 mo1l fo1 mo1j " +
  "fo1 mo1m fo1 mo1k mo1c mo3g mo3c moqo mo24 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1g fo1 mo1j mo1c mo25 " +
  "mo3c moqo mot mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i fo1 mo1j mo1c mo1x mo3c moqo mol mo20 mow mo28 mo3c " +
  "mo1s mo1k mo20 fo2 fo1 mo1j fo1 mo1i fo1 mo1i fo1 mo1n mo1c mo2x mo1s mo3c moqo mo1l mo20 mow mo28 mo3c mo1s mo1k mo20 " +
  "fo2 fo1 mo5s mo1c mo1i fo1 mo1j mo1c mo22 mo3c moqo moq mo20 mow mo28 mouo fo53 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i " +
  "fo1 mo1l mo1c mo24 mo3c moqo mos mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i fo1 mo1h mo1c mo1t mo3c moqo moh " +
  "mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h mo1c mo1h mo3c moqo mo5 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i " +
  "mo1c mo1i mo3c moqo mo6 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1l mo1c mo1l mo3c moqo mo9 mo20 mow mo28 mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo1h mo1c mozm mo3c moqo moya mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo20 mo1j fo1 " +
  "mo1n fo1 mo1n fo1 mo1r fo1 mo5s mo1k mo1f fo1 mo1j fo1 mo1j mo1c mo28 mo3c moqo mow mo20 mow mo28 mo1s mo4g mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo1k mo1j fo1 mo1i fo1 mo1m mo1c mo2b mo3c moqo moz mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 " +
  "mo1f fo1 mo1i fo1 mo1i mo1c mo2i mo1s mo3c moqo mo16 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1f fo1 mo1k fo1 " +
  "mo1k mo1c mo2a mo3c moqo moy mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1h fo1 mo1h fo1 mo1j mo1c mo2a mo3c moqo " +
  "moy mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1h fo1 mo1j fo1 mo1i mo1c mo2h mo1s mo3c moqo mo15 mo20 mow " +
  "mo28 mo80 fo2c mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1h fo1 mo1j fo1 mo1h mo1c mo27 mo3c moqo mov mo20 mow mo28 mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo1c mo1h fo1 mo1g mo1c mo1s mo3c moqo mog mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1g fo1 " +
  "mo1n fo1 mo1l mo1c mo2m mo3c moqo mo1a mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1g fo1 mo1n fo1 mo1k mo1c mo2l " +
  "mo3c moqo mo19 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1g fo1 mo1i fo1 mo1n fo1 mo1l mo1c mo2y mo1s mo3c moqo mo1m " +
  "mo20 mow mo28 mofs fo2a mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1g fo1 mo1n fo1 mo1p mo1c mo2q mo3c moqo mo1e mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i fo1 mo1i mo1c mo1u mo3c moqo moi mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c " +
  "mo1i fo1 mo1i mo1c mo1v mo3c moqo moj mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1i fo1 mo1m mo1c mo1y mo3c moqo " +
  "mom mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1g fo1 mo1o fo1 mo1k mo1c mo2q mo1s mo3c moqo mo1e mo20 mow " +
  "mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1h fo1 mo1h fo1 mo1l fo1 mo1h mo1c mo2n mo1s mo3c moqo mo1b mo20 mow mo28 mo3c mo1s " +
  "mo1k mo20 fo2 fo1 mo1i fo1 mo1n fo1 mo1o fo1 mo1r mo1c mo32 mo1s mo3c moqo mo1q mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 " +
  "fo1 mo1c mo1j fo1 mo1m mo1c mo20 mo3c moqo moo mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1i fo1 mo1h fo1 mo1l " +
  "mo1c mo2f mo3c moqo mo13 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1h fo1 mo1g fo1 mo1m mo1c mo2x mo1s mo3c " +
  "moqo mo1l mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1i fo1 mo1g fo1 mo1m mo1c mo2s mo1s mo3c moqo mo1g mo20 " +
  "mow mo28 mouo fo4z mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1i fo1 mo1g fo1 mo1k mo1c mo2e mo3c moqo mo12 mo20 mow mo28 mo3c " +
  "mo1s mo1k mo20 fo2 fo1 mo1k mo1f fo1 mo1g fo1 mo1h mo1c mo2e mo3c moqo mo12 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 " +
  "mo1k mo1h fo1 mo1g fo1 mo1h mo1c mo2b mo3c moqo moz mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1k mo1h fo1 mo1g fo1 " +
  "mo1i mo1c mo2c mo3c moqo mo10 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1i fo1 mo1h fo1 mo1i mo1c mo2k mo1s " +
  "mo3c moqo mo18 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo1p mo1c mo2a mo3c moqo moy mo1s mo1s mo1o fo1 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 mo5s mo1h mo1c mo1h mo3c moqo mo5 mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 mo1c " +
  "mo1i mo1c mo1i mo3c moqo mo6 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1j mo1c mo1u mo3c moqo moi mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 " +
  "mo5s mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1f mo1c mo1f mo3c moqo mo3 " +
  "mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1c mo1l mo1c mo4f mo3c moqo mo33 mo1s mo1s mo1o fo1 mow mo28 mo80 fouu mo3c " +
  "mo1s mo1k mo20 fo2 fo1 mo5s foe mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fo23 " +
  "mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1h mo1c mo1h mo3c moqo mo5 mo20 " +
  "mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1k mo1c mo1k mo3c moqo mo8 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi " +
  "mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 " +
  "mow mo28 mo80 fo20 mo3c mo1s mo1k mo20 fo2 fo1 foj mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo3c mo1s mo1k mo20 " +
  "fo2 fo1 foi mo1c mo1j mo1c mo1j mo3c moqo mo7 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1j mo1c mo1j mo3c " +
  "moqo mo7 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1i mo1c mo1i mo3c moqo mo6 mo20 mow mo28 mo3c mo1s mo1k " +
  "mo20 fo2 fo1 foi mo1c mo1j mo1c mo1j mo3c moqo mo7 mo20 mow mo28 mofs fo20 mo3c mo1s mo1k mo20 fo2 fo1 foj mo1c mo1j " +
  "mo1c mo1j mo3c moqo mo7 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1l mo1c mo1l mo3c moqo mo9 mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1k mo1c mo2d mo3c moqo mo11 mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 " +
  "fo1 fok mo5s fod mo1j mo1c mo1j mo3c moqo mo7 mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fok mo1c mo1g mo1c " +
  "mo1g mo3c moqo mo4 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1h mo1c mo1h mo3c moqo mo5 mo20 mow mo28 mo3c " +
  "mo1s mo1k mo20 fo2 fo1 foi mo1c mo1h mo1c mo1h mo3c moqo mo5 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1i " +
  "mo1c mo37 mo3c moqo mo1v mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fok mo5s fod mo1f mo1c mo1f mo3c moqo " +
  "mo3 mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fok mo1c mo1i mo1c mo1i mo3c moqo mo6 mo20 mow mo28 mo3c mo1s " +
  "mo1k mo20 fo2 fo1 foi mo1c mo1f mo1c mo1f mo3c moqo mo3 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1g mo1c " +
  "mo1g mo3c moqo mo4 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1f mo1c mo1f mo3c moqo mo3 mo20 mow mo28 mo3c " +
  "mo1s mo1k mo20 fo2 fo1 foi mo1c mo1g mo1c mo1g mo3c moqo mo4 mo20 mow mo28 mo80 fo20 mo3c mo1s mo1k mo20 fo2 fo1 foj " +
  "mo1c mo1f mo1c mo1f mo3c moqo mo3 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1i mo1c mo1i mo3c moqo mo6 mo20 " +
  "mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo1f mo1c mo1f mo3c moqo mo3 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi " +
  "mo1c mo1i mo1c mo1i mo3c moqo mo6 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foi mo1c mo20 mo1j fo1 mo1h fo1 mo1g fo1 " +
  "mo1l fo1 mo1q mo1c mo33 mo3c moqo mo1r mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fop mo5s fod mo1q mo1c " +
  "mo3c mo3c moqo mo20 mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fok mo20 mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 " +
  "mo5s foi mo1h fo1 mo1h fo1 mo1h fo1 mo1q mo1c mo2w mo1s mo3c moqo mo1k mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 " +
  "fo1 fot mo5s fod mo1o fo1 mo1h fo1 mo1j fo1 mo1n fo1 mo1o fo1 mo1i fo1 mo1l fo1 mo1m mo1c mo4k mo3c moqo mo38 mo1s mo1s " +
  "mo1o fo1 mow mo28 mofs foe2 mo3c mo1s mo1k mo20 fo2 fo1 fos mo5s foe mo1g fo1 mo1n fo1 mo1p fo1 mo1g mo1c mo30 mo1s mo3c " +
  "moqo mo1o mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foo mo20 mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 mo5s foi " +
  "mo1k mo1g fo1 mo1i fo1 mo1k mo1c mo2d mo3c moqo mo11 mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fos mo20 " +
  "mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 mo5s foi mo1k mo1h fo1 mo1j fo1 mo1i mo1c mo2j mo3c moqo mo17 mo1s mo1s mo1o fo1 mow " +
  "mo28 mo3c mo1s mo1k mo20 fo2 fo1 fos mo20 mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 mo5s foi mo1k mo1p fo1 mo1q fo1 mo1l mo1c " +
  "mo2p mo3c moqo mo1d mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fos mo5s fod mo1k fo1 mo1i fo1 mo1h fo1 mo1n " +
  "mo1c mo2t mo1s mo3c moqo mo1h mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foo mo5s fod mo1k mo1c mocu mo3c " +
  "moqo mobi mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fok mo20 mo1j fo1 mo1n fo1 mo1n fo1 mo1r fo1 mo5s foi " +
  "mo1c mo1i fo1 mo1n mo1c mo1z mo3c moqo mon mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 for mo1c mo1i fo1 mo1r " +
  "mo1c mo27 mo3c moqo mov mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foj mo1c mo1l fo1 mo1q mo1c mo29 mo3c moqo mox mo20 " +
  "mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foj mo1h fo1 mo1l fo1 mo1h fo1 mo1p mo1c mo32 mo1s mo3c moqo mo1q mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 fol mo20 mo1g fo1 mo1l fo1 mo1m fo1 mo1p fo1 mo1n mo1c mo3q mo3c moqo mo2e mo20 mow mo28 " +
  "mo3c mo1s mo1k mo20 fo2 fo1 fom mo1c mo1h fo1 mo1m mo1c mo24 mo3c moqo mos mo20 mow mo28 mo80 fo2a mo3c mo1s mo1k mo20 " +
  "fo2 fo1 fok mo1k mo1k fo1 mo1h fo1 mo1k mo1c mo2k mo3c moqo mo18 mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fok mo5s fob " +
  "mo1c mo1l fo1 mo1k mo1c mo23 mo3c moqo mor mo20 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fok mo1o mo1c mo2p mo3c moqo mo1d " +
  "mo1s mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 foj mo5s fod mo1k mo1j fo1 mo1g fo1 mo1n mo1c mo2b mo3c moqo moz " +
  "mo20 mow mo28 mo1s mo4g mo3c mo1s mo1k mo20 fo2 fo1 fon mmo mm6cg mm274 mmd rm1,c mm6 mm48 mm8 cm1,1c mm4g mo18 rm-,w " +
  "mo1o fo1 rm6,g cm1,1c mo1o fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 fmd fm7 fm8 fmc fmf fmg fmh fmj mo1k mo8 mm28 " +
  "mo1k mow mo3c mo1s mo1k mo1k mo4g rm-,w fm1 mo60 mo60 mo60 mo1s mo60 mo60 mo60 mo60 mow mow mo1s fo1 fo2 fo9 fo5 fo7 fo6 " +
  "fo4 fob foa co1,m0 mow fo1 mo1s mo1k cm1,8 fm1 mo1s cm1,8 fm1 mo1s mo1s co1,1k cog,14 mm0 mo4h mo1t mo1d fm4 mo8 fo1 mo8 " +
  "fo1 mm8 mm4w fm1 fm2 ro6,2p fo6 mo1k mo4g ro3,17 mo1k roc,13 mo1k mo1c mo1c mo1k mo1k mo1k mo5c fom fon fow fo1e foz " +
  "fo1d fo19 fm1g fo1h fo8 fob fm22 fo1t fm1s fm23 fm1mv fo1mx fo1n1 fo1n2 ro1mz,1c fo1n1 mo1s fo1 mo1k mm60 mm1c mo1k mo1s " +
  "fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 " +
  "mo1k mo1c fo2 fo1 mo1c mo1c fo1 fo2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmo fo1nv mo1k mo48 mo48 mo48 mo5s mo48 mo48 " +
  "mo20 mo48 mo20 mo48 mo48 mob4 fo9 mo48 mo2w mm7k mo1k fo1 mo20 mo1s mob4 moqo mo5x mo20 mmw fm1 mo1s mo1l fo1 mo1s mo1o " +
  "fo1 mow mo28 molc mob4 mo20 fo1 fo2 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 " +
  "fo6 fo8 mo14 fo1 mo48 mo1c mo5s mo4w mo1k fo5 fo4 fo2 fo1 fo3 mo48 mo14 fo1 mo1c fo1 fok mo60 mo14 mo14 mo20 fo2 mo20 " +
  "fo1 mm40 mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k foi mme8 mo1s fo1 fom fmi mo1s fo1u " +
  "fo1q3 mo48 mo20 fo1 mo48 mo48 mo20 mo48 mo5s mo20 mo48 mo14 mo48 mo1c mo6g mo3c mo20 fo4 fo5 ro2,1c fo4 mo1s fo1 mo1k " +
  "mm5k mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c " +
  "fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmn fox mo1k mo48 mo1k fo1 mo5s moqo " +
  "mo22 mo1s mmw fm1 mow mo28 mo4g molc mo5s fo1 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo1s fo1 fo6 " +
  "fm2 mo1s fo1n fo1t fo1w3 fo1wg fo1wf fo1xx fo1xt fo1xs fo207 fo206 fo1we fo1w8 fo1w7 fo1w6 rm125f,w fo27v fo27s mow mo20 " +
  "mo20 fo2 fo281 fo1 fo3 fo282 fo283 fr286 fo287 fr284 fo285 fm288 fo289 fm28f fo28g fo28d mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo52 ro1,31 fo1 mo1w mo1k fo1 fo2 mo4a ro1,26 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo8k6 mo20 mo20 fo2 fo1 foh mo1w mo1m fo1 mo1w mo1m fo2 mo1c mo1k mmg " +
  "mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c " +
  "mo1s fo1 mo1s fo1 mo1w mo1m fo2 mo2o mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2i mo48 mo1c rm-,w fo2 fo3 mo4a fm2 fo5 mo2i fo1 mo1u " +
  "mo48 mo1c rm-,w fo2 fo3 mo3m fm2 fo5 fo7 mo1u fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo3h fm2 fo5 fo7 mo1p fo1 mo1p mo48 mo1c " +
  "rm-,w fo2 fo3 mo3h fm2 fo5 fo7 mo1p fo1 mo31 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 fo1b fo1t fo1x fm22 fo23 " +
  "fo20 fo2e fo1z mo1s fo1 mo1s fo1 mo20 mo1w mo1m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,37 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,37 fo1 mo5s mo55 mo1j fo1 " +
  "ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,39 fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1p fo6 mo1m " +
  "mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo46 fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo34 mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c rm-,w fo2 fo3 mo46 fm2 fob foa fo9 fo8 fo6 fo5 mo31 mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof " +
  "mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3q fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 " +
  "mo8al ro1,8ak fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 " +
  "fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo4n mo1l fo1 mo1q fo1 rm4,1s mo1g fo1 mo1x mo1u rm4,3k mo33 " +
  "mo1d mo1j fo1 mo1h fo1 moy mo3h mo1l mo23 mo15 rma,5c mo5k mo2d mo1h fo1 mo1k mo10 mo1l fo1 mo23 mo1p mo6o mo25 mo1k fo1 " +
  "mo1h fo1 rmd,74 moz mo1o fo1 mo26 mo1h mo6g mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo2y mo68 mo1r mo23 rme,8w mo2y mo1h moz " +
  "mo2c mo1a mo5s mo33 mo1v mo1k moz mo1w fo1 mo2n mo1r mo7c mo2l mo60 rmh,bk mo4j mo1f fo1 mo2x mo1n fo1 mo1j fo1 mo20 " +
  "mo1h fo1 mo1h fo1 mo1h fo1 mo1j fo1 mo11 mo1o mo3f mo8w mo5v mo4b mo31 mo24 rmj,e8 mo4c mo1v mo1i mo1k mo1s mo1j fo1 " +
  "mo10 mo2d mo1h mo68 mo51 mo1s mo3d mo1s mo1m mo1s mo1f fo1 mo1h fo1 mo10 mo1m mo2v mo2y mo7k mo1s mo1h fo1 mo1l fo1 " +
  "rmr,gw mo1c moy mo1k fo1 mo2c mo3j mo9c mo13 moy mo1k fo1 mo2c mo14 mo5c mo4l mo20 mo1n mo1i fo1 moz mo1l fo1 mo2d mo2h " +
  "mo8w mo1n rmn,kg moy mo29 mo19 mo60 mo39 mo1s mo1q fo1 mo20 mo11 mo1h fo1 mo29 mo2c mo7k mo1c mo1j fo1 mo1l fo1 mo1l " +
  "mo56 mo7c mo33 mo25 mo4o mo1v mo1i fo1 mo1s mo10 mo2e mo1h mo68 mo1t mo1c rmw,o0 moy mo2d mo1a mo60 mo2p mo1s mo1o fo1 " +
  "moy mo2d mo1n mo6w mo25 mo1c moy mo2c mo1g mo6g mo2r mo1s moz mo2e mo1n mo74 mo1d mo1c moy mo2a mo17 mo5k mo3j mo20 mo11 " +
  "mo2a mo2u mo7s mo58 mo7c mo31 mo26 mo5b mo3d mo1s mo2o mo1s mo1g fo1 mo1i fo1 mo1n fo1 moz mo2f mo26 mo7k mo1t moy mo2e " +
  "mo60 mo13 moy mo2e mo5c mo2b rm1p,sg mo1s moz mo2f mo1t mo6o mo1p mo1c moy mo2b mo1b mo60 mo1t mo1z mo1c mo1u fo1 mo11 " +
  "mo2b mo1e mo60 mo50 mo7c mo1h moz mo24 mo5s mo5t mo1r fo1 moy mo23 mo5f mo1e moa0 mo2h mo37 mo1i fo1 mo1k fo1 moz mo23 " +
  "mo1x mo6o mo25 mo1k mo1h fo1 moz mo27 mo1h mo6g mo31 mo20 moy mo21 mo1p mo7c mo1o fo1 mo8b moa8 mo2f mo1c mo41 mo1s mo1l " +
  "fo1 mo1c mo1k fo1 moy mo1m fo1 mo1l mo6o mo1n fo1 mo1f fo1 rm1y,ww mo1l mo7r mo8w foh foq fox fo15 fo1c fo1g fo1q fo1w " +
  "fo23 fo27 fo2b fo2m fo2p fo2x fo33 fo39 fo3f fo3m fo3t fo40 fo43 fo4i fo4o fo4x fo53 fo5o fo5q fo5z fo63 fo65 fo6j fo6u " +
  "fo6z fo73 fo7i fo7q fo80 fo84 fo89 fm4 mo1c fo9a fo9l fo9r fo8s fo8m fo8k mo1k mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo52 ro1,2o fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo1h mo1n mo2g fo2 fo3 mo2w mo5k mo1k mo4o fo5 fo4 fo3 fo2 mo1s mo1w " +
  "mo1m fo1 fo2 mow mo20 mo20 fo2 fo140h fo1 mow mo20 mo20 fo2 fo1 fo3 mo1c fo1 mob4 fobq mo48 mo20 fo1 mo48 mo48 mo48 mo1c " +
  "mo3c moqo mo1r mo1k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 fol mo48 mo20 fo1 mo48 " +
  "mo48 mo1c mo3c moqo mo1m mo1k mo1s mo1l fo1 mo5s mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fol mo48 " +
  "mo48 mo20 fo1 mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo1c mo28 mo48 mo1s mo1k fo1 mo20 mo1s mo1s mo5s mo1s " +
  "moqo mo30 mm1c fm1 mow mo28 mo1s mo4g molc mo5s mo1s mo20 mo1k fo2 fo4 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo1s mo14 " +
  "mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mob4 fos fo7 foa mo14 fo1 mo48 mo1c mo5s fo2 fo3 fo1 mo48 mo14 fo1 foj mo60 " +
  "mo14 mo14 mo20 fo2 mo20 fo1 mm2o mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k foe mo1s fo1 foh fmd mo1s fo1s " +
  "fo1y mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo1c mo28 mo48 mo1k fo1 mo5s moqo mo3c mm1c fm1 mow mo28 molc " +
  "mo5s mo20 fo1 fo2 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mob4 fol fo7 fo8 mo14 " +
  "fo1 mo48 mo1c mo5s fo2 fo3 fo1 mo48 mo14 fo1 foh mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm2o fo3 mo1s fo1 fo6 fm2 mo1s fo17 " +
  "fo1d mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo1c mo28 mo48 mo1k fo1 mo5s moqo mo3z mm1c fm1 mow mo28 molc mo5s " +
  "mo20 fo1 fo2 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 fo1 mob4 fol fo7 fo8 mo14 fo1 " +
  "mo48 mo1c mo5s fo2 fo3 fo1 mo48 mo14 fo1 foh mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm2o fo3 mo1s fo1 fo6 fm2 mo1s fo16 fo1c " +
  "mo5s mo48 mo48 mo1c mo28 mo48 mo48 mo48 mob4 fo9 mob4 moqo mo2z mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo20 fo1 " +
  "fo2 mo1k mo20 fo2 fo1 fof fo5c mo48 fo6w fo7d fo8x fo8w foa6 foa5 fobk fobj fo7y fo7x foe1 foe0 foek foej fo7i fo7h fo7g " +
  "rmmh,w mob4 fo131i folj folg mow mo20 mo20 fo2 folq fo1 fo3 folr fols frlv folw frlt folu fmlx foly fmm4 fom5 fom2 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 mo14 mo48 mo1c mo6g fo2 fo3 ro72y,1k fo2 mo1c rm-,w fo2 mo60 mo1c fo1 fo2 " +
  "fm3 mo1k mm6g mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s " +
  "mo3c fo3 fo4 ro1,1k fo3 mo1k mo1c fo2 fo1 mo1c fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 foz mo1k mo80 " +
  "fo38t mo48 molc fo97n mo48 mo48 mo48 mo48 mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c fo1 fm3 fo6 mo48 mo14 mo14 mo14 " +
  "mo14 mo14 mo14 mo14 mo14 mo14 mo1k mm7c fodbh mo28 mo48 fotyx mo60 mo48 mo48 mo48 mo48 mo48 mo4g mo1c mo14 mo1s mo1c fo1 " +
  "mo1c mo1s fo2 mo14 mo48 mo48 mo14 mo28 mo48 mo1c mo3c mo1s mm14 mo1c mo1s fo2 mo1c mo1s mo1s mo1s mo1c fo5 fm8 fod mo14 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2k fo1 mo60 fo1 mo27 mo54 mo1k mo4w mo1k mo2g fo6 fo5 fo4 fo2 fo1 fo3 foe fov " +
  "fou fo12oh fo12oz fo12om fo12ol fo12ok rm3c,0 fo130g fo130d mow mo20 mo20 fo2 fo130m mo1s fo2 fo4 fo130o fo130q fr130t " +
  "fo130u fr130r fo130s fm130v fo130w fm1312 fo1313 fo1310 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,35 fo1 mo4a ro1,24 " +
  "mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 " +
  "mo20 fo2 fo1 fog mo1w mo1k fo1 mo1w mo1k fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s " +
  "fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1w mo1k fo2 mo2o mo5c mow mos mow mow " +
  "mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog " +
  "mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo48 fm2 fo5 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo1s fo1 mo1n mo48 " +
  "mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 mo2z mo5c mow mos " +
  "mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 " +
  "fo2 fog mo1k mmw mo1k mm2o mm14 fm1 fo1b fo1t fo1x fm22 fo23 fo20 fo2e fo1z rm3g,w mo1s fo1 mo1s fo1 mo20 mo1w mo1k fo1 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 " +
  "fo1 mo52 ro1,37 fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 " +
  "mo44 fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 " +
  "mo48 mo1c rm-,w fo2 fo3 mo44 fm2 fob foa fo9 fo8 fo6 fo5 mo2z mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 " +
  "mo3o fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo50c ro1,50b fo3 fm7 fo4 fog fr6 fo8 mo11 mos " +
  "fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 " +
  "rm-,w modb mo68 mo1i fo1 mo1l fo1 rm5,1s mo1r fo1 mo1l fo1 mo1j fo1 mo1g fo1 rm5,3k mo1k fo1 mo2v mo3h mo5m mo1n fo1 " +
  "mo20 mo1l fo1 mo1h fo1 rm9,5c mo1l fo1 mo1v fo1 mo1h fo1 mo1j fo1 mo1h fo1 mo10 mo3f mo1k fo1 mo24 mo37 rmb,74 mo7s mo1m " +
  "fo1 mo1i fo1 moz mo1n mo2h mo74 mo4x mo4x mo22 mo1g fo1 mo1f fo1 mo1h fo1 mo1i fo1 rmf,8w mo1n fo1 mo20 mo1l mo1j fo1 " +
  "mo1m fo1 mo11 mo1r mo31 mo94 mo1k fo1 mo1l fo1 mo1j fo1 rmd,bk mo41 mo39 mo1f fo1 mo20 mo1i fo1 mo1h fo1 moz mo1o fo1 " +
  "mo28 mo88 mo3z mo2k mo20 mo1n fo1 moz mo1o fo1 mo26 mo88 mo1i mo1j fo1 rml,e8 mo1l fo1 mo1j fo1 mo47 mo37 mo20 mo11 mo1m " +
  "fo1 mo2p mo8g mo4j mo58 mo1h fo1 mo1f fo1 mo12 mo1m fo1 mo4l mo19 mo8w mo3n mo86 mo1p rmm,gw mo1h fo1 mo1f fo1 moz mo1n " +
  "mo25 mo1n mo60 mo1s mo1k fo1 mo1c moy mo1l fo1 mo28 mo80 mo5d mo3u mo3b mo1c mo1k fo1 mo1s mo1o mo10 mo1m mo27 mo35 mo7k " +
  "mo1g fo1 mo1s mo10 mo1o fo1 rmv,kg mo3l mo9k mo3z mo1c mobg mo20 mo1k fo1 moz mo24 mo88 mo1k mo7s mo1k fo1 mo1i fo1 mo1j " +
  "fo1 mo1n fo1 mo1k fo1 mo1l fo1 mo1i fo1 mo1h fo1 mo1h fo1 mo1l mojg mohk fom fo13 fo15 fo1l fo1n fo1w fo23 fo2g fo2q " +
  "fo3b fo40 fo41 fo4c fmp mo1c fo5d fo5o fo5u fo4v fo4p fo4n mo1k mo48 mob4 fo72 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2k fo1 mo1s mo1w mo1k fo1 fo2 mow mo20 mo20 fo2 folo fo1 mow mo20 mo20 fo2 fo1 fo3 mo1c fo1 mo1k mo1k molc fok mo48 " +
  "mo48 mo48 mo14 mo28 mo48 mo1c mo3c mm14 mo1c mo1s fo2 mo1c mo1s mo1s mo1s mo1c fo5 fm8 foc mo48 mo14 mo28 mo48 mo3c mm14 " +
  "mo1c fo1 mo1c mo1s mo1s mo1s mo1c fo5 fm7 foa mo3c mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c mo1s mo1s mo1s mo1c fo5 " +
  "fm7 foa mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c mo1s mo1s mo1s mo1c fo5 fm7 foa mo20 mo48 mo14 mo28 mo48 mo3c mm14 " +
  "mo1c fo1 mo1c mo1s mo1s mo1s mo1c fo5 fm7 foa mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c mo1s mo1s mo1s mo1c fo5 fm7 " +
  "foa mo14 mo48 mo1c mo6g mo1c fo3 fo4 ro1j,1c fo3 mo1s fo1 mo1k mm5c mm1c mo1k mo1k mo1s fo2 fo1 mo1k mo1c fo2 mo1k fo2 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c fo1 " +
  "mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmp foy mo1k mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c mo1s mo1s mo1s fo4 fm6 fo9 " +
  "fo41 fo8e fo4g fo46 fo45 fo44 rmbr,0 foea foe7 mow mo20 mo20 fo2 foeg mo1s fo2 fo4 foei foej frem foen frek foel fmeo " +
  "foep fmev foew foet mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,35 fo1 molc foiu mo4a ro1,20 mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo52 ro1,31 fo1 fo7 mm2o fo13gw fo13h0 fo13gz fo13gy fo13gx rm13ky,0 mow mo20 mo20 fo2 fo4f fo1 fo3 fo14qf " +
  "fo14qg fr14qj fo14qk fr14qh fo14qi fm14ql fo14qm fm14qs fo14qt fo14qq mo1c fo1 mo48 mo48 fo14t1 fo14tf fo14te fo14ti " +
  "fo14th fo14tj fo14t7 fo14t5 fo14t4 rm14y4,0 fo153a fo1537 mow mo20 mo20 fo2 fo153g fo1 fo3 fo153h fo153j fr153m fo153n " +
  "fr153k fo153l fm153o fo153p fm153v fo153w fo153t mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2q fo1 mob4 fo157l cm2,8 " +
  "fo154a fo154f fo154e fo154d fo154c mow mo20 mo20 fo2 fo15ro fo1 fo3 fo15rp fo15rq fr15rt fo15ru fr15rr fo15rs fm15rv " +
  "fo15rw fm15s2 fo15s3 fo15s0 mo1k mm7c mo1k mm7c mo55 mo1u fo1 ro2,3d mo2w fo2 fo1 mo1s fo1 fm6 fo7 fm8 fo9 mo1k mm74 " +
  "mo1k mm74 mo55 mo1u fo1 ro2,2r mo2w fo2 fo1 mo1s fo1 mo1k mm7c mo1s fo1 mo1k mm7c mo1s mo1s fo2 cm2,8 fm1 mo1h fo1 mo1m " +
  "fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 " +
  "fog mo1m mo1k fo1 mo1m mo1k fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 " +
  "mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1m mo1k fo2 mo2e mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 " +
  "mo1c mo1k rm-,w fo3 fo4 mo3y fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3a fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c " +
  "rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo35 fm2 fo5 fo7 mo1n fo1 mo2p mo5c mow mos mow mow " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog " +
  "mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1d fo1v fo1z fm24 fo25 fo22 fo2g fo21 rm4h,w mo1s fo1 mo1s fo1 mo20 mo1m mo1k fo1 " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 " +
  "fo1 mo52 ro1,2x fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 " +
  "mo3u fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2u mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 " +
  "mo48 mo1c rm-,w fo2 fo3 mo3u fm2 fob foa fo9 fo8 fo6 fo5 mo2p mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 " +
  "mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 " +
  "mo3e fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mogb ro1,ga fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 " +
  "mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 " +
  "rm-,w mo23 mo5f mo20 mo1n fo1 mo1m fo1 rm6,1s mo1s mo1s fo1 mo1k fo1 mo1u rm5,3k mo1k fo1 mo35 mo1l mo3i mo6g fog fm6 " +
  "fo1g fo1r fo1x foy fos foq mo48 mo1m mo1k fo1 fo2 mo4a ro1,24 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k " +
  "mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo1dm mo20 mo20 fo2 fo1 foh mo1w mo1k fo1 mo1w mo1k fo2 " +
  "mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1w mo1k fo2 mo2o mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo48 fm2 fo5 " +
  "mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 " +
  "mo1n mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1n fo1 mo2z mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1u " +
  "fo1y fm23 fo24 fo21 fo2f fo20 rmc4,w mo1s fo1 mo1s fo1 mo20 mo1w mo1k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,35 " +
  "fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,37 fo1 mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo34 mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo44 fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 " +
  "mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo44 fm2 fob foa fo9 fo8 " +
  "fo6 fo5 mo2z mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo3o fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 " +
  "fo6 fod mo20 mo20 fo2 mo20 mo6g3 ro1,6g2 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 " +
  "mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo71 mo1g fo1 rm3,1s mo1s mo3f mo1h " +
  "fo1 rm4,3k mo1o fo1 mo1o fo1 mo1l fo1 mo1i fo1 moy mo3f mo1u mo1u mo7s mo1t rmb,5c mo1n fo1 mo31 mo20 mo1k fo1 mo1h fo1 " +
  "mo1h fo1 mo1j fo1 mo1h fo1 mo1j fo1 rma,74 moz mo1l fo1 mo1w mo1p mo7c mo35 mo4s mo1g fo1 mo1l fo1 mo1l fo1 rmb,8w moz " +
  "mo1q fo1 mo21 mo1v mo7c mo1d moy mo1i fo1 mo1t mo17 mo5k rmc,bk mo1l fo1 mo1n fo1 mo1p fo1 mo2q mo60 mo29 mo1m fo1 mo59 " +
  "mo20 mo20 mo1n fo1 mo1j fo1 rmd,e8 mo1k fo1 mo1k fo1 mo28 mo1j fo1 mo1h fo1 mo12 mo1v mo30 mo9k mo5d mo28 mo1i fo1 mo1q " +
  "fo1 mo1l fo1 mo1u fo1 mo1h fo1 rmh,gw mo20 mo1g fo1 mo1m fo1 mo11 mo20 mo38 mo1h mo9k mo5d mo20 mo1k fo1 mo1j fo1 mo1j " +
  "fo1 mo10 mo1o fo1 mo1y mo2l mo9k mo2p mo20 mo1k fo1 moy mo1s mo1l mo6w mo1q fo1 mo1c moy mo3q mo6g mo3n mo1s fo1 rmx,kg " +
  "mo6t mo83 mo20 mo2n mo2n mo1c mo1j fo1 mo1f fo1 moz mo1m mo2k mo23 mo6w mo2i mo1h fo1 mo1g fo1 mo1j mo1g fo1 mo1v fo1 " +
  "mo1i fo1 mo1k fo1 mo10 mo21 mo4h mocg mo3v mo20 mo2x mo1c mo1k fo1 rmv,o0 mo1s mo1h fo1 mo10 mo2j mo2g mo74 mo1c mo1g " +
  "fo1 mo20 mo1l fo1 mo1n fo1 moz mo20 mo2e mo88 mo1z mo1r mo1c moy mo1n fo1 mo23 mo1m mo68 mo1z mo1s mo1j fo1 mo10 mo1m " +
  "fo1 mo22 mo68 mo13 moy mo1z mo14 mo5c mo13 mo1k moy mo20 mo14 mo5c mo3z rm17,sg mo1s mo1s mo1i fo1 mo10 mo21 mo2w mo88 " +
  "mo1z mo10 mo1h fo1 mo1x mo68 mo1z mo1k moy mo1x mo1e mo68 mo3b mo28 mo1f mo1v mo1k moz mo2k mo23 mo68 mo1t mo1k mo1h fo1 " +
  "mo1k moz mo1l fo1 mo21 mo2e mo7k mo1k fo1 mo1o fo1 mo1l fo1 mo6m mo80 mo1t mo28 mo1s fo1 mo4d mo1s mo1q mo1p mo28 mo1n " +
  "fo1 mo1k mo1r fo1 moz mo21 mo2k mo8o mo35 rm1m,ww moz mo26 mo7c mo1d moy mo1y mo5k mo2q mo60 mo1n mo1x fo1 mo1o fo1 mo1l " +
  "mo8u mobc foc foh fot fow fo1g fo1j fo1p fo1u fo23 fo29 fo2e fo2l fo2t fo3c fo3e fo3z fo42 fo46 fo4i fo4s fo58 fo5n fo5p " +
  "fo61 fo6c fo6q fo6t fo75 fo79 fmg mo1c fo8b fo8m fo8s fo7s fo7m fo7k mo1k mo48 mob4 foa0 mo1h fo1 mo1m fo1 mo1n fo1 mo1k " +
  "mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 foc mow mo20 mo20 fo2 mo1s fo2 foi mo1c " +
  "mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 " +
  "mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo3o fm2 fo5 mo2g fo1 " +
  "mo1s mo48 mo1c rm-,w fo2 fo3 mo30 fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 " +
  "mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo2f mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 " +
  "fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 " +
  "fo20 fo2f fo1z mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l " +
  "fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w " +
  "fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1n fo7 mo1k " +
  "mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 " +
  "fo1 mo2k mo1n fo6 mo1k mo1f cm3,8 mo1w fm2 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fob foa fo9 fo8 fo6 fo5 mo2f mo5c mow " +
  "mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof " +
  "mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo34 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod mo20 mo20 fo2 " +
  "mo20 mo2j2z ro1,2j2y fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow " +
  "fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo157 moo8 mo3l mo1n mo1n rm6,1s mo1i fo1 mo1n mo1p fo1 mo1m " +
  "rm5,3k mo1l mo1n fo1 mo1k mo1k fo1 mo1m mo1p mo1h fo1 mo1b rm9,5c mo1l fo1 mo1n fo1 mo1p fo1 mo2v mo1c mo5k mo1f mo1s " +
  "mo4m mo1k fo1 rmb,74 mo1r mo5s mow mow rm5,8w mo15 mo11 rm3,bk mo1r mo11 mow mo1p mo11 mo1j mo11 mo1n mo11 mow mo1g mocx " +
  "mo28 mo1w rmf,e8 mo1j mo1g fo1 mo1j fo1 mo1h fo1 mo3c mo1i mo1h mo1l mo1j fo1 mo1i fo1 mo1g mo1h rmd,gw mo17 mo1p mo7z " +
  "moh4 mo31 mo1s mo1k mo1o mo1k fo1 mo1f fo1 moy mo1r mo2t mo19 mo7c mo73 mo55 mo1h fo1 mo1f fo1 mo20 mo1k fo1 rmm,kg mo1h " +
  "fo1 mo1s mo1l fo1 mo1j fo1 mo10 mo6g mo2d mobc momd mo28 mo3i mo2s mo5k mo1h fo1 mo20 mo1j mo22 mo22 mo1t mo1v mo1v mo1r " +
  "mo1t mo1s mo1z rmq,o0 mo1v mo1m mo1o mo1h mo1j fo1 mo1j mo1h fo1 mo1g mo1j mo1j mo1i mo1f mo1r mo1p mo1l mo1l rmh,sg " +
  "mo1l mo1m mo1k mo1m mo1e mo1q moca mo19 moqo mowz mo79 moz mow mo1h fo1 mo1r mo1t mo1t mo1h fo1 mo1g fo1 mo1i fo1 mo1u " +
  "mo1l mo1s mo1k mo1o mo1k rmr,ww mo16 mofz mo1e mo11c mo3h mo33 mo5k mo1q mo1m mo1q mo1r mo1q mo1s mo1l mo1m mo1j mo1q " +
  "mo1q mo1q fo1 mo1g mo1q mo1m fo1 mo1m mo1j mow rmq,128 mohl mo2k mo1i fo1 mo74 mo1h fo1 mo1g fo1 mo1f fo1 mo1g fo1 mo1k " +
  "fo1 mo1n fo1 mo1g fo1 mo1l fo1 mo1s mo20 mo1h fo1 mo1m mo11 mo1l fo1 mo1t mo8x mols mokx mo1n mo1u mo1p mo1v mo1q mo1u " +
  "mo4g mo1m fo1 mo1t mo1g fo1 mo1h fo1 rmy,18g mo1l fo1 mo1j fo1 mo28 mo1f fo1 mo1f fo1 mo1i fo1 mo12 mo1l fo1 mo1t mobg " +
  "mop4 moqd mo7i mo1i mow mo6o mo22 mo1o mo1h mo1l mo1q mo1q mo1p mo1x mo1t mo1t mo1i mo1f mo1k mo1k mo1o mo1g fo1 mo1j " +
  "fo1 mo1b mo1n mo1v moe5 mouo mo61 mo1s mo1i fo1 rm16,1fk mo1i mo28 mo1j fo1 mo1v fo1 mo1v moy mo25 mo3y mo1c moa8 mojt " +
  "mo2b mo1k mo10 mo1m mo1f mo1q mo1q mo24 mo1o mo1f fo1 mo1f mo1i mo14 mo1p mo1x mocz mo1a moo0 mo1u mom3 mob4 mow mo1n " +
  "fo1 mo1l fo1 mo1j fo1 mo1k fo1 mo1k fo1 mo1h fo1 mo1m fo1 mo1l fo1 mo1h fo1 mo1l fo1 mo1n fo1 mo1j fo1 mo1k fo1 mo1g fo1 " +
  "mo1k fo1 rm1d,1nk mo1f fo1 mo1i fo1 mo1i mo16 mo1m mo1u mobf moqg mo1x mo1s mo2r mo1c moy mo1r mo1h mo68 mo1k mo1c mo1m " +
  "fo1 mo1o fo1 mo60 mo7s mo35 mo20 mow mo1c mo1i fo1 mo1k mo1g fo1 moz mo1l mo2s mo7c mo73 mow mow mow mo25 mo1s mo2h mo1s " +
  "mo1f fo1 mo1l mo10 mo1i fo1 mo25 mo1t mo6g mo3v mow mo28 mo1h mo1h mo1h mo12 mo1o mo2b mo37 mo88 mo5r mo28 mo20 mo1s " +
  "mo1m fo1 mo1i fo1 mo14 mo1m mo29 mo40 moa0 mo28 mo1m mo1g fo1 mo1g fo1 rm23,1wg mo16 mo1q mo6h mobc mo1z mo1r fo1 mo1h " +
  "mo1c mo1i moy mo20 mo1a mo5s mo8n mo1f fo1 mo1c mo1k fo1 mo1h mo3c mo1h fo1 mo22 fo1 mo1p fo1 mo1n fo1 mo22 fo1 mo1k " +
  "mo1i moz mo1i mo1x mo44 mocw mo5f mo1s mo1l fo1 mo1k moz mo20 mo2s mo9s mo5b mo1s mo1i fo1 moy mo1x mo2o mo9k mo35 mo68 " +
  "mo1n mo20 mo1t fo1 mo29 mo1s mo1s mo1k mo1o mo1g fo1 moy mo22 mo1p mo6g mofj mo1f mo1n fo1 mo20 mo1i mo11 mo24 mo88 mojs " +
  "mo28 mo2b mo60 mo1i mo1j mo1j fo1 mo1k mo1l fo1 mo1k mo1m mo1i fo1 mo1i rm2b,268 mo1h mo1k mo1h mo8d mo28 mo2n mo2m mo2n " +
  "mo2h mo1h fo1 mo1p fo1 mo1g fo1 mo1w fo1 mo1c mo1o fo1 moy mo1v mo6o moco moa7 mo1k mow mo3c mo1o fo1 mo1l fo1 mo1y fo1 " +
  "mo1q fo1 mo1k mo1q fo1 moz mo1s mo4y moeg mob1 mo20 mo21 mo1w mo40 mo1q fo1 mo1s fo1 mo1k mo1i moz mo1u mo63 mofc mo29 " +
  "mo1o mo3p mo1i fo1 mo1h fo1 mo1j mo1i fo1 mo1l mo1l fo1 mo1h fo1 mo1g fo1 mo1i fo1 mo1h fo1 mo1k mo13 mo1x mo2b mo80 " +
  "mo1d mo1c moy mo1t mo17 mo5k mo8b mo1k mo4u mo1s mo1j fo1 mo10 mo1t mo6j mo1f moco mo9p mo1k mo4q rm2c,2gw mo1s mo10 " +
  "mo1t mo70 mo1f moe0 mo3j mo1k mo1k mo1k moz mo1u mo2h mo7s mo1c mo1c mo3u mo6g mo25 mo1m mo1v mo1k mo1k mo1k moz mo1v " +
  "mo1h mo68 mo3f mo1s mo1i fo1 mo1s mo10 mo1s mo23 mo7s mo1d mo1c moy mo1r mo17 mo5k mo2h mo1k moy mo1s mo1i mo6o mo2h " +
  "mo1k moy mo1s mo6o mo3k mo6g mo4x mo7k mo1n mo3v mow mow mow monb mo3c mo21 mo9k mo1l mo1h mo1r mo1r mo1r mo1i mo1q fo1 " +
  "mo1h fo1 mo1o mo1k mo1l fo1 mo1h fo1 mo1h fo1 mo1q mo1p mo1m mo1x mo1w mo1s mo1s mo1r fo1 mo1n mo1s mo1k mo1q mo1n mo15 " +
  "mo1w mod2 mo1g mork mo67 rm2r,2tc mo1s mo1k moz mo23 mo3a moag mocr mo1j mo1j mo1m mo1j fo1 mo1k moz mo1w mo72 moh4 mo6z " +
  "mo20 mo4j moy mo1f fo1 mo1r fo1 mo1l fo1 mo20 mo1i fo1 mo1h fo1 mo11 mo1w mo3y mobc moaf mo20 mo2v mow mo20 mo1s mo1i " +
  "fo1 mo10 mo1h fo1 mo1s mo56 moeo mo2b mo1s mo26 mo1k moy mo1l fo1 mo1w mo1t mo6o mokb mo28 mo5b mo1z mo1j mo1i mo28 mo1g " +
  "fo1 mo1g fo1 mo12 mo1s mobd mooo mo5p mo1k mo1z mo1k mo1k fo1 moz mo1o mo1z mo3t moa0 moi7 mo20 mo2w mo28 mo12 mo1i fo1 " +
  "mo1t mob0 momg mop9 mo20 mo4o mo1s fo1 mo1j mo1q mo10 mo1u mocn motk mo99 mo1s mo34 mo1g fo1 mo1l fo1 mo10 mo1u mo50 " +
  "modk mo6t mo20 mo1i fo1 mo1k moz mo1t mo37 mo18 mob4 mo2l mo1k mo1s moy mo1w mo1w mo6w moov mo34 mo1x mo2a mo38 mo74 " +
  "mo1x fo1 mo1q mo1l mo1k mo1o mo1o mo1l mo15 mo1s moec mot4 mo69 mo1s mo1x mo3c mo1k mo1k moz mo1s mo3o moag mo1k mo1c " +
  "mo68 mo1q fo1 mo1c moy moah mo94 mo2v mo1q rm4c,37k mo55 mo3c mo1j mo1j mo1l mo1o fo1 mo1n mo1r mo1h mo20 mo1f fo1 mo11 " +
  "mo1z mo35 mo9c mo1n mo1k moy mo1z mo1a mo60 mo13 mo1k moy mo1l fo1 mo1z mo14 mo5c mod7 mo4o mo1n fo1 mo1j fo1 mo1s mo10 " +
  "mo1w mo6n mohk mo12l mo2g mo2j mo2p mo1i mo1i mo8o mo1q mo1m mo1l mo1n mo20 mo11 mo1w moh2 mo19 mo16w mo3c mo1l fo1 moy " +
  "mo4h mo74 mo99 moao mowq mo1k mo1u mo18d mo68 mo3y mo20 mo2k mo2u mo1g mo1g mo1g mo1f fo1 mo1f fo1 mo1k mo2b moa0 mo1o " +
  "mo1n mo1i fo1 mo1l mo1v mo1g fo1 mo1o mo1k fo1 mo1o mo1m mo1i fo1 mo1t mo1l mo1n mo1l mo18 mo1t mopg mo4g mo1co mo13 moy " +
  "mo1m fo1 mo1u mo14 mo5c mo27 mo1c mo20 mo1h fo1 mo1i fo1 mo1m fo1 mo11 mo1l fo1 mo1t mo1g mo6g moc7 mo34 mo1l mo1p mo1l " +
  "mo34 moz mo1t mo6i mogg mo1o7 mo6g mo2o mo1z mo20 mo29 mo24 mo2f mo1i fo1 mo1y mo1i fo1 moeg mo1i fo1 mo1p mo1q mo1k fo1 " +
  "rm3y,3nk mo1r mo1t mo1q mo1t mo1w mo1q mo1j fo1 mo1z mo1v mo20 mo1w mo4g mo1k mo1m mo1j fo1 mo1l mo1k mo1i fo1 mo1c mo21 " +
  "mote mo15 mo1sg mo1x mo1k mo2k mo1p mo1k mo1f fo1 moz mo1n mo2d mo1n mo60 mo1c moy mo1l mo1t mo1l mo68 mo1d mo1c mo3f " +
  "moy mo1l fo1 mo1t mo19 mo5k mo5l mo2k mo1s mo1s mo1m mo1p mo1h mo1c mo24 mo1q mo28 mo20 mo1h fo1 mo11 mo1l mo1t mo4n " +
  "mo9s mo8f mo20 mo2e mow mo28 mo20 mo1n mo11 mo1k mo1s mo7l mo2d moco mo3n mo1s mo2l mo2h mo1s mo1l fo1 mo1s mo1h fo1 " +
  "mo10 mo1k mo1s mo2p mo80 mo5d mo1s mo2i mo24 mo2g mo1m fo1 mo1k moz mo1o mo1w mo3d mo9k mo1d mo1c mo2n mo1c moy mo1s " +
  "mo5k mo95 mo2o mo28 mo2s mo1c mo1n fo1 mo1s mo1l fo1 mo1h fo1 mo1s mo10 mo1s mo54 modc mo4t mo1s mo24 mo1k mo20 mo11 " +
  "mo1p mo4l mo1a mo94 mo1c mo1o mo191 mo68 moiu mo60 mo28 mo2g mo2r mo1f mo1c moy mo1l mo27 mo16 mo5s mo1y mo29 mo2d mo27 " +
  "mo20 mo1p mo1l mo2v mob4 mo1r mo1r mo1q mo1w mo1z mo1z mo20 mo26 mo1s mo3k mo1l mo1k mo1i fo1 mo1m rm4v,45c mo1p mo18 " +
  "mo1p mopf mo1a mo1s mo1k fo2 mo1dc mokr mo3d mo4r mow mo2g mo6o mo20 mo1o mo20 mo11 mo1z mobg mop4 mo4l mo1c mo9g mo20 " +
  "mo1j fo1 mo1s mo20 mo1j fo1 mo11 mo1k fo1 mo1s mo2k mo8w mo67 mo86 mo28 mo28 mo1k fo1 mo12 mo1n fo1 mo1v mo3u moag mo93 " +
  "mo28 mo30 mo1k mo2p mo1k mo1c mo1j fo1 mo1k moz mo1m mo2q mo25 mo6w mo1r moz mo2q mo20 mo60 mo2o mo2a mo1m fo1 mo1m fo1 " +
  "mo1i fo1 mo28 mo1k fo1 mo1i fo1 mo1k mo12 mo1z mo27 mo53 modc mo13n mo34 mo43 mo1x mo1s mo1v mo10 mo2j mo2n mo68 mo1c " +
  "mo6o mo1j fo1 mo1j fo1 mo1k fo1 mo1j fo1 mo1l fo1 mo1i fo1 mo1j fo1 mo1o fo1 mo34 mo1n fo1 mo1m mo1j fo1 mo1j fo1 mo16 " +
  "mo20 mojw mo2f mo180 mod1 mo40 mo2v mo1v mo1s mo2f mo2t mo1o mo1l mo1p mo28 mo4w mo1w mo20 mo1r mo11 mo1w mo8v mohc moh3 " +
  "mo34 mo3h mo2w mo33 mow mo4w mo1g fo1 mo1h mo15 mo1q modn mo2f molc mom7 mo48 mo8z mo1k mow mo34 mo1c mo5k mo2o mo1t " +
  "mo14 mo1l mo1t mofv mo2f moqg mow mord mo3k mo2k mo2o mow mo25 mo7s mo1l fo1 mo28 mo20 mo1r mo12 mo1q mofb mo1g movk " +
  "mo27 mo1k mo2r moy mo1k fo1 mo1s mo1g mo6g mocv mo20 mo3k mo4n mo3k mo1u moz mo1q mo9c mo27 moh4 mo1v7 mo68 mo21 mo1z " +
  "mobs mo1l fo1 mo6g mo1n mo1h mo1p mo1o mo1q mo1o mo1o mo1l mo22 mowo mo1zk mo4t rm5w,4ow mo1s mo1s moz mo1t mo3p mo94 " +
  "mo1k mo1c mo1k mo1s mo1c mo9c mo1j fo1 moih modk mo29 mo3k mo39 mo37 mo1k mo1s mo1s mo1m fo1 mo2g mo1l fo1 mo13 mo1v " +
  "mo2e mo7k mo1oh mok7 mo1z mo1o mo1u mo1f fo1 mo1j mo1c mo1n mo1g mo26 mo24 mo2n mo1o mo4w mo1j fo1 mo1q mo1j fo1 mo1k " +
  "fo1 mo1j fo1 mo1l fo1 mo1k mo4g mo1l fo1 mo1l fo1 mo1i mo1g fo1 mo1l mo1k fo1 mo1h fo1 mo1g fo1 mo1c mo1u movw mo1so " +
  "mo195 mo48 mo8h mo6j mo2g mo1m mo1k mo1k mo2g mo1n mo1k fo1 mo1r mo1g fo1 mo28 mo1g fo1 mo12 mo1l fo1 mo2i mo4w mo1i " +
  "moaw mo1h mo1c mo1p fo1 mo2b mo1c mo4g mo1m fo1 mo1h fo1 mo1u fo1 mo1j fo1 mo40 mo1k mo1l mo1p mo1p mo1p mo1o mo1a mo20 " +
  "momn mo1dc mo1k mo3q mo6g mo2x mo1s mo9v mo1s mo1m fo1 mo1j fo1 mo1m mo1c moy mo1l mo1s mo74 mo6r mo1k moar mo20 mo1m " +
  "fo1 mo1k mo1h fo1 moz mo4i mob4 mo35 mo1c mo3v mo20 mo1o fo1 mo1g fo1 mo1p fo1 mo1k mo1k mo1n moz mo1o mo1t mo7c mo3p " +
  "mo2w mo1p mo4c mo61 mo1k mo2d mo1k mo1k moz mo2m mo22 mo6o mo2o mo1i fo1 mo1q fo1 mo1k mo1s mo1i fo1 mo1k fo1 mo1k mo10 " +
  "mo1q mo23 mo31 moa8 mo59 mo28 mo1s mo10 mo1y mo2o mo9k mo2t mo1k moy mo1m mo1z mo1l mo74 mo35 mo1k mo4p mo1c mo28 mo1m " +
  "mo12 mo1o mo21 mo2o mo7c mo75 mo1s mo2v mo2g mo1s mo10 mo1x mo4c mo1d mobc mo5f mo1k mo4d mo28 mo1k moz mo1h mo1u mo3h " +
  "mo9s mo40 mo1p fo1 moy mo5s mo80 mo25 mo20 mo1n mo3r mo6z mo2o mo1n fo1 rm6d,5b4 mo1l fo1 mo1v moz mo1w mo55 mo19 mobc " +
  "mo6z mo2o mo1w moz mo1x mo55 mobc mo2o moy mo3g mo6g mo2b mo1k mo1k mo1q fo1 mo1s mo1l fo1 mo1h fo1 mo1j fo1 mo10 mo1z " +
  "mo1p mo6o mo7x mo7k mo199 mo2hu fo2 ro1,2g6 mo33 mo37 mo1k moax mo20 mo1f mo1s mo10 mo1q mo1v mo7k mob1 mo2g mo63 mo2j " +
  "mo3k mo1u fo1 mo1u fo1 mo1q fo1 mo2w mo1l mo1j fo1 mo15 mo1m mo6v mofc mo31 mo28 mo1k fo1 mo1q fo1 moy mo1i mo1n mo1s " +
  "mo7c mo2d mo1k moy mo1m mo1g mo6o mo2d mo1k mo1j fo1 moy mo1o mo1g mo6o mo2d mo1k mo1l fo1 moy mo1q mo1g mo6o mo2d mo1k " +
  "mo1h fo1 moy mo1m mo6o mo3z mo2g mo1l fo1 moy mo1q mo20 mo88 mo5f mo1k mo1s mo28 mo1h fo1 mo12 mo1m fo1 mo1r mo5o mo1e " +
  "mo9s mo4p mo1k mo1k moz mo1n fo1 mo1s mo4f mo19 mo8w mo4z mo1k mo20 mo1k moz mo1m mo1r mo2d mo9c mo2h mo1k mo1k moz mo1i " +
  "mo1n mo1l mo6o mo2v mo1k moy mo1o mo1u mo74 mo39 mo1k moy mo1k fo1 mo1p mo1t mo7k mo2r mo1s moy mo1o mo1q mo74 mo6j mo1k " +
  "mo1x mo2w mo1j fo1 mo1k mo1h moz mo1k fo1 mo1p mo37 moaw mo2z mo28 moy mo1k fo1 mo1p mo1o mo7c mo2h mo1k mo1k mo1o moy " +
  "mo1q mo1o mo6o mo4r mo2g mo1s mo1i fo1 mo1h fo1 mo10 mo1q mo2m mo94 mo61 mo2o mo1j fo1 mo1k mo1m moz mo1o mo3e moa8 mo1c " +
  "mo1c mo74 mo1o fo1 modk moc8 mo185 mo9k mo2s mo1c mo1o fo1 mo1c mo1l mo1f mo1j mo1m mo22 mo1k mo1k mo1h fo1 mo1f mo1m " +
  "mo1k mo1p mo28 mo1s mo1i mo1f mo1l mo1k mo1j mo1j mo24 mo1f mo1j mo23 mo1w mo1n mo2r mo1c mo2n mo1p mo2o modr mo34 mo28 " +
  "mo1k mo1f mo1l mo12 mo1z mo7d moi0 mo6w mo1l mo1r mo25 mo1p mo1n mo1h fo1 mo1j mo1j fo1 mo1h fo1 mo1g fo1 mo4g mo1j mo1i " +
  "fo1 mo1k mo1l mo1i fo1 mo1c mo1h fo1 mox3 mo2y mo1cg mo1l fo1 moyg mo1l mo1r fo1 mo1o fo1 mo1k fo1 mo1m fo1 mo1v mo1u " +
  "rm81,600 mo1w mo1v mo1u mo1l mo1l mo1k mo1w mo1y mo1y mo25 mo25 mo1w mo1v mo1z mo1u mo1u mo1k mo1w mo1y mo1s mo20 mo1x " +
  "mo1y mo1u mo20 mo27 mo23 mo1x mo23 mo1j mo1j fo1 mo1h fo1 mo1l fo1 mo1l mo1ng mo2e mo19k fo27 fo38 fo3n fo3w fo44 fo4b " +
  "fo4n fo4t fo50 fo56 fo5e fo5n fo5w fo67 fo6e fo6k fo6r fo6y fo74 fo7d fo7s fo82 fo88 fo8k fo8v fo96 fo9a fo9p fo9z foaa " +
  "foah foao fob8 foba fobe fobs foc2 foce fodk fodn foem foex fof0 fofh fofz foga fogi fogy fohf foht foic foj3 foj6 fojp " +
  "fojz fok3 fokd fokq fol3 fom6 fomd fomp fon3 fona fonm fonz fooc foou fop2 fopg fopj foqn foqx for8 fore fosc fosh fot3 " +
  "fotc fotj fotp fou4 fou7 foup fov6 fovd fovm fovv fow5 fowe fowo fox1 foxa foxm foy0 foya foyi fozh fozo fozv fo101 " +
  "fo107 fo10f fo10n fo10p fo111 fo11b fo11l fo11r fo127 fo129 fo12m fo130 fo13g fo145 fo14f fo14i fo14r fo14z fo15h fo15o " +
  "fo15q fo16a fo16l fo16w fo170 fo17b fo17p fo18g fo190 fo19e fo1a5 fo1at fo1be fo1c0 fo1cm fo1du fo1e9 fo1ek fo1f5 fo1ft " +
  "fo1g1 fo1gj fm12 mo1c fo1hl fo1hw fo1i2 fo1h2 fo1gw fo1gu mo1k mo48 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c " +
  "mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo1k mo28 mo5s foe3h fod mow mo20 mo20 fo2 mo1s fo2 foj mo1c mo1k mmg " +
  "mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s mo1c mo1s fm7 fo8 fo5 mo1k mmg mo1s mo1s fo2 mo1s " +
  "fo9 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo3p fm2 fo5 " +
  "mo2h fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 " +
  "mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 fov fo2 " +
  "mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof " +
  "foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2h mo48 mo1c rm-,w fo2 fo3 mo41 fm2 fo5 mo2h fo1 mo3l mo5c mow mos " +
  "mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 moo fo3 mow foi mow fo1 foh fog fof foe fod fo9 fo6 " +
  "foa fo7 fo4 fo2 foi mo1k mm5c mo1k mm2o mm14 fm1 mo1k fow fo2v fm30 fo31 fo2y fo3f fo2x mo1s fo1 mo1s fo1 mo1h mo1j mo1h " +
  "mo15 mo20 fo1 mo1j mo3l M2p C10p,1 M2p M20 C3,o M8 F1 fo7 foa mo1h foy14 mo20 mo1s mo20 mo1j mo5s mo20 mo1j mo20 mo1n " +
  "mo20 mo1n mo20 mo1k mo20 mo1k mob4 foc mo20 mo1k mo20 mo1m mo20 mo1k mo20 mo1i fo1 mo20 mo1j mo20 mo1j mo2h mo55 mo1j " +
  "fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n " +
  "fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2o " +
  "fo1 mo1c mmg mo1s mo1l mo1i mo3c mo1s moqo mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mo1l mo1c " +
  "mo1n mo3c moqo mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1n mow mo20 mo20 fo2 fo6m mo1s fo2 fo4 fo6p " +
  "fo6r fr6u fo6v fr6s fo6t fm6w fo6x fm73 fo74 fo71 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1m mo1h fo1 mo1m mo1h fo2 mo1c mo1k mmg mo1s mo1s " +
  "fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1r mo1k mm2o mm1c mo1k fm2 mo1s fo1 mo1r mo32 fo2 mo14 mo3c fme " +
  "fof foc fol fob mo20 mo5s mo1m mo1h fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s " +
  "fo1 mo48 mo1m mo1h fo1 fo2 mo4a ro1,1r mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 " +
  "mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1m mo1h fo1 mo1m mo1h fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s " +
  "fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1c fm5 fo6 fo3 mo1k mmg mo1s mo1s fo2 mo1s fo7 mo1s fo1 mo1c mo1s fo1 mo1s " +
  "fo1 mo1m mo1h fo2 mo2e mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof " +
  "foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2d mo48 mo1c mo1k rm-,w fo3 fo4 mo3v fm2 fo6 mo2d fo1 mo1p mo48 mo1c " +
  "rm-,w fo2 fo3 mo37 fm2 fo5 fo7 mo1p fo1 mo1k mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1k fo1 mo1k mo48 mo1c rm-,w fo2 " +
  "fo3 mo32 fm2 fo5 fo7 mo1k fo1 mo2m mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog " +
  "mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1d fo1v fo1z fm24 fo25 fo22 " +
  "fo2h fo21 mo1s fo1 mo1s fo1 mo20 mo1m mo1h fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,2s fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2s fo1 mo5s mo55 mo1j fo1 ro2,2m " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2u fo1 mo1c mo14 mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2u mo1k fo7 " +
  "mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w fo2 fo3 mo3r fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo1s mo14 mo48 mo1c " +
  "mo68 fo2 fo3 fo1 mo2u mo1k fo6 mo1h mo1f cm3,8 mo1t fm2 mo1x mo48 mo1c rm-,w fo2 fo3 mo3r fm2 fob foa fo9 fo8 fo6 fo5 " +
  "mo2m mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 " +
  "fo2 fo1 fof mow mo1g fo1 mo1f mo20 mo1s mo5k mo1g fo1 ro2,2p fo1 mo3b fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 fod " +
  "mo20 mo20 fo2 mo20 mo1up ro1,1uo fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 " +
  "mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo33 mo2w mo33 mo1n fo1 rm5,1s mo1x mo2g mo1j " +
  "fo1 mo2g mo13 mo8d rm7,3k mo1h fo1 mo1h fo1 moz mo32 mo1q fo1 mo1x mo16 mo5c mo3f mo1k mocf mo1o fo1 mo1k fo1 rme,5c " +
  "mo1o fo1 mo1u fo1 mo1k mo1l fo1 moz mo1o fo1 mo1v mo28 mo7s mo2t mo1k mo5v mo3r mo20 mo1l fo1 mo1h fo1 mo1v fo1 rmi,74 " +
  "mo1w fo1 mo1k mo1j fo1 moz mo1o fo1 mo1v mo24 mo74 mo2o mo1l fo1 mo1n fo1 mo1p fo1 mo1k fo1 mo2w mo68 mo1m fo1 rmh,8w " +
  "mo2o mo1g fo1 mo1k fo1 mo1l mo3v mo7c fow fo1b fo1m fo1q fo1v fm7 fo2w fo37 fo3d fo2d fo27 fo25 mo1k mo48 mo1m mo1h fo1 " +
  "fo2 mo1c fo1 mob4 fo4r mo48 mo1s mo20 mo1s fo2 mo48 mo48 mo48 mo5s mo1s mo1k fo1 mo20 mo1s mo5s mo1s moqo mo14 mo1k mmg " +
  "fm1 mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 mo1k fo3 mo20 fo1 mm1s " +
  "mo1k mo1k mo1k mo1k mo1k mo1k foa foc fm7 mo1s fo10 fo17 fo1c fo1n fo1m fo1g fo1f fo1e fo98 fo95 mow mo20 mo20 fo2 fo9e " +
  "fo1 fo3 fo9f fo9g fr9j fo9k fr9h fo9i fm9l fo9m fm9s fo9t fo9q mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2s fo1 mo1m " +
  "mo1h fo1 fo2 mo4a ro1,1x mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo52 ro1,2y fo1 fof mo1m mo1h fo1 fo2 mo4a ro1,1x mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w " +
  "fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2y fo1 fof mo1m mo1h fo1 fo2 mo4a ro1,1x mo55 mo1n fo1 ro2,2t mo2w " +
  "fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2y fo1 fof mob4 foc3 mo1m mo1h fo1 " +
  "fo2 mo4a ro1,1x mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 " +
  "mo52 ro1,2y fo1 fof mo1m mo1h fo1 fo2 mo4a ro1,26 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 mo1m mo1h fo1 " +
  "fo2 mo4a ro1,26 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 mo1m mo1h fo1 fo2 mo4a ro1,26 mo55 mo1j fo1 ro2,2k " +
  "mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 mo1m mo1h fo1 fo2 mo4a ro1,26 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 " +
  "mo1m mo1h fo1 fo2 mo4a ro1,26 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 mo1m mo1h fo1 fo2 mo4a ro1,26 mo55 " +
  "mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,37 fo1 fo7 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2o fo1 mo55 mo1n fo1 ro2,2t " +
  "mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 molc fo2m mo48 mo48 mo48 mo48 mo48 mo14 mo28 mo48 mo3c mm14 mo1c fo1 mo1c " +
  "fo1 fm3 fo6 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo3c moqo mo24 mow mo28 mo4g mo3c mo1k mo20 fo2 fo1 fod mo48 mo20 fo1 " +
  "mo48 mo1c mo1c mo1s mo48 mo1c mo1s mo1s mo48 mo5s mo48 mo48 mo1s mo1k fo1 mo1s mo1s mo5s mo1s moqo mo24 mo1s mmw fm1 mow " +
  "mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo1s fo1 fo6 fm2 mo1s fou " +
  "fo15 fog8 rm2tv,w fohc foh9 mow mo20 mo20 fo2 fohi fo1 fo3 fohj fohk frhn foho frhl fohm fmhp fohq fmhw fohx fohu mo1m " +
  "fo1 mob4 fo28k mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 " +
  "mo28 fob mow mo4g fo2q5 mo20 mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s " +
  "fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow " +
  "mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c " +
  "mo2f mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fo5 mo2f fo1 mo1r mo48 mo1c rm-,w fo2 fo3 mo2z fm2 fo5 fo7 mo1r fo1 mo1m mo48 mo1c " +
  "rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo1m mo48 mo1c rm-,w fo2 fo3 mo2u fm2 fo5 fo7 mo1m fo1 mo2e mo5c mow mos mow mow " +
  "mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog " +
  "mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2e fo1z mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2k fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 " +
  "fo1 mo52 ro1,2k fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2m fo1 mo1c mo14 " +
  "mo48 mo1c mo68 mo1c fo3 fo4 fo2 mo2k mo1m fo7 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 fo3 mo3j fm2 fob foa fo9 " +
  "fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1m fo6 mo1j mo1f cm3,8 mo1v fm2 mo1z mo48 mo1c rm-,w fo2 " +
  "fo3 mo3j fm2 fob foa fo9 fo8 fo6 fo5 mo2e mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo33 fo1 mo1f mos fo1 " +
  "mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 moc6 ro1,c5 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 " +
  "fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo27 mo1l fo1 mo1h " +
  "fo1 mo1m rm5,1s mo1j fo1 mo1o mo1o mo1j fo1 rm5,3k mo1i fo1 mo1o mo1k fo1 mo1k fo1 mo1k rm6,5c mo2u mo1l mo33 mo6g fok " +
  "fm5 mo1c fo1l fo1w fo22 fo13 fox fov mo48 mm1s mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k " +
  "mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg " +
  "mo1s mo1s fo2 mo1s fo6 mo1c mo1s fm6 fo7 fo4 mo1k mmg mo1s mo1s fo2 mo1s fo8 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 " +
  "mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 " +
  "fo4 fo8 fo5 fo2 fo1 fog mo1c mo2g mo48 mo1c mo1k rm-,w fo3 fo4 mo3o fm2 fo6 mo2g fo1 mo1s mo48 mo1c rm-,w fo2 fo3 mo30 " +
  "fm2 fo5 fo7 mo1s fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 fo7 mo1n fo1 mo1n mo48 mo1c rm-,w fo2 fo3 mo2v fm2 fo5 " +
  "fo7 mo1n fo1 mo1o mo48 mo1c rm-,w fo2 fo3 mo2w fm2 fo5 fo7 mo1o fo1 fow fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow " +
  "mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog " +
  "mo1c mo2g mo48 mo1c rm-,w fo2 fo3 mo40 fm2 fo5 mo2g fo1 mo3k mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow mow foi mow fo1 foh fog fof foe fod fo9 fo6 foa fo7 fo4 fo3 fo2 foi mo1k mm54 mo1k mm2o " +
  "mm14 fm1 mo1k fow fo2w fm31 fo32 fo2z fo3f fo2y mo1s fo1 mo1s fo1 mo1h mo1j mo1h mo14 mo20 fo1 mo1j mo3k M2o C10o,1 M2o " +
  "M1k C4,o M8 F1 fo7 foa mo1h mo20 mo1s mo20 mo1o fo1 mo5s mo20 mo1l fo1 mo20 mo1o fo1 mo20 mo1h fo1 mo20 mo1m fo1 mo20 " +
  "mo1j fo1 mob4 foc mo20 mo1o fo1 mo11f mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l " +
  "fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 " +
  "fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo1c mmw mors mo1j mmf mo15 mo1s mo20 mo20 mo1t fo1 mo20 mo1o fo1 " +
  "mo20 mo1o fo1 mo20 mo1l fo1 mo20 mo1o fo1 mo5s mo20 mo1h fo1 mo20 mo1m fo1 mo20 mo1j fo1 mo20 mo1o fo1 mo20 mo1n fo1 " +
  "mob4 foc mo1s mo1v mo1s mo1j fo1 mo1s mo1h fo1 mo2h mow mo28 mo2h fo4 mo1v foa fob fo1 mo1k mo1j fo1 moqo mo1s mmo mo1c " +
  "mo1s mo20 mo20 mo1t fo1 mo20 mo1l fo1 mo20 mo1l fo1 mo20 mo1s fo1 mo5s mow mo28 mo1k mo1s mo1j mo1c mo1i mo3c mo1s moqo " +
  "mo20 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 mo1i fo1 mow mo20 mo20 fo2 fo7k fo1 fo3 fo7l fo7m fr7p fo7q fr7n " +
  "fo7o fm7r fo7s fm7y fo7z fo7w mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2j mo2w fo2 fo1 mo52 " +
  "ro1,2k fo1 cmf,8 mob4 fobr fm2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2l fo1 fo8u fo8z fo8y fo8x fo8w mow mo20 mo20 fo2 fofb fo1 fo3 fofc fofd frfg fofh frfe foff fmfi fofj fmfp fofq " +
  "fofn mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 " +
  "mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s " +
  "mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos " +
  "mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 " +
  "fo1 fog mo1c mo2i mo48 mo1c rm-,w fo2 fo3 mo3q fm2 fo5 mo2i fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1u fo1 " +
  "mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo1p mo48 mo1c rm-,w fo2 fo3 mo2x fm2 fo5 fo7 mo1p fo1 mo2h mo5c " +
  "mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 " +
  "fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 mo1k fo1c fo1x fm22 fo23 fo20 fo2e fo1z mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mo52 ro1,2n fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2p " +
  "fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 fo92 mo22 mo48 mo1c rm-,w fo2 fo3 mo3m fm2 " +
  "fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo2k mo1p fo6 mo1m mo1f cm3,8 mo1y fm2 mo22 mo48 mo1c " +
  "rm-,w fo2 fo3 mo3m fm2 fob foa fo9 fo8 fo6 fo5 mo2h mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo36 fo1 " +
  "mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo1i48 ro1,1i47 fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 " +
  "mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w " +
  "moxd mofc mo30 mo1m fo1 mo1k fo1 rm6,1s mo1j fo1 mo1i fo1 mo1i fo1 mo6o mo1m fo1 rm6,3k mo1p mo1m mo1r mo1m fo1 mo1o " +
  "mo1o fo1 mo1i mo1h rm9,5c mo1i fo1 mo1m mo1t mo1j mo1k mo1v mo1i mo1o rm9,74 mo1n fo1 mo1l fo1 mo1i mo1n fo1 mo1n fo1 " +
  "mo1r mo1l fo1 mo1n fo1 rm9,8w mo1q fo1 mo17 mo6h mo1q mo1h fo1 moy mo2x mo1a rm9,bk mo5k mo1d mo1c mo30 mo15 mo5k mo17 " +
  "mo6d mo1c mo1o moy mo1a mo5k mo1d mo1c mo2v mo15 mo5k mo2p mo1c mo9v mo1k mo1l mo1h fo1 mo1j fo1 moz mo28 mo6w mo39 " +
  "rmu,e8 mo4o mo1j mo9p mo2x mo1r fo1 mo1j mo1j mo1j fo1 mo1c mo1h fo1 moy mo1l fo1 mo1s mo1u mo74 mo8b mo20 mo2i mo1j fo1 " +
  "rmk,gw mo1l mo1k mo1h fo1 mo1l fo1 mo1m fo1 mo1n fo1 mo1p fo1 mo1g fo1 mo1f fo1 mo1k mo1i fo1 moz mo1l fo1 mo1s mo4w " +
  "mo19 moco mo39 rmj,kg mo20 mo1s fo1 moy mo1z mo21 mo7k mo5v mo1k mo11i mo28 mo1k fo1 mo28 mo1l mo1k mo1f fo1 mo1f mo12 " +
  "mo1r mo3m moa8 mo65 mo20 moim mo28 mo1p fo1 mo1k fo1 mo1k moz mo1r mo3u moag mo27 mo1c mo1c rmz,o0 mo20 mo1f fo1 mo11 " +
  "mo1l fo1 mo1s mo1g mo6g mo3b mo20 mo1k mo1i fo1 moz mo1t fo1 mo20 mo21 mo7k mo5l mo28 mo10 mo1q fo1 mo1x mo3d mo9s mo29 " +
  "mo1k moy mo1m fo1 mo1t mo1g mo6g mo2r mo1s moy mo1t fo1 mo20 mo1t mo74 mo1k rm13,sg mo4g mo1l fo1 mo1k fo1 mo1m fo1 mo6a " +
  "mo7k mo3t mobf mo9r mo3c mo1i fo1 mo1r fo1 mo1j mo1l mo1k mo1h fo1 moz mo1v mo6n mo2c moe0 mo3v mo20 mo1i fo1 moy mo22 " +
  "mo29 mo88 mo2d mo1k moy mo1w mo1j mo6o mo1t mo1k mo1k moz mo1v mo1h mo60 mo2n mo1k mo1w mo1s mo1g fo1 moy mo1v mo1r mo6w " +
  "mo2h mo1k moy mo20 mo1p mo6o mo2h rm1m,ww mo1k mo1k moz mo23 mo6o mo41 mo1s mo1s moy mo1w mo2j mo88 mojj mo2g mows mo28 " +
  "mo3c mo1j fo1 mo1j fo1 mo1n fo1 mo28 mo1j mo1o mo1i mo12 mo1h fo1 mo1r mobp mo2s mons mo6d mo1s mo7h mo1k mo1i mo2g mo1m " +
  "mo1k mo1l mo1j fo1 mo13 mo1l mo1v mo4l moao mo9n mo28 moak mo2a mo2g mo20 mo1k fo1 rm1h,128 mo11 mo1j mo1t mo7p mo1w " +
  "moe0 mo39 mo1k mo68 mo1s moy mo1n mo1x mo1z mo7k mo41 mo2g mo4n mo2s mo1c mo1n fo1 mo20 mo1l fo1 mo1h fo1 mo1v fo1 mo1k " +
  "moz mo1m mo1w mo2v mo88 mo1c mo4w mo7u mo80 mo2j moag mo4f mo1s mo2d mo28 mo1i mo1j mo1k mo1i fo1 moz mo1v mo2h mo8o " +
  "mo3t mo1h mo1f rm1h,18g mo1l mo28 mo1k mo1g fo1 moz mo1v mo3e mo80 moah mozp mo2n mo28 mo28 mo12 mo1u mo8n mo1f moeo " +
  "mo7d mo20 mo7k mo1y mo28 mo1i fo1 mo1s mo10 mo1u mo6i mo1e mobk mo27 mo11 mo1v mo6g mo1k mo3c mo4h mo6w mo21 moka mo2z " +
  "mo1s mo1r moz mo22 mo1z mo7c mo49 mo2w mo2g moz mo22 mo3v mo8g mo99 mo28 moa7 mo2a mo2g mo10 mo21 mo7h mo1f modk mo2o " +
  "mo3d mo68 mo2t mo83 mo39 mo1k mo20 mo1i moy mo1r mo1t mo7k mo45 mo34 mo1g fo1 mo1i mo1f mo28 mo1s mo1j mo10 mo1r mo35 " +
  "mo8g mo2h mo1k moy mo1y mo1p mo6o mo1d mo1c mo2u mo1c moy mo1j mo1p mo17 mo5k mo3x rm2y,1fk mo2g mo4q mo2k mo20 moz mo1i " +
  "mo1o mo2n mo88 mo4n mo1s mo6g mo1s moy mo1m mo4s mo19 mo8w mo39 mo1s mo63 mo1k moy mo1o mo48 mo19 mo7k mo4v mo1k mohl " +
  "mo1s mo1s mo1l mo10 mo1n mo52 mo1a mo94 mo3s mo5b mo74 mo51 mo7d mo4t mo1s moaw mo2w mo1k mo1l mo1l mo1j mo20 mo1k mo1j " +
  "fo1 mo11 mo1t mo2n mo94 mo6n mo34 mo1m mo1n mo2o mo1j mo1m moz mo1t mo5f moaw mod9 mo1s moan mo2w mo1j fo1 mo1l mo1i " +
  "mo1i fo1 mo1s mo1i fo1 mo10 mo1p mo8v mo21 mohk mo57 mo1s mo1k mo20 moy mo1r mo3h mo9k mo5v mo1k mo28 mo1j moy mo1t mo3d " +
  "mo16 moa8 mo61 mo20 mo1n mo1c moy mo1l mo28 mo1b mo60 mo28 mo1k moz mo1q mo3p moa8 mo47 rm3a,1nk mo1s mo20 moy mo1q mo30 " +
  "mo8g mo7d mo28 mo5a mo20 moy mo1i fo1 mo1q mo6c mo1f mobk mo3z mo1k mo6s mo1k moy mo1i fo1 mo1q mo4e mo19 mo88 mo2v mo1k " +
  "mo1s moy mo1r mo1y mo74 mo1d mo1c mo2z mo1c moy mo1s mo19 mo5k mo23 mo1k mo33 mo1k moy mo1u mo1r mo6g mo1l mo1k mo2p moy " +
  "mo1r mo1e mo5s mo1k mo1l fo1 mo8g mo9c mo1b mo1k mo1s mo1c mo5k mo1x mo1c mo1l mo1c mo1q moy mo1l mo1e mo68 mo3h mo1s " +
  "mo9e mo2j mo1c mo1k mo1f fo1 moz mo1n mo2l mo1y mo6w mo1k mo1s mo1u fo1 mo1c mo1m moy mo21 mo2b mo7s mo9l mo94 mo8o mo1c " +
  "mo1j mog3 mo2w mop2 mo2c mo1m mo1f mo6w mo1g fo1 mo1k mo1i fo1 mo1i mo1k mo1m mo1j rm37,1wg mo1z mo1n mo1p mo1l mo1o " +
  "mo1p mo1h fo1 mo1j fo1 mo1k mo20 mo1v mo1m mo1g fo1 mo2w mo1i fo1 mo1j fo1 mo1o mo15 mo1s mo9c mo1e mokg mo6r mo1k mo28 " +
  "mo1k mo1l moz mo1y mo25 mo4c mob4 mo8f mo3k mo29 mo1k mo1k mo1k mo1k mo1g mo1f mo1f mo3c mo1k moz mo1s mo5k moco moch " +
  "mo28 mo9q mo25 mo29 mo3c mo1v mo1j mo1u mo1n fo1 mo1m fo1 moy mo1i fo1 mo1p moan mo2r mogo mo3r mo1k moax mo1s moy mo1g " +
  "fo1 mo1n mo3b mo15 mo80 mo3j mo1s mo1t moy mo1u mo2p mo19 mo7s mo25 mo1k moy mo1n mo1u mo1e mo6g mo25 mo1k moy mo1r " +
  "rm2n,268 mo1y mo1e mo6g mo8b mo1k mo5h mo2w mo1q fo1 mo1x moy mo1t mo20 mo6f mo1e moco moi3 mo54 mo1k moy mo20 moaa mo2y " +
  "momg mo6n mo2g moz mo1i mo1p mo69 mo1e moaw mo3z mo1k mo36 mo1s moy mo1r mo49 mo88 mo9l mo2o moub mo25 mo2g mo23 mo1c " +
  "mo2o mo1y mo1g fo1 moz mo1h fo1 mo1o mo5l mods mo9h mo2g mo20 mo1i fo1 mo11 mo25 mo5d mo18 mods mo2b mo1k mo6h mo1k moy " +
  "mo1o mo1x mo6o mo35 mo1k mo1s mo1k moz mo1o mo24 mo7c mo2b mo1k mo9x mo1k moy mo1i mo1p mo1x mo6o mo2b mo1k mo80 mo1k " +
  "moy mo1m mo1t mo1x mo6o mo5f mo1s mo7g mo28 moy mo1s mo3m mo9s mo2b mo1k modj mo1k moy mo1q mo1x mo6o mo4x mo1s mo2i " +
  "mo28 mo1k mo1l moz mo1q mo32 mo94 mo37 mo2g mo4o mo2z mo20 moz mo1l mo1s mo2h mo7k mo3b mo2g mo4l mo30 mo1s mo10 mo1m " +
  "mo1t mo2k mo7k mo37 mo2g mo51 mo2w mo20 moz mo1k mo1r mo2h mo7k mo3b mo2g mo4j mo2w mo1s mo10 mo1k mo1r mo2k mo7k mo28 " +
  "mo80 mo1j fo1 mog6 mods mo1k mo1o fo1 mo1s fo1 mo1c mo1s mo1c mo1n fo1 mo2g mo1h mo1c mo1c moy mo1a mo5s mobf mo2o mo2y " +
  "mo1x rm57,2gw mo1k mo1h fo1 mo1i fo1 mo1c mo40 mo1l fo1 mo1n fo1 mo1j fo1 mo1i fo1 mo1t mo1m fo1 mo1q fo1 mo1s mo10 mo6u " +
  "mofs mo69 mo20 mo25 mo1z moa3 mo20 mo2b mo2g mo1x fo1 mo3k mo1h fo1 mo1g fo1 mo1r mo1o mo1m mo1r mo1v mo1p mo18 mo1u " +
  "mo2r mo88 mo25 moeg mo28 mo1l fo1 mo2g mo13 mo4o moag mo1z mo2o mo78 mo5l mo2w mo1l mo1l fo1 mo1l mo28 mo12 mo1r mo36 " +
  "mo9s mo2h mo1k mo2i mo1k moy mo1j mo1p mo1p mo6o mo6v mo2w moy mo1m mo3q mob4 mo2o mo35 mo68 mo1h mo1s mo1o moaf mo20 " +
  "mo1n mo1k mo3k moy mo1x mo75 mo1f moeo mo20 mo1w mo5s mo21 mo2o mo1p moa1 mo20 mo1l mo3k moy mo1y mo6v mo1f moe8 mo13 " +
  "moy mo1v mo14 mo5c mo2z mo1s moy mo1y mo22 mo7c mo1j mo1s mo23 moz mo1u mo1e mo5s mo2o mo3a mo68 mo43 mo1c mo80 mo20 " +
  "mo2q mo19 mo8g mo3l mo2g mo5l mo30 mo20 mo1c moy mo1q mo2l mo7s mo53 mo1k mo5f mo20 mo4j mo1c mo9c mo3l rm48,2tc mo2g " +
  "mo4p mo2w mo20 moy mo1o mo2j mo7s mo59 mo20 mo1h fo1 mo1j fo1 mo1n mo28 mo9k mo73 mo1k mo8e mo28 mo55 mo1f mobc mo4x " +
  "mo1s modb mo2d mo2g mo1r mo1m fo1 mo1k fo1 mo1v mo20 mo1g fo1 mo1h fo1 mo11 mo1t mo3b mo94 mo1c moh1 mo1s mo3o mo4o mo1p " +
  "mo1l fo1 mo20 mo1o mo1i mo1i mo11 mo1m fo1 moau mo1f molc mo1d mo1c mo5c mo1c mo17 mo5k mo1c mo1j fo1 mo1c momp mo28 " +
  "mo3h mo5k mo1j fo1 mo28 mo1n mo1k fo1 mo1k mo12 mo1o mod8 mo1v moqw mo1t fo1 mo1c mo1r fo1 momw mo1f fo1 mo1g fo1 mo1g " +
  "fo1 mo1k fo1 mo1h fo1 mo1o fo1 mo1m fo1 mo1k mo1p fo1 mo1o fo1 mo1o fo1 mo1k fo1 mo1t fo1 mo1q fo1 mo1i fo1 mo1l fo1 " +
  "mo1m fo1 mo1r fo1 mo1t mo1k fo1 mo1l mo1ao mo39 mo11k fo16 fo1f fo1u fo2b fo2i fo2p fo2z fo36 fo3g fo3n fo3x fo43 fo48 " +
  "fo4h fo4k fo4x fo50 fo59 fo5i fo5s fo5v fo6l fo6p fo7a fo7g fo83 fo8d fo8n fo8x fo97 fo9f fo9n fo9w foa5 foad foal foau " +
  "fob9 fobh fobp fobx foc9 foch foco focw fod6 fodn foe3 foed fofe fofj fog1 fog4 fogd fogi fogt foh1 foh9 fohg fohq foi0 " +
  "foi8 foil foin foiw foj4 fojj foju fok9 fokb fokp foky fol7 foli folr folx fom9 fomh fomj fomw fon3 fona fonc fonk fonw " +
  "foo6 fooi foou foow fopg fopp foq3 foqi for0 for7 fore fork fort fos0 fos6 fosd fosq foss fot7 fote fotl fotu fou5 foug " +
  "fouu fov2 fovo fow0 fow5 fowf fowk fowr foww fox5 foy9 fm2y mo1c foza fozl fozr foys foym foyk mo1k mo48 mo55 mo1n fo1 " +
  "ro2,2t mo2w fo2 fo1 mob4 fo113 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2i fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 " +
  "ro1,2p fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2q fo1 mm5s molc " +
  "for mo48 mo48 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mob4 fo6 mo48 mo48 mo48 mo1s mob4 " +
  "moqo mo8d mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 fo1 mo1k mo20 fo2 fo1 foj fot mo48 mo20 fo1 mo48 mo48 mo48 " +
  "mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo1c mob4 moqo moa3 mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow " +
  "mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fom fox mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo1c mo5s moqo mo94 mo1k " +
  "mo1s mo1l fo1 mo1s mo1o fo1 mob4 fo9 mow mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fok fop mo48 mo1c mo20 fo1 mo48 mo48 " +
  "mo48 mo5s mo5s moqo moiy mo1s mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foe fok mo48 mo20 fo1 mo48 mo48 " +
  "mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo1c mob4 moqo mo6r mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s " +
  "fo2 mo1k mo20 fo2 fo1 foh fos mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo1c " +
  "mo28 mo48 mo28 mo48 mo28 mob4 moqo mo61 mo1k mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mob4 mo1s mo20 mo1k fo2 mo20 fo1 " +
  "mo20 fo1 fo6 mo1k mo20 fo2 fo1 fot fo14 mo48 mo1c mo20 fo1 mo3c moqo mo28 mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 " +
  "fo1 foe mo168 fo5g mo1c mo1k mo1c mo48 mo1s mrw mo1k mm7c mo60 mo28 mo48 mo60 mo1k mrw mo60 mo48 mo48 mo20 mo1s fo2 mo1s " +
  "mo48 mo48 mo5s mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo1c mo28 mo20 mo48 mo20 mo28 " +
  "fo4 fo5 mo48 mo28 mo48 mo28 mo48 molc fol mo48 mo28 mo20 mo48 mo28 fo3 fo4 mo48 mo48 mo48 mo48 molc mo1s moqo mo7c mo1s " +
  "mo1l fo1 mo1s mo1o fo1 mow mo28 molc molc mo1s mo20 mo1k fo2 mo20 fo1 mo20 fo1 mo20 fo1 fo7 mo1k mo20 fo2 fo1 fou fo1q " +
  "mo55 mo1j fo1 ro2,2k mo1c mo2w fo3 fo1 mo52 ro1,2l fo1 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo5s moqo mo5w mo1s mow " +
  "mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foe foj mo48 mo1c mo20 fo1 mo48 mo3c moqo mo1s mow mo28 molc mo3c " +
  "mo1s mo1k mo20 fo2 fo1 foe mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo5s moqo mo1s mow mo28 molc mo5s mo1s fo2 mo1k " +
  "mo20 fo2 fo1 fob foi mo48 mo48 mo48 mo48 mo48 mo48 mo1k mo48 mo55 mo1j fo1 ro2,2k mo1c mo2w fo3 fo1 mo52 ro1,2l fo1 mo1k " +
  "mm7c mo1k mm7c foilo mo1k mrw mo1k mm7c mo20 mo20 mo55 mo1p fo1 ro2,2v mo1c mo2w mo54 mo1k fo5 fo1 fo3 mo55 mo1p fo1 " +
  "ro2,2y mo2w mo1k fo3 fo1 fo2 mo55 mo1p fo1 ro2,2r mo2w mo1k fo3 fo1 fo2 mo6g mmeo foe mo14 mo14 mo14 mo14 mo14 mo28 mo48 " +
  "mo28 mo1k mrw mo28 mo20 mo20 fo2 mo48 mo1s mo1k fo2 fo3 mo1c fo1 fo5 mo1s foh93 mo1s fo2 fo1ic4 mo20 fo1 fo2 mow mos " +
  "mo20 mo20 fo2 mo4g fo2 mo48 mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2l fo1 mo48 foca fog1 fog0 fogy fogx fohe " +
  "fohd fojj fojk foj4 foj3 foj2 fojp fojo fojn fojt foru fok4 fok2 fok1 fosr fosq fosw fosv fowp fowo foyx foyw fozq fozp " +
  "fo11a fo119 fo156 fo155 fo1ac fo1ak foci foj8 fojw fod1 focg focf foce focd mow mo20 mo20 fo2 fo1ge fo1 fo3 fo1gf fo1gg " +
  "fr1gj fo1gk fr1gh fo1gi fm1gl fo1gm fm1gs fo1gt fo1gq molc fo1wv mm34 mo48 mo20 fo1 mo3c moqo mo1s mo1o fo1 mow mo28 " +
  "mo3c mo1k mo20 fo2 fo1 fob mo48 mo20 fo1 mo3c moqo mo3a mo1s mo1o fo1 mow mo28 mo3c mo1s mo1k mo20 fo2 fo1 fod mo168 for " +
  "mo20 mm4g mo4g mo20 mo1b mm74 mo2io fo8 mo20 mo19 mm68 mo20 mo13 mm4g mo20 mo17 mm5c mo20 mo10 mm2o mo48 mo48 mo48 mo48 " +
  "mo48 mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo48 mo1s mo48 mo1c mo1s mo1s mo48 mob4 fob mob4 mo1s mo1k cmk,8 mo5k fm2 " +
  "mo1cw mo1r mo1s mo1g fo1 mo1s mo1r fo1 mo1s mo1m fo1 mo1s mo1k fo1 mo1s mo1q fo1 mo1s mo1q fo1 mo1s mo1q fo1 mo1s mo1r " +
  "fo1 mo1s mo1m fo1 mo1s mo1q fo1 mo1s mo1i fo1 molc fou mo1s mo1s fo1 mo1s mo1m fo1 mo1s mo1l fo1 mo1s mo1m fo1 mo1s mo1q " +
  "fo1 mo1s mo1q fo1 mo1s mo1q fo1 mo1s mo1l fo1 mo1s mo1j fo1 mow mo28 molc mo1s fo2 mo1k mo20 fo2 fo1 fo1j fo1x mo48 mo48 " +
  "mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo5s moqo mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 foe fok mo48 mo20 fo1 mo48 mo48 mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 " +
  "fo1 foi mo4g mo80 fo2 mofs fo2 mo48 mo48 mo48 mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo5s mo1s moqo mo1s mo1l fo1 " +
  "mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fog fom mo48 mo20 fo1 mo48 mo48 mo48 mo48 mo5s mo48 mo5s " +
  "moqo mo1s mo1l fo1 mo1s mo1o fo1 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fof fol mo48 mo20 fo1 mo14 mo5s mo48 mo48 " +
  "mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc foc mo1k fo1 mo20 mo1s molc mo1s moqo " +
  "mo2j mo2g mm1c fm1 mow mo28 molc mo1s fo2 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 mo1k fo3 mo20 fo1 mm4g mo1k mo1k mo1k " +
  "mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k mo1k fon mo1s fo1 foq fml mo1s fo18 fo1s mo48 " +
  "mo20 fo1 mo14 mo48 mo48 mo28 mo48 mo48 mo5s mo48 mo1k fo1 mo5s moqo mo2g mm1c fm1 mow mo28 mo5s mo1s mo20 fo1 fo3 mo1k " +
  "mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1s fo3 mo1s fo1 fo6 fm2 mo1s mob4 fok fon fov mo48 mo20 fo1 mo48 mo5s " +
  "mo48 mo48 mo48 mo48 mo48 mob4 fo7 mo48 mo48 mo48 mo48 mo48 mo48 mo28 mo20 mo48 mo20 mo28 fo4 fo5 mo48 mo48 mo48 mo48 " +
  "mo48 molc foi mo48 mo1c mo1s mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc mo1s moqo move mo1s mo1l fo1 mo1s mo1o " +
  "fo1 mow mo28 molc molc mo1s mo20 fo1 fo3 mo1k mo20 fo2 fo1 fot fo1j mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo5s moqo mo1x mow " +
  "mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 fod foi mo48 mo48 mo20 mo48 mo48 mo20 fo1 mo14 mo48 mo1c mo1s mo48 " +
  "mo48 mo5s mo48 mo48 mo48 mo1c mo1c mo1s mo1s mo5s mo1s moqo mo30 mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foj for " +
  "mo48 mo20 fo1 mo14 mo1c mo48 mo1c mo48 mo5s mo5s moqo mo2f mo20 mow mo28 mo1s mo4g molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 " +
  "foe fol mo48 mo48 mo20 fo1 mo48 mo48 mo5s mo48 mo48 mo1c mo28 mo48 mo28 mo48 mo28 mo48 mo28 mob4 foc mo48 mo28 mo48 mo48 " +
  "mo48 mo48 mo48 mo48 mo48 mo48 mo48 mo48 molc foe mo48 mo48 mo28 molc mo1s moqo mo3m3 mo17x fo2 mo17x mo1s mo1l fo1 mo1s " +
  "mo1o fo1 mow mo28 molc molc mo1s mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 mo20 fo1 fo8 mo1k mo20 fo2 fo1 for fo1j " +
  "mo48 fo2zl fo37u fo32z fo32x fo32w fo38a fo389 fo388 fo390 fo38z fo38y fo3c3 fo3c2 fo3s3 fo3er fo3ep fo3eo fo3s7 fo3s6 " +
  "fo3s5 fo3za fo3u0 fo3tx fo3tw fo3tv fo3zd fo3zc fo40e fo40d fo43i fo43h fo447 fo446 fo470 fo46z fo4fb fo4fa fo4fi fo4fh " +
  "fo4g5 fo30x fo2zr fo2zq fo2zp fo2zo mow mo20 mo20 fo2 fo4m4 fo1 fo3 fo4m5 fo4m7 fr4ma fo4mb fr4m8 fo4m9 fm4mc fo4md " +
  "fm4mj fo4mk fo4mh mo1w mo1k fo1 fo2 mo1c fo1 mo1w mo1k fo1 fo2 mo4a ro1,27 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s " +
  "mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 mo5s fo2zu foc mow mo20 mo20 fo2 fo1 foh mo1w mo1n fo1 mo1w " +
  "mo1n fo2 mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 " +
  "mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1w mo1n fo2 mo2o mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 " +
  "fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2j mo48 mo1c mo1k rm-,w fo3 fo4 " +
  "mo4b fm2 fo6 mo2j fo1 mo1v mo48 mo1c rm-,w fo2 fo3 mo3n fm2 fo5 fo7 mo1v fo1 mo1q mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fo5 " +
  "fo7 mo1q fo1 mo1q mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fo5 fo7 mo1q fo1 mo32 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow fog mow fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog mo1k mmw mo1k mm2o mm14 fm1 " +
  "mo1k fo1d fo1v fo1z fm24 fo25 fo22 fo2g fo21 mo1s fo1 mo1s fo1 mo20 mo1w mo1n fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 " +
  "mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,38 fo1 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 " +
  "ro1,38 fo1 mo5s mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,3a fo1 mo1c mo14 mo48 mo1c " +
  "mo68 mo1c fo3 fo4 fo2 mo34 mo1q fo7 mo1n mo1f cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo47 fm2 fob foa fo9 fo8 fo6 " +
  "fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo34 mo1q fo6 mo1n mo1f cm3,8 mo1z fm2 mo23 mo48 mo1c rm-,w fo2 fo3 mo47 " +
  "fm2 fob foa fo9 fo8 fo6 fo5 mo32 mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe " +
  "fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo3r fo1 mo1f mos fo1 mow mo4o " +
  "mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo12q ro1,12p fo3 fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 " +
  "fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo5t mo1o fo1 mo1l fo1 " +
  "rm4,1s mo1l fo1 mo1l fo1 mo1l fo1 mo1g fo1 rm5,3k mo1k fo1 mo1i fo1 mo1f mo1f mo1l fo1 mo1g fo1 mo1j fo1 mo6p rm9,5c " +
  "mo3d mo1g fo1 mo1g fo1 mo1p fo1 mo1h fo1 mo1l mo1k fo1 mo13 mo3i rma,74 mo1s fo1 mo5j moaw mo1m fo1 mo1j fo1 mo1l mo7c " +
  "moa0 fok fo10 fm9 fo20 fo2b fo2h fo1i fo1c fo1a mo48 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2n fo1 mo55 mo1j fo1 " +
  "ro2,2k mo2w fo2 fo1 mo52 ro1,2k fo1 mob4 fo42 mo1k mm54 mo14 mo1k mo1s fo2 fo1 mo1c mo48 mo1c mo6g fo2 fo3 fo1 mo5k fo8 " +
  "mo1k mm4w mo14 mo1k mo1s fo2 fo1 mo48 mo1c mo6g fo2 fo3 fo1 fo6 mo1s mo14 mo48 mo1c mo6g mo1c fo3 fo4 ro414,1c fo3 mo1s " +
  "fo1 mo1s mo1k mm54 mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 " +
  "mo1c mo5s fo2 fo3 ro1mq,1c fo2 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w fo3 fm1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmo foy " +
  "mo1k mo80 fo9di cm1,8 mo1c fo1 mo1s fo1 mo1c fo1 mo48 mo1c mo60 mo3c fo3 fo4 ro1,1c fo3 mo1s fo1 mo1k mm6w mm1k mo1k " +
  "mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k " +
  "fo3 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w mo1s fo1 fo4 fm2 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmq mo1k fm13 mo10 fo1 " +
  "mo20 mo1s fo2 mo2g fo2 fo1 mo1s mo10 fo1 mo14 mo48 mo1c mo6g mo3c fo3 fo4 ro1,1k fo3 mo1c rm-,w fo2 mo60 mo1c mo10 fo1 " +
  "fo2 fo3 fm4 mo1s mo1k mm68 mm14 mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 " +
  "fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1k fo3 mo1k mo1c fo2 fo1 mo1c mo55 mo1y fo1 ro2,37 mo2w fo2 fo1 mo1s mo1s mo2w mo54 " +
  "mo1k mo68 fo6 fo4 fo3 fo2 mo1c rm-,w fo2 fod fo3 fm1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmz fo1d mo1k mo1k mo14 mo48 " +
  "mo1c mo6g mo3c fo3 fo4 ro1,1c fo3 mo1s fo1 mo1k mm4w mm1c mo1k mo1s fo2 fo1 mo1k mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 mo48 mo1c mo5s mo3c fo3 fo4 ro1,1c fo3 mo1k mo1c fo2 fo1 mo1c mo1s fo1 rm-,w fo3 fm1 mo1k " +
  "mo1c fo2 fo1 mo1k mo1c fo2 fo1 fmp foy mo1k mo48 fo4y fo5l fo5o fo5n fo5m rm5ao,w focj focg mow mo20 mo20 fo2 focp fo1 " +
  "fo3 focr focs frcv focw frct focu fmcx focy fmd4 fod5 fod2 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,38 fo1 mo48 mo48 " +
  "mo20 fo1 mo48 mo48 mo48 mo1k fo1 mo3c moqo mmw fm1 mo5s mow mo28 mo4g molc mo5s fo1 mo1k mo20 fo2 fo1 mo60 mo14 mo14 " +
  "mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fop mo48 mo20 fo1 mo14 mo48 mo48 mo48 mo48 mo5s mo1k fo1 mo5s moqo mo20 " +
  "mmw fm1 mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s fok for " +
  "mo48 mo20 fo1 mo48 mo48 mo48 mo5s mo48 mo48 mo48 mo48 mob4 fo6 mo48 mo48 mo28 mo48 mo1k fo1 mob4 moqo mo5h mm1c fm1 mow " +
  "mo28 molc mob4 mo1s mo20 fo1 fo3 mo1k mo1s fo2 mo14 mo1k mo1s fo2 mo1s mo1s mo14 mo1k mo20 fo2 mo1s fo2 mo14 fo1 mo14 " +
  "fo1 fo6 fo9 mo14 fo1 mo48 mo1c mo5s fo2 fo3 fo1 mo48 mo14 fo1 foi mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm3k mo1k mo1k mo1k " +
  "mo1k fo7 mo1s fo1 foa fm6 mo1s fo1b fo1l mo48 mo1c mo20 fo1 mo48 mo48 mo48 mo1k fo1 mo3c moqo mo20 mmw fm1 mo5s mow mo28 " +
  "molc mo5s fo1 mo1k mo20 fo2 fo1 mo60 mo14 mo14 mo20 fo2 mo20 fo1 mm1c fo3 mo1s fo1 fo6 fm2 mo1s foq fo542 fo54c fo54b " +
  "fo552 fo551 fo58d fo58c fo58b fo59v fo59u fo547 fo546 fo545 rm42,0 fo5ha mow mo20 mo20 fo2 fo5hh fo1 fo3 fo5hi fo5hj " +
  "fr5hm fo5hn fr5hk fo5hl fm5ho fo5hp fm5hv fo5hw fo5ht mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,35 fo1 mob4 fo5ld mmw " +
  "fo5ic fo5ij fo5ig fo5if fo5ie fo5id rm2s9,0 fo5op fo5om mow mo20 mo20 fo2 fo5ov fo1 fo3 fo5ow fo5ox fr5p0 fo5p1 fr5oy " +
  "fo5oz fm5p2 fo5p3 fm5p9 fo5pa fo5p7 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo52 ro1,2v fo1 mo1k mm7c mo1s fo1 mo2g mo1s fo1 " +
  "mo1c rm-,w fo2 mo1k mo20 mo1c fo2 mo3h mo1c fo1 mo1k cmc,8 mo1h mo1j mo1l mo1j mo1g mo1n mo1q mo1k mo1o mo20 mo1c fo2 " +
  "rm-,w rm1,1s rm1,3k fo7 foa fmf fo4 foj foi foe fmm mo1c fo1 mo1s mm20 fo2 mo2g foa fm5 fot fm5qj fo5qk fo5qh mo1s fo1 " +
  "fm5qn fo5qo fm5qu fo5qv fm5qw fo5qx fmw fox mo1s fo1 mo1c rm-,w fo2 mo20 mo1c fo2 rm-,w fo2 fm4 mo1c fo1 mm28 mo1c fo1 " +
  "fm4 mo1s fo1 mo2g fme fod mo54 mo1k mo6g mo1k mo2g mo2g mo1k mo14 mo14 mo14 mo14 mo14 mo14 mo14 mo60 mo1c mme8 fo2 mo48 " +
  "mo48 mo20 fo1 fo2 fod mo48 mo48 mo1c fo1 fo2 mo60 mo1c fo1 mo1c fo1 mo14 mo14 mo1c mo20 mo1c fo1 mo2w fo1 mo1c fo1 mo2w " +
  "fo1 fo6 fo5 mo1k mo1k mo1k mo1k mmg mo1c fo1 mo1c fo1 mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k mo14 " +
  "mo14 mo1c mo20 mo1c fo1 mo2w fo1 fo4 fo3 mo1k mo1k mo1k mo1k mmg mo1c fo1 mo1c fo1 mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k " +
  "fo2 fo3 mo48 mo1c mo1k mo14 mo14 mo1c mo20 mo1c fo1 mo1c mo2w fo1 fo5 fo4 mo1k mo1k mo1k mo1k mmg mo1c fo1 mo1c fo1 mo48 " +
  "mo1c mo1k fo2 fo3 mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k mo14 mo14 mo1c mo20 fo2 fo1 mo1k mo1k mo1k mo1k mo1c fo1 mo1c " +
  "fo1 mo1c mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k fo2 fo3 mo48 mo1c mo1k fo2 fo3 mo1k cm1,8 mo1k cm1,8 mo1k mm8 fm3 mm8 fm2 " +
  "mm8 fm2 cm1,8 mo1k mmg fm4 fm3 cm1,8 mmo fm3 fm2 cm1,8 mmw fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c fo1 fo2 rm-,w " +
  "mo1c fml fo1 mo48 mo1c fo1 fo2 fm7 fo18 fo17 rm-,w fo1b fo1c cm1,8 cm1,8 mm8 fm2 mm8 fm2 mmg fm2 cm1,8 mmo fm3 fm2 cm1,8 " +
  "mmw fm3 fm2 cm1,8 mm14 fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c fo1 fo2 rm-,w mo1c fmi fo1 mo48 mo1c rm-,w fo2 fo3 " +
  "fm8 mo1c mo1c fo1 fo2 mo1c fmt fm29 fo1 mo48 mo1c fo1 fo2 fm6 fo2m fmr fo2l rm-,w fo2p fo2q cm1,8 cm1,8 mm8 fm2 mm8 fm2 " +
  "mmg fm2 cm1,8 mmo fm3 fm2 cm1,8 mmw fm3 fm2 cm1,8 mm14 fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c mm8 fm1 fo2 fo3 " +
  "rm-,w mo1c fmj fo1 mo48 mo1c rm-,w fo2 fo3 fm9 mo1c mo1c mm8 fm1 fo2 fo3 mo1c rm11,w fm3q fo2 mo48 mo1c rm-,w fo2 fo3 " +
  "fm9 mo1c mo1c fo1 fo2 mo1c fm7 fo1 mo48 mo1c fo1 fo2 fm6 fo48 fm10 fo47 rm-,w mo14 mo14 mo1c mo20 mo2w fo1 fo3 fo2 mo1k " +
  "mo1k mmg mo1c fo1 mo1c fo1 mo48 mo1c fo1 fo2 mo48 mo1c fo1 fo2 mo48 mo1c mo14 mo14 mo1c mo20 mo2w fo1 fo3 fo2 mo1k mo1k " +
  "mmg mo1c fo1 mo1c fo1 mo48 mo1c fo1 fo2 mo48 mo1c fo1 fo2 mo48 mo1c mo14 mo14 mo1c mo20 fo2 fo1 mo1k mo1k mo1c fo1 mo1c " +
  "fo1 mo48 mo1c fo1 fo2 mo48 mo1c fo1 fo2 mo48 mo1c fo1 fo2 cm1,8 cm1,8 mm8 fm2 mm8 fm2 mm8 fm2 cm1,8 mmg fm3 fm2 cm1,8 " +
  "mmo fm3 fm2 cm1,8 mmw fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c fo1 fo2 rm-,w mo1c fmi fo1 mo48 mo1c fo1 fo2 fm7 foy " +
  "fox rm-,w fo10 fo11 cm1,8 cm1,8 mm8 fm2 mm8 fm2 mmg fm2 cm1,8 mmo fm3 fm2 cm1,8 mmw fm3 fm2 cm1,8 mm14 fm3 fm2 mo48 mo1c " +
  "rm-,w fo2 fo3 fm4 mo1c mo1c fo1 fo2 rm-,w mo1c fmi fo1 mo48 mo1c rm-,w fo2 fo3 fm8 mo1c mo1c fo1 fo2 mo1c fmt fm1w fo1 " +
  "mo48 mo1c fo1 fo2 fm6 fo25 fmr fo24 rm-,w fo27 fo28 cm1,8 cm1,8 mm8 fm2 mm8 fm2 mmg fm2 cm1,8 mmo fm3 fm2 cm1,8 mmw fm3 " +
  "fm2 cm1,8 mm14 fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c mm8 fm1 fo2 fo3 rm-,w mo1c fmj fo1 mo48 mo1c rm-,w fo2 fo3 " +
  "fm9 mo1c mo1c mm8 fm1 fo2 fo3 mo1c rm11,w fm36 fo2 mo48 mo1c rm-,w fo2 fo3 fm9 mo1c mo1c fo1 fo2 mo1c fm7 fo1 mo48 mo1c " +
  "fo1 fo2 fm6 fo3l fm10 fo3k fo7w fo7x cm1,8 cm1,8 mm8 fm2 mm8 fm2 mmo fm2 cm1,8 mmw fm3 fm2 cm1,8 mm14 fm3 fm2 cm1,8 mm1c " +
  "fm3 fm2 mo48 mo1c rm-,w fo2 fo3 fm4 mo1c mo1c mmg fm1 mmg fm1 mm8 fm1 fo4 fo5 rm-,w mo1c fml fo1 mo48 mo1c rm-,w fo2 fo3 " +
  "fmb mo1c mo1c mmg fm1 mmg fm1 mm8 fm1 fo4 fo5 mo1c fo1 mo48 mo1c rm-,w fo2 fo3 fma mo1c mo1c mm8 fm1 mmg fm1 fo3 mo1c " +
  "mm8 fm1 mmg fm1 fo3 fo7 mo1c fm9b fo1 mo48 mo1c rm-,w fo2 fo3 fmc mo1c mo1c mm8 fm1 mm8 fm1 fo3 fo4 mo1c rm5h,w rm1w,w " +
  "fo3 mo48 mo1c rm-,w fo2 fo3 fmb mo1c mo1c fo1 fo2 rm11,1s mo1c fm9 fm8 fo1 mo48 mo1c fo1 fo2 fm7 foa6 fm5a foa5 foao " +
  "fmag foai foam foaf foal foan foac foak foa9 foaj mo1c fo1 fm5 foar foas mo28 mo4g foaz foay foaw foav foax mo1k mm7c " +
  "mo54 mo56 mo1m fo1 mo1h fo1 ro3,2j mo2w mo5c mo1k mo1s fo1 mm20 mo3g fm2 mo3h fo2 fo8 fo5 fo7 fo6 mmo mob4 fo1cl7 mo20 " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof " +
  "foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo20 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow " +
  "mos mo10 mo14 fo3 fo2 mow foj foh fog fof fod fo9 fo5 foa fo6 fo2 fo1 foi foe mo31 mo5c mow mos mow mow mow mos mo10 " +
  "mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mow fok foi foh fog fof foe foa fo6 fob fo7 fo3 fo2 " +
  "fo1 foj mo1s mo5k mo1g fo1 ro2,2p fo1 mo20 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 mo20 mo20 fo2 mo20 moxe ro1,xd " +
  "fo3 fm7 fo4 mo1s mo5k mo1g fo1 ro2,2p fo1 mo31 fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 mo20 mo20 fo2 fot frj fol " +
  "mo31 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mow fok foi " +
  "foh fog foe foa fo6 fob fo7 fo3 fo2 fo1 foj mos mow foh fo2 mow fo2 mo1c fo1 mos mow fo2 fo1 mos fo5 fo1 mo20 moz6 " +
  "ro1,z5 fo3 fmy fov mo3l mo5k mo1i fo1 ro2,2r fo1 fo4 fo1byg fo1byp fo1byq fo1byi fm1cl5 fm1cg1 fm1cbc fm1c8u fm1c32 " +
  "fo1c2z fo1c34 fo1c3a fo1c3c fo1c43 fo1c45 fo1c47 fo1c4b fo1c4f fo1c4k fo1c4q fo1c50 fo1c8n fo1c8o fo1c8v fo1c8w fo1c8z " +
  "fo1c93 fo1c97 fo1c98 fo1c9k fo1c9m fo1c9r fo1cah fo1cas fo1cau fo1cb5 fo1cb8 fo1cba fo1cbe fo1cbm fo1cbo fo1cbr fo1cbw " +
  "fo1cc1 fo1cc5 fo1cc7 fo1cch fo1ccj fo1cck fo1ccw fo1cer fo1cew fo1cf0 fo1cf6 fo1cfc fo1cfm fo1cfo fo1cfp fo1cg6 fo1cg8 " +
  "fo1cga fo1cgd fo1cge fo1cgf fo1cgg fo1cgh fo1cgu fo1cgw fo1chv fo1chx fo1ci2 fo1cic fo1cie fo1cih fo1cik fo1cil fo1ciu " +
  "fo1cjg fo1cjt fo1cjw fo1cka fo1ckf fo1cki fo1ckv fm1c49 fm1cl6 fo1cl7 fo1clc fo1cl9 fm1coi fo1cnh fo1cnl fo1cnu fo1co3 " +
  "fo1co8 fm1cn7 fm1coj fo1cos mos mo6ch mo3k mo54 fo2 fo1 fo3 fo4 mo1c fo1 fo1cp4 fm1cpp fo1cp5 fr1cpo fo1cpq fo1cpf " +
  "fo1cpb fm1cp9 fo1cpa fo1cp8 fo1cq4 fo1cpy fo1cpn fo1cos fo1cke fo1cjk fo1ciw fo1g fr16 fo18 fo1cf0 fo1h fo1c9v foa fo3j " +
  "mo1c mo1c mo22 mo3n fo2 fo4 fo3 mo3p mo4b fo2 fo1 mo1g fo1 mo1f mo1s mo5k mo1g fo1 ro2,2p fo1 mo37 fo1 mo1f mos fo1 mow " +
  "mo4o mm35s mrw fo4 fo6 foc mo5s mro mo1i fr2 mm6 mo1i fm2 fo1 mo1v mo1j mo1k mm6w mo14 mo20 fo1 mo20 mo20 fo2 mo20 mos " +
  "mo6ch mo3k mo54 fo2 fo1 ro3,54 fo5 mo5k mo1c fo1 fo3 mo1c fo1 mo5i fo1 mo5s mmo mm6cg mm274 mm49 rm1,48 mm6 mm48 mm8 " +
  "cm1,1c mm4g mm8 mo13 rm-,w mm8 fm1 rm7,g cm1,1c moz mo1f fo1 rm4,w cm1,1c cm1,1c mo1f fo1 rma,1s mm8 fm1 mm8 mo10 mo1g " +
  "fo1 rm9,1s cm1,1c cm1,1c cm1,1c cm1,1c mo1g fo1 rmb,3k mm8 mo1g fo1 mo1n mm8 fm1 mo21 fm5 mm8 fm1 mm8 fm1 mm8 fm1 mm8 " +
  "fm1 mo14 mo1k rmi,3k cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo1k fo1 rmm,5c mm8 mo1k fo1 moz mo1f fo1 " +
  "mo14 mo1k fo1 mo10 rm8,74 mo1g fo1 mo10 mo1g fo1 rmm,74 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c mo1g fo1 mo1g fo1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo1g fo1 rms,8w mm8 " +
  "mo14 mm8 fm1 mo1i mm8 fm1 mm8 fm1 mm8 fm1 fm7 moz mo1f fo1 mo1f fo1 fm1a mo1f fo1 mo1k fo1 rmd,bk mo1g fo1 mo1g fo1 mm8 " +
  "fm1 mo1f fo1 mm8 mo14 mm8 fm1 mo1i fm4 mm8 fm1 mm8 fm1 mm8 fm1 rm2k,g mo14 mo1k fo1 mo10 mo1k fo1 mm8 mo1k fo1 fm2 mo1k " +
  "fo1 rmk,e8 mo1k fo1 mo1k fo1 mm8 fm1 mm8 mo17 mo1n fo1 mo1e mm8 fm1 mo1s mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mm8 fm1 mo15 " +
  "mo1l rmh,gw rm23,e8 cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c cm1,1c " +
  "cm1,1c mo1n fo1 mm8 fm1 fm1d mm8 fm1 mm8 fm1 mm6cg rm1s,w mm8 fm1 fm2 mm8 fm1 fm4t fm4v fm4o fm4k fm4j fm4b fm4a fm49 " +
  "fm48 fm3t fm3s fm3r fm3q fm3p fm3o fm3n fm3m fm37 fm36 fm35 fm34 fm33 fm32 fm31 fm30 fm2z fm2y fm2x fm2w fm2v fm2u fm2t " +
  "fm2s fm14 fm13 fm12 fm11 fm10 fmz fmy fmx fmw fmv fmu fmt fms fmr fmq fmp fmo fmn fmm fml fmk fmj fmi fmh fmg fmf fme " +
  "fmd fmc fmb fma fm9 fm15 fm4u fm4x fm4y fm4z fm51 mo8 mm28 mow mo3c mo4g rm-,w fm1 mo60 mo60 mo60 mo60 mo60 mo60 mo60 " +
  "mow mow mow mow mow mo1s fo1 fo2 fob fo8 foa fo9 fo7 fod foc co1,m0 mow fo1 cm4,8 fm1 cm4,8 fm1 co1,1k cog,14 mo4g mo4g " +
  "ro3,zk co1,1k co1,1k cog,14 mo5s cog,14 mm0 mo4h mo1t mo1d fm4 cm5,8 moo fo1 co1,1k cog,14 mow fo1 mmw mm4w mm4w fm2 fm1 " +
  "fm3 rob,81 rob,2p ro1,4h ro1,81 fod ro1,55 mo80 foq ro6,51 mo9c fmg fod foe fon foo fol fop foq fou for fom foy fo1f " +
  "fo14 fo13 fo12 fo11 fo1e fo1d fm1g fo1h fo2 fo3 mo1p fo1 mo48 mo1l mo5c mo1k mo2g mo2g mo1k mo5c mo1k fo3 fo1 fo8 fo7 " +
  "fo6 fo5 fo4 fo2 mob4 fo6w mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k " +
  "mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 " +
  "fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2o " +
  "mo48 mo1c rm-,w fo2 fo3 mo3w fm2 fo5 mo2o fo1 mo20 mo48 mo1c rm-,w fo2 fo3 mo38 fm2 fo5 fo7 mo20 fo1 mo1v mo48 mo1c " +
  "rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1v fo1 mo1v mo48 mo1c rm-,w fo2 fo3 mo33 fm2 fo5 fo7 mo1v fo1 mo1w mo48 mo1c rm-,w fo2 " +
  "fo3 mo34 fm2 fo5 fo7 mo1w fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 " +
  "mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2o mo48 mo1c rm-,w fo2 fo3 " +
  "mo48 fm2 fo5 mo2o fo1 mo20 mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo20 fo1 mo1v mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 " +
  "fo7 mo1v fo1 mo1v mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1v fo1 mo1w mo48 mo1c rm-,w fo2 fo3 mo3g fm2 fo5 fo7 mo1w " +
  "fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 " +
  "mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo48 mo1c rm-,w fo2 fo3 mo3e fm2 mo1c mo2h mo48 " +
  "mo1c rm-,w fo2 fo3 mo4j fm2 mo43 mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1t foe mo48 mo1c " +
  "rm-,w fo2 fo3 mo3v fm2 foe mo3f mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c " +
  "rm-,w fo2 fo3 mo3q fm2 foe mo3a mr2w mo22 fr2 mo3k fo4 mo4o mo1k mo5c mo1k fo6 fo4 fo3 fo1 fo5 fo2 mo1o foe mo48 mo1c " +
  "rm-,w fo2 fo3 mo3q fm2 foe mo3a mo5c mow mos mow mow mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog mow " +
  "fo1 fof foe fod foc fob fo8 fo5 fo9 fo6 fo3 fo2 fog cm1,8 mo1k mmw mo1k mm2o mm14 fm1 fo1w fos fo5f fm5k fo5l fo5i fo5w " +
  "fo5h mo1s fo1 mo1s fo1 mo20 mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo5s " +
  "mo55 mo1j fo1 ro2,2k mo2w fo2 fo1 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2t fo1 mo55 mo1j fo1 ro2,2m mo2w fo2 fo1 " +
  "mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mo52 ro1,2v fo1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo3e mo1o fo6 mo1l mo1f cm3,8 mo1x fm2 " +
  "mo21 mo48 mo1c rm-,w fo2 fo3 mo4f fm2 fob foa fo9 fo8 fo6 fo5 cm2,8 fm1 mo14 mo48 mo1c mo68 fo2 fo3 fo1 mo3e mo1o fo6 " +
  "mo1l mo1f cm3,8 mo1x fm2 mo21 mo48 mo1c rm-,w fo2 fo3 mo4f fm2 fob foa fo9 fo8 fo6 fo5 mo3a mo5c mow mos mow mow mow " +
  "mo10 mo14 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow fog foe fod foc foa fo7 fo4 fo8 fo5 fo2 fo1 fof mow mo1g fo1 mo1f " +
  "mo1s mo5k mo1g fo1 ro2,2p fo1 mo3z fo1 mo1f mos fo1 mow mo4o mm35s mrw fo4 fo6 foc mo20 mo20 fo2 mo20 mo8mx ro1,8mw fo3 " +
  "fm7 fo4 fog fr6 fo8 mo11 mos fo1 mo11 mo20 mos fo1 fo2 fo3 fo5 mo3k mo54 mo54 fo2 mo11 mo20 mow fo2 fo3 mow fo2 fo1 mo11 " +
  "mo20 mos fo2 fo3 mos fo2 fo1 rm-,w mo7t mo1l mo4r rm4,1s mo1m moc4 mo1g fo1 rm4,3k mo1k fo1 mo1k mo1p fo1 mo1l fo1 mo1h " +
  "fo1 moy mo3q mo1z mo3j rma,5c mo94 mo5l mo2b mo2x mo1n mo1n fo1 mo1f fo1 mo1h fo1 moz mo1n mo2c mo2n mo74 mo1h mo10 mo1s " +
  "rmh,74 mo49 mo9s mo33 mo34 mo21 fo1 mo1i fo1 mo1f fo1 mo1k fo1 mo1g fo1 mo1i fo1 moy mo1k fo1 rmd,8w mo1y mo7c mo8r mo2g " +
  "mo1r mo1n mo22 mo1m fo1 mo1h mo1q fo1 mo1l fo1 mo1h fo1 moz mo1z rmf,bk mo70 mo1e mod4 mo3j mo6b mo1o mo2h mo7s mo1n " +
  "mo1n mo1h mo1m mo1h fo1 mo1l fo1 moz mo1l fo1 mo1w mo1a mo5s mo2t rml,e8 mo1t mo1g fo1 mo1j fo1 mo10 mo1m mo2c mo20 mo60 " +
  "mo1g fo1 moz mo1i fo1 mo1t mo21 mo74 mo28 mo1l fo1 mo1n fo1 mo1p fo1 mo2b mo60 mo4v mo1w mo5b rmo,gw mo28 mo1i mo1w mo13 " +
  "mo1l mo2o mo13 mo5c mo1j fo1 mo1j fo1 mo1k fo1 mo2g mo1l fo1 mo1h fo1 mo1j fo1 mo1o mo1j fo1 mo13 mo1m fo1 mo26 mo3i " +
  "mo9k mo8x rmo,kg mo1y mo1t mo20 mo34 mo1j mo1s mo1h fo1 mo1g fo1 mo10 mo1q fo1 mo3i mo1c mo5s mo13 mo1j fo1 moz mo1o fo1 " +
  "mo3g mo14 mo5c mo28 moy mo1s mo2m mo60 mo1c mo1j fo1 mo1n mo1q mo1r fo1 mo1m fo1 mo1g fo1 rmx,o0 mo1j fo1 mo1h fo1 mo1t " +
  "fo1 mo20 mo11 mo1v mo2f mo7d mo1c mod4 mo2p mo4b mo1r mo1s mo1j fo1 mo27 mo1m mo6w mo3j mo1s mo4b mo13 mo2r mo13 mo5c " +
  "mo1s mo22 mo1c moy mo1p mo29 mo2i mo7s mo3t mo20 mo3k mo2x mo1c mo1w mo20 mo1i fo1 rm16,sg mo1h fo1 mo1g fo1 mo11 mo35 " +
  "mo2v mo74 mo1s mo1m fo1 mo1g fo1 mo1n moz mo2m mo3d mo80 mo3j mo20 mo3j mo1l mo1s mo1m fo1 mo1l fo1 mo1c moy mo2g mo23 " +
  "mo7s mo2b mo1s mo4h mo13 mo33 mo5c moy mo21 mo2l mo1t mo6o mo1s mo1w mo20 mo1w mo1p fo1 mo1o fo1 mo1s mo6w mo94 mo1m " +
  "mo33 mo20 mo1t rm1f,ww mo1m fo1 mo1o mo1l fo1 mo1x mo7c mo1n mo20 mo1v mo1c moy mo1m fo1 mo1r mo1c mo68 mo1v mo1c mo1o " +
  "mo20 mo1g fo1 mo1i fo1 mo1f fo1 mo11 mo1l fo1 mo1q mo68 mo28 mo2b mo60 mo35 mo20 mo1j fo1 mo1u mo7c mo43 mo28 mo1j fo1 " +
  "mo1n fo1 mo2v mo19 mo8g mo5k mo1x fo1 mo1k fo1 rm18,128 mo1l mobg moc0 foe foj fox fo14 fo16 fo1f fo1x fo20 fo2c fo2w " +
  "fo2z fo3b fo3e fo3m fo4g fo4p fo4s fo4v fo5e fo5j fo5l fo65 fo67 fo6g fo6i fo6n fo73 fo7g fo7w fo7y fo8f fo8h fm4 mo1c " +
  "fo9i fo9t fo9z fo90 fo8u fo8s mo48 mo55 mo1n fo1 ro2,2t mo2w fo2 fo1 mob4 fobk mo48 mo48 mo48 mo48 mo48 mo48 mo20 fo1 " +
  "mo48 mo48 mo1s mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s fo1 mo1k mo20 fo2 fo1 foi mo48 mo20 fo1 " +
  "mo48 mo48 mo48 mo1c mo1c mo48 mo5s mo48 mo1c mo48 mo1c mo48 cm1,8 mo5s moqo mo1s mo1l fo1 mob4 fo5 mo1s mo1o fo1 mow " +
  "mo28 molc mob4 mo1s fo2 mo1k mo20 fo2 fo1 fol fot mo1c mo25 fo2 mo1k mm7c mo48 molc fo1n mo48 mo20 fo1 mo48 mo48 mo1c " +
  "mo3c moqo mo1s mo1l fo1 mo1s mo1o fo1 mo5s mow mo28 molc mo5s mo1s fo2 mo1k mo20 fo2 fo1 foj mo48 mo48 fo2d fo2z fo2y " +
  "fo3u fo40 fo41 fo3w fo3v fo81 fo80 foau fo2h fo2g fo2f mow mo20 mo20 fo2 fok6 fo1 fo3 fok7 fok8 frkb fokc frk9 foka fmkd " +
  "foke fmkk fokl foki foky fol3 fol0 fmri fmmk fono fonw fony foo8 fooa foof fooh foos foow fooy fopq fopt fopv fopx foqc " +
  "foqj foqu for3 for8 fmnm fmrj mos mo6ch mo3k mo54 fo2 fo1 fo3 fo4 mo1c fo1 forz fmse fos0 frsd fosf fosa fos6 fms4 fos5 " +
  "fos3 foss fosn fosc fort foku fm1dj5 fo1dj3 fo1dkm fm1dj6 fo1djd fm1dqs fo1dqr fo1dqt mo1k mm7c mo1k mm74 mo1k mm7c mo14 " +
  "mo14 mo48 mo1c fo1 fo2 fo4 fo3 mo1h fo1 mo1k mm74 mo14 mo14 mo48 mo1c fo1 fo2 fo4 fo3 cm2,8 mmg fm2 mo1c mo1c mo1c mo1c " +
  "mo1g mo2n fo2 fo5 fo4 cm3,8 mmw fm2 mo1k mm6w mo14 mo14 mo48 mo1c mo1c mo1c mo1c mo1p mo2z fo2 fo4 fo3 rm-,w mo1c mo1c " +
  "mo1l mo2v fo2 fo4 fo3 foa mo1c mo1c mo1c mo1p mo2w fo2 fo4 fo3 mo1c mo1c mo1l mo2s fo2 fo4 fo3 fo9 mo1c mo1c mo1c mo1p " +
  "mo1q fo2 fo4 fo3 rmj,1s mo1c mo1c mo1l mo1m fo2 fo4 fo3 foa fou fov fox fow fm18 fo12 fm10 mo1k mm7c mo48 mo1h fo1 mo1m " +
  "fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo4g fo437 mo20 " +
  "mo20 fo2 fo1 foh mo1c mo1k mmg mo1s mo1s fo2 mo1s mo20 mo3c mo4o mo1l fo1 ro2,1z fo5 mo48 fo1 fma fob fo8 mo1k mmg mo1s " +
  "mo1s fo2 mo1s foc fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c " +
  "mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow " +
  "foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2m mo48 mo1c rm-,w fo2 fo3 mo3u fm2 fo5 mo2m fo1 mo1y mo48 " +
  "mo1c rm-,w fo2 fo3 mo36 fm2 fo5 fo7 mo1y fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1t mo48 mo1c rm-,w " +
  "fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo32 fm2 fo5 fo7 mo1u fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g " +
  "mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 " +
  "fo8 fo5 fo2 fo1 fog mo1c mo2m mo48 mo1c rm-,w fo2 fo3 mo46 fm2 fo5 mo2m fo1 mo1y mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fo5 " +
  "fo7 mo1y fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo3d fm2 fo5 fo7 mo1t fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo3d fm2 fo5 fo7 mo1t " +
  "fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo3e fm2 fo5 fo7 mo1u fo1 fov fo2 mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos " +
  "mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 " +
  "fo1 foi mo1c mo2m mo48 mo1c rm-,w fo2 fo3 mo48 fm2 fo5 mo2m fo1 mo1y mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo1y fo1 " +
  "mo1t mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1t fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1t fo1 mo1u mo48 " +
  "mo1c rm-,w fo2 fo3 mo3g fm2 fo5 fo7 mo1u fo1 fov fo2 fo4a mo1k mm2o fm1 fo2 fm4h fo4i fo4f fo54 fo4e mo4p mo1s fo1 " +
  "ro2,28 mo34 mo1h fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo5k fo1 fo3 fo5l fo5m fr5p fo5q fr5n fo5o fm5r fo5s fm5y " +
  "fo5z fo5w mo68 mo1k fo9 fo8 fo7 fo6 foc fo1 fob fo2 mo1h fo1 mo1m fo1 mo1n fo1 mo1k mmw mo1s mo1s mo5c mo1k mo2g fo2 fo1 " +
  "mo1k mm20 mo1k mrw mo1k mrw mo48 mo28 fob mow mo20 mo20 fo2 fo1 fog mo1c mo1k mmg mo1s mo1s fo2 mo1s mo20 mo3c mo4o mo1l " +
  "fo1 ro2,1z fo5 mo48 fo1 fma fob fo8 mo1k mmg mo1s mo1s fo2 mo1s foc fm4 fo5 fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 fm4 fo5 " +
  "fo2 mo1k mmg mo1s mo1s fo2 mo1s fo6 mo1s fo1 mo1c mo1s fo1 mo1s fo1 mo1s fo1 mo24 mo5c mow mos mow mow mow mos mo10 mo14 " +
  "fo3 fo2 mow mo10 mo14 fo2 mow mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2m mo48 mo1c " +
  "rm-,w fo2 fo3 mo3u fm2 fo5 mo2m fo1 mo1y mo48 mo1c rm-,w fo2 fo3 mo36 fm2 fo5 fo7 mo1y fo1 mo1t mo48 mo1c rm-,w fo2 fo3 " +
  "mo31 fm2 fo5 fo7 mo1t fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo31 fm2 fo5 fo7 mo1t fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo32 fm2 " +
  "fo5 fo7 mo1u fo1 fov fo2 mo1s fo1 mo1s fo1 mo2g mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mo10 mo14 fo2 mow " +
  "mo10 mo14 fo2 mow foh fof foe fod foc fob fo7 fo4 fo8 fo5 fo2 fo1 fog mo1c mo2m mo48 mo1c rm-,w fo2 fo3 mo46 fm2 fo5 " +
  "mo2m fo1 mo1y mo48 mo1c rm-,w fo2 fo3 mo3i fm2 fo5 fo7 mo1y fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo3d fm2 fo5 fo7 mo1t fo1 " +
  "mo1t mo48 mo1c rm-,w fo2 fo3 mo3d fm2 fo5 fo7 mo1t fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo3e fm2 fo5 fo7 mo1u fo1 fov fo2 " +
  "mo1s fo1 mo1s fo1 mo2i mo5c mow mos mow mow mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 fo2 mow mos mo10 mo14 fo3 " +
  "fo2 mow foj foh fog fof foe fod fo9 fo5 foa fo6 fo2 fo1 foi mo1c mo2m mo48 mo1c rm-,w fo2 fo3 mo48 fm2 fo5 mo2m fo1 mo1y " +
  "mo48 mo1c rm-,w fo2 fo3 mo3k fm2 fo5 fo7 mo1y fo1 mo1t mo48 mo1c rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1t fo1 mo1t mo48 mo1c " +
  "rm-,w fo2 fo3 mo3f fm2 fo5 fo7 mo1t fo1 mo1u mo48 mo1c rm-,w fo2 fo3 mo3g fm2 fo5 fo7 mo1u fo1 fov fo2 fo4a mo1k mm2o " +
  "fm1 fo2 fm4h fo4i fo4f fo54 fo4e mo4p mo1s fo1 ro2,28 mo34 mo1h fo1 mo74 mo1k mo68 mo1k mow mo20 mo20 fo2 fo5j fo1 fo3 " +
  "fo5k fo5l fr5o fo5p fr5m fo5n fm5q fo5r fm5x fo5y fo5v mo68 mo1k fo9 fo8 fo7 fo6 foc fo1 fob fo2 fo1li1 fm1e7l fo1e7j " +
  "mo48 fo1g4e mow mo20 mo20 fo2 fo1g5j fo1 fo3 fo1g5k fo1g5l fr1g5o fo1g5p fr1g5m fo1g5n fm1g5q fo1g5r fm1g5x fo1g5y " +
  "fo1g5v | W1rfe:v1dvxugh1io W1rfd:v13 W1rfc:v5jjq3hfcsg W1rfb:lrg3c W1rfa:v1dvxug0u80 W1rf7:v4kf8pwlyc W1rf6:v5jjq3hfcsg " +
  "W1rf5:v1dvxug0u80 W1rf4:v38les W1rf3:v316raga24xg W1rez:v316raga24xg W1rev:v1dvxug0u80 W1ret:v8jn56y074a8 " +
  "W1ren:v8kvv6kxf59s W1rdz:v5jjpny7wu8 W1rdv:v2aypqk6 W1rdr:v2aypqk6 W1rdn:v2aypqnu W1rdm:v1z14bgg W1rdk:vney " +
  "W1rdj:v5jjpny86p9 W1rdi:lrfzs W1rbt:vxp0g2t W1rbb:lexlr W1raf:v1dvxug0u80 W1ra3:v316raga24xg W1ra0:v630jdtgw " +
  "W1r9q:v5jjq3hfcsg W1r9i:vmsr W1r9b:v1dvxu8y99n W1r31:v5pzskem8 W1r30:v1dvxufzvb9 W1r2w:v1dhxp5e0q6 W1r2v:v6dt08u2t " +
  "W1r2q:v6nlv6ess W1r2m:v1bbvhp9ybk W1r2h:v4jrkcjy8 W1r2c:vn08 W1r23:v4jry8m4h W1r22:v1dvxu8xu8j W1r1u:b1r1x+g W1r1s:las28 " +
  "W1r1d:bhk5+0 W1r0v:v1dvxugh1io W1r0u:v3p162adbj4 W1r0r:l6j6g W1r0p:l6j5c W1r0n:v4jry8m6r W1r0m:l6dg0 W1r0d:vw0xl6c " +
  "W1r06:v1dvxugh1io W1r05:v3p162ad8tc W1r03:l6j6g W1r00:l6j5c W1qzx:b1qdc+0 W1qzv:b1pq9+g W1qzt:b1p14+g W1qzp:bdm2+g " +
  "W1qzo:l6dg0 W1qze:v1dvxugh1io W1qzd:v3p162aek0g W1qza:l6j6g W1qz8:l6j5c W1qz5:l64nk W1qyv:b1r0e+w W1qyr:lrfw0 " +
  "W1qyp:l6dg0 W1qyo:v6e1tvk3l8ck W1qyn:v1dvvxq86is W1qyh:v2jiifj2ph87 W1qyg:vw2n5h W1qyc:lpf9s W1qya:v38nz8 W1qy3:lryw0 " +
  "W1qy2:v2b W1qy1:v586f65q0 W1qxz:vx9aqjzi7s W1qxu:v49oq0 W1qxt:b1qxu+0 W1qxr:v2b W1qxq:v11i3f4km231 W1qxp:v1165nbnv5a " +
  "W1qxm:b1qxf+0 W1qxi:b1m79+g W1qxf:v49oq0 W1qxa:v4jro90qp W1qx6:v8vzgjhxn8f9 W1qx0:l64nk W1qwz:v2b W1qwx:vw18vol " +
  "W1qwu:v4jro90uv W1qwt:vob8wedv8h W1qwq:l64nk W1qwo:b1ocf+0 W1qwn:ve14 W1qwk:bfv7+0 W1qwh:lorn4 W1qwf:vciqv37dpc " +
  "W1qwc:v6e1aczq6znk W1qwa:v5i565roi W1qw9:vx9aqjzw54 W1qw8:vl7n W1qw5:b1qw8+0 W1qw4:v6e1fuj0lcsh W1qvu:b1qvv+0 " +
  "W1qvs:v2h1b12shg68 W1qvp:b1l6z+0 W1qvo:vv W1qvm:vv6umov W1qvl:vx9aqjzj68 W1qvk:lrb3k W1qvj:v2s W1qvi:b1quy+0 " +
  "W1qvh:v4jro90uv W1qvd:v6cg W1qvc:b1qvh+0 W1qva:v38mzo W1qv9:v1b W1qv8:v171hrqolm8 W1qv6:lfh5c W1qv5:v19e69qu4x5 " +
  "W1qv4:v6cg W1qv2:v38les W1qv1:v8exhoz5p1f W1quo:v5g3cu5b6 W1qun:vltb W1qul:lqoj4 W1quk:lsdds W1quj:v15j99a7k " +
  "W1qui:v8t1tdf6m9o3 W1qug:lqcpc W1quf:v4jro90uv W1qud:v3ygs5 W1qu8:v4js9o6io W1qu7:vt9wpbnxod0 W1qu6:v5k47ql4f " +
  "W1qu1:lldgw W1qtz:v8t1tdf6m9o3 W1qtu:v38llw W1qtt:v2b W1qts:vunbuxko W1qtr:v5g47edlr W1qtn:v3ygyp W1qtf:v4jro90uv " +
  "W1qtd:v4svzaeam4bw W1qt9:vqgnfcd W1qt8:lsoso W1qt6:v4jrkcjy8 W1qt4:v4jry8oyi W1qsy:bhew+0 W1qsx:v1dvvxsyi2o W1qsr:lsdds " +
  "W1qso:v1q W1qsj:b1qt5+0 W1qsh:v38l7o W1qsg:vso6lyj2 W1qsa:v37 W1qs8:vk0i W1qs6:v38nkq W1qs4:v3yf6x W1qs3:v1hc W1qs1:va " +
  "W1qs0:v5k47ql1c W1qrz:v1dvvxry1n4 W1qrs:v2q W1qrq:v2v W1qrp:vmss W1qro:v13jdrjr7n7 W1qrm:v2b W1qrj:bexg+0 " +
  "W1qra:v2h1b12rmmhx W1qr8:v6e1fufeqmv1 W1qr5:v8vwbr0hpqpf W1qr4:bdme+g W1qr2:v6edz0pyb1bw W1qr1:vbpkkg3r2o W1qr0:v7si " +
  "W1qqz:vcc0 W1qqu:vusr6nn W1qqs:v25oo1k6d W1qqq:b1lj0+0 W1qqo:v2cgkkj11i W1qqm:v12rpd5snxt W1qqh:lrg60 W1qqd:v2jm2acqo " +
  "W1qqc:v1dvvxufvqr W1qqa:v4jruc5eb W1qq8:b1pl1+g W1qob:v12rpd5snxt W1qn1:v1wtx5 W1qmu:v1dvvxu2gq6 W1qmt:l6dg0 W1qmb:vm0j " +
  "W1ql2:v8kvv6kxehd7 W1qg6:v38les W1qg2:v4jtoeauc W1qej:b1pvr+g W1qdc:v89mlylr9bvw W1qd8:viu7 W1qcd:b1pwd+g " +
  "W1qbk:vx9aqjzsy0 W1qb4:vx9aqjzt1s W1qay:vx9aqjzua0 W1qav:v30 W1qap:v1dvxugh1c0 W1qai:vx9aqjzucw W1qag:vx9aqjzrk8 " +
  "W1qa7:vx9aqjzrn4 W1qa2:vx9aqjzqls W1q9v:vx9aqjzqtk W1q9i:beu2+g W1q9h:vm9 W1q94:v5o0lbaso W1q7j:v2aypqnu W1q7h:v1e68 " +
  "W1q4w:b1psu+0 W1q4v:vucq88e W1q4j:b1l9t+g W1q4i:v1dvxug0u80 W1q4g:v1dvxugh1io W1q0k:b1pws+g W1pwg:lldgw W1pvo:ls1h4 " +
  "W1pv4:v3ygow W1pv3:b1psq+0 W1put:v1dvvxughta W1puq:lrynk W1puk:v1dvxug0u80 W1puj:v1dvxug0u80 W1pui:v1dvxug0u80 " +
  "W1puh:v1dvxug0u80 W1pti:vfceojsc4f W1ptf:bf7e+0 W1psv:v8ryh32mnmuj W1psu:v1dvxu8xw6p W1psn:v1dvxug0u80 W1psi:v1dvxug0u80 " +
  "W1ps0:lmkpc W1pro:vp W1prc:v1dvxugh1io W1prb:v3p162b0rcw W1pr6:b1pqw+g W1pr0:b1ivc+g W1pqy:vp W1pqu:v1dvxug0u80 " +
  "W1pqt:v1dvxug0u80 W1pqn:lry80 W1pq6:b1p43+g W1ppz:v1dvxugh1io W1ppy:v3p162b0q00 W1ppw:b1ppn+g W1ppr:v1 W1ppd:vp " +
  "W1pp1:v1dvxugh1io W1pp0:v3p162b0p8w W1poy:v1dvxugh1io W1pow:b1ppd+g W1pop:l4awg W1pom:vp W1pof:v4jt270wq " +
  "W1po9:v1dvxugh1io W1po8:v3p162ax3nk W1pnx:v38l7o W1pnn:vmk2b6snncao W1pnm:b1k0j+0 W1pnl:v1dvxug0u80 W1pnb:b1pig+w " +
  "W1pmu:v1dvxug0u80 W1pms:b1pop+g W1pmm:v1dvxug0u80 W1pma:b1pka+w W1pm1:v1dvxug0u80 W1pkq:v1dvxug0u80 W1pka:v4ju5rbso " +
  "W1pk9:v1dvxug0u80 W1pk7:b1pig+w W1pjx:v1dvxug0u80 W1pjn:b1pig+w W1pj8:lifjk W1pj4:b1pig+w W1pj3:b1pq6+g " +
  "W1piq:v1dvxug0u80 W1pil:b1isg+g W1phw:b1p9f+g W1phv:v2b W1phs:v6nlv6ess W1php:v1dhxjanf9c W1phk:bf74+g W1phd:bgtv+0 " +
  "W1pf5:vm0j W1peu:b1pig+w W1pep:l64nk W1pdj:v6nlv6ess W1pd0:v1uirv9n4yng W1pai:v18zhg58rxu W1p9w:v1dvxugh1io " +
  "W1p9v:v3p162ax0gg W1p9t:l6j6g W1p9r:l6j5c W1p9k:v1 W1p96:v1 W1p93:v1 W1p91:v1 W1p8z:v1 W1p8x:v1 W1p8w:l6dg0 " +
  "W1p8g:v1dvxugh1io W1p8f:v3p162awxw0 W1p88:b1p85+g W1p86:b1p85+g W1p7x:v1dvxugh1io W1p7w:v3p162awx4w W1p7v:v194io " +
  "W1p7p:b1p7q+g W1p7o:b1p7u+g W1p7g:b1p75+g W1p70:v1dvxugh1io W1p6z:v3p162awwds W1p6j:v1dvxugh1io W1p6i:v3p162awtj4 " +
  "W1p6g:l6j6g W1p6e:l6j5c W1p5z:b1p4u+g W1p5r:v1 W1p55:vp W1p4y:v6e2zys88nlw W1p4s:v1dvxugh1io W1p4r:v3p162awss0 " +
  "W1p4p:v4jrkcl8a W1p4h:v1 W1p4f:b1p49+g W1p4e:l6dg0 W1p4b:vp W1p3k:v4js888re W1p3f:v1dvxugh1io W1p3e:v3p162awrf4 " +
  "W1p3b:vf77je45r4 W1p2e:v1dvxugh1io W1p2d:v3p162az4hs W1p2b:l6j6g W1p29:l6j5c W1p27:l64nk W1p1t:v1dvxugh1io " +
  "W1p1s:v3p162az34w W1p1q:l6j6g W1p1o:l6j5c W1p1l:l64nk W1p1a:bj60+0 W1p11:v1dvxugh1io W1p10:v3p162az1s0 W1p0x:l6j6g " +
  "W1p0v:l6j5c W1p0j:v1dvxugh1io W1p0i:v3p162az10w W1p0g:l6j6g W1p0e:l6j5c W1p04:b1kyx+0 W1ozy:v1dvxugh1io " +
  "W1ozx:v3p162ayznk W1ozv:b1oyq+1ao W1ozt:b1oyq+19k W1ozr:b1oyq+18g W1ozp:b1oyq+17c W1ozn:b1oyq+168 W1ozl:b1oyq+154 " +
  "W1ozj:b1oyq+140 W1ozh:b1oyq+12w W1ozf:b1oyq+11s W1ozc:b1oyq+10o W1oza:b1oyq+zk W1oz8:b1oyq+yg W1oz6:b1oyq+xc " +
  "W1oz4:b1oyq+w8 W1oz2:b1oyq+v4 W1oz0:b1oyq+u0 W1oyy:b1oyq+sw W1oyw:b1oyq+rs W1oyu:b1oyq+qo W1oys:b1oyq+pk " +
  "W1oyr:vi2z6xju5f W1oyp:b1oyg+g W1oyn:v1165le4q2o W1oyg:b1oyh+g W1oxw:vg1g W1oxq:vk15f02 W1oxm:vtp3gwbx2q W1oxk:b1oxv+g " +
  "W1oxc:v1dvxugh1io W1oxb:v3p162ayhps W1ox9:l6j00 W1ox0:v1dvxugh1io W1owz:v3p162aygyo W1owx:l6j00 W1ows:vw W1owb:vktl " +
  "W1owa:v5jjq3hfcsg W1ow0:v1dvxugh1io W1ovy:vtso86k W1ovx:v1dvxugh1io W1ovv:b1ovu+g W1ova:b1p7e+g W1out:b1p7e+g " +
  "W1ouc:v1dvxugh1io W1oub:v3p162ayu5s W1oua:l6dg0 W1ou1:b1osd+g W1otu:v1dvxugh1io W1ott:v3p162ayteo W1ots:l6dg0 " +
  "W1otn:b1osd+g W1ote:v1dvxugh1io W1otd:v3p162aysnk W1otc:l6dg0 W1osy:b1osd+g W1osk:v1dvxugh1io W1osj:v3p162ayqow " +
  "W1osh:l6j6g W1osf:l6j5c W1os6:v1 W1orz:v1 W1orx:v1 W1orv:v1 W1orq:l6dg0 W1oqy:v1dvxugh1io W1oqx:v38lt0 W1oqr:b1oqq+g " +
  "W1oqp:b1oqy+g W1oqk:b1nml+0 W1oqj:v1dvxugh1io W1oqi:v3p162ayo5c W1oqg:l6j00 W1oqf:l6dg0 W1oqb:l53bk W1oq0:v1dvxugh1io " +
  "W1opz:v3p162aymsg W1opx:l6j6g W1opv:l6j5c W1opt:lsd9s W1opq:v1 W1opo:v1 W1opm:v1 W1opl:l6dg0 W1op0:v1dvxugh1io " +
  "W1ooz:v3p162aylfk W1oox:l6j6g W1oov:l6j5c W1ooq:l6dg0 W1oo6:v1dvxugh1io W1oo5:v3p162ayk2o W1oo4:l6dg0 W1onv:b1onf+g " +
  "W1ono:v1dvxugh1io W1onn:v3p162ayips W1onk:l6j6g W1oni:l6j5c W1ong:v38m04 W1ond:l6dg0 W1omz:v1dvxugh1io W1omy:v3p162aye8w " +
  "W1omw:l6j6g W1omu:l6j5c W1omt:v3pysm W1oms:v6cg W1omp:l6dg0 W1om3:v1dvxugh1io W1om2:v3p162aycw0 W1om0:l6j6g W1oly:l6j5c " +
  "W1olw:v8ww4rk W1olt:lepf4 W1olb:v4jro90qo W1ol8:b55a+0 W1okc:l6dg0 W1ojv:v134zyo5j77 W1ojl:b1p6c+g W1ojh:v1adqv " +
  "W1ojg:v46xdb W1ojc:vk1i W1ojb:b1oac+0 W1oj8:v8ww4rk W1oj7:l64nk W1oj5:b1p6c+g W1oj3:l6dg0 W1oj1:v4jo W1oj0:b1oim+0 " +
  "W1oiz:v2h1b12rmmhw W1oiy:b1oiz+0 W1oiv:v32 W1oip:v48aqp W1oim:vruo7ea W1oij:l4awg W1oih:b1p4e+g W1oi6:vuj6qtodhj " +
  "W1oi3:vciqv379da W1oi2:l64nk W1ohx:b1o6w+0 W1ohw:v1rdwhvyi W1ohs:v4e10wyvhm49 W1ohr:vk1g W1ohl:v4xw W1ohk:v4jjp1 " +
  "W1ohc:v4jry8m4h W1ohb:vjfat7juww7 W1oh4:v7hvspn W1oh3:v5i244lm0 W1oh1:lsb40 W1ogz:v3x011 W1ogv:vaf W1ogu:vw2n5h " +
  "W1ogr:v2h1b12rmfce W1ogq:b1ogr+0 W1ogm:ls7rk W1ogl:vl5lxh6gw W1ogh:vjtt W1ogg:b1ogh+0 W1ogd:v38 W1oga:b1nyq+0 " +
  "W1og8:v4jro90uv W1og3:v6e1fuathvr5 W1ofy:b1o5b+0 W1ofu:vruo7ea W1oft:b1nq8+g W1ofj:b1o5b+0 W1ofh:vjtt W1ofe:v3x011 " +
  "W1ofd:l6dg0 W1of9:bsl+0 W1of8:v4jro90qp W1of6:v32 W1of2:v6e1tveqbxfk W1of1:v7i1ezf W1of0:vu2qkby W1oew:v1a " +
  "W1oet:v6e1fuatgh6o W1oer:v1165nvsmzt W1oep:lr1v4 W1oei:b1o3q+g W1oeb:lqwnk W1oe9:vvawhw W1oe5:v50i2o W1oe4:vuwqt7t " +
  "W1oe2:v15vehxmqgg W1oe1:v37 W1oe0:v4jjop W1odz:v15vehxmqgg W1odw:b1oe4+0 W1odp:vs5643y W1odj:l6dg0 W1odb:b22g+0 " +
  "W1oda:bb1d+g W1od3:b1oda+g W1od2:v2b W1ocy:bb1d+g W1ocx:b1p2m+g W1oct:l6dg0 W1ocr:l6dg0 W1ocn:v6e2lxuz4ux0 W1ocj:l64nk " +
  "W1oci:v4js887i8 W1och:vddzd W1ocg:v13j3shjiat W1ocd:lsb40 W1oc8:v2b W1oc6:v13j3shjiat W1oby:v4js887i8 W1obx:vg74b " +
  "W1obv:v32 W1obt:lsb40 W1obs:v3x011 W1obo:v2b W1obm:v8i2mn0pq4xf W1obi:vjtt W1obd:vso6lyj2 W1obc:v61wbemox W1ob8:b1o5a+0 " +
  "W1ob7:v2s W1ob6:b1ob7+0 W1ob4:v2b W1ob2:v61wbemox W1oaw:v2b W1oau:v7t7doki23cj W1oas:b1o9b+0 W1oar:v194io W1oaq:l4axc " +
  "W1oao:v2b W1oal:v2s W1oai:v2h1b12shg68 W1oaf:v2b W1oad:vwazyw4 W1oa5:vesju W1oa4:v3ygyp W1oa1:lr32o W1o9y:v2b " +
  "W1o9w:v3ygyp W1o9q:vemr15 W1o9p:v4caq W1o9n:vtso86k W1o9h:v6e2zyqgu2gw W1o9f:v4b3an W1o9a:lookw W1o99:b1npp+0 W1o98:vjtt " +
  "W1o96:vrutv1o W1o94:b1o99+g W1o90:v13jhmugbqc W1o8y:lrals W1o8v:v4jry8m4h W1o8r:vv732wj W1o8n:v4jro90sz W1o8l:v3 " +
  "W1o8d:v5xvhc0ac W1o83:v2b W1o7y:v134urx6dex W1o7r:vmzy W1o7m:vvolgr W1o7h:bn4r+0 W1o7f:vkjwoplyw W1o7c:vlth " +
  "W1o79:b1o59+0 W1o73:vaxcfj0o28 W1o72:vwb5kdw W1o6s:vrutv1o W1o6r:v1rdwhvz4 W1o6q:lsoso W1o6o:vkjwoplyw " +
  "W1o6m:v7cbs5xyzz33 W1o6a:b1o6i+0 W1o68:v2b W1o67:v14t00 W1o66:vw0w5f3 W1o61:b1o5h+0 W1o5w:v22xcilh3km3 " +
  "W1o5v:v7cbs9u3niov W1o5t:v3ygyp W1o5o:v2v W1o5i:vrutxt5 W1o5h:v3x0ts W1o5f:vtso86k W1o5e:vju1 W1o5a:v2r W1o52:v2s " +
  "W1o4w:l6dg0 W1o4o:v2t W1o4n:b1o4o+0 W1o4l:v8vvxe0zwmzy W1o4h:vhboqy7 W1o4g:vcc0 W1o4c:b56f+0 W1o49:l64nk W1o47:v38l4w " +
  "W1o43:v5k6evaeo W1o42:b1o43+0 W1o40:b1o41+0 W1o3w:b1qrx+0 W1o3p:v6e1aczq704r W1o3n:v170y29brs2 W1o3h:v188xqq2hpa " +
  "W1o3d:vi3opm7ib6 W1o39:v7s10fx W1o38:v8vtlj93r3hs W1o36:b1o09+0 W1o35:v96a W1o34:b1o35+0 W1o32:v4jro90qp " +
  "W1o30:v15umsqjz33 W1o2y:b1nus+0 W1o2u:v1zps4x W1o2t:v1fdav6k0 W1o2s:v6drc4j8h W1o2m:v4jry8m4h W1o2l:v6e2zyqgu2gx " +
  "W1o2i:v6dnqfg4y W1o2e:v1rdwhvz4 W1o2d:l64nk W1o2b:v4jro90sz W1o2a:v1g24w W1o29:v6doukuhr W1o26:b1o1a+g " +
  "W1o23:v6e1fub8ioga W1o21:v6dotomzj W1o1y:b1o0a+0 W1o1w:v710nhmb5 W1o1v:v4svzaeam4bw W1o1s:b1o0a+0 W1o1o:vaf W1o1n:v3 " +
  "W1o1i:b1o1j+0 W1o1e:v8m9mhr W1o1d:v18l2keitsv W1o19:lrfzs W1o15:vbbe0w32n1 W1o14:vwasx9z W1o11:lmr5c W1o0v:vciqv37dpc " +
  "W1o0u:lrg0o W1o0o:v2v W1o0m:b1o0c+0 W1o0l:vc4z W1o0k:v1q W1o0j:lse14 W1o0i:v4juscnz8 W1o0g:v4hsmfolu4 W1o04:l64nk " +
  "W1nzx:v38llw W1nzw:veaf4mgx W1nzv:b1nmu+0 W1nzu:vmzt W1nzr:b1nzs+0 W1nzq:lbwr4 W1nzm:v38llw W1nzl:v1z7iqs W1nzj:v4gnz9 " +
  "W1nzg:v6cg W1nzf:l64nk W1nzd:v4js887i9 W1nzc:v206myl W1nzb:v1em82 W1nza:v38 W1nz8:b1nus+0 W1nz6:l64nk W1nz3:vaxcfmtn5p " +
  "W1nz2:v4jhw3 W1nyy:v3x011 W1nyx:vw W1nyu:v38l4w W1nys:v4y0 W1nyr:vwanejj W1nyo:b1nxy+0 W1nym:b1nyn+0 W1nyk:v6e1fuathvr4 " +
  "W1nyj:v9zxrfo W1nye:v38n19 W1nyc:v1165nc38fm W1ny9:b1nya+0 W1ny8:lr6kw W1ny4:lse14 W1ny2:v38l7o W1ny0:v1165nvsmzt " +
  "W1nxq:lr94g W1nxn:v9zy1vk W1nxi:vciqv37dpc W1nxh:l64nk W1nxf:v6e5tb0nvqu3 W1nxe:v8w W1nxd:v2n W1nx6:v2n " +
  "W1nx4:v13jjnt26hr W1nx3:b1nx4+0 W1nwr:v6e2lxmk00sh W1nwp:v10 W1nwm:looc0 W1nwk:b1nui+0 W1nwi:v2h1b12shg68 W1nwa:b1nu1+0 " +
  "W1nw9:lbwr4 W1nw8:v13jdpwjasj W1nw5:v6e518sk823f W1nw4:v16 W1nvz:b1nvn+0 W1nvt:b1nnc+0 W1nvl:b1nvn+0 W1nvj:b1nvk+0 " +
  "W1nvd:b1nv8+0 W1nvc:lrg0o W1nv8:v30 W1nv6:vlc0 W1nv0:lp7cg W1nuv:v38les W1nus:vlf0 W1nuq:b1nrr+0 W1nup:v2h1b12shg68 " +
  "W1nub:v194io W1nua:l64nk W1nu8:v38m7w W1nu7:v38l7o W1nu0:v2t W1ntw:v8ww4rk W1ntv:lrfzs W1ntr:vnpreui8 W1ntq:v19dcj3771q " +
  "W1ntm:v3yich W1ntl:vmlr W1ntk:b1ntn+0 W1ntf:v89mmq98bwbp W1nta:vads W1nt7:lr94g W1nt6:l4awg W1nt4:v6e1fuathvr4 " +
  "W1nt3:vk1e W1nsx:v6e1fuathvr4 W1nsw:v7s10d8 W1nsq:vroo3sl429 W1nsm:b1nrr+0 W1nsb:v38l4w W1ns5:v4jsi7t6f W1ns3:v38 " +
  "W1nrz:v2b W1nry:b1olw+0 W1nrw:v59uutbwcs W1nrq:v18lma5tmqt W1nrl:v1dvxu8xstc W1nre:b57g+0 W1nrb:v2b W1nr6:b55c+0 " +
  "W1nr3:v2s W1nqz:v5k6yuijj W1nqx:v6e280he61z0 W1nqs:lr94g W1nqq:v4jro90qo W1nqf:v7cbs9u41jkv W1nq9:lr94g W1nq8:l64nk " +
  "W1nq6:v2b W1nq5:vy W1nq4:v13jfmp43mt W1nq2:vvr299u W1npz:v89mmq98bwbp W1npv:v2b W1npt:v13jdpwjasj W1npn:b1npr+0 " +
  "W1npl:lr968 W1npj:v8ymxtabxsnz W1nph:v38l7o W1np9:v2b W1np8:vvkdrc W1np7:vrt9hzlbdhs W1np6:v7cbs5xyzz33 W1np2:vqgnfcd " +
  "W1noq:v24y9aywu W1non:v6e1fuatgh6o W1nol:v7cbs9u3niov W1noh:lrb3k W1noe:v15uqtkfkv9 W1nob:v8ww4rk W1no9:v38llw " +
  "W1no6:b3vg+0 W1no5:v2p1zgrz3vab W1nnz:v4jro90sz W1nny:b1nnz+0 W1nnt:b1nnu+0 W1nnq:v44ywy72j W1nno:v46wrz W1nnn:b1nno+0 " +
  "W1nnm:v2b W1nni:v1su94 W1nnh:b1nni+0 W1nnd:v48wz945p W1nnc:vaivjd8q9s W1nnb:b885+g W1nn9:v5vz85ahr W1nn2:v18z7lrumb3 " +
  "W1nmz:vjy8 W1nmv:v4gqr6 W1nmt:v1dvxuggq5f W1nmq:v2r W1nmp:v2t W1nml:v3fyvh W1nmj:v1dvvxtmwyt W1nmh:v134f1cpoj8 W1nmg:v32 " +
  "W1nmf:v1dhxp4zzan W1nmc:b3va+0 W1nm5:v1t7j9 W1nkm:v4jrkcjy8 W1niw:v4jrm9nhq W1nio:v1dhxqj0dbb W1ni5:v63we0agw " +
  "W1neq:v12rpd5snxt W1nep:v1dvxugh1io W1neo:v3p162b00kw W1nem:l6j00 W1nei:v8kvv73cyre5 W1neg:l5cq8 W1ned:v7cbs9vhegkf " +
  "W1nec:v1dvxugh1io W1neb:v3p162azzts W1ndz:l6dg0 W1ndy:v2aolfwi W1ndx:v8t5qk2svypg W1ndu:b1ncr+pk W1ndr:v1dvxugh1io " +
  "W1ndq:v3p162b08ps W1ndn:v1dvxuan3qg W1ndl:v1dvxuan3pc W1ncu:b5cz+g W1nct:v19d0ug43tf W1ncs:vjmt W1ncq:b1nek+g " +
  "W1ncp:l6dg0 W1nbc:v1x3ji W1naz:v1dvxug0u80 W1nay:v1dvxug0u80 W1nar:lrfzs W1naq:v1dvxug0u80 W1na5:v8kvv73cyre5 " +
  "W1n8p:v1dvxug0u80 W1n7s:lc5n4 W1n6v:lcynk W1n6t:b1nn9+0 W1n6k:v1dvvxtocwz W1n6g:v46ue9 W1n6f:v1dvvxtzmuq W1n6c:v33 " +
  "W1n4c:v12rpd5snxt W1n41:l6dg0 W1n3w:l6dg0 W1n30:v1x3ji W1n2s:v17fqbm2g6x W1n29:vm0j W1mzs:v1dhwsx9ffo W1mzr:vp " +
  "W1mzk:v4jrnl65g W1mzc:v1dvxugh1io W1mzb:v3p162b0g34 W1mz9:l6dg0 W1mz8:v1t8xf W1mz5:b1mzr+g W1mz4:lrbio W1myu:b1myv+g " +
  "W1myr:b1mt1+g W1myq:l5cq8 W1myk:lqcpc W1myi:v1dvxugh1io W1myh:v3p162b0mlc W1myg:v1t8xf W1mye:v2b W1mth:vp " +
  "W1mt4:v4jry8rd8 W1msy:v1dvxugh1io W1msx:v3p162awj28 W1msv:l6j6g W1mst:l6j5c W1msn:b1mth+g W1mrz:lse14 W1mrq:l4awg " +
  "W1mrp:v4jrzer5s W1mro:v1aehc W1mrj:vq7xmo W1mrb:lsdds W1mra:v1dvvxtodpx W1mr8:v38mec W1mr7:v4jm4t22ai4b W1mr2:v4gqr6 " +
  "W1mqw:vciqv37dpc W1mqv:v5k47ql4f W1mqt:v4jry8m8n W1mqs:v38 W1mqp:v6nlv6bmq W1mqk:v8ww4rk W1mqi:v38l4w W1mqg:v6nlv6bmq " +
  "W1mqc:vi3qsti3jk W1mqb:v63we0k0y W1mob:v4jrkd5yr W1mo0:l6dg0 W1mnv:b1msp+g W1mmy:v1dvxufzvc2 W1mmp:vux8pwz " +
  "W1mm6:v6nlv6bmq W1mlm:v1dvxufzvc2 W1mkp:l6374 W1mjo:v12qfvcab1e W1mj8:v1dvxufzvc2 W1mj5:v4jro90sz W1mj4:l4axc " +
  "W1mj3:v6nlv6dex W1miw:v1693t28aqq W1mhv:l6dg0 W1mhr:vk1g W1mhm:v1dvxugh1io W1mhl:v3p162b03f4 W1mhj:l6j00 W1mhg:v38mlg " +
  "W1mhf:vk1g W1mhe:l5cq8 W1mh8:v7np0dl7u8fn W1mh7:v1dvxugh1io W1mh6:v3p162az7cw W1mh4:l6j00 W1mh3:l6dg0 W1mgw:b1mhh+g " +
  "W1mgv:l4z00 W1mfr:v3d W1mfo:v38me2 W1mfl:v4jry8m4h W1mfi:vaba W1mfg:vaba W1mff:v4jro90qp W1mf8:v1x3ji W1mew:v1dvxug0u80 " +
  "W1mev:v1dvxug0u80 W1meu:v1dvxug0u80 W1mem:v1dvxug0u80 W1mej:vd0t W1mbp:b1my0+g W1mbc:b1npz+0 W1man:vqgnfcd W1mam:l5cq8 " +
  "W1mad:vg95 W1mab:vf29 W1maa:vtcvhasg9f W1ma4:v5c4j6snhy6f W1m9v:vn3rolx W1m9u:vn3rolx W1m9o:v1692wvexhc W1m99:v7 " +
  "W1m96:v4xq3bahrin4 W1m90:b1m8k+0 W1m8u:vmsn W1m8t:vwazywd W1m8s:vv7bhbm W1m8r:v18l2k4otw0 W1m8h:b1m8k+0 W1m8g:ls7rk " +
  "W1m8e:v3kka6h901gp W1m8d:vsp59pw W1m8c:v1cw3rtlmwq W1m8b:b1li9+0 W1m89:vcbr W1m87:vju1 W1m84:v4i3c3 W1m7x:lfj4g " +
  "W1m7w:v8t3dhcsw09z W1m7v:vhbrjac W1m7t:v38 W1m7o:v2t W1m7n:v1q W1m7k:v4b4e8 W1m7j:b1m7k+0 W1m7h:b1453+0 W1m79:ln92o " +
  "W1m78:lrwk0 W1m77:v6e1aczq6znk W1m76:v10 W1m75:v4jjol W1m73:v38 W1m70:b1m5c+0 W1m6x:v2ym446j3 W1m6w:v5q3i7h4e " +
  "W1m6s:ls8vc W1m6p:v6e1aczq6znk W1m6o:v1puq8 W1m6n:v586f3dyd W1m6l:v4gqxx W1m6g:v29iog W1m6f:vqgnhx0 W1m6c:b1m2o+0 " +
  "W1m68:vvqtr3m W1m5y:v2b W1m5x:v2kswbrbj W1m5w:v4i6b7 W1m5u:b1m08+0 W1m5s:v38l58 W1m5q:vs539t2 W1m5l:v4jrkcjy8 " +
  "W1m5j:v4gpk4 W1m5f:v6e1aczq6znk W1m5d:vn08 W1m57:v2b W1m55:v1350rsil3z W1m54:v2s W1m4y:v6e1fuathvr5 W1m4x:v2081j2 " +
  "W1m4w:vc3g4twun3 W1m4v:v8vtm4ztb6n8 W1m4p:v2b W1m4n:v17ldt W1m4m:v19e65nqg6c W1m4i:b1gw7+0 W1m4h:ls9lc W1m4c:v5k4gy545 " +
  "W1m47:v38l4w W1m46:v31 W1m41:v38l4w W1m3z:v6bopifs6 W1m3u:v38l4w W1m3s:v4p4yu W1m3n:v38l4w W1m3l:v2t W1m3g:v55sbvo7irsz " +
  "W1m3f:vk1f W1m3e:v5q3i7at4 W1m3a:ls6w8 W1m36:v32 W1m33:v69po36kg W1m2y:lrwww W1m2x:vltb W1m2w:v6cg W1m2t:v2b " +
  "W1m2r:v586f65pq W1m2p:b1m2o+0 W1m2j:vg64yxbh41 W1m2d:v2b W1m2c:vezku2e W1m26:lr1v4 W1m23:vjcw W1m1y:lry80 W1m1s:b1m08+0 " +
  "W1m1p:v1zwsza W1m1h:b1llg+0 W1m1e:vrqw0hh W1m17:lry80 W1m16:v2b W1m15:v3r5vdb W1m10:lry48 W1m0z:v8ww4rk W1m0u:v9pq0o " +
  "W1m0r:lry48 W1m0o:b1l30+g W1m0l:v3gtafajdl6w W1m0j:v4gpk4 W1m0h:v2w W1m0g:b1m0h+0 W1m0f:b1m08+0 W1m0b:v38l4w W1m08:v38 " +
  "W1m03:v45r9dx80th2 W1m00:lry48 W1lzz:b1lzu+0 W1lzx:v6e1aczq6znk W1lzw:ve5ro6r W1lzv:vmsy W1lzu:v6bsas28v W1lzp:b1lzs+0 " +
  "W1lzo:v5k46zvqq W1lzl:b1lz5+0 W1lzk:v38l7o W1lzj:v1i W1lzi:v3f7o33hh W1lzb:v194io W1lza:vw160jo W1lz5:v3yezy W1lz3:vju6 " +
  "W1lz1:vqgni3y W1lyw:v6cg W1lyv:b1lyw+0 W1lyt:v2b W1lyp:v2w W1lyj:v6e1aczq6znk W1lyi:v42xxdnsvhv9 W1lyf:ls980 W1lye:v3d " +
  "W1lyb:b1lye+0 W1ly9:l64nk W1ly1:v1rdwhvz4 W1ly0:v3ygyp W1lxz:vdzz97z W1lxy:vdpznu7 W1lxx:vdg02gf W1lxv:vun397m " +
  "W1lxu:b1ly0+0 W1lxp:lfnkg W1lxo:logs0 W1lxl:loi4w W1lxh:v41ofpr58t80 W1lxg:v2t W1lxc:lrb3k W1lxa:v18lma5tmqt W1lx8:vk18 " +
  "W1lx4:v2v W1lwv:v2h1b12shg68 W1lwm:b146t+0 W1lwg:v5k4gy545 W1lwe:lr7ow W1lwd:v3ygrt W1lwc:vdfpavjjts W1lwb:v4qlbj " +
  "W1lwa:v5g6phoc2 W1lw8:vjn2 W1lw7:b1lw8+0 W1lw3:v4qkvi W1lvz:v2b W1lvs:lngxc W1lvr:b1lj1+0 W1lvn:b1ly5+g W1lvh:b1ltn+0 " +
  "W1lvg:l64nk W1lve:l4axc W1lv8:ls5x4 W1lv7:lrg0o W1lv2:v2s W1lv0:v3vm9e W1luz:v3vm9e W1luy:v6dnqfgbq W1lux:v3yjjd " +
  "W1luw:vwb0227 W1luu:vj90 W1lur:b4in+0 W1luo:lhd9s W1lul:v177azg9mq W1luk:vj614fnm0ffh W1luj:v5k65fcyr W1lug:b1lj0+0 " +
  "W1lue:v3kqlpdaw8yt W1lu9:v7cbru0qelpb W1lu0:v69qrkodp W1lty:v13j3siscc9 W1ltw:b1lty+0 W1ltt:vuwqt6x W1lts:vcn4 " +
  "W1ltr:v9clbkf2omeq W1ltq:v1t65y W1ltp:l64nk W1ltn:ve7 W1ltf:b1lt1+0 W1ltd:ls8g0 W1ltc:v3kqmky2gep1 W1ltb:v1zkz11c " +
  "W1lt4:vaod W1lt3:v5k6f6k53 W1lsz:b13l3+0 W1lsy:v6bk W1lsx:v18zx9hv6n9 W1lsv:vcvfskh W1lsu:b1lsy+0 W1lsr:vhvbonf8w " +
  "W1lso:vkcl2ac2n3 W1lsl:b1kuj+0 W1lsk:v8vx44zg3sdh W1lsj:vs5mxrn W1lsh:v4jjp1 W1lse:lhd9s W1lsb:b1lsk+0 W1ls5:v1s " +
  "W1ls2:v37 W1ls0:b1lrl+0 W1lrr:b13l3+0 W1lrq:ldsi8 W1lrp:v38l7o W1lro:vhpkp0x68 W1lrn:vcc2 W1lrk:b1lrl+0 W1lrh:l64nk " +
  "W1lrf:v4jrz6c1p W1lrd:v13j3siscc3 W1lra:v2t W1lr7:b1lra+0 W1lr2:ls7rk W1lqv:vi2018h W1lqt:v1q W1lqp:losgg W1lqm:vlf0 " +
  "W1lql:v1t8xg W1lqk:b1lr1+0 W1lqh:v1h W1lqc:b1lbw+0 W1lqb:b1lq1+0 W1lq8:v38l4w W1lq7:v23weo W1lq6:v8ykkx1yy92d " +
  "W1lq1:v8t1t9kfvf4v W1lpx:b1lpy+0 W1lpu:v1vh00 W1lpq:v46ued W1lpo:b1lgg+0 W1lpm:veze2o W1lpl:v96a W1lpf:v63k1pfk " +
  "W1lpd:vumptnz W1lpc:v194io W1lpb:vrutwmo W1lp9:v36 W1lp5:b1lpb+0 W1lp4:v597ouk6upfn W1lp3:v4key9cnz W1loy:v3srz6cld " +
  "W1lox:v18l2fy72a0 W1low:v13jhnyn87z W1lov:ls5x4 W1los:v903p0k W1loq:vg2892heg2 W1lom:v2b W1lok:vob8wedv8h W1loh:b1l8k+0 " +
  "W1lod:v2nirl49v40w W1loa:l4awg W1lo8:v21ca8 W1lo7:b1lo8+0 W1lo5:vea550w1 W1lo3:vruo7ea W1lnz:v1t65p W1lny:l64nk " +
  "W1lnw:v6e1fuatgh6o W1lnu:v8yovh3qd4rn W1lns:lsb40 W1lnp:v6hnkg0xvolf W1lnn:lp7cg W1lnl:v8v4jk9gzx9c W1lnk:l4awg " +
  "W1lnh:v8yovh3qd4rn W1lnf:b1lir+0 W1lne:vi2z45nvvk W1lnd:b1lne+0 W1ln8:v3x3e7 W1ln6:v36 W1ln3:v4hqn4 W1ln2:v1a " +
  "W1ln1:l64nk W1lmz:v2b W1lmx:v8kqwav5oyg7 W1lmt:lprkg W1lmr:lqzxs W1lmp:vct0nsd W1lmo:b1lmq+0 W1lmj:v8njuxrt1to4 " +
  "W1lmg:vk1m W1lme:b1ku6+0 W1lmd:vmh34 W1lm9:v6e3e09ihfr5 W1lm2:ll4eo W1lm1:v5hp0m7ts W1lm0:v3wqpc W1llz:lqwz4 " +
  "W1llx:v8ww4rk W1llw:v2t W1llv:b1lly+0 W1llu:v8v9mvlukmyh W1llt:v1t65o W1llq:v7s10fx W1llm:v95x W1lll:b1llm+0 " +
  "W1llj:v38l4w W1lle:b1lhs+0 W1llc:vb2n W1lla:vcc0 W1ll5:v1t65y W1lky:v2h1b12shg68 W1lkt:v2s W1lkr:lksvk W1lkl:v4key9cnz " +
  "W1lki:v3srz6cld W1lkg:v18la37fpf6 W1lkd:v4aier7ep W1lkc:vne3u4t W1lk5:v4qlbj W1lk1:v3kl5pk9uogg W1ljx:vu W1lju:ls7rk " +
  "W1ljs:vvo60rp W1ljq:lrwk0 W1ljf:ls5x4 W1ljd:v4jrp6qhj W1lj6:v8fq5wfs5q8 W1lj3:v194io W1lj1:vaba W1lix:v2v W1liw:v4jjnn " +
  "W1liu:v3x0tv W1lip:vnza W1lio:v21ca8 W1lie:v1jbc7 W1lic:v2j2cj5ls W1lib:b1lim+0 W1li6:b1lvh+g W1lhy:vvccni W1lht:vm06 " +
  "W1lhr:v36 W1lhq:v3srz6cld W1lhl:vaba W1lhh:v59uwwjspt W1lhe:b1oh+0 W1lh9:v4jry8m8n W1lh1:v1p8eisjz W1lgw:v6e1fuatgh6o " +
  "W1lgp:v13jti5ctwz W1lgo:vk1m W1lgg:v5k479kdh W1lgb:b1ivc+g W1lg8:lrg0o W1lg6:v2b W1lg4:v8chwcduu4q4 W1lfy:b1lfj+0 " +
  "W1lfu:v89ne8spc9rg W1lfr:v4jhwz W1lfq:v4jhwz W1lfn:v3qo7mpnj W1lfl:ls9lc W1lfh:l4axc W1lfb:b1lbo+0 W1lf8:vemr15 " +
  "W1lf7:v4fgh W1let:b1lbu+0 W1les:lrmc8 W1lem:v3su6m8nz W1lel:v8cgq161slet W1lef:vesk3 W1leb:ldp80 W1le4:v3votf " +
  "W1ldv:v7q7exmccwvg W1ldr:lot8w W1ldn:vciqv37dpc W1ldm:lrmc8 W1ldk:v2b W1lde:v2jjk9so6 W1ldd:l4awg W1lda:v1t " +
  "W1ld9:v89ne8rvdhm4 W1ld5:biis+0 W1ld3:ve8 W1lcy:v2ym446j3 W1lck:v1n9df9n0 W1lcf:v2l W1lc9:vmlh W1lc6:lrg9k W1lby:vk1g " +
  "W1lbx:v5twl6hyk W1lbv:v8t1u93unb6r W1lbu:v18lma1dqw5 W1lbs:v7nm9gk3lroh W1lbr:v7t8xt238nsc W1lbo:v2t W1lbn:vrlch9b " +
  "W1lbm:v5g7sqq90 W1lbh:v68xnaxye W1lbd:v19d6n3e837 W1lbc:v13j9wa36ur W1lbb:v15gnqm7pt5 W1lb4:v9zlds W1lb3:v35s " +
  "W1lb2:v1z141z4 W1lb1:v6cg W1lb0:vk18 W1lav:v6e1fuathvr4 W1lau:v7t67x2yatlx W1laq:v6e1fuathvr4 W1lao:v81hjwdm36n9 " +
  "W1laj:v554 W1lai:v1699lzp5d1 W1lag:ls8yg W1lad:v1oo W1lac:v7t6lmed6739 W1laa:lgwnk W1la8:ls8yg W1la6:v2b W1l9y:v2t " +
  "W1l9u:lrfyw W1l9t:lrfzs W1l9i:vxrew W1l9f:lot8w W1l9d:v1a W1l98:v5qh W1l94:ljka8 W1l93:v2jj9uq9e W1l8z:v4qw " +
  "W1l8w:b14un+0 W1l8u:v38l7o W1l8e:v3ygrt W1l8b:vfm4 W1l87:v8t5qi8r2esw W1l84:lql4g W1l7x:v8t5qi8r2esw W1l7u:v69sg3crp " +
  "W1l7o:vf W1l7n:v4b4h5 W1l7k:v5xi2pxw0pcd W1l7g:b1435+0 W1l7a:v13j1z127hp W1l79:v5k47ql4f W1l78:v13j1z127hp W1l77:b1l7b+0 " +
  "W1l6z:v1g W1l6q:l6dg0 W1l6n:v4i63p W1l6l:vmsz W1l6f:v2d7tzc W1l6e:v2n W1l6b:v3x0tp W1l69:lfrio W1l68:l4axc W1l61:v2b " +
  "W1l60:v2jjztk3amn5 W1l5w:b22g+0 W1l5u:v2b W1l5o:ll434 W1l5m:v4jrkck1m W1l5k:v37 W1l5g:vdlgkzl W1l57:b5b0+0 W1l54:v38l7o " +
  "W1l53:vks204cq W1l4z:b1l50+0 W1l4t:v69po8sxl W1l4s:v1s W1l4o:v2t W1l4n:lg8gg W1l4m:v2b W1l4l:v25p4f6asoll W1l4j:v36 " +
  "W1l4f:ljc34 W1l4d:lrmag W1l48:v4i7ad W1l43:b1l46+0 W1l42:v288pol W1l3y:vdxfvqq W1l3t:b1l3v+0 W1l3r:lrmag W1l3p:veisck0 " +
  "W1l3o:v9sba15 W1l3n:v51u7i0 W1l3g:v3x2so W1l3e:lg8gg W1l3d:v69s12jk W1l36:l64nk W1l34:v38l4w W1l32:v18lac2kju1 " +
  "W1l30:ls6w8 W1l2y:lsdds W1l2v:v2h4 W1l2t:v2t W1l2s:vw W1l2r:vk1i W1l28:v1mj W1l27:v2h1b12shg68 W1l23:v69di0i0 " +
  "W1l20:vr1ddvc W1l1v:v1t5ym W1l1u:v197c4 W1l1t:v6dnqfgbq W1l1s:v5k8344kg W1l1q:v2t W1l1l:vsvblbtq1ldj W1l1k:v8l5zfl4wzn " +
  "W1l1j:vdn8qt9w6 W1l1i:vw0qir0 W1l1d:b1l1g+0 W1l19:b1l1c+0 W1l16:v1dhx3xw27c W1l14:vmlh W1l13:vciqv37dpc W1l10:v4b4h5 " +
  "W1l0s:vlq7p77 W1l0r:v4aier782 W1l0q:v4aier782 W1l0n:v3ae6l W1l0m:v2a W1l0l:ls834 W1l0k:v6eum6f3 W1l0i:v1rdwhvz4 " +
  "W1l0f:v166s0 W1l08:lfh74 W1l00:ls7rk W1kzy:v697uth16 W1kzw:vvo60rp W1kzu:vc4l W1kzn:v2t W1kzk:v611be5paudy W1kzb:ll4eo " +
  "W1kz9:v1vqd5 W1kz6:v1z143i4 W1kz4:v2t W1kz2:v5k8344m7 W1kz1:v6dnqfgbq W1kyz:v69tu2mov W1kyy:v69tu2mov W1kyw:v37 " +
  "W1kyu:v8i2mf8hsak6 W1kyt:v5zuiojnd W1kys:v168vxh54s3 W1kyr:v5k5buo2n W1kyq:v2t W1kyp:v5k4gy545 W1kyn:vi2z6xju5f W1kyi:vw " +
  "W1kyf:v3yjjd W1kyd:v8yqfdp65rhq W1ky5:v18la37r0it W1ky3:v1z15gjk W1kxy:vvu7qn W1kxx:v25 W1kxw:v2v0p1tgh W1kxu:v38 " +
  "W1kxs:v1e W1kxn:vun3tyr W1kxm:v171hs0mr1h W1kxc:v3adeb W1kxb:v1x W1kx7:v6hp4cmexbnv W1kx5:vr0my55jym W1kx1:v36 W1kx0:v36 " +
  "W1kwu:v1rdwhvyi W1kwt:b1kwv+0 W1kwr:b1qv2+0 W1kwq:vfceok64oe W1kwp:v2b W1kwl:ll4k0 W1kwe:b1kug+g W1kwb:vv957k " +
  "W1kw9:v13j1vp9w89 W1kw5:v3sw2p W1kw3:l4axc W1kw0:vaj3fhp0ic W1kvz:vr1ddvc W1kvy:v6cg W1kvp:bgvw+0 W1kvi:ls7rk " +
  "W1kvf:v219b1w0 W1kvd:vg1g W1kv9:vk15f02 W1kv8:v1z143k0 W1kv6:vtp3gwbx2q W1kv1:v1z15gjj W1kv0:v2gse2gv W1kuu:ls77s " +
  "W1kuq:v7np0dl7u8fn W1kuj:vs539s6 W1kui:v2t W1kug:vk18 W1kue:b1436+g W1kuc:vixxb8y W1kua:vdhh W1ku7:v1dvxu8y6i4 " +
  "W1ku6:vk18 W1ku5:v4jrkcjy8 W1ks5:v7np0dl7u8fn W1kru:b1l25+0 W1krp:lrb3k W1kqt:v1x3ji W1kql:v8kvv6kxf59s " +
  "W1kq2:v8vtfr6o4bhq W1kon:ll4k0 W1kob:b1nmz+0 W1knm:v5q3i7h3z W1knl:b1ivc+g W1knf:vmss W1kn7:v5q3i7h3z W1kn3:b1kho+0 " +
  "W1kn2:vddzd W1kmy:vmlr W1kmw:ls980 W1kmv:vszd8xc W1kmu:v5q3i7asl W1kmt:b1kmv+0 W1kmq:b1qr2+0 W1kmn:v2cvpv568 " +
  "W1kmj:v4jskfw4k W1kma:v2b W1km9:vc9l W1km8:v2fptc W1km3:lsd4g W1km1:v4jrkcjy8 W1klv:vl5lxh6gw W1kll:lqwz4 W1klk:b1kjy+0 " +
  "W1klh:v4jry8m8n W1kld:v38 W1klb:v4jry8m8n W1kl6:vl5lxh6gw W1kl5:v38 W1kl1:lr1v4 W1kkz:vl5lxh6gw W1kky:v1k W1kkx:vmsl " +
  "W1kku:lmgxc W1kkt:v13j1vp9gf5 W1kkj:lovu8 W1kki:v6e1fujakznw W1kkg:vcc2 W1kkd:lqwz4 W1kka:bhw3+0 W1kk6:v4jrkck0j " +
  "W1kjv:v37 W1kjt:vb9u W1kjs:v2fptc W1kjr:v81hwtt4wfum W1kjn:lczww W1kjl:v14pkxh5bvp W1kjb:b1qsa+0 W1kj9:bf78+g " +
  "W1kj7:v8vtlp34qlbm W1kj2:v4jt4f3vo W1kj1:ve5ro7j W1kir:v5k1pph7j W1kie:lr1ww W1kib:vhlos W1ki6:ls8s0 W1khp:b1jgn+g " +
  "W1kho:v1dvxu8xr7s W1khf:bggh+g W1kha:v194io W1kh7:v1dhwvh7cso W1kgo:vnzk W1kgf:v8hypw98zlva W1kct:v8kvv6kxf59s " +
  "W1kca:v8kvv6kxf59s W1kaj:v1dvxug0u80 W1k9t:v1dvvxu82ud W1k9f:v81hwtt4wzug W1k9b:v1dvxugh1io W1k9a:b1eyc+g " +
  "W1k7c:v63we00gz W1k61:v1dvxufzvc2 W1k5t:v1dvxu8y99n W1k5r:v8kvv6kxf59s W1k58:v6nlv6ark W1k4o:v1dvxufzvc2 W1k1y:lp8i8 " +
  "W1k1f:bf7v+0 W1k0z:lqwcw W1k0b:b12k9+g W1k00:v1dvxug0u80 W1jzs:v1dvxug0u80 W1jzq:b1k0l+g W1jzp:lrb3k W1jzk:ls980 " +
  "W1jz8:b1kha+0 W1jyv:b1jza+g W1jyj:b1jyy+g W1jy6:b1jyl+g W1jxz:v38lfy W1jxu:b1jy9+g W1jxl:b1jxw+g W1jx2:lq3ao " +
  "W1jwt:v38n7w W1jws:b1jxi+g W1jwe:v3yf02 W1jwc:v306og W1jw8:v1dvvxqz1gg W1jw7:b1jw8+0 W1jw5:v38m78 W1jw0:b1guf+0 " +
  "W1jvy:v4jro97yk W1jvw:voc6ja0sby W1jvv:v1q W1jvt:v3ygrm W1jvs:b1guf+0 W1jvq:l64nk W1jvo:vw W1jvm:v2b W1jvl:v55qrr8k0ytf " +
  "W1jvi:lpj3k W1jvg:bhw3+0 W1jve:vd8r W1jvd:vhboqy7 W1jvc:vcc0 W1jv4:b1dd9+z W1jv3:v203ttn W1jux:v194io W1juv:v4jrkcjy8 " +
  "W1juk:v1dvvxugi8x W1jui:v440nj2mj W1jud:v1t65f W1jub:v90 W1jua:v5mdf275y62x W1jtw:v5jyn10 W1jtv:v14pkxh5obp " +
  "W1jtr:v18l2godnuo W1jtj:v2t W1jtg:v4jrz6c1p W1jtf:v25oo1k3k W1jte:v1dvxu8y6at W1jtd:bggh+g W1jta:lrx20 W1jt7:v4gos0 " +
  "W1jt5:v1dvxu8yagg W1jst:v1dvxu9vc4u W1joz:v8kvv6kxf59s W1jog:v8kvv6kxf59s W1jm0:v1bc312sin5 W1jls:b1jeq+g W1jl9:ls8s0 " +
  "W1jl0:v4jrzvmas W1jkz:b1jud+0 W1jkp:v1dvxug0u80 W1jkn:b1jkw+g W1jkg:v1dvvxsyj50 W1jke:v1dvxugh1io W1jk3:b1jiw+w " +
  "W1jjr:b1h1n+0 W1jjq:v2maa9dj9jid W1jjm:v1dvxug0u80 W1jjc:v1dvxug0u80 W1jix:v2b W1jiw:v1dvxug0u80 W1jir:vmsr " +
  "W1ji5:v1dvxugh1io W1ji4:v3p162awetc W1ji2:l6j6g W1ji0:l6j5c W1jhz:v6cg W1jhs:v1 W1jhr:l6dg0 W1jhn:vp W1jgu:v1dvxugh1io " +
  "W1jgt:v3p162awdgg W1jgr:vciqv37dpc W1jgm:v1 W1jgl:b1jh0+g W1jgd:b1isg+g W1jgb:vp W1jfi:v1dvxugh1io W1jfh:v3p162awc3k " +
  "W1jfa:v1 W1jf9:b1jfo+g W1jf0:b1isg+g W1jey:vp W1jen:v1dvxug0u80 W1jem:v1dvxug0u80 W1jdo:v1dvxugh1io W1jdn:v3p162aw9g0 " +
  "W1jdl:v4jrllogw W1jdh:lc5n4 W1jdb:v1 W1jda:b1jdy+g W1jd2:b1isg+g W1jcs:v1dvxugh1io W1jcr:v3p162aw834 W1jcp:l6j6g " +
  "W1jcm:l6j5c W1jck:v3pfz4 W1jch:l6dg0 W1jc8:v1dvxugh1io W1jc7:v3p162aw6q8 W1jc5:l6j6g W1jc2:l6j5c W1jc1:v2b " +
  "W1jc0:vciqv379da W1jbx:l6dg0 W1jbh:b1jka+g W1jay:b1jc8+0 W1jax:b1jbu+g W1jaq:v4jrkcjy8 W1jal:lpj3k W1jaj:b1j3v+0 " +
  "W1jah:b1jai+0 W1jab:vill6bn W1ja6:v2b W1ja4:v1165nc8xnl W1j9z:v6e1h5nyfwqk W1j9x:vk1i W1j9r:b1dd9+e W1j9q:v18lma5tmqt " +
  "W1j9o:vmlh W1j9k:v38l7o W1j9j:v3pyt0 W1j9e:v2b W1j99:lmgxc W1j96:v4jsi7uca W1j95:vcvpv8zn8i W1j92:lqenk W1j90:v2b " +
  "W1j8w:lqenk W1j8t:v4jry8m8n W1j8l:v6e1fuatgh6o W1j8k:v4323pj62 W1j8e:lqenk W1j8d:v81hwu1xwgm8 W1j8c:b1j8d+0 " +
  "W1j8a:vciqv37dpc W1j89:v5q3i7asu W1j7y:v5qk W1j7v:lr32o W1j7t:v6e2zytm6mab W1j7s:vd1o W1j7p:ls8s0 W1j7n:v1t5ep6uo " +
  "W1j7j:b7ft+0 W1j7h:b1jbh+0 W1j7g:vaoc W1j7c:ls8s0 W1j7a:v38m04 W1j79:v4cx8kl6g W1j75:ls7q0 W1j73:v2b W1j6z:ls8s0 " +
  "W1j6v:vszd8wg W1j6r:v5k1pq48w W1j6o:ln92o W1j6n:v38lfy W1j6g:b1guo+0 W1j6e:v38llw W1j6d:v9g46yn W1j68:v38l4w W1j62:vkms " +
  "W1j5z:v4jry8m8n W1j5t:v38l4w W1j5s:v5h5705gr2 W1j5o:lrb3k W1j5k:lm1xs W1j5j:v6e1ful8i3up W1j5i:ve W1j5g:v1q W1j5c:lrb3k " +
  "W1j5b:v2w W1j5a:b1j50+0 W1j58:b1j5j+0 W1j56:v2b W1j51:lj4ds W1j4x:v194io W1j4v:v42q1t W1j4t:v6cg W1j4r:llynm " +
  "W1j4q:v1dvxu8xnnp W1j4p:v4gos0 W1j4a:v2b W1j49:vl2599qfv8 W1j48:v18l2fy72b6 W1j42:v38l7o W1j41:vit0unt5 W1j3z:b1iuj+w " +
  "W1j3x:vw W1j3v:vmlh W1j3n:v3oiqttcmwx W1j3m:v3pysy W1j3l:v586f3er8 W1j3e:vo66lsjr6s W1j3d:v1dhww16jyg W1j3c:viu7 " +
  "W1j39:v1dvxufzvcj W1j34:bge6+g W1j33:vcbl W1j31:vxp0g37 W1j2w:vciqv379da W1j2u:v2r W1j0r:v33 W1iz8:vxp0g37 W1iyp:vxp0g37 " +
  "W1iw8:v6bsamj5c W1ivu:vp W1ivh:v1dvxugh1io W1ivg:v3p162aw5dc W1ive:l6dg0 W1ivd:vw W1ivb:b1ivu+g W1iv8:v1dvxug0u80 " +
  "W1iv0:l6mxc W1iuj:v1dvxug0u80 W1iuh:b1jk3+g W1iu1:vp W1itn:b1isa+w W1itm:b1is2+g W1itl:v1dvxug0u80 W1itk:v1dvxug0u80 " +
  "W1isp:v1dvxugh1io W1iso:v3p162aw40g W1ism:l6j6g W1isk:l6j5c W1ish:v38m78 W1isf:l4awg W1ise:lr6mo W1is3:v4kf8pwm2f " +
  "W1iry:b1ir1+g W1irw:v1dvxug0u80 W1irn:b1h48+g W1ir7:v38m6y W1ir6:v1dvxug0u80 W1ir4:b1isv+g W1ir3:v4jroaffb W1iqz:lqs0g " +
  "W1iqy:bgtz+0 W1iqu:v29s W1ips:b1isb+w W1ipm:v3ygrm W1iou:v1dvxugh1io W1iot:v3p162aw39c W1ion:b1io7+g W1iom:vk1e " +
  "W1iod:v1dvxugh1io W1ioc:v3p162aw2i8 W1ioa:l6j00 W1io9:l6dg0 W1io4:b1h6m+g W1io3:v3yhyn W1iny:v1dvxugh1io " +
  "W1inx:v3p162aw1r4 W1inv:v86r W1ins:v86r W1inr:b1ik0+g W1ino:b13ul+0 W1ini:v1dvxugh1io W1inh:v3p162aw100 W1inf:v1m5bh " +
  "W1inc:v1m5bh W1inb:b1ik0+g W1in1:v1dvxugh1io W1in0:v3p162aw08w W1imy:v1m5bh W1imv:v1m5bh W1imu:b1ik0+g W1imt:v36 " +
  "W1imr:ls8s0 W1imm:v1dvxugh1io W1iml:v3p162avzhs W1imf:b1ik0+g W1ime:vvwpxtf W1im4:v1dvxugh1io W1im3:v3p162avyqo " +
  "W1im1:v29skt8qa W1ily:b1j45+0 W1ilx:v29skt8qa W1ilw:b1ik0+g W1ilv:vsp59ps W1iln:v1dvxugh1io W1ilm:v3p162avxzk " +
  "W1ilg:b1ik0+g W1ilf:v5k1pkewl W1ild:b13ul+0 W1il8:v1dvxugh1io W1il7:v3p162avx8g W1il5:vg4tn3i6pi W1il2:vg4tn3i6pi " +
  "W1il1:b1ik0+g W1il0:v171hv1yl47 W1iky:lqj2o W1ikr:v1dvxugh1io W1ikq:v3p162avwhc W1ikk:b1ik0+g W1ikj:v19d4rtwtbp " +
  "W1ikh:lqj2o W1ik6:v1dvxugh1io W1ik5:v3p162avvq8 W1ik3:l6j00 W1ik2:l6dg0 W1ik1:v29samp2d W1ijy:v29samp2d W1ijx:b1h6m+g " +
  "W1ijq:v1dvxugh1io W1ijp:v3p162avuz4 W1ijn:l6j00 W1ijm:l6dg0 W1iji:loflc W1ijg:b1h6m+g W1ijf:vk1f W1ij6:v1dvxugh1io " +
  "W1ij5:v3p162avu80 W1ij3:l6j00 W1ij2:l6dg0 W1iix:b1h6m+g W1iiw:v6bsagx6o W1iit:v19d4rxw3fz W1iii:v1dvxugh1io " +
  "W1iih:v3p162avtgw W1iif:l6j00 W1iie:l6dg0 W1iid:v86d W1iia:v86d W1ii9:b1h6m+g W1ii5:v19d4rxw3fz W1ihu:v1dvxugh1io " +
  "W1iht:v3p162avsps W1ihr:l6j00 W1ihq:l6dg0 W1ihl:b1h6m+g W1ihh:v19d4rxw3fz W1ihg:l64nk W1ih6:v1dvxugh1io " +
  "W1ih5:v3p162avryo W1ih3:l6j00 W1ih2:l6dg0 W1ih1:v1m8a6 W1igy:bjr9+0 W1igx:v1m8a6 W1igw:b1h6m+g W1igv:vwazywd " +
  "W1igl:v1dvxugh1io W1igk:v3p162avqrk W1igi:l6j00 W1igh:l6dg0 W1igc:b1h6m+g W1igb:v4hjeb W1ifw:v1dvxugh1io " +
  "W1ifv:v3p162avq0g W1ifq:b1h6g+0 W1ifo:b1if3+g W1ifn:v69pnxi0e W1if9:v1dvxugh1io W1if8:v3p162avp9c W1if6:l6j00 " +
  "W1if5:l6dg0 W1if0:b1h6m+g W1iez:v69pnxi0e W1iet:v1dvxugh1io W1ies:v3p162avoi8 W1ieq:l6j00 W1iep:l6dg0 W1ieo:vg4pn3va01 " +
  "W1iel:vg4pn3va01 W1iek:b1h6m+g W1iej:v61wb9372 W1ie8:v1dvxugh1io W1ie7:v3p162avnr4 W1ie1:b1ia3+g W1idu:v1dvxugh1io " +
  "W1idt:v3p162avn00 W1idn:b1ia3+g W1idg:v1dvxugh1io W1idf:v3p162avm8w W1id9:b1ia3+g W1id2:v1dvxugh1io W1id1:v3p162avlhs " +
  "W1icv:b1ia3+g W1ico:b1ie8+g W1icn:v1dvxugh1io W1icm:v3p162avkqo W1icg:b1ia3+g W1ic9:v1dvxugh1io W1ic8:v3p162avjzk " +
  "W1ic2:b1ia3+g W1ibv:v1dvxugh1io W1ibu:v3p162avj8g W1ibo:b1ia3+g W1ibh:v1dvxugh1io W1ibg:v3p162avihc W1iba:b1ia3+g " +
  "W1ib3:v1dvxugh1io W1ib2:v3p162avhq8 W1iaw:b1ia3+g W1ian:v1dvxugh1io W1iam:v3p162avgz4 W1iag:b1ia3+g W1ia9:v1dvxugh1io " +
  "W1ia8:v3p162avg80 W1ia6:l6j00 W1ia5:l6dg0 W1ia0:b1h6m+g W1i9t:v1dvxugh1io W1i9s:v3p162avfgw W1i9m:b1i81+g " +
  "W1i9f:v1dvxugh1io W1i9e:v3p162aveps W1i98:b1i81+g W1i91:v1dvxugh1io W1i90:v3p162avdyo W1i8u:b1i81+g W1i8l:v1dvxugh1io " +
  "W1i8k:v3p162avd7k W1i8e:b1i81+g W1i87:v1dvxugh1io W1i86:v3p162avcgg W1i84:l6j00 W1i83:l6dg0 W1i7y:b1h6m+g " +
  "W1i7r:v1dvxugh1io W1i7q:v3p162avbpc W1i7k:b1i2e+g W1i7d:v1dvxugh1io W1i7c:v3p162avay8 W1i76:b1i2e+g W1i6y:v1dvxugh1io " +
  "W1i6x:v3p162ava74 W1i6r:b1i2e+g W1i6k:v1dvxugh1io W1i6j:v3p162av9g0 W1i6d:b1i2e+g W1i66:v1dvxugh1io W1i65:v3p162av8ow " +
  "W1i5z:b1i2e+g W1i5s:v1dvxugh1io W1i5r:v3p162av7xs W1i5l:b1i2e+g W1i5e:v1dvxugh1io W1i5d:v3p162av76o W1i57:b1i2e+g " +
  "W1i4z:v1dvxugh1io W1i4y:v3p162av6fk W1i4s:b1i2e+g W1i4l:v1dvxugh1io W1i4k:v3p162av5og W1i4e:b1i2e+g W1i47:v1dvxugh1io " +
  "W1i46:v3p162av4xc W1i40:b1i2e+g W1i3t:v1dvxugh1io W1i3s:v3p162av468 W1i3m:b1i2e+g W1i3f:v1dvxugh1io W1i3e:v3p162av3f4 " +
  "W1i38:b1i2e+g W1i2z:v1dvxugh1io W1i2y:v3p162av2o0 W1i2s:b1i2e+g W1i2k:v1dvxugh1io W1i2j:v3p162av1ww W1i2h:l6j00 " +
  "W1i2g:l6dg0 W1i2f:v1a5eiv0eb3 W1i2c:v1a5eiv0eb3 W1i2b:b1h6m+g W1i24:v1dvxugh1io W1i23:v3p162av15s W1i1x:b1i14+g " +
  "W1i1o:v1dvxugh1io W1i1n:v3p162av0eo W1i1h:b1i14+g W1i1a:v1dvxugh1io W1i19:v3p162auznk W1i17:l6j00 W1i16:l6dg0 " +
  "W1i11:b1h6m+g W1i0u:v1dvxugh1io W1i0t:v3p162auywg W1i0n:b1hzg+g W1i0g:v1dvxugh1io W1i0f:v3p162auy5c W1i09:b1hzg+g " +
  "W1i00:v1dvxugh1io W1hzz:v3p162auxe8 W1hzt:b1hzg+g W1hzm:v1dvxugh1io W1hzl:v3p162auwn4 W1hzj:l6j00 W1hzi:l6dg0 " +
  "W1hzd:b1h6m+g W1hzc:vwbe0l0 W1hz6:v1dvxugh1io W1hz5:v3p162auvw0 W1hz3:v1m7hh W1hz0:bjr9+0 W1hyz:v1m7hh W1hyy:b1hml+g " +
  "W1hyp:v1dvxugh1io W1hyo:v3p162auv4w W1hyi:b1hml+g W1hy9:v1dvxugh1io W1hy8:v3p162auuds W1hy2:b1hml+g W1hxt:v1dvxugh1io " +
  "W1hxs:v3p162autmo W1hxm:b1hml+g W1hxd:v1dvxugh1io W1hxc:v3p162ausvk W1hx6:b1hml+g W1hww:v1dvxugh1io W1hwv:v3p162aur9c " +
  "W1hwq:b1vc+0 W1hwo:b1hml+g W1hwn:v38 W1hwf:v1dvxugh1io W1hwe:v3p162auqi8 W1hw9:b1h4w+0 W1hw8:v45c W1hw7:b1hml+g " +
  "W1hw6:v2t W1hvy:v1dvxugh1io W1hvx:v3p162aupr4 W1hvr:b1hml+g W1hvi:v1dvxugh1io W1hvh:v3p162aup00 W1hvb:b1hml+g W1hva:v36 " +
  "W1hv8:lsb0w W1hv3:v1dvxugh1io W1hv2:v3p162auo8w W1hv0:v29nugjg3 W1hux:b1h4w+0 W1huw:v29nugjg3 W1huv:b1hml+g " +
  "W1huu:v13jjnt206c W1hum:v1dvxugh1io W1hul:v3p162aunhs W1huj:vg5l4tid13 W1hug:bjvb+0 W1huf:vg5l4tid13 W1hue:b1hml+g " +
  "W1hu5:v1dvxugh1io W1hu4:v3p162aumqo W1htz:bm8w+0 W1htx:b1hml+g W1htw:v4i5wv W1hto:v1dvxugh1io W1htn:v3p162aulzk " +
  "W1hth:b1hml+g W1htg:v31 W1hte:lqj2o W1ht9:v1dvxugh1io W1ht8:v3p162aul8g W1ht2:b1hml+g W1hsz:lqj2o W1hsu:v1dvxugh1io " +
  "W1hst:v3p162aukhc W1hsn:b1hml+g W1hsk:lqj2o W1hsf:v1dvxugh1io W1hse:v3p162aujq8 W1hs8:b1hml+g W1hs7:vv7fgqa " +
  "W1hry:v1dvxugh1io W1hrx:v3p162auiz4 W1hrv:v15 W1hrs:b1h4t+0 W1hrr:v15 W1hrq:b1hml+g W1hrp:vmps W1hrh:v1dvxugh1io " +
  "W1hrg:v3p162aui80 W1hre:vbi1ilr W1hrb:vbi1ilr W1hra:b1hml+g W1hr9:vmsy W1hr1:v1dvxugh1io W1hr0:v3p162auhgw " +
  "W1hqy:v29sasar8 W1hqv:v29sasar8 W1hqu:b1hml+g W1hqt:vmps W1hql:v1dvxugh1io W1hqk:v3p162augps W1hqi:v36vr5so1g6i " +
  "W1hqf:v36vr5so1g6i W1hqe:b1hml+g W1hqb:b1h50+0 W1hq6:v1dvxugh1io W1hq5:v3p162aufyo W1hq3:vg5l53m5i9 W1hq0:vg5l53m5i9 " +
  "W1hpz:b1hml+g W1hpp:v1dvxugh1io W1hpo:v3p162auf7k W1hpj:b1h57+0 W1hph:b1hml+g W1hp8:v1dvxugh1io W1hp7:v3p162auegg " +
  "W1hp1:b1hml+g W1hos:v1dvxugh1io W1hor:v3p162audpc W1hol:b1hml+g W1hoc:v1dvxugh1io W1hob:v3p162aucy8 W1ho9:v15 " +
  "W1ho6:b1h60+0 W1ho5:v15 W1ho4:b1hml+g W1hnv:v1dvxugh1io W1hnu:v3p162auc74 W1hno:b1hml+g W1hnn:v36 W1hnd:v1dvxugh1io " +
  "W1hnc:v3p162aubg0 W1hna:v36vqc9pj5va W1hn7:v36vqc9pj5va W1hn6:b1hml+g W1hn2:v19d4rxw3fz W1hmr:v1dvxugh1io " +
  "W1hmq:v3p162au9q8 W1hmo:l6j00 W1hmn:l6dg0 W1hmi:b1h6m+g W1hmc:v1dvxugh1io W1hmb:v3p162au7z4 W1hm5:b1h9o+g " +
  "W1hlz:v1dvxugh1io W1hly:v3p162au780 W1hls:b1h9o+g W1hlm:v1dvxugh1io W1hll:v3p162au6gw W1hlf:b1h9o+g W1hl9:v1dvxugh1io " +
  "W1hl8:v3p162au5ps W1hl2:b1h9o+g W1hkz:lqj2o W1hku:v1dvxugh1io W1hkt:v3p162au4yo W1hkr:v1m82t W1hko:v1m82t W1hkn:b1h9o+g " +
  "W1hkk:lh8ls W1hke:v1dvxugh1io W1hkd:v3p162au3cg W1hkb:v15 W1hk8:v15 W1hk7:b1h9o+g W1hk4:lh8ls W1hjy:v1dvxugh1io " +
  "W1hjx:v3p162au2lc W1hjs:bp8y+0 W1hjq:b1h9o+g W1hjp:vlm7 W1hjh:v1dvxugh1io W1hjg:v3p162au1u8 W1hja:b1h9o+g W1hj7:lh8ls " +
  "W1hj2:v1dvxugh1io W1hj1:v3p162au134 W1hiz:vbhknzh W1hiw:vbhknzh W1hiv:b1h9o+g W1hin:v1dvxugh1io W1him:v3p162au0c0 " +
  "W1hik:v1m99g W1hih:v1m99g W1hig:b1h9o+g W1hif:v3d W1hi5:v1dvxugh1io W1hi4:v3p162atzkw W1hhy:b1h9o+g W1hhx:v3d " +
  "W1hhm:v1dvxugh1io W1hhl:v3p162atyts W1hhj:v29oezf4x W1hhg:v29oezf4x W1hhf:b1h9o+g W1hh7:v1dvxugh1io W1hh6:v3p162aty2o " +
  "W1hh0:b1h9o+g W1hgs:v1dvxugh1io W1hgr:v3p162atxbk W1hgp:vbi2wdh W1hgm:lpj1s W1hgl:vbi2wdh W1hgk:b1h9o+g W1hgj:vwazey0 " +
  "W1hgb:v1dvxugh1io W1hga:v3p162atwkg W1hg5:b1h6g+0 W1hg4:v7rz W1hg3:b1h9o+g W1hg2:vwazywd W1hfu:v1dvxugh1io " +
  "W1hft:v3p162atvtc W1hfo:b1h6g+0 W1hfm:b1h9o+g W1hfc:v1dvxugh1io W1hfb:v3p162atv28 W1hf9:v86d W1hf6:b1h60+0 W1hf5:v86d " +
  "W1hf4:b1h9o+g W1hev:v1dvxugh1io W1heu:v3p162atub4 W1hes:v2b W1heo:b1h9o+g W1hen:vwazytc W1hed:v1dvxugh1io " +
  "W1hec:v3p162attk0 W1hea:v1m8a6 W1he7:v1m8a6 W1he6:b1h9o+g W1he5:vwazywd W1hdv:v1dvxugh1io W1hdu:v3p162atssw " +
  "W1hdo:b1h9o+g W1hdn:v32 W1hdd:v1dvxugh1io W1hdc:v3p162ats1s W1hda:v36qas8xbpcw W1hd7:v36qas8xbpcw W1hd6:b1h9o+g " +
  "W1hd5:v32 W1hcw:v1dvxugh1io W1hcv:v3p162atrao W1hcp:b1h9o+g W1hco:vwazywd W1hcg:v1dvxugh1io W1hcf:v3p162atqjk " +
  "W1hc9:b1h9o+g W1hc6:b1h6d+0 W1hc1:v1dvxugh1io W1hc0:v3p162atpsg W1hbu:b1h9o+g W1hbr:lqj2o W1hbm:v1dvxugh1io " +
  "W1hbl:v3p162atp1c W1hbj:v1m8ab W1hbg:v7np0d8g21kj W1hbf:b1h9o+g W1hbe:v19dwbltb7k W1hb3:v1dvxugh1io W1hb2:v3p162atoa8 " +
  "W1haw:b1h9o+g W1hah:v1dvxugh1io W1hag:v3p162atnj4 W1haa:b1h9o+g W1ha9:v197klwt8p0 W1h9t:v1dvxugh1io W1h9s:v3p162aa1y8 " +
  "W1h9q:l6j00 W1h9l:b1h6m+g W1h9f:v1dvxugh1io W1h9e:v3p162a9zzk W1h9d:v86r W1h9a:v86r W1h99:b1h7l+g W1h98:vs58z84 " +
  "W1h91:v1dvxugh1io W1h90:v3p162a9z8g W1h8z:v1z14rl0 W1h8v:b1h7l+g W1h8u:vltb W1h8s:bjr9+0 W1h8n:v1dvxugh1io " +
  "W1h8m:v3p162a9yhc W1h8l:v1z15g5c W1h8i:v93kdsxno W1h8h:b1h7l+g W1h8g:v3yiqx W1h8e:bjr9+0 W1h87:v1dvxugh1io " +
  "W1h86:v3p162a9xq8 W1h85:v29saa1yn W1h82:v29saa1yn W1h81:b1h7l+g W1h80:vw0nsz3 W1h7q:v1dvxugh1io W1h7p:v3p162a9wz4 " +
  "W1h7n:l6j00 W1h7m:vg5l7lec1g W1h7i:vg5l7lec1g W1h7g:b1h6m+g W1h7f:v1164rphqic W1h7a:v1165nvn1pi W1h78:v1dvxugh1io " +
  "W1h77:v3p162a9w74 W1h75:l6qy8 W1h6p:l6dg0 W1h6o:l6dg0 W1h6h:vw0nsz3 W1h6g:vwazywd W1h63:v4i3qq W1h5z:v6bsagx9b " +
  "W1h5n:vmsn W1h5m:vw10g2t W1h5l:v37 W1h5j:v4i6b0 W1h57:vmsy W1h54:v3d W1h51:v19d4rxw3fz W1h4x:v19dwbltbaq W1h4v:vltb " +
  "W1h4u:vvr3p0l W1h4t:v4i5wv W1h4s:vmzp W1h4g:vltb W1h4e:v1164rphqic W1h48:l64nk W1h46:lqqeo W1h3x:vp W1h3k:v38m78 " +
  "W1h3e:v1dvxugh1io W1h3d:v3p162a9uu8 W1h3b:l6j6g W1h39:l6j5c W1h2t:l6mxc W1h2j:v1dvxug0u80 W1h29:l6dg0 W1h28:l64nk " +
  "W1h1p:v1z145i3 W1h0y:v1dvxug0u80 W1h0m:b1h36+g W1h0l:v3yf02 W1h0h:b1f02+g W1h0f:v1dvxug0u80 W1gzr:v3sc4mfx0z5s " +
  "W1gzq:l6mxc W1gzb:b1nvc+g W1gz9:v38l77 W1gz8:vc20 W1gz7:v6bsuya2c W1gz4:v38l7o W1gz2:v7rz W1gz1:v1q W1gyw:ls8s0 " +
  "W1gys:v38l4w W1gyr:vaa0 W1gyn:v2b W1gyi:v4jrkcjy8 W1gyh:vftp8hl W1gyc:v4jry8m8n W1gyb:vmsl W1gy8:v230km3u8 W1gy5:vw " +
  "W1gxx:ln92o W1gxw:l64nk W1gxv:v4jry8m8n W1gxq:v1rdwhvz4 W1gxn:v4jry8m8n W1gxh:v1rdwhvz4 W1gxf:v2b W1gxe:v3pyt2 " +
  "W1gxa:bf7h+0 W1gx6:v4jry8m8n W1gx2:v194io W1gwz:v4i6b2 W1gwy:v4jry8m8n W1gwv:b1gm5+w W1gwu:v2h1b12shg68 W1gws:v4jry8m8n " +
  "W1gwo:v1znyb W1gwl:v209g3j W1gwg:v2h1b12shg68 W1gwd:v6e27win5z41 W1gwc:v2081j2 W1gw7:v1356ombgxf W1gw2:vaxa4px " +
  "W1gw0:v4jry8m8n W1gvv:v8vtl7ed7vcj W1gvs:b1lwd+0 W1gve:v2b W1gvd:v64o W1gv9:v24y97a79 W1gv7:v3yd W1gv6:v64o W1gv5:vk0z " +
  "W1gv1:v36h6hbts W1guy:v6e2lxnrfeys W1gux:v64o W1guw:vszd8xc W1guv:v5q3i7h3z W1gut:v38ns4 W1guq:v1dvxu8xslk W1gup:vs4qohh " +
  "W1guo:v5k1pq4bz W1gui:v6e63nvv0n7s W1guf:v18l1o7hbls W1gue:b1gub+0 W1gub:vs98xqpcao W1gry:v7np0dl7u8fn W1gqn:v230kkp9s " +
  "W1gqm:vt W1gqe:v1dvvxu2gq6 W1gpv:v4cjse W1gmv:b1gx9+0 W1gmc:v1dvxug0u80 W1gm3:v1dvxug0u80 W1gm1:ls6k8 W1glu:v1dvxug0u80 " +
  "W1glq:v1dvxug2i3k W1gkz:v1dvxug0u80 W1gkc:b1f3s+w W1gjl:v1dvxug0u80 W1gjd:b1gjf+w W1gjc:v1dvxug0u80 W1gj9:b1f3s+w " +
  "W1gj6:v1dvxug0u80 W1gj2:v1dvxug2i3k W1giw:b1ed5+g W1git:v2t W1gin:v1dvxugh1io W1gim:v3p162atms0 W1gik:l6j6g W1gii:l6j5c " +
  "W1gig:v1dvxug0u80 W1gif:b1ghs+w W1gib:bir4+0 W1gi6:vi34yrj4nh W1ghg:v1dvxug0u80 W1gh5:l6dg0 W1gh2:v33 W1ggw:v1dvxugh1io " +
  "W1ggv:v3p162atm0w W1ggt:l6j6g W1ggr:l6j5c W1ggp:v1a W1ggl:l6dg0 W1ggb:v1dvxugh1io W1gga:v3p162atl9s W1gg9:l6dg0 " +
  "W1gfn:b1gcd+w W1gf9:v1dvxugh1io W1gf8:v3p162atkio W1gf3:v1165nlngbl W1gf0:v1 W1gex:v1 W1geu:v1 W1ge8:v1dvxug0u80 " +
  "W1gdu:b1gg4+g W1gdj:v8cdmhws13lc W1gdc:v1 W1gd9:v1 W1gd3:v1dvxug0u80 W1gct:l6mxc W1gc3:b1g7f+g W1gbi:b1g8x+w " +
  "W1gb8:v1dvxugh1io W1gb7:v3p162atjrk W1gb1:v1165nlngbl W1ga9:v1dvxug0u80 W1g9y:v1dvxug0u80 W1g9n:v1dvxug0u80 W1g9d:l4fhs " +
  "W1g8n:v1dvxug0u80 W1g8k:b1g7f+g W1g7u:b1g3k+w W1g7j:v1dvxugh1io W1g7i:v3p162atieo W1g7h:l6dg0 W1g7g:v194io " +
  "W1g7c:v1165nlngbl W1g6g:v1dvxug0u80 W1g66:b1f5u+w W1g5v:v1dvxug0u80 W1g5k:b1g8w+w W1g5i:l6drk W1g5c:b1gcc+w W1g4s:v1 " +
  "W1g4m:v1 W1g4k:v1 W1g4e:v1dvxug0u80 W1g47:b1f5u+w W1g41:b1f5u+w W1g3o:b1f5u+w W1g3c:b1g3j+w W1g37:b1exz+g " +
  "W1g2z:v1dvxugh1io W1g2y:v3p162atfu8 W1g2w:l6j6g W1g2t:l6j5c W1g2f:b1bsc+0 W1g2d:b1bsg+0 W1g2c:l6dg0 W1g24:v1dvxugh1io " +
  "W1g23:v3p162atehc W1g21:l6j6g W1g1z:l6j5c W1g1w:l6dg0 W1g1r:v1dvxugh1io W1g1q:v3p162atdq8 W1g1p:l6dg0 W1g1h:l6drk " +
  "W1g1a:v1dvxugh1io W1g19:v3p162asxls W1g17:l6j6g W1g15:l6j5c W1g12:l6dg0 W1g0x:v1dvxugh1io W1g0w:v3p162aswuo W1g0q:l6drk " +
  "W1g0g:vp W1g04:b1fz9+g W1fzo:b1f4i+w W1fz5:v1dvxugh1io W1fz4:v3p162at7xs W1fz1:v3kl5xkuo2ge W1fyv:v1165nlngbl " +
  "W1fyr:b1f02+g W1fyp:b1fvy+w W1fym:vp W1fyi:v1dvxug0u80 W1fyh:v1dvxug0u80 W1fy8:b1fum+g W1fy7:b1fxd+g W1fxk:b1fvz+w " +
  "W1fx8:v1dvxugh1io W1fx7:v3p162at76o W1fx4:v2jjkfi44 W1fwz:v1165nlngbl W1fwt:v1dvxug0u80 W1fwm:b1f4i+w W1fwg:b1f4i+w " +
  "W1fw3:b1f4i+w W1fvs:b1fvy+w W1fvn:b1f02+g W1fvj:vp W1fvh:v1dvxug0u80 W1fv7:b1fuq+g W1fum:v1dvxugh1io W1ful:v3p162at6fk " +
  "W1fui:v95r W1fuc:b1f02+g W1fu9:vp W1fu7:v1dvxug0u80 W1ftx:b1ftg+g W1ftc:v1dvxugh1io W1ftb:v3p162at5og W1ft8:v95r " +
  "W1ft2:b1f02+g W1fsz:vp W1fsx:v1dvxug0u80 W1fsn:b1fs6+g W1fs2:v1dvxugh1io W1fs1:v3p162at4xc W1fry:vcv7aew W1frs:b1f02+g " +
  "W1frp:vp W1frn:v1dvxug0u80 W1frd:b1fqw+g W1fqs:v1dvxugh1io W1fqr:v3p162at468 W1fqo:v95r W1fqg:vp W1fq9:v1dvxug0u80 " +
  "W1fpi:b1fod+w W1fpb:v1dvxugh1io W1fpa:v3p162at3f4 W1fp8:v95x W1fp7:b1fod+g W1fod:v1dvxug0u80 W1fnw:v1dvxug0u80 " +
  "W1fnt:v3kq89z9qesl W1fnf:v1dvxug0u80 W1fnc:v968 W1fmy:v1dvxug0u80 W1fmv:v1a W1fmh:v1dvvxu9eg9 W1fme:v2jnpr29w " +
  "W1fly:v1dvvxu9eg9 W1flw:v1dvvxu9eg9 W1flt:v2jnpr2as W1flb:v1dvxug0u80 W1fl8:v96c W1fks:v1dvxug0u80 W1fkp:vcvy0dj " +
  "W1fka:v1dvxug0u80 W1fjs:v1dvxug0u80 W1fjb:v1dvxug0u80 W1fj8:v3ks5vpgh46l W1fiu:v1dvxug0u80 W1fir:vi3ykrrmnn " +
  "W1fid:v1dvxug0u80 W1fhw:v1dvxufzvck W1fht:v3kqzsgisjui W1fhd:v1dvxug0u80 W1fha:v1a W1fgu:v1dvvxu8227 W1fg9:v1dvxug0u80 " +
  "W1fg6:v96c W1ffq:v1dvxug0u80 W1ff5:v1dvxug0u80 W1ff2:v4jro90sz W1feo:v1dvxug0u80 W1fe7:v1dvxug0u80 W1fe4:vi2z1nyk51 " +
  "W1fdq:v1dvxug0u80 W1fd9:v1dvxug0u80 W1fd6:v2jk4bskw W1fcs:v1dvxug0u80 W1fcp:v2b W1fcb:v1dvxug0u80 W1fc8:vi2z45dhri " +
  "W1fbt:v1dvxug0u80 W1fba:v1dvxug0u80 W1fb7:v2b W1fat:v1dvxug0u80 W1faq:v3kq7q7azfxw W1fac:v1dvxug0u80 W1fa9:v1t5yd " +
  "W1f9v:v1dvxug0u80 W1f9s:v2b W1f9e:v1dvxug0u80 W1f9b:vi3oseit0y W1f8x:v1dvxug0u80 W1f8u:vi2z45e0z6 W1f8g:v1dvxug0u80 " +
  "W1f8d:v1bbvhoypnl W1f7z:v1dvxug0u80 W1f7w:v17fpywy1bi W1f7i:v1dvxug0u80 W1f7f:v3kl5ticmx67 W1f71:v1dvxug0u80 " +
  "W1f6y:v3kl5pibqyjt W1f6h:vi2z45e0yw W1f62:v1dvxug0u80 W1f5u:v1dvxug0u80 W1f5j:v1dvxug0u80 W1f5a:v1dvxug0u80 " +
  "W1f51:v1dvxug0u80 W1f4s:v1dvxug0u80 W1f4o:b1f02+g W1f4i:v1dvxug0u80 W1f4a:v1dvxug0u80 W1f42:v1dvxug0u80 W1f3x:b1fpi+g " +
  "W1f3t:v2b W1f3c:l4pio W1f35:v1dvxugh1io W1f34:v3p162at1hs W1f2w:b1f02+g W1f25:b1ewr+g W1f22:l5vps W1f1v:v3p162at04w " +
  "W1f1u:v1dvxugh1io W1f1t:v3p162at04w W1f1r:l6j6g W1f1p:l6j5c W1f1g:l6dg0 W1f1c:b1f14+g W1f13:b1f14+g W1f0y:vp " +
  "W1f0p:v1dvxug0u80 W1f08:v1dvxugh1io W1f07:v3p162aszds W1f05:l6dg0 W1ezy:l6dg0 W1ezs:b1ezq+g W1ezo:b1exz+g " +
  "W1ezg:v1dvxugh1io W1ezf:v3p162a9nvk W1eza:b1ez9+g W1ez7:bayd+g W1ez5:b1aiv+0 W1ez4:li3xs W1eyx:lgecw W1eyq:v3pysm " +
  "W1eyp:b1cy2+0 W1eyk:v1dvxugh1io W1eyj:v3p162asvhs W1eyh:l6j6g W1eyf:l6j5c W1ey5:v1dvxugh1io W1ey4:v3p162asuqo " +
  "W1exv:l6dg0 W1exe:v1dvxug0u80 W1ex1:l6dg0 W1ewr:v1dvxugh1io W1ewq:v3p162astds W1ewp:l6dg0 W1ewk:v1 W1ewi:v1 " +
  "W1ewh:b1ex4+g W1ew9:b1bsp+0 W1ew7:b1ewd+g W1ew2:v4jtm68nu W1ew0:v1dvxugh1io W1evz:v3p162ass0w W1evy:l6dg0 W1evv:b1eol+g " +
  "W1evo:b1evs+g W1evh:v1dvxugh1io W1evg:v3p162aaps0 W1evf:l6dg0 W1ev5:b1eol+g W1euy:v3p162aaof4 W1eux:v1dvxugh1io " +
  "W1euw:v3p162aaof4 W1euu:l6j6g W1eur:l6j5c W1euq:v4jro90qo W1eu7:v1dvxug0u80 W1eu0:v1dvxugh1io W1etz:v3p162aan28 " +
  "W1etu:b1eol+g W1et9:v1dvxug0u80 W1esr:v1dvxugh1io W1esq:v3p162aalpc W1esk:b1eua+g W1esa:b1f2m+g W1es8:b1eua+g " +
  "W1erx:v1dvxug0u80 W1erk:b1eq7+g W1erb:v3p162aakcg W1era:v1dvxugh1io W1er9:v3p162aakcg W1er7:l6j6g W1er4:l6j5c " +
  "W1eqq:v1dvxug0u80 W1eqj:v3p162aaizk W1eqi:v1dvxugh1io W1eqh:v3p162aaizk W1eqf:l6j6g W1eqd:l6j5c W1eqc:l6dg0 " +
  "W1epw:b1eq7+g W1epp:v4jrkcjy8 W1epl:b1eqt+g W1epb:v4jrkcjy8 W1eow:v1dvxug0u80 W1eon:v1dvxugh1io W1eom:v3p162aahmo " +
  "W1eoa:b1eoz+g W1eo3:v4jrkcjy8 W1eo0:v38oss W1enz:b1eoz+g W1enq:v1dvxug0u80 W1enp:v38m7w W1enh:b1en8+g W1en4:b1en8+g " +
  "W1emx:v1dvxugh1io W1emw:v3p162aag9s W1emu:l6j2o W1emt:l6dg0 W1emo:b1emr+g W1emk:b1emb+g W1em6:b1emb+g W1elw:v3p162aadww " +
  "W1elv:v3p162aadww W1elu:v3p162aadww W1elt:v1dvxugh1io W1els:v3p162aadww W1elq:l6j2o W1elh:b1elq+g W1elb:v1 W1el9:v1 " +
  "W1el8:b1ek2+g W1ekw:v3p162aack0 W1eku:v1dvxugh1io W1ekt:v3p162aack0 W1ekr:l6j2o W1ekl:v38l7o W1ekb:v1dvxug0u80 " +
  "W1ek3:v3p162aab74 W1ek2:v1dvxugh1io W1ek1:v3p162aab74 W1ejz:l6j2o W1ejt:v8ww4rk W1ejj:v1dvxug0u80 W1ejb:v3p162aa9u8 " +
  "W1eja:v3p162aa9u8 W1ej9:v1dvxugh1io W1ej8:v3p162aa9u8 W1ej6:l6j2o W1ej5:l6dg0 W1eix:b1h60+0 W1eim:b1e8u+g " +
  "W1eid:v3p162aa7b4 W1eia:v3p162aa7b4 W1ei9:b1elt+g W1ei7:v3p162aa7b4 W1ei6:v1dvxugh1io W1ei5:v3p162aa7b4 W1ei3:l6j2o " +
  "W1ehs:b1el7+g W1ehl:b1ehm+g W1ehi:v2b W1ehc:v1dvxugh1io W1ehb:v3p162aa5y8 W1eh9:l6j6g W1eh7:l6j5c W1eh6:v3pysm " +
  "W1eh5:v2h1b12rmmg9 W1egr:v1dvxugh1io W1egq:v3p162aa4lc W1egn:l6j6g W1egl:l6j5c W1egk:v1dvxug0u80 W1egj:v3kist8api0e " +
  "W1eg5:v1dvxugh1io W1eg4:v3p162a9rxc W1eg2:b1efn+w8 W1eg0:b1efn+v4 W1efy:b1efn+u0 W1efw:b1efn+sw W1efu:b1efn+rs " +
  "W1efs:b1efn+qo W1efq:b1efn+pk W1efp:l6dg0 W1efo:v2jjjx6jp W1efm:b1c7n+0 W1ef4:b1bso+0 W1ef2:b1bpw+0 W1ef0:b1bsn+0 " +
  "W1eey:v6e4623v8dar W1eex:b1bq1+0 W1eew:l6dg0 W1eel:l6dg0 W1ee2:bgtv+0 W1ee0:bgtu+0 W1edy:b1bpx+0 W1edw:b1bpv+0 " +
  "W1edu:b1bs6+0 W1eds:b1bsk+0 W1edq:b1bs7+0 W1edo:b1bsb+0 W1edn:b1e8u+g W1edg:v1dvxugh1io W1edf:v3p162a9qkg W1edd:l6j6g " +
  "W1eda:l6j5c W1ed6:vbv3m W1ed4:v2b W1ed3:l6dg0 W1ed1:b1ed0+g W1ecu:v1dvxugh1io W1ect:v3p162a9ptc W1ecr:l6dg0 W1ecp:v2b " +
  "W1ecn:b1ecl+g W1ecl:b5d4+g W1eca:v1dvxugh1io W1ec9:v3p162a9p28 W1ec7:l6j2o W1ebt:b1f1u+g W1ebr:v3p162a9n1c " +
  "W1ebp:v1dvxugh1io W1ebo:v3p162a9n1c W1ebm:b1ebd+rs W1ebk:b1ebd+qo W1ebi:b1ebd+pk W1eb9:b1ecl+g W1eb2:v2b W1eax:l6drk " +
  "W1eag:bdlw+g W1e9t:v1dvxu8xmj7 W1e9s:v1dvxugh1io W1e9r:v3p162a9ma8 W1e9p:vciqv379da W1e9n:v12rpd5snxt W1e9g:v1dvxugh1io " +
  "W1e9f:v3p162a9lj4 W1e91:v1dvxugh1io W1e90:v3p162a9ks0 W1e8x:l6j00 W1e8v:vi332rv983 W1e8r:v8kvv73cyre5 W1e8l:v4jss7e9t " +
  "W1e8a:v2b W1e89:v2b W1e72:v1jazj W1e6x:v1x3ji W1e6m:v1dvxug0u80 W1e6l:v1dvxug0u80 W1e6k:v1dvxug0u80 W1e6e:v3sc4mfx0z8o " +
  "W1e6d:bbqb+g W1e6c:v1dvxug0u80 W1e69:v1z14ezx W1e5r:v8kvv73cyre5 W1e28:lr32o W1e1i:b1ebd+g W1e18:l6dg0 W1dzb:v4cjse " +
  "W1dy0:v1dvvxu8227 W1dxq:v4cjse W1dx8:v1bbvhoypnl W1dwm:v4jsrtcvs W1dwh:v3pysl W1dwg:v2b W1dwe:v4qkvi W1dwd:v1dvvxu8227 " +
  "W1dvp:v38lt0 W1dvn:v2b W1dvm:v2b W1dvg:v2b W1dv9:v2b W1dv2:lrfzs W1dv1:v4jsrtcvs W1du8:l6dg0 W1dtn:l6dg0 W1dta:l6dg0 " +
  "W1drz:v38m04 W1dry:b1e8l+g W1dru:b1egi+g W1drl:vwgcr9q4in W1drh:v2t W1drg:v7ng0uhujdrj W1dre:lsoso W1drd:l4axc " +
  "W1drc:lrg2g W1dra:v2b W1dr9:v13hybrbg W1dr6:v2b W1dr5:vo W1dr2:v32 W1dqz:b1dr0+0 W1dqy:lr1v4 W1dqr:v8yo4ad2cwh0 " +
  "W1dqq:v6dpofe5i W1dqp:vmzw W1dqn:v4jrp6qdd W1dqi:lsagw W1dqg:lqwz4 W1dqe:vciqv379da W1dqd:b1dqg+g W1dq8:b1lih+0 " +
  "W1dq5:b1qqd+0 W1dpy:lqj2o W1dpx:v1a W1dpp:bhw3+0 W1dpo:v6e1aczq6znk W1dpn:v19 W1dpk:lry48 W1dpi:lrzbk W1dpc:v7t52dav8ol0 " +
  "W1dp5:v4jro90uv W1dp1:v4jro90uv W1dp0:v8vtlt177j39 W1dow:v4jro90uv W1dor:v4jro90uv W1doq:v6bsb0kfm W1dom:v4jro90uv " +
  "W1dol:v7ynt79zcj8u W1doh:v4jro90uv W1dog:v69pnp305 W1do4:v4jro90uv W1do0:v4jro90uv W1dnz:v13jhnyn86m W1dnv:lrwk0 " +
  "W1dnp:lrfyw W1dnn:v4jro90uv W1dnm:v3pyt0 W1dng:v4jro90uv W1dnf:vqgnhwl W1dnb:vigi W1dna:v4jro90uv W1dn9:v6bop4e3w " +
  "W1dn3:v4jro90uv W1dmx:v4jro90uv W1dmw:v3ygrm W1dms:v4jro90uv W1dmr:v3yich W1dml:v4jro90uv W1dmg:v4jro90uv W1dmf:v3ygrm " +
  "W1dmb:v4jro90uv W1dm7:ljka8 W1dm3:v4jro90uv W1dm2:vw0ns6h W1dlw:v4jro90uv W1dlv:v3yh61 W1dlp:v4jro90uv W1dlo:v3ygrm " +
  "W1dlk:v4jro90uv W1dle:v4jro90uv W1dld:v3d W1dl9:v4jro90uv W1dl4:v4jro90uv W1dl3:v33 W1dkz:v4jro90uv W1dky:v2s " +
  "W1dku:v4jro90uv W1dkp:v4jro90uv W1dkl:v4jro90uv W1dkk:v4 W1dk8:v7cbs5xpijbz W1dk4:v1165nc1snz W1dk0:v18zww W1djx:ls2a0 " +
  "W1djv:v38lul W1dju:v25az4 W1djo:v4jrybfr0 W1dji:v719n7gu8i W1djf:b1dj9+0 W1djd:vf277k W1dj9:v7t3uytljq0j W1dj8:v5k4gy53z " +
  "W1dj7:b1dj9+0 W1dj4:v1kqr4 W1dj2:b1dj5+0 W1diz:l64nk W1dix:b1djh+0 W1div:v6e1fuawp2ec W1diu:v2b9u9esodtv W1diq:v586el4l5 " +
  "W1dik:lql4g W1dii:v38l4w W1dic:v38l4w W1di9:b1bta+0 W1di8:vcvft6h W1di4:v2b W1di0:vmzn W1dhz:b1di0+0 W1dhq:b1cxc+0 " +
  "W1dho:lp7cg W1dhi:bneo+0 W1dhe:l4awg W1dh1:v3x0tu W1dh0:v8vue32wws4v W1dgy:v7t52djqoprj W1dgx:v1bba99vsdr " +
  "W1dgw:v5xuddnxl W1dgv:v5i38l6r9 W1dgu:v6bu8jn1b W1dgt:v6bu8jn1b W1dgs:v8vx44zg54dw W1dgq:vs5d276 W1dgj:v2n W1dgg:v8zy3hc " +
  "W1dgd:v4k01h1g3 W1dgb:vcc0 W1dg8:b1dg9+0 W1dg6:b1dff+g W1dg4:v7t52djo85cw W1dg2:vepzad1 W1dg1:v1q W1dfr:v6e1tzcsimtc " +
  "W1dfq:vz55c W1dfn:lkihc W1dfh:lr1v4 W1dff:lqryo W1dfe:v2w W1df4:v194io W1df3:v5zuioho4 W1df2:vk19 W1df1:v6bop2xym " +
  "W1dez:lovu8 W1dex:v3x0tw W1des:v3ufhk5k8 W1der:vcc0 W1deo:llxw0 W1dem:vrv3nmx W1del:v1rwupeuh W1dei:v1q W1def:v3ygs0 " +
  "W1deb:b1deu+0 W1de9:v11zd75wlf0 W1de8:l6dg0 W1ddv:v48www72w W1ddu:v5k47jnn8 W1ddr:vk18 W1ddh:vk1c W1ddd:v6e4ma429x18 " +
  "W1ddc:v9g5lia W1dd9:ll3n4 W1dd3:b1l2r+0 W1dd2:lrfzs W1dd1:v4jro90uv W1dcv:v3pg0v W1dcu:v3kl5xkuo2ge W1dct:b1l48+0 " +
  "W1dco:v4jro90uv W1dcj:v2jjkfi44 W1dcd:v4jro90uv W1dc8:v95r W1dc2:v4jro90uv W1dbx:v95r W1dbq:v4jro90uv W1dbp:v3pyt4 " +
  "W1dbl:vcv7aew W1dbe:v4jro90uv W1db9:v95r W1db2:v4jro90uv W1das:v1rdwhvyi W1dao:b1jkb+g W1dak:lrb3k W1dag:v4jrp6qnr " +
  "W1daf:vv4xi5 W1dae:vs98h8tyiy W1dac:lqxow W1dab:lpfbk W1da7:v6e1tveqbxfk W1da6:v5xg W1da0:v4jrkcjy8 W1d9w:b1d9x+0 " +
  "W1d9p:v8fpjwswlj7 W1d9m:v17fgvs7alo W1d9d:v1m W1d9b:v9cjdaxqb8tg W1d97:lql4g W1d95:v95w W1d92:v4jrz6c1p W1d91:v13cuo " +
  "W1d8x:v4js95xml W1d8w:vb W1d8r:b1bs9+0 W1d8p:vw W1d8k:v42ztftgg W1d8h:ls8ww W1d8e:lpfbk W1d8d:vw W1d8a:vtpsz67eopa8 " +
  "W1d89:vuenz290wk W1d87:v18lma5tmr2 W1d85:v3yply05h W1d83:v6d6 W1d7v:v194io W1d7u:b1d7v+0 W1d7r:v9zc W1d7o:bks4+0 " +
  "W1d7k:v6e1tvetj400 W1d7g:bko0+0 W1d7f:bks4+0 W1d78:v6bp995jz W1d75:v38l7o W1d71:v38l7o W1d6x:v38l7o W1d6w:v2tas0 " +
  "W1d6n:v8ww4rk W1d6k:v4i4pt W1d6i:vw0xjky W1d6g:v18yvrn5zz9 W1d6e:v18z3n7u15r W1d67:v38pl8 W1d5z:v38pl8 W1d5w:vcc0 " +
  "W1d5u:ll3n4 W1d5s:b1d5t+0 W1d5n:b1d67+0 W1d5l:v4jrp6qhj W1d5k:v22 W1d5g:b1d5h+0 W1d5e:v4jrz6bvb W1d5d:v22 " +
  "W1d5a:v2h1b12rmmg9 W1d59:b1d5a+0 W1d56:vko5tsb W1d54:b1cy1+0 W1d51:l4awg W1d4u:v3pysz W1d4s:ls1c0 W1d4r:vrutwm9 " +
  "W1d4m:v18l2iqlaan W1d4k:b1d27+0 W1d4h:v7t3hrd2w76p W1d4f:lrg0o W1d4b:v3pyst W1d47:b1d48+0 W1d41:lr1v4 W1d3r:v2b " +
  "W1d3o:vb3w4yw W1d3n:v3pysy W1d3l:lry48 W1d3i:b1bps+0 W1d3g:v6e1aczq6znk W1d3f:vb9k W1d3c:b1d25+0 W1d39:v4p5r8y9j0no " +
  "W1d36:b1d25+0 W1d34:v6e280hdb56o W1d33:va W1d32:viu7 W1d30:b1d25+0 W1d2y:v4jrkcjy8 W1d2t:b1d25+0 W1d2s:v38l7o " +
  "W1d2q:v2fptc W1d2o:lh7ww W1d2j:v4jrkcjy8 W1d2h:v2w W1d2e:b1d2f+0 W1d2d:b1d25+0 W1d2b:v4jro90qo W1d25:vqgnek4 " +
  "W1d21:v8vs1er6lch1 W1d20:lcynk W1d1v:b1kyg+0 W1d1t:v18 W1d1s:viu7 W1d1k:v2vpl4st4 W1d1j:v89rb3j4umwk W1d1i:v46wrz " +
  "W1d1g:lq3cg W1d1f:b1cxq+0 W1d1d:vbf467n W1d1c:l4awg W1d1a:v6e1fueqs64h W1d18:v3f7o33hh W1d15:b1bq4+0 W1d13:b1d1m+0 " +
  "W1d0v:ll4k0 W1d0s:v7cbrs15ctb7 W1d0q:lry48 W1d0p:ls09s W1d0n:v1m W1d0j:v4gorr W1d0h:vw0xmcj W1d0g:b1d0o+0 " +
  "W1d0e:v5caaking W1d0a:v7ng0uhujdrj W1d04:v38l86 W1d03:ls7b4 W1d00:vw0w5et W1czy:b1czn+0 W1czx:b1ccb+0 W1czv:v6cg " +
  "W1czs:vemr15 W1czr:v8e5fh5esjn W1czm:v37 W1czi:ls1h4 W1cz8:lozw0 W1cz6:ls060 W1cz4:v38l4w W1cz2:v3d W1cz0:lq3cg " +
  "W1cyy:v38l7o W1cyw:vhbrkoo W1cyu:lq3cg W1cyk:v4i54f W1cyi:l9kgg W1cyb:v7cbs7wgiu7o W1cy3:lryxs W1cy2:v2n W1cxv:l6dg0 " +
  "W1cxq:vu34m0f W1cxn:v781tlm W1cxm:v2n W1cxl:vzl23og W1cxc:v11zd75wodf W1cx9:vpcuovm W1cx7:v38l7o W1cx5:vhbrkoo " +
  "W1cwz:vhbrkoo W1cww:b1cwx+0 W1cwv:lpfdc W1cwq:lsfdc W1cwm:v2n W1cwe:vcn3du62cy W1cwd:v38l7o W1cwc:v2b00g W1cwb:vhbrkoo " +
  "W1cw9:b1ca1+0 W1cw5:v38l7o W1cw4:vb2u W1cw3:vhbrkoo W1cw0:v8ww4rk W1cvr:b1ky3+0 W1cvq:v4jrkcjy8 W1cvk:v38l7o " +
  "W1cvj:v4jor7 W1cvg:loa0g W1cve:v6e1aczq6znk W1cvd:v1k8gg W1cvc:v7cbrvzs56r8 W1cva:lrzfc W1cv7:vgrt284h5d W1cv6:vqgnhww " +
  "W1cv3:lrfzs W1cv1:l6dg0 W1cus:b1cuu+g W1cun:l6dg0 W1cul:vb3w4yw W1cui:lry48 W1cuh:b1byh+0 W1cua:l6dg0 W1cu7:v586epcv5 " +
  "W1cu3:v2b W1cu2:v12zk99x782 W1cu1:v3pysx W1cts:b1buw+0 W1ctr:v6e1fuh2o741 W1ctq:vchybl9 W1ctn:lrei8 W1ctg:b1lip+0 " +
  "W1ctf:v4js8b146 W1ctd:v586el20l W1ctb:lry48 W1cta:bgtu+0 W1ct7:v13doi W1ct4:bfy9+0 W1ct0:v4jrkcjy8 W1csw:v6e1aczq6znk " +
  "W1csu:v3pysy W1cso:v38l4w W1csn:v8w8 W1csm:v3pyso W1csj:lrxo8 W1csh:v4jrkcjy8 W1csf:v2n W1csd:lrxo8 W1csa:v7s10fx " +
  "W1cs9:vszdaif W1cs1:lpf9s W1crw:b1cke+0 W1crv:v6e1fugsolq9 W1cru:v1q W1crr:v95x W1crq:v6e1fugsolq9 W1crp:v3qdjhpui " +
  "W1cro:v1q W1cri:vk1c W1crh:b1h6g+0 W1crd:b1qul+g W1crc:v2b W1cra:v7cbs5uxh27d W1cr8:ls8ko W1cr5:v38l7o W1cr4:vb2s " +
  "W1cr0:vi2z5a8t9c W1cqz:b1cr5+0 W1cqv:v2n W1cqp:b1cqq+0 W1cqn:v6e1aczq6znk W1cqm:v2cbuq W1cqi:b1cmi+g W1cqg:v5k5buhr9 " +
  "W1cqf:b1h6g+0 W1cq9:v6e280hdb5h8 W1cq5:li3sg W1cq1:v8p5 W1cq0:v1165nc38fm W1cpy:lry48 W1cpu:vpdqu0xr68 W1cpm:b7ft+0 " +
  "W1cph:lczww W1cpf:vqgnhwv W1cpb:v3pysy W1cp7:v7cbrg6zaxr9 W1cp4:v6e1aczq6znk W1cp0:lry48 W1coz:ls3u0 W1cox:v4jrkck1m " +
  "W1cow:v586f3dyd W1cot:v4jrkcjy8 W1cor:v14pkzpc9dl W1cok:v38l4w W1coj:v11 W1cog:ls8ko W1cof:b1byh+0 W1coe:v6e1fugopbsx " +
  "W1cod:v38l5isra W1co9:b1coe+0 W1co5:v586f65pq W1co1:lryr4 W1cnz:lsdc8 W1cnq:v6e1fuathw2f W1cnk:v586f4qcp W1cni:lry48 " +
  "W1cnh:b1chk+0 W1cnd:vibxhvma4w W1cna:lr1ww W1cn8:bl3k+0 W1cn7:lrfzs W1cn1:lr1ww W1cmz:ls7rk W1cmw:vq5p3sgjbk W1cmv:vcc0 " +
  "W1cmt:lhdio W1cmq:lsfdc W1cmj:b1c76+0 W1cmi:b1c76+0 W1cmc:v6cg W1cmb:v37 W1cm9:v2r W1cm5:lsoso W1clt:lrxo8 W1clp:v2d7vgv " +
  "W1clo:v2n W1cli:v38l7o W1clh:vaac W1clg:vhbrkoo W1cld:b1bt1+0 W1cl1:v6e1aczq6znk W1cl0:v1h W1ckx:lrxo8 W1cku:v2wn4wohc " +
  "W1ckr:lrxo8 W1cko:v4jst53yr W1ckk:lry48 W1ckj:ls1c0 W1ckg:v1q W1cke:v8vv67dxwvho W1ckd:b1cke+0 W1cka:b1cki+0 W1ck8:ls93c " +
  "W1ck2:v4jrkcjy8 W1ck0:v2n W1cjt:v3f73zn8j W1cjs:vcc0 W1cjp:bj8h+0 W1cjk:v1i W1cje:v4jrkcjy8 W1cjd:vdbsw1c W1cj8:v2b " +
  "W1cj5:vic5e02hg0 W1cj4:v586f3er8 W1ciy:b2d4+0 W1ciu:vtpsz67eopa8 W1cir:v9fyko2 W1ciq:v586f3er8 W1cin:lrek0 W1cil:b2d4+0 " +
  "W1cij:b5i+0 W1cie:lip00 W1ci7:vqp5r2sg W1ci6:viu7 W1ci2:v1165nm70q4 W1ci1:lrek0 W1ci0:vjtt W1chz:v1rx4yxb4 W1cht:viu7 " +
  "W1chm:vmlh W1chi:v4jrkcjy8 W1chd:l9kgg W1ch2:ll4k0 W1ch0:vb W1cgx:looc0 W1cgt:v38lfg W1cgr:viu7 W1cgp:lpfbk " +
  "W1cgn:v4jry8qdo W1cgm:v3y8tz6dz W1cgl:v3f7o33hh W1cgf:b1cgo+0 W1cgd:v4jro90sz W1cgc:v1na7diq4 W1cg9:lry48 W1cg8:ls1c0 " +
  "W1cg2:b1bsf+0 W1cfy:v18z7lt38f7 W1cfw:b1bse+0 W1cfo:v9vs W1cfc:v38l7o W1cf3:b14un+0 W1cf1:v9vs W1ceo:v38l7o " +
  "W1cen:vun7rf2n W1cei:b2d4+0 W1ceg:v8ww4rk W1cec:lm2k0 W1ce6:v2h1b12shg68 W1ce4:v99ogofq8axx W1ce2:v2t W1cdz:b1bvq+0 " +
  "W1cdv:loa0g W1cdn:v586f67oi W1cdd:v6e1fuathw2f W1cdc:v781tlm W1cd9:b1bsp+0 W1cd3:b1cce+0 W1cd2:ls1c0 W1cct:b1l48+0 " +
  "W1ccs:v38lfg W1ccr:v43rkc2vk3 W1cco:ls8ko W1ccm:b1bth+0 W1ccl:v96b W1cck:b1bt6+0 W1cch:v2b9u9esodtv W1ccf:v3k " +
  "W1ccd:v4i6b2 W1ccc:lry48 W1cca:v7cbs7y4ezxd W1cc9:ls1c0 W1cc7:v6e1fugopbsx W1cc6:v4a6mi9es W1cc3:ls8ko W1cc1:v96b " +
  "W1cbz:v2j48gspw W1cby:lh9f4 W1cbw:b1gw7+0 W1cbu:ls8hk W1cbp:v2b W1cbn:vqgnhww W1cbj:ls1h4 W1cbe:v3pysy W1cb8:viu7 " +
  "W1cb3:lry60 W1cb2:v32b7y W1cb1:vqgniax W1caz:v6dq7mj5e W1cay:v38 W1cav:v2n W1cat:v586f66ox W1cal:v2h1b12rmmg9 " +
  "W1caj:bn9r+0 W1caf:b1h6g+0 W1cac:v5jc W1ca9:ls1h4 W1ca7:v3kist8api0e W1ca3:v6e1aczq6znk W1c9w:vhv9gpa7k W1c9v:v2t " +
  "W1c9t:lp8k0 W1c9s:ls7b4 W1c9q:l4axc W1c9l:v4gqxx W1c9k:v38m1p W1c9j:v2m5sg W1c9d:v1kqxx W1c9c:v1p W1c9b:lsd4g " +
  "W1c91:v6e1aczq6znk W1c90:v2nkcw W1c8v:b1c7q+0 W1c8t:v4jrkcjy8 W1c8n:b1c7q+0 W1c8k:va9xcth W1c8g:b1c8h+0 W1c8b:v96b " +
  "W1c89:l4awg W1c87:v4jro90qo W1c86:v4gn5 W1c85:v2e0g1wjppgf W1c81:v13j1vpnxbj W1c80:ls608 W1c7x:v2hy5ymjoy0d W1c7t:v6es " +
  "W1c7r:b1gv9+0 W1c7k:v7cbrk96ku3o W1c7j:b1c7q+0 W1c7i:v2jjjx6jp W1c7f:v3053031q0x3 W1c75:b1c76+0 W1c74:v6e1fugsolq9 " +
  "W1c73:v3kei8dn7 W1c72:voc6ja0sby W1c6z:v3kl5xkuo2g1 W1c6y:v2jnfzyb4 W1c6v:b1c75+g W1c6t:vl5lxh6gw W1c6s:v1znww " +
  "W1c6q:v6cg W1c6n:v38l4w W1c6i:b1bwn+0 W1c6f:vcc2 W1c6d:lrx20 W1c65:bfy9+0 W1c64:lrei8 W1c62:vcv4ige W1c61:l64nk " +
  "W1c5y:v2krsddsb W1c5w:ls8ko W1c5v:b1bwb+0 W1c5t:ls8s0 W1c5s:v6e1fugopbsx W1c5r:v3gh9z1g6 W1c5o:ls8ko W1c5n:b1btk+0 " +
  "W1c5l:v1a W1c5i:b1c5t+g W1c5a:vf7gqg6fh0 W1c58:lmpgw W1c56:v95x W1c52:vl5lxh6gw W1c51:v1znww W1c4w:vl5lxh6gw " +
  "W1c4v:v1znww W1c4q:vl5lxh6gw W1c4p:v1znww W1c4k:vl5lxh6gw W1c4j:v1znww W1c4g:vciqv379da W1c4f:v37 W1c4c:b1gv1+0 " +
  "W1c46:v3pyt3 W1c40:vjtx W1c3x:ld8eo W1c3w:l64nk W1c3r:b1gut+0 W1c3k:ls2ko W1c3j:vnzi W1c3i:v2n W1c3g:v4jrkcjy8 " +
  "W1c3e:viu7 W1c3b:lry48 W1c38:v1lt9h W1c34:l64nk W1c2x:v7cbrvzs56r8 W1c2v:b1bzz+0 W1c2s:b1j39+0 W1c2p:lmgxc W1c2l:v3pyst " +
  "W1c2g:b1bzz+0 W1c2e:vl5lxh6gw W1c2d:v1165ldntd4 W1c26:vl5lxh6gw W1c25:v1v W1c24:v1165ldntd4 W1c1x:v38m78 W1c1r:v38les " +
  "W1c1k:bgtu+0 W1c1i:vl5lxh6gw W1c1h:v1j W1c1d:lqxn4 W1c1b:viu7 W1c18:v4y0 W1c13:v4jrkck1m W1c12:v2un3cv5wqwq W1c0y:lr32o " +
  "W1c0u:vl5lxh6gw W1c0t:v7cbs7tydhkk W1c0s:vqgni3p W1c0l:vl5lxh6gw W1c0d:v18lma5tmqt W1c08:v38l7o W1bzx:b1bzz+0 " +
  "W1bzs:vciqv379da W1bzr:vs538f5 W1bzm:v4jrp6qhj W1bzg:v4jrp6qhj W1bza:lrb3k W1bz7:vk18 W1byw:lqxn4 W1byt:b1byv+0 " +
  "W1byq:b4jy+0 W1byp:vi332rv983 W1byi:v3x0tn W1byh:vqgmve0 W1byc:v2t W1by9:v4jro90qp W1by8:v3f7o33hh W1by6:v7qe18lmaaud " +
  "W1by2:vk1c W1by1:b1by2+0 W1bxz:v6e5q6lk04sz W1bxy:v132lb40vok9 W1bxx:v3f7o33hh W1bxw:v1q W1bxt:b1bpy+0 W1bxr:v1dvvxsyj50 " +
  "W1bxo:v26yolf5s W1bxn:v2t W1bxl:b1bxh+0 W1bxk:v25ltappsn8h W1bxi:vvr29nl W1bxh:v4g4tu W1bxc:v37 W1bx9:v4jrzvmas " +
  "W1bx8:vuwi3b W1bx6:v1t456hym W1bwz:lpfbk W1bwx:b1bx9+0 W1bwv:vw W1bws:bigk+0 W1bwr:v6e1aczq6znk W1bwq:v52oaafsi5 " +
  "W1bwl:b1bwm+0 W1bwf:los5s W1bwa:b1bw4+0 W1bw9:v4jrkck0j W1bw8:b1bw9+0 W1bw5:v4jro90qo W1bw4:vs5egrn W1bw2:vmst " +
  "W1bw1:vmst W1bvu:v6e1v7czl88x W1bvs:vw0qm3l W1bvo:v1165nlq99d W1bvm:ls5ig W1bvg:v12qtta4kf9 W1bva:v19i05 W1bv9:vw " +
  "W1bv8:v2hxdweg1n5g W1bv2:v194io W1buz:vs W1bux:v2s W1buw:v1165nhpkz6 W1bun:v2b W1bum:v13hybyj0 W1bui:ls8ww W1bub:v4i51c " +
  "W1bu9:v194io W1bu7:v1dvvxsyi30 W1bu6:v2cgjgroe4 W1bu4:v8vue32wwqcs W1btw:lrfzs W1btu:v38m78 W1btt:v24y9b8ku W1btq:bfy9+0 " +
  "W1btk:v46ued W1bth:v4jjol W1bte:vud8hfq W1bta:v6bnkz0ap W1bt6:v19dmfcc6sn W1bt3:v4jrp6qfn W1bt2:vb3qsjk W1bt1:v6drbqlim " +
  "W1bst:v2jjtzfj8 W1bsq:b1bsr+0 W1bso:v2s W1bsn:v37 W1bsm:v3wowz6f7 W1bsh:v3yhkp W1bsf:v8vue32xuaub W1bse:v6bp98z8j " +
  "W1bsc:v3x0tu W1bs9:v5vvvw483 W1bs6:v5o2th3sk W1bs5:v18tke6jwis W1bs3:v6boemkj0 W1brw:v8vt72bjub1h W1bru:vvqo8dh " +
  "W1brt:v3yhkp W1brl:v38 W1brj:vk18 W1bri:v4ixys W1bre:v4jhih W1br9:v5i5qls2a W1br8:v4jjnt W1br6:v6ljuan9l W1br5:v6dmmbhom " +
  "W1br4:v99oh48j9mwz W1br3:v6bopcwn6 W1br2:v18llej5hdt W1bqe:v18l2gs5w81 W1bqb:v4jhw3 W1bq9:vs53b79 W1bpy:vk85 " +
  "W1bpw:v3yich W1bpt:v1dvxug0u80 W1bps:v1dvvxu8uw4 W1bpn:v12rpd5snxt W1bpk:v1dhxoui25o W1bnb:v12rpd5snxt W1bn0:l64nk " +
  "W1bmv:b1gui+0 W1blz:v1x3ji W1blr:v17fqbm2g6x W1bl8:vm0j W1bko:v1dvxug0u80 W1bit:vp W1big:v1dvxugh1io W1bif:v3p162asmds " +
  "W1bi5:b1bf6+g W1bi2:vp W1bho:v3p162asl0w W1bhm:v1dvxugh1io W1bhl:v3p162asl0w W1bhk:l6dg0 W1bhf:v2h1b12rmxdh " +
  "W1bhd:b1bi2+g W1bh3:vp W1bgj:v3p162asjo0 W1bgi:v1dvxugh1io W1bgh:v3p162asjo0 W1bgg:l6dg0 W1bfu:b1bfc+g W1bfs:b1bel+g " +
  "W1bfr:b1b32+g W1bfn:vp W1bf9:v3p162asib4 W1bf6:v1dvxugh1io W1bf5:v3p162asib4 W1bf4:l6dg0 W1bez:v194io W1bei:v1dvxugh1io " +
  "W1beh:v3p162asgy8 W1bef:l6j6g W1bed:l6j5c W1bec:vi3avu4pjn W1bdy:b1bdh+g W1bdw:b1b6y+g W1bdv:l6dg0 W1bdr:vp " +
  "W1bde:v1dvxugh1io W1bdd:v3p162asflc W1bda:v2h1b12rmx5x W1bd1:b1b32+g W1bcy:vp W1bcl:v1dvxugh1io W1bck:v3p162ase8g " +
  "W1bci:l6dg0 W1bcc:b1bb1+g W1bc9:vp W1bbu:v1dvxugh1io W1bbt:v3p162ascvk W1bbr:l6dg0 W1bbl:b1bb1+g W1bbj:vp " +
  "W1bb5:v1dvxugh1io W1bb4:v3p162asbio W1bat:b1b32+g W1bar:vp W1bae:v1dvxugh1io W1bad:v3p162asa5s W1baa:vciqv379ca " +
  "W1ba1:b1b4p+g W1b9z:vp W1b9m:v1dvxugh1io W1b9l:v3p162as8sw W1b99:b1b32+g W1b95:vp W1b8p:v3p162as7g0 W1b8m:v3p162as7g0 " +
  "W1b8l:v1dvxugh1io W1b8k:v3p162as7g0 W1b8e:v96a W1b8b:b1bsr+0 W1b85:vp W1b7p:v3p162as634 W1b7m:v3p162as634 " +
  "W1b7j:v1dvxugh1io W1b7i:v3p162as634 W1b7h:v38lfg W1b7c:v2b W1b78:b1b3s+g W1b6v:v1dvxugh1io W1b6u:v3p162as44g W1b6s:l6j6g " +
  "W1b6p:l6j5c W1b6l:l6dg0 W1b6c:v1dvxugh1io W1b6b:v3p162as2rk W1b69:l6j6g W1b66:l6j5c W1b65:vfceoi98wv W1b5u:v1dvxugh1io " +
  "W1b5t:v3p162as1eo W1b5r:l6j6g W1b5o:l6j5c W1b5n:v96b W1b5e:vp W1b4y:v1dvxugh1io W1b4x:v3p162as01s W1b4v:l6j6g " +
  "W1b4t:l6j5c W1b4r:l6dg0 W1b4q:v1a W1b4i:b1b3e+g W1b4f:v38l7o W1b4b:l6dg0 W1b46:vw0i4x8 W1b45:vw0i4x8 W1b44:v4js887i9 " +
  "W1b42:b1b2v+g W1b41:v4js887i8 W1b3x:vp W1b3b:v1dvxugh1io W1b3a:v3p162arzao W1b38:l6j6g W1b36:l6j5c W1b34:l6dg0 " +
  "W1b33:vcvzhid W1b2z:b1b64+g W1b2u:b1b5m+g W1b2r:b1b2s+g W1b2j:l6dg0 W1b2e:vw0i4x8 W1b2d:vw0i4x8 W1b2a:b1b2c+g " +
  "W1b29:bayz+g W1b26:ld8eo W1b1m:bayz+g W1b17:v1165nvsoyt W1b11:v7cbs5uxphlx W1b0v:v2b W1b0t:v1165nvsmzt W1b0i:v6d58 " +
  "W1b0e:v38l4w W1b0d:v2gs7xqbn3f7 W1b09:v4jro90uv W1b02:v18zww W1azy:v38l7o W1azu:vwax8xf W1azt:b1azu+0 W1azr:v2h1b12rmxdh " +
  "W1azk:v1a W1azi:vhsj50g W1azh:v4i63p W1azf:v4jro90qo W1azb:b1aws+g W1az8:vg74j W1az7:v2n W1az0:vcveeeg W1ayz:l64nk " +
  "W1ayx:v38les W1ayt:b1aks+0 W1ayr:v2b W1ayq:vltef W1aym:b1auk+0 W1ayi:v8ifro70r9f W1ayg:v19dcpg8uar W1ayf:v8ymyczivgj2 " +
  "W1ayd:b1auk+0 W1aya:v38m7w W1ay9:v3 W1ay2:b199i+0 W1ay1:l64nk W1axy:vaxcfj0pgg W1axu:v6e1fuathwna W1axs:v18l2jan8mq " +
  "W1axo:v2b W1axn:v36 W1axm:vmlh W1axe:b1l1y+0 W1axd:v38les W1axc:vf7omkmms0 W1axb:v7t67x2yatm3 W1ax9:lryw0 W1ax2:v2i2ow " +
  "W1ax1:v3c W1ax0:v8vwbqv7vyw4 W1awy:v5k656vea W1awx:v12rnb4q6p1 W1aww:vrlkx27 W1aws:l64nk W1awr:v4jro90qo W1awq:v1p9ih630 " +
  "W1awm:v2r W1awl:v4jlnp W1awk:v3pyt0 W1awg:b369+0 W1awe:b1aws+g W1awc:v4jrp6qhj W1aw7:v194io W1aw0:l4awg W1avu:b1avv+0 " +
  "W1avq:vwat1t1 W1avn:v1t8x0 W1avm:l64nk W1avj:vf W1avg:b1ato+0 W1ave:b1auk+0 W1avd:v8ww4rk W1avc:b1avd+0 " +
  "W1ava:v1dvvxsyj5o W1av9:v3 W1av7:vwbe0l0 W1av6:v6dszo5f2 W1av2:v36 W1auy:v194io W1aux:l64nk W1aut:v8i1qka5b0j " +
  "W1auo:v3x2so W1aun:v18lma5tmo0 W1aui:v6doukuhr W1auh:b1auk+0 W1aug:vciqv37dpc W1auf:b1aug+0 W1aud:v2b W1au8:v2z " +
  "W1au7:bmzg+0 W1au5:b1au6+0 W1au3:v15gzftac W1atz:v8vvxdx3ocj0 W1atw:vaxcfj0pgg W1atr:v6e1fuathw26 W1atq:vdns31l2hc " +
  "W1ato:v69po36n5 W1ath:v2b W1at9:bkrh+0 W1at7:vi3avu4pjn W1at6:v15uqpowfp0 W1at1:v6e4y4a47hfk W1asv:v4jro90uv " +
  "W1asq:v38l7o W1asp:vmsu W1asl:v4i54f W1ask:b1asl+0 W1asi:v2h1b12rmx5x W1as7:lh9io W1as5:v5qd W1as0:b1byj+0 W1ary:v2ax8w " +
  "W1arq:lqaeo W1aro:v38l4w W1arm:v2n W1arf:b1ar7+0 W1ard:v2b W1ar9:vmzp W1ar8:vw18sx3 W1ar7:v4jhwn W1ar5:v8f5dvzu2lis " +
  "W1ar4:b1h4x+0 W1ar0:ls7b4 W1aqz:v6e1fuathwna W1aqu:v38l4w W1aqt:v9r93w7ac3 W1aqp:v38l7o W1aql:vciqv379ca W1aqg:lsdc8 " +
  "W1aqf:v6e1fuathvr4 W1aqe:v781tlm W1aq8:v4y0 W1aq4:v38l7o W1aq3:vks204cq W1apy:b1apz+0 W1apq:v4jrkcjy8 W1apm:b1aoi+0 " +
  "W1apf:v4jrkcjy8 W1apd:v18l2jahn54 W1apa:lc5n4 W1ap9:b1ang+0 W1aos:v1dvvy4cnyx W1aoq:v9pq0o W1aol:lr7ow W1aoj:v96a " +
  "W1aoi:vhplp0g7l6l4e W1aoh:b1by6+0 W1aoa:v2p1a6pdiog W1ao3:lp8eo W1anv:b18uh+0 W1anu:lrmc8 W1ans:vemr15 W1ank:v4r " +
  "W1anf:b1bya+0 W1ana:ls2x4 W1an8:v31 W1an5:vf0 W1an3:v6e1fuatgh6o W1an2:voq4b1fw W1amx:bhnb+0 W1amr:vs5d26a W1amq:b1bux+0 " +
  "W1amm:b16lh+g W1aml:vc W1amk:v1165lo012b W1ami:v38l7o W1amh:vji10yxz2mf W1amg:v4jrm9gch W1amf:v69po0d49 W1amb:v4jrp6qhj " +
  "W1ama:vb W1am7:v1rdwhvz4 W1am6:b1am7+0 W1alx:b1b29+0 W1alw:vc W1alv:v2n W1alr:v1zr6pe W1alq:v1ogzl W1ali:b1ala+0 " +
  "W1alh:l64nk W1ald:v4jrp6qhj W1alc:vb W1alb:v5ztxvs6s W1ala:vucnbs5 W1al7:b1al8+0 W1al5:v1dvxu8xvn7 W1al1:b16lh+g " +
  "W1akz:vqgngj3 W1akv:b1a7p+g W1aku:v6dxcbbpc W1aks:v2n W1akp:b1ab9+g W1ako:vg74j W1akm:v1356oht1sv W1akj:v1a " +
  "W1ak5:v6e1fuawp2ec W1ak4:vt W1ajt:v4jry8m8n W1ajs:v38 W1ajr:v7cbs9u41jkv W1ajl:v4jrkcjzi W1aji:v4jrp6qhj W1aje:v3d " +
  "W1ajd:b885+g W1ajb:lrb3k W1aja:v33 W1aj7:vcvzhid W1aj6:v3039lwe8m7t W1aj1:v8t6vttwqy5b W1aj0:v8yrm8ixpilb W1aiy:v2z " +
  "W1aiw:v15uqpowfp0 W1aiv:v4gorr W1aiu:vjnd W1ait:v4jlnp W1ais:v18l2gs5w81 W1aip:vjnd W1ahn:v4jrkcjy8 W1agi:vcmydsj " +
  "W1af8:v1x3ji W1af1:vhhhg5c W1aez:v6nlv6bft W1aeg:v17fqbm2g6x W1adw:v1dvxug0u80 W1abu:v1dvxugh1io W1abt:v3p162arvdc " +
  "W1abr:l6j6g W1abp:l6j5c W1abo:v194io W1abe:vw0i4x8 W1abd:vw0i4x8 W1aba:b1abc+g W1ab2:b1aa1+g W1aaz:b1a9q+g W1aau:vp " +
  "W1a9z:v1dvxugh1io W1a9y:v3p162aru0g W1a9w:v1rdwhvyi W1a99:v1 W1a97:v1 W1a95:v1 W1a90:v1 W1a8y:v1 W1a8w:v1 W1a8k:b1aja+0 " +
  "W1a8f:vw0i4x8 W1a8e:vw0i4x8 W1a8a:b1a8c+g W1a89:l6dg0 W1a84:bazz+g W1a7v:v1dvxugh1io W1a7u:v3p162arrg0 W1a7r:l6j6g " +
  "W1a7p:l6j5c W1a7l:l6dg0 W1a77:v1dvxugh1io W1a76:v3p162arqow W1a74:l6j6g W1a72:l6j5c W1a6z:b1a74+g W1a6y:l6dg0 " +
  "W1a69:v1dvxugh1io W1a68:v3p162aror4 W1a66:l6j6g W1a64:l6j5c W1a63:vcvy2d0 W1a5x:v1 W1a5t:vgkysmv1mo W1a5s:v20 " +
  "W1a5r:v4jro90qp W1a5p:v4gqr6 W1a5i:v2taa W1a57:v1dvxugh1io W1a56:v3p162arf1c W1a4z:b1a50+g W1a4x:b1a0g+g W1a4u:v1 " +
  "W1a4p:v1 W1a4o:l6dg0 W1a4d:v1dvxugh1io W1a4c:v3p162are3k W1a4a:b1a3y+v4 W1a48:b1a3y+u0 W1a46:b1a3y+sw W1a43:b1a3y+rs " +
  "W1a41:b1a3y+qo W1a3z:b1a3y+pk W1a3w:v7np0dl7u8e8 W1a3v:l6dg0 W1a3o:vp W1a3b:v1dvxugh1io W1a3a:v3p162arc4w W1a38:l6j6g " +
  "W1a36:l6j5c W1a34:v38l7o W1a33:v1dvxubibz4 W1a2z:b1alo+0 W1a26:bcjm+g W1a21:v1dvxugh1io W1a20:v3p162arbcw W1a1y:b1a1v+pk " +
  "W1a1w:v194io W1a1u:lovu8 W1a1p:b1a1n+g W1a1l:l6pbk W1a1j:vp W1a0j:lsdds W1a0d:v1dvxugh1io W1a0c:v3p162ar9e8 W1a0a:l6j6g " +
  "W1a08:l6j5c W1a06:v194io W1a02:l6dg0 W1a00:v38l4w W19z9:b5bi+g W19z1:v1dvxugh1io W19z0:v3p162ar7cg W19yy:l6j00 " +
  "W19yw:b19yn+rs W19yu:b19yn+qo W19yr:b19yn+pk W19yq:l6dg0 W19yc:v1dvxugh1io W19yb:v38ml6 W19ya:v1dvxugh1io " +
  "W19y8:v1dvxugh1io W19y5:v1165nlngc3 W19xo:b18ut+0 W19xf:v1dvxugh1io W19xe:v3p162ar5eo W19xb:l6j6g W19x9:l6j5c " +
  "W19x3:bcjm+g W19wy:vw0i4x8 W19wx:vw0i4x8 W19wv:b19vr+g W19wu:l6dg0 W19vo:v1dvxugh1io W19vn:v3p162ar40w W19vl:l6j6g " +
  "W19vi:l6j5c W19vd:b1aks+0 W19v5:b19db+0 W19uq:l6dg0 W19uj:lr7ow W19ui:l4axc W19u1:vmzy W19tr:v38l4w W19tp:v61wb927p " +
  "W19tm:v4jrnl55w W19tl:v538qn4lxv0i W19ti:lh11s W19td:v4jrpozr5 W19tc:vvyjyef8jkc W19t9:b208+0 W19t8:v2b " +
  "W19t7:v73io8suerfg W19sw:ls0rk W19su:v6e297vdvaio W19ss:vs4qnol W19sl:v1c W19sk:v1165n1o5lr W19sf:lr0fk " +
  "W19sd:v6e1aczq70iz W19sc:v1165nvpqvz W19s2:v38l7o W19rv:v6e1aczq6zqj W19ru:v3mcu74ug373 W19rt:v1165nvwrq7 W19rg:v38l7o " +
  "W19r9:v38l8c W19r8:vb W19r4:v38l7o W19qz:vun3tvk W19qw:v3yich W19qs:lrzrs W19qq:v4jrkcjy8 W19qp:vdmw W19ql:v38l7o " +
  "W19qh:lrb3k W19qd:v4jro90qo W19q9:b1zm+0 W19q8:v38l7o W19q5:v1q W19pw:v5jc W19pv:v2t W19ps:ls0m8 W19pq:v6e297vdvaio " +
  "W19pk:b19pl+0 W19pf:vb W19pe:v7cbs5xp5w7z W19pa:lrdkg W19p7:v1n9fbegg W19p6:v13jhlq6rud W19p2:b1454+0 W19p1:ls5gw " +
  "W19ow:v7qe18gmyiqs W19ou:lr0fk W19oq:v13jlnols36 W19oo:lr0fk W19ol:v3 W19oj:v4dxm8 W19og:lqzxs W19oe:b19of+0 " +
  "W19oa:vxp0swz W19o7:lry48 W19o3:v69ojpc2r W19ny:v4jro90qp W19nw:v3x0m9 W19nu:vqcxy73 W19nr:v4jsiam0w W19ni:b5i+0 " +
  "W19ng:v6e1gttdhgqo W19nf:vv7qn3 W19n9:b18xa+0 W19n7:lot8w W19n4:v38l4w W19n2:v7cbrxysxy73 W19mz:lrb3k W19mx:b18x5+0 " +
  "W19mt:veap481t W19ms:v1dvvxqxibq W19mn:lmpgw W19mm:vmlr W19mk:vg6xoq0zy8 W19mj:vvzu0j W19mc:lksb4 W19ma:v38l7o " +
  "W19m9:v7i5mos W19m6:b18xk+0 W19m3:lrdkg W19m1:vc3tkhgum8 W19m0:v4jrkcl8a W19lu:lrb3k W19lp:lgufk W19ln:vqgnfcd " +
  "W19lc:v38m04 W19lb:v2uoq5paxr0t W19l6:v4jro90sd W19l2:v4jrp6qdd W19l1:v24y7et0w W19l0:v2n W19kx:vkfi W19ks:v4jry8m4h " +
  "W19kr:v1bbvhpmlts W19ko:vnzk W19kl:v7qe18ll1fn3 W19kk:v69po0c4h W19kg:b1bub+0 W19jb:v3vq7k W19hz:l64nk W19hu:b19yf+g " +
  "W19gy:v1x3ji W19gq:v1bbvhpmlwz W19g7:v8kvv6kxf59s W19er:lr0fk W19ee:ls5gw W19dj:v38n0s W19di:l6pbk W19db:v4jhwz " +
  "W19cx:vj614fnc13pf W19ct:v3vmn3 W19cs:lqxow W19cr:vl4w W19cl:v2s W19ce:v38 W19c9:b1hh+0 W19c8:v6e4ma429x18 W19c7:v968t9d " +
  "W19c6:v3f73zn8j W19c2:v50hi4 W19c1:v2fmg4 W19bx:lmpgw W19bw:lmr5c W19br:v3f73zn8j W19bp:looc0 W19bo:laopc W19bm:b19c8+0 " +
  "W19bk:lry80 W19bd:b19bf+0 W19ba:v7ih W19b9:v8ymyczjoy0e W19b7:lprkg W19b5:v2b W19b4:vbdvqej W19b3:v8ymyczjoy0e " +
  "W19ay:vmzt W19ax:b19ay+0 W19av:v38l86 W19at:v13jlm0msdq W19aq:b199l+0 W19ap:vk1i W19ao:b19ap+0 W19am:v6e1tvetj4va " +
  "W19ak:v5vwfvcj2 W19af:v5k4rh82o W19ac:v2b W19ab:v2h8ov W19aa:v81bab8mcze6 W19a7:ls8ww W19a6:lr1v4 W19a5:v13j5vehf1q " +
  "W19a2:v38les W199y:lprkg W199x:v32 W199v:vk1a W199r:vf W199n:lprkg W199l:v3d W199k:v4gos4 W199i:v2r W199e:l4awg " +
  "W1994:v17f15zr67i W1993:l64nk W198w:v38l4w W198v:v2n W198n:v2n W198k:v6e1fuawp2ec W198b:vwax8wx W1986:v1r9ao W1983:lr1ww " +
  "W1980:v2b W197y:v31 W197v:lgdgw W197r:v37 W197n:v6cg W197m:b197n+0 W197j:v4jro90qp W197e:lqj2o W197b:veap481t " +
  "W1973:v212n7zzk W196z:ls7og W196x:v6e1gttdhgqo W196w:vv7qn3 W196u:v1165nm01gh W196s:b18xa+0 W196r:lot8w W196p:v2b " +
  "W196o:vhxwdyqtw4 W196l:ls66g W196k:lr0fk W196f:v1165pa0g2r W196d:lkshc W196a:v2b W1965:lkshc W1960:v586ewayc " +
  "W195y:b18xk+0 W195v:viu7 W195s:v6e1ad2muark W195q:v2n W195o:lot8w W195m:v4jrkcjy8 W195k:v586ewayc W195f:v2e206c77ifz " +
  "W195e:v586ewayc W195c:lr0fk W1959:v38l7o W1956:v8vwbb8sk0v9 W1953:b194f+0 W1951:v1aa6kiah1c W194z:vcc0 W194w:lksvk " +
  "W194u:l4axc W194r:v48jl W194m:lqzxs W194j:v22yilxhps77 W194i:viu7 W194g:lgtxs W194f:vlt1 W194c:v8exhoz5p1f W194a:vk1i " +
  "W1948:lrb3k W1947:lqzxs W1945:l4axc W1943:vw W193s:lry48 W193k:lrb3k W193j:lovu8 W193g:lovu8 W193f:v194io W193e:lh9io " +
  "W1937:v38l4w W1935:v3pysy W192z:v28gwa90ojm0 W192y:viu7 W192v:lksj4 W192p:vb W192o:v3pysy W192k:v38l4w W192j:v250nf9xr " +
  "W192i:v6boyre5h W192h:v37 W192e:lsb0w W192d:vciqv37dpc W192a:v213b5 W1929:vk1g W1922:vmzw W1920:v2b W191z:vvhkme " +
  "W191x:v19dilpgn6t W191s:lryug W191q:vk4hwr7 W191l:lqzxs W191i:v4k47axqr W191h:vu W191g:v49nxw W1917:vmsl W1915:ls8ww " +
  "W1911:v2axso25s W190z:v6boyre5h W190w:lsb0w W190q:v25p76uau615 W190m:b18xa+0 W190k:v38l7o W190h:v37 W190d:ls7og " +
  "W190b:vsvblbtq1ldj W190a:v8exhoz5p1f W1904:lkshc W1902:v38lto W1901:vqgnjao W18zv:lkshc W18zs:b171u+g W18zq:v6e1v6rh18u9 " +
  "W18zp:v3pyst W18zj:lkshc W18zg:v6e1fuatgh8c W18zf:v415fgo W18ze:v7cbrvzs56r8 W18za:lqj2o W18z8:lot8w W18z4:v3mahgwlr " +
  "W18z3:vqgnhww W18yz:v2fqxv W18yx:lry80 W18yw:v8bt8to632b W18yq:v1rdwhvyi W18yp:v1lacb7gs W18yo:v3pysu W18yh:vlsfslk " +
  "W18yg:v7cbrvzs56r0 W18yc:v6e297vsw35s W18ya:v7cbrvzs56r8 W18y3:ls1m0 W18y2:vvst66 W18xt:v2b W18xr:vqgniax W18xg:vs5hcod " +
  "W18xc:v8cdmxp132pe W18x4:v586an7fy W18x1:v194io W18wm:v6e1aczq6znk W18wl:vt W18wh:lqm5s W18wf:v6e1aczq6znk W18w6:lqm5s " +
  "W18w4:v6easkwsq6m8 W18w3:v15 W18vt:v3 W18vs:b172o+0 W18vq:b885+g W18vn:v18lma5t94i W18vc:v2h1b12rmmhw W18v9:v7komvu5eyjw " +
  "W18v7:v4cjse W18v4:v3pyps W18uy:vfceok5v25 W18ut:vk1c W18us:v2u W18ur:b18ly+g W18un:vju7 W18ul:v1dvxu8y99h W18uj:b1clw+0 " +
  "W18ui:v7qe18ll1fn3 W18uh:v5k5buhr9 W18u6:v4jrkcjy8 W18s7:v7np0dl7u8fn W18qx:v1x3ji W18qp:v8kvv6kxf59s W18qm:v5jjpny86p9 " +
  "W18q5:v12roi5lt0u W18pl:v1dvxug0u80 W18pb:vpa8 W18ot:v1dvxug0u80 W18nd:v5jjq3hfcsg W18nc:v8yovh53u927 W18n9:v1dvxug0u80 " +
  "W18n6:v1dvxug0u80 W18n4:v1dvxug0u80 W18n3:v1dvxug0u80 W18n2:v1dvxug0u80 W18n1:v1dvxug0u80 W18n0:v1dvxug0u80 " +
  "W18mz:v1dvxug0u80 W18my:v1dvxug0u80 W18mx:v1dvxug0u80 W18mw:v1dvxug0u80 W18mv:v1dvxug0u80 W18mu:v1dvxug0u80 " +
  "W18mt:v1dvxug0u80 W18ms:v1dvxug0u80 W18mr:v1dvxug0u80 W18mq:v1dvxug0u80 W18mp:v1dvxug0u80 W18mo:v1dvxug0u80 " +
  "W18mn:v1dvxug0u80 W18mm:v1dvxug0u80 W18mj:v1dvxug0u80 W18m3:v1dvxugh1io W18m2:v3p162aqyls W18m1:vciqv379ca W18lr:b18la+g " +
  "W18li:v1dvxugh1io W18lh:v3p162aqwn4 W18lf:l6j6g W18ld:l6j5c W18kn:b18km+0 W18km:bdlw+g W18ke:b18k9+g W18k9:b3yn+g " +
  "W18k5:bna5+0 W18ju:vk1c W18js:v1dvxugh1io W18jr:v3p162aqunk W18jp:v1dvxuap4a0 W18jm:v1dvxuap48w W18jk:b18j9+pk " +
  "W18jb:vjk8ixgbqr W18j7:v1dvxugh1io W18j6:v3p162aqtvk W18j4:v1dvxuap4a0 W18j2:vk1m W18j1:v1dvxuap48w W18j0:v3yjjd " +
  "W18iz:b18io+pk W18iw:v38 W18iq:vkcojexm5v W18ip:vjmt W18in:b18j9+g W18hn:v1x3ji W18ha:v1dvxug0u80 W18h9:v1dvxug0u80 " +
  "W18h2:v1dvxug0u80 W18gi:v8kvv73cyre5 W18d6:v4i6ax W18d5:lrkny W18d4:v1dvxugh1io W18d3:v3p162aqs0g W18co:v1dvxugh1io " +
  "W18cn:lrkny W18cm:v16ngmpnm8i W18cl:vjmt W18cj:b1jn+g W18bn:v3kq89z9qesl W18bm:v1x3ji W18ba:v1dvxug0u80 " +
  "W18b9:v1dvxug0u80 W18b8:v1dvxug0u80 W18b1:v1dvxug0u80 W18ah:v8kvv73cyre5 W186n:lr6kw W186h:b18k9+g W185m:va " +
  "W185f:b1847+0 W185b:v1x3ji W184z:v1dvxug0u80 W184y:v1dvxug0u80 W184r:v1dvxug0u80 W1847:v8kvv73cyre5 W181w:l6dg0 " +
  "W181k:lot8w W180l:v4gqr6 W180f:ls1h4 W1805:v4ji3p W1803:v4ji3p W17zr:v1dvxufzvcp W17zo:v24y9b8ku W17zj:v1dhxp4rh49 " +
  "W17zd:lovu8 W17zb:v1dhxp4rh49 W17z5:v2b W17x6:v12rpd5snxt W17wv:l6dg0 W17vv:v1x3ji W17vo:v17fqbm2g6x W17vl:v5jjpny86p9 " +
  "W17v4:vm0j W17ub:vpnx W17u7:v1z14oy6 W17ri:l6dg0 W17rd:vg0 W17r8:l6dg0 W17qa:v36 W17pq:v36 W17of:v30 W17nf:v1dvxug0u80 " +
  "W17nd:v1dvxug0u80 W17nb:v1dvxug0u80 W17n6:v1x3ji W17ml:v1dvxug0u80 W17mh:vd0t W17lz:vux8pyt W17jm:b18k9+g W17ja:b18nc+0 " +
  "W17ig:vvmppoz W17if:b18ck+g W17i4:v37 W17hu:b17gz+0 W17hs:v1350rsil3z W17hr:lsoso W17ho:v1l W17hl:lseq0 W17hk:b172l+0 " +
  "W17hi:b17hj+0 W17gz:v1jk W17gx:vt8knbmmz4 W17gw:v8t5qk2svypa W17gv:v1rdwhvz4 W17gp:bk7i+0 W17gk:vmsj W17ge:v3upbxxvr776 " +
  "W17g7:b81d+0 W17g2:b17gj+0 W17fy:b18uu+0 W17fv:vrutwmm W17fu:v7q8zvmekuhx W17fr:lql4g W17fq:v95x W17fm:v4jry8m8n " +
  "W17fg:lqxn4 W17ff:vcvy2d0 W17f8:b17ep+0 W17f7:b176n+0 W17ex:v96b W17ew:lrg6w W17eu:v4jrkcl16 W17eq:v1y W17em:lrg2g " +
  "W17ek:vciqv379ca W17ee:b192d+0 W17ec:vqgnfcd W17e5:l64nk W17e3:v2b W17dq:lsgeo W17dn:b17dp+0 W17dl:v38l4w W17dg:b1724+0 " +
  "W17df:v1rdwhvz4 W17de:b179m+0 W17d1:v4mdpkwn7 W17cw:v9im W17cv:v6cg W17cu:b172r+0 W17cp:vciqv37dpc W17ci:b17ck+0 " +
  "W17cd:v2b W17c7:vciqv37dpc W17c5:v6e1aczq6znk W17c1:b17ba+0 W17bz:v194io W17by:b17bz+0 W17bu:vw17hi9 W17bq:b17bs+0 " +
  "W17bm:b17bp+0 W17bl:v3p162aqmp4 W17b7:v4mdpkwn7 W17b6:v8ww4rk W17b5:bxz0+0 W17b3:vsvblbtq1ldj W17b2:vw18l0 " +
  "W17ar:v1z14rl0 W17aq:v8ww4rk W17am:vgdryb90wh W17al:v16nmmuk4fi W17aj:b13dr+0 W17ah:b17ai+0 W17ae:vvawja " +
  "W17ac:v18z3jlct48 W17ab:v2i91c W17a9:bneo+0 W17a8:v2t W17a4:v17 W179z:lrfzs W179x:v7t6lmd8ogm8 W179w:vm0i " +
  "W179s:v6edkzm1gzcw W179m:v1z14pd5 W179i:v4i6aw W179f:v5k47jm1t W179d:vrusean W1798:vmsu W1796:b178o+0 W178y:v3yich " +
  "W178w:v2t W178v:vs5hbhw W178u:v38pe4 W178t:vemr W178r:vcc0 W178p:vltb W178o:vmt0 W178n:b178p+0 W178l:lifjk W178k:v33 " +
  "W178d:lrdkg W178c:v6e27wtw4zcw W178b:v9zy1hc W178a:v13j1uvb52g W1788:v3b W1787:ldp68 W1784:v1a W1781:v3gtafhb5164 " +
  "W1780:v5k1pdg14 W177z:b177l+eg W177t:v38l4w W177s:va9xcth W177r:v19dmgfxvtt W177o:b172f+0 W177n:v6cg W177h:b16hn+a8 " +
  "W1779:lgwnk W1775:v15 W1771:v1lt9h W176z:v2b W176x:v13jdt8d1ly W176s:vbuw W176l:v2b W176k:v2b W176i:b19xz+74 W176d:ln92o " +
  "W176b:vkms W1769:v194io W1767:b13dr+0 W1766:v2d7vgv W1763:ln92o W1761:v1svmo W1760:b1761+0 W175y:v4jt26zpv " +
  "W175r:v18zx6ppawe W175q:v4i6ax W175n:b175r+0 W175m:vnlb W175l:v1rdwhvz4 W175k:l64nk W175h:v1e W175a:vqcxkw8 W1756:lsadk " +
  "W1753:vqgnfck W174z:lrb3k W174y:ls7co W174x:l64nk W174s:v7t6l6mo3plx W174q:v5k6evbzn W174j:lsdds W174g:v1q " +
  "W174d:v7w4g7wg W174b:v949 W1749:b15pd+g W1747:v7t6l6mo3plx W1743:v1a W1742:b1743+0 W173z:bz5t+g W173y:v3x0th W173p:vmsl " +
  "W173c:v3ksxq3ookf9 W173a:v1z1phkz W1735:b1725+0 W1734:v61x36z6vg W1733:v7cbs9u3niov W1730:v12rpd5snxt W172x:vn08 " +
  "W172r:v1z14qsi W172p:lqsls W172o:v13jhlqdt29 W172n:v7t6l6jm6o3a W172l:vmld W172f:v2t W172c:v37 W172b:v5k6ev9te " +
  "W172a:v5k6ev9te W1729:v13jhlqdt29 W1726:v4i6ax W1724:vs5egrt W1723:v3yich W1720:v3yich W171z:vud47la W171u:b18zt+0 " +
  "W171t:vk1g W171s:lrb3k W171k:v5k2t0lq8 W171j:v7t0rnfjeycl W171g:v7q9cqg1chkw W171f:v34ir095hk W171e:lh11s " +
  "W171c:vetg03ayhy W171b:v1dvxufzvcp W171a:v1dvxu8xmk9 W16z7:v12rpd5snxt W16yw:b6nu+g W16xw:v5x599gu W16xp:v17fqbm2g6x " +
  "W16x6:vm0j W16uj:v1dvxugh1io W16ui:v3p162aqhcw W16uh:l6dg0 W16uf:v1dvvxppwxs W16uc:b149j+0 W16u8:b149i+0 W16u4:b149h+0 " +
  "W16tx:v4kf8pwlxc W16tv:v6dn627hv W16tu:v1165nc38fm W16tt:v13ik27l2sl W16ts:v3ygkh W16tr:v586facmm W16tl:bneo+0 " +
  "W16tk:b15h0+g W16tj:v33 W16ti:b16qh+g W16tg:v36q9wq3mxws W16ta:b16l2+g W16t9:b16l5+g W16sv:v6e1aczq6znk W16sq:l6chc " +
  "W16sp:l64nk W16rv:b18mi+w W16m6:lot8w W16m5:vbhzosd W16lt:b149v+0 W16lh:l64nk W16lc:bnag+0 W16ks:b148q+0 W16ko:b148o+0 " +
  "W16kk:b148m+0 W16jc:b16iv+g W16iy:l4axc W16if:b13kx+0 W16i8:v1dvxugh1io W16i7:v3p162aqff4 W16i5:l6j00 W16hz:l5cq8 " +
  "W16ht:v1dvxugh1io W16hs:v3p162aqeo0 W16hq:l6j00 W16hk:l5cq8 W16he:v1dvxugh1io W16hd:v3p162aqdww W16hb:l6j00 W16ha:l6dg0 " +
  "W16h5:l58s0 W16gz:v1dvxugh1io W16gy:v3p162aq980 W16gw:l6j00 W16gv:l6dg0 W16gu:v3x0tw W16gq:l58s0 W16gk:v1dvxugh1io " +
  "W16gj:v3p162aq8gw W16gh:l6j00 W16gg:l6dg0 W16gf:vbhhu95 W16gd:v4jrkcjy8 W16gb:l58s0 W16g7:v4jrkcjy8 W16g5:v1dvxugh1io " +
  "W16g4:v3p162aq7ps W16g3:vaximp5 W16g2:v1dvvxtfvqe W16g0:v4jrkcjy8 W16fv:v38l4w W16fu:v1dvxugh1io W16ft:v3p162aq6yo " +
  "W16fr:l6j00 W16fq:l6dg0 W16fo:b16f3+g W16fl:b149e+0 W16fd:b1793+0 W16f5:vo W16eu:lsdds W16eo:v1dvxugh1io " +
  "W16en:v3p162aq67k W16el:l6dg0 W16ef:v1dvxugh1io W16dz:v1 W16d8:b16l6+g W16d3:v3sw2p W16d1:v1dvxugh1io W16d0:v3p162aq1q8 " +
  "W16cx:b16cg+sw W16cu:b16cg+rs W16cs:b16cg+qo W16cq:b16cg+pk W16cj:l6dg0 W16ci:v1z15g5c W16cb:v1dvxugh1io " +
  "W16ca:v3p162aq00g W16c0:l6dg0 W16bz:v2aypqk8 W16by:v18lmafut0y W16bs:vrlmdri W16br:v1dvxugh1io W16bq:v3p162apz9c " +
  "W16bo:l6j00 W16bm:v2aolfwi W16bj:v63we0nla W16bi:v36 W16bf:v37 W16bc:v3y283y8 W16at:b5d4+g W16ah:lsoso W16ag:l5cq8 " +
  "W169k:v37 W169f:v1x3ji W168u:v1dvxug0u80 W168t:v1dvxug0u80 W168k:v1dvxug0u80 W167z:v63we0nla W166j:v1dvxug0u80 " +
  "W165n:lrfzs W165b:l64nk W164k:b15xb+0 W164i:b15f4+g W164b:bdt1+0 W164a:v38l4w W1649:vwb2re W1648:vs W1643:v3sw00 " +
  "W1642:leno0 W163x:ls7rk W163n:b22g+0 W163l:b163m+0 W163i:v1fd8yhov W163h:v194io W163f:v69po36n5 W163e:b150m+0 " +
  "W1638:v7t0dggh60ky W1637:v13im54kewp W1635:vck6p40qr1 W162p:lrfyw W162n:v1bf6qwlo W162m:v5xxewkz2 W162h:b162i+0 " +
  "W162e:vipylshqdw W162d:v5vwfvd4e W1629:ljka8 W1626:lsa74 W1624:b1625+0 W1622:b14tx+0 W1621:v11i3tzgs2vg " +
  "W1620:v13jhnyn86m W161m:b161n+0 W161j:vbnvbqi W161f:ls9vc W161e:v1rdwhvz4 W161d:b161e+0 W161b:lrkoz W161a:v250nf9xr " +
  "W1619:vj90dt0vu6 W1615:b64h+0 W1614:v6cg W1611:vajwy7a W1610:v5i244lke W160y:ls9lc W160w:b160x+0 W160t:vetninr7x0 " +
  "W160s:v7p5m9tidb8u W160n:b68h+0 W160m:v2h1b12shg68 W160l:b160m+0 W160d:b14u6+0 W160c:v3klxvq6ay5u W160b:b160c+0 " +
  "W1605:b14u5+0 W1604:v3klxvq5ofhh W1603:b1604+0 W15zv:b62q+0 W15zu:v1a W15zt:b15zu+0 W15zp:v8ku01zzw65q W15zl:b22i+0 " +
  "W15zj:b15zk+0 W15zh:v2b W15zf:v7q8ztnnq5v2 W15zc:vcvecfn W15z9:v24y9b8ku W15z7:v13jfql875a W15z3:b14u0+0 W15z2:v194io " +
  "W15yu:vw W15y0:b14um+0 W15xy:vrlmdri W15xr:v4jrkck13 W15xq:b15wm+0 W15xk:vmsz W15xe:v37 W15xc:v37 W15x7:v36 " +
  "W15x3:v18lmafut0y W15x2:vr0cyjp2l4 W15x1:vwurqm99hh W15x0:v2z425 W15wz:v2c W15ws:vh8h W15wr:vj89zd8 W15wq:v2i " +
  "W15wp:v33fit W15wn:viogc40 W15wm:vq8grepmbz W15wl:v53r9dpb7gb6 W15wk:vf9u W15wj:v21c8x W15wi:vapk W15wh:vi4k0n9 " +
  "W15wg:v1dhx6rzcka W15we:vdnzty2 W15wd:v4akmwcp7 W15wc:vohjzvj W15wb:vf1gsox W15w9:v1dvvxrr96r W15w8:v1yiir " +
  "W15w7:v1dvxu8y05q W15w5:lrfyw W15u7:vrlmdri W15tw:b15zc+0 W15tr:lrb3k W15sv:v1x3ji W15sn:v1dhxnr8n5f W15pk:vo " +
  "W15pc:v8t5qi8r2esw W15ox:v1dvxugh1io W15ow:v3p162aps4w W15o8:v1 W15ns:v4jl2o W15nr:v4xt W15nq:v1dvxugh1io " +
  "W15np:v3p162aprao W15nl:b15n7+rs W15nj:b15n7+qo W15nh:b15n7+pk W15nb:vcvebmt W15na:l6dg0 W15n9:v2aolfwi " +
  "W15n8:v8t5qi8r2esw W15n2:v1dvxugh1io W15n1:v3p162apqjk W15ms:v1a W15mr:v35s W15mq:v69sg3crp W15mo:b15n7+g W15mn:l6dg0 " +
  "W15lr:v1x3ji W15l6:v1dvxug0u80 W15l5:v1dvxug0u80 W15l4:v1dvxug0u80 W15kx:v1dvxug0u80 W15kd:vux8pyt W15h3:vo " +
  "W15gj:v1dvxugh1io W15gi:v3p162aplxc W15g9:lrfzs W15g0:b15fx+g W15fx:l6dg0 W15fv:bb0l+g W15ft:vo W15fg:lsdds " +
  "W15f9:v1dvxugh1io W15f8:v3p162apir4 W15f5:v3kqm92rtoir W15f1:l4axc W15ez:v2b W15ew:b5b0+0 W15eg:bb1d+g W15ea:b1sc+0 " +
  "W15e6:lrfzs W15e4:lrfyw W15e3:lsoso W15e1:v4qw W15dx:b14un+0 W15dg:ls834 W15df:vyte722 W15de:b15df+0 W15dc:v1dvvxsyi5g " +
  "W15d6:b15ax+0 W15d3:ls5x4 W15cy:lot8w W15cs:ls7rk W15cg:v4jl2o W15ce:v2pf0p W15ca:v4jrkcjy8 W15c7:v38l4w W15c5:v4qw " +
  "W15c4:v33 W15bz:v3b W15bx:lot8w W15bp:v38l4w W15bn:v2t W15bj:v2b W15bi:v1n9df9n0 W15ba:ls5x4 W15b8:v4jro90qo W15b6:v2n " +
  "W15b3:v18llej5ieq W15b1:v1bbzxt4bc1 W15az:b15b3+0 W15ay:v8t5qg9fynon W15ax:v69sg3crp W15av:vw0qm3l W15au:v9clbkf2olly " +
  "W15ao:lsoso W15am:v4jry8m8n W15ak:v2t W15ai:v89n8pd33ofh W15a4:v4jro911e W15a3:vcpywy W15a2:vl7p W159v:b159x+0 " +
  "W159t:v4jro911e W159s:v3yicp W159o:li9v4 W159n:v2v W159m:v7q7exme9sgx W159k:v4jro911e W159i:vjtt W159b:v2v W159a:lpf9s " +
  "W1598:v2b W1596:vrutwfj W1594:v4qkvi W158x:vs539t2 W158v:v3kqm92rtoir W158s:b1744+0 W158p:l6dg0 W157q:vrlmdri " +
  "W156e:b15dw+0 W1569:l64nk W155d:v1x3ji W1556:v9ckfxwl89yr W154n:v4qkvi W1537:lrb3k W152v:li9v4 W151t:ll01c W151q:b15f4+g " +
  "W151m:virk W151i:b172x+0 W151h:lrg7s W151g:l64nk W151f:v4jwo1rsw W151e:vw89mg W1519:v3sw2p W1511:v6cg W1510:lrmc8 " +
  "W150y:v38l4w W150u:ldn3k W150t:b22g+0 W150r:b150s+0 W150o:va5a7p9syo W150m:v3ygrt W150l:v69po36kg W150b:v7t0dggh60ky " +
  "W150a:v13im54kewp W14zw:lrfyw W14zv:lrfzs W14zu:ln92o W14zs:v1bf6qwlo W14zr:vu30epg W14zm:b14zn+0 W14zj:vipylshqdw " +
  "W14zi:vtsqzcj W14ze:ljka8 W14zc:v89ne8sr95cx W14zb:lsa74 W14z9:b14za+0 W14z7:b14ip+z W14z6:v3agasjkf W14z1:vmsl " +
  "W14yz:vllt W14yy:ljllc W14yw:b14yx+0 W14yu:b14v6+g W14yt:v11i3tzgs2vg W14ys:v5k6f6k53 W14yg:b14yh+0 W14yd:vgrt284h5g " +
  "W14y8:v38l5s W14y7:b14xx+0 W14y5:bhew+0 W14y4:vgdryb90wk W14xx:v2s W14xv:v1rdwhvz4 W14xu:b14xx+0 W14xr:vatwjl3 " +
  "W14xm:b64j+0 W14xk:b14xl+0 W14xi:lj5ab W14xh:v250nf9xr W14xg:v2pgd6w6q W14xc:b64h+0 W14xb:v6cg W14x7:vajwy7a " +
  "W14x6:vruo7ea W14x2:ls9lc W14x0:b14x1+0 W14wx:vdnk6x4v6c W14ww:vtsqzcg W14wr:v7q7exme9sgx W14wq:b68h+0 " +
  "W14wp:v2h1b12shg68 W14wo:b14wp+0 W14wh:b14u6+0 W14wg:v3klxvq6ay5u W14wf:b14wg+0 W14w9:b14u5+0 W14w8:v3klxvq5ofhh " +
  "W14w7:b14w8+0 W14vz:b62q+0 W14vy:v1a W14vx:b14vy+0 W14vt:v17fgvs4hgm W14vp:b22i+0 W14vn:b14vo+0 W14vl:v2b " +
  "W14vj:v134n1cw0v7 W14vf:vcvecfn W14ve:b14vf+0 W14v9:v6xc W14v8:v5k65fcyr W14v6:lrb3k W14v3:b14u0+0 W14v2:v194io " +
  "W14uz:veiw W14ut:v2t W14um:v18l2fy72aa W14uh:vun3tyr W14ue:v61tjmyjj W14u7:v4gqr7 W14u6:v2pdu1 W14u5:vdhd W14u1:vixxrnz " +
  "W14ty:b14un+0 W14tx:v18lma5tt27 W14tw:v3vq7k W14tt:vck6p40qr1 W14tm:vmsz W14ti:lrfzs W14tf:v5xvhn818 W14t5:v8t5qi8r2esw " +
  "W14t4:v69sg3crp W14t3:v1dvxu8y63p W14t2:v24y9b8ku W14t1:v1dhwvnp2zz W14r1:v8kvv66vuwz4 W14qq:b14tx+0 W14ql:b14tf+0 " +
  "W14pp:v1x3ji W14pi:v1dvvxu2gq6 W14mo:l4axc W14mk:v3pysu W14mf:vlq7p77 W14ma:vk2ftjg W14m9:vk2ftjg W14m8:v5kg8vatm6h8 " +
  "W14m7:veab W14m3:vysx89253i W14m1:vdhh W14ly:vixxowg W14lw:vj8qt03 W14lv:v1z14em8 W14lu:v46hl5c24 W14ls:v2b " +
  "W14ln:v12rpd5snxt W14lm:v1dvxugh1io W14ll:v3p162ap7ww W14lj:l6j00 W14lf:vux8pyt W14ld:l5cq8 W14l9:v1dvxugh1io " +
  "W14l8:v3p162aoyr4 W14l6:b14kl+rs W14l5:v8cgq161slet W14l4:b14kl+qo W14l3:b14la+0 W14l2:v3sw2p W14l1:b14kl+pk W14ko:l6dg0 " +
  "W14kn:v8vz1qv6xlkf W14km:vmsz W14kk:vqgnjao W14kj:v1dvxugh1io W14ki:v3p162aolls W14k5:v6bskm44w W14k4:vjk0 W14k2:v9k " +
  "W14k1:l6dg0 W14j4:v5twl6kqb W14iy:v45fn3 W14iq:v1x3ji W14i5:v1dvxug0u80 W14i4:v1dvxug0u80 W14i3:v1dvxug0u80 " +
  "W14hx:v4jss7eki W14hw:v1dvxug0u80 W14hb:vux8pyt W14ez:b16fp+g W14em:bdt1+0 W14eh:v38n7w W14dt:vqgnfcd W14ds:l58s0 " +
  "W14de:v4i54f W14da:b14ar+g W14d8:l64nk W14d5:l64nk W14d3:l4axc W14d2:lrfzs W14cy:v1rdwhvz4 W14cr:v13ik6xqt83 W14cq:v37 " +
  "W14ch:ls7rk W14cf:v2qtbj2fo W14ce:v1q W14c8:v1q W14c5:lbxyo W14c1:v4jy3jvrl W14bz:v1q W14bu:v4jtnqdn5 W14bt:v425i9bte " +
  "W14bs:v1q W14bj:b14cg+0 W14bf:v5vvvw483 W14bc:lfh74 W14b9:v8oac8ycnb7 W14b5:v5k8344jk W14at:lrg0o W14am:v4gqr6 " +
  "W14ak:b14an+0 W14ae:v6dnqf2hx W14ad:vunf3oo W14ac:vw W14ab:b14ag+0 W14a4:b17at+0 W14a2:b18uu+0 W14a0:v4jrkcjy8 " +
  "W149u:b149x+0 W149n:b149s+0 W149l:b149m+0 W149e:vk13 W149b:vv3vou W149a:v3gtafhav6el W1498:v6bp995kn W1494:vayg0hn " +
  "W1493:v1jgvk W148t:lorn4 W148j:vkjwoplyw W148g:v7t3hdfqfyb8 W148d:b148e+0 W148c:vlf0 W1489:v7t3hdfn8v35 W1487:b1427+g " +
  "W1482:v7t3hdfqd6re W1481:vw W147y:vkms W147x:v4gpk4 W147w:lq3ao W147t:vk18 W147q:v194io W147m:v14rgh W147i:ld6q8 " +
  "W147e:v4jry8m65 W147b:b146g+0 W147a:v96h W1476:v4xw W1474:b1453+0 W1471:v32 W146w:vw W146t:vmsu W146q:ls8ko W146p:lpfbk " +
  "W146o:vk18 W146m:v1t8px W146l:l64nk W146j:v38l8c W146i:vulf63rzny W146g:v6ey4iysyts6 W146f:b1hh+0 W146e:v4jy3jvrl " +
  "W146a:lprkg W145u:v4ch9q W145n:ld8eo W145k:v9clbkf2omeq W145h:v1jew5 W145c:v4jro90sd W1459:b144h+0 W1457:v6e1tveqaiws " +
  "W1453:v4b4h5 W1452:vmsn W1450:b1454+0 W144v:b144h+0 W144u:v1m5bp W144s:v5k46zvqk W144q:l4axc W144o:v38l8c " +
  "W144n:vulf63rzny W144k:b144l+0 W144g:b1hh+0 W144f:v6e7qizcyana W144a:bmlw+0 W1449:lrg1k W1443:v13j1vp9j02 " +
  "W143o:v5k479qpc W143m:vkms W143l:v37 W143h:vs54msu W143g:ls980 W1439:vixxrup W1436:v1jew5 W1435:v4b4h5 W1434:b1435+0 " +
  "W1430:b1436+0 W142x:vv6pli W142v:v5xxeqv76 W142q:v4gpk4 W142p:vs54msu W142o:vwbe0kf W142n:v8i2mf8htp4i W142g:v2t " +
  "W142c:vmlr W142a:v597oukqfu4w W1429:vqlw6jsguo W1428:v597oukqfu4w W1427:b4h1+0 W1425:v6e1h5nk5slc W1424:v5nw13dft9 " +
  "W1422:vruzgbj W141x:b141v+0 W141p:v4hqn4 W141f:v2b W141c:ljw5s W1418:ldsb4 W1416:lrg1k W1414:v2b W140x:ljw5s " +
  "W140r:b140s+0 W140p:lrg1k W140n:v2b W140m:v2qcpc W140j:b140k+0 W140f:vkms W1402:v8t5qg9epse8 W1401:b13vu+0 " +
  "W13zv:v5k46zvqs W13zu:vjn6 W13zs:b13c3+0 W13zm:v30fu2ijvdys W13zl:v13 W13zj:v3yir3 W13zf:v6e1aczq6znk W13ze:v8w4 " +
  "W13zd:v2t W13z7:losgg W13yz:v6bsazxwk W13yw:b13yz+0 W13ys:b13xj+0 W13yq:v52lxz W13yl:v4jro90uv W13yj:vne3uxb W13yh:lr1ww " +
  "W13ye:v5k29pawd W13y7:v8ww4rk W13y6:vrutwfj W13y0:v7q9cr866qgj W13xw:lcxgw W13xs:v661pi5b W13xj:v13ipzb72b9 " +
  "W13xh:vkjwoplyw W13xb:ls980 W13xa:lf5yo W13x8:v38lfb W13x7:vvg61x W13x6:vdn8qtekp W13x4:lme28 W13wy:v15vch8qq95 " +
  "W13wo:v69qrkpyh W13wh:b13ig+g W13we:v2b W13wc:v3umoifg4rv0 W13wb:vw W13w9:lctsg W13w4:v7t0rnjiqcmn W13vw:v2t " +
  "W13vp:vxp3n1q W13vn:v5vz7ivsj W13vl:v61wb93dv W13vd:vgni W13vc:v14aih8b0xf W13v9:ls7b4 W13v6:ld6wg W13v4:ve9b " +
  "W13v3:v3f73zn8j W13v2:vcc0 W13uy:ls8s0 W13uw:leh9s W13uu:v2b W13up:v6iw W13uo:v37 W13ui:v6bop2xym W13uh:b13ul+0 " +
  "W13ua:v8vtlp34qijp W13u7:v4jrz6br5 W13u6:vt1apchfef W13u4:b13l7+0 W13u0:v4jrz6br5 W13tz:vt1apchfef W13tx:lcxio " +
  "W13tt:b13l6+0 W13to:vm2 W13tm:vco0 W13tj:v4i53z W13td:vfv4 W13t8:v38lmx W13t7:vkygphv W13t4:b13so+0 W13t2:lbl1s " +
  "W13sq:v4jro90uv W13sm:lr1ww W13si:v8yjtwc0lrvz W13s6:v1f09hh W13s4:vmlw W13s0:lqj2o W13ru:vciqv37dpc W13rt:l64nk " +
  "W13rn:vjn2 W13rm:v2r W13rh:v7t0dggkmzcf W13r9:v6cg W13r6:v38l4w W13r2:vpgmaznadh W13r1:vr0b0m2kb4 W13qq:v6d6 " +
  "W13ql:v7t3hdfn8sj1 W13qk:v7t3hdfqpv8v W13qj:vciqv379ca W13qi:b13qq+0 W13qd:vl7y W13q8:v4jrkcjy8 W13q7:v3q7fqfgc " +
  "W13pz:v1dvvxrqzgh W13py:v2t W13pu:vjy8 W13pl:lf5o0 W13pg:vf2wq52vemf40 W13pf:b13lb+0 W13pc:v2s W13pa:vj8qt03 W13p9:lsb9c " +
  "W13p8:v6drlop40 W13p7:l64nk W13p5:lqwsw W13p3:v64l W13ox:vk1g W13ow:v63wqi2xw W13ov:v3d W13on:l64nk W13ok:v8u4wuthamb " +
  "W13oj:vaj40044qg W13oe:v2t W13nz:li9rk W13ny:v1z141z4 W13nx:v7w4g7wg W13nw:v2190t1c W13nv:v1z63uo0 W13nt:l4axc " +
  "W13nq:v6e384s8 W13np:vdn8qtfyd W13ne:v1e W13n5:v2b W13mx:l64nk W13ms:v69sg1xz9 W13mr:b175m+0 W13mm:v36 W13ml:lip00 " +
  "W13mh:v3x0tw W13mg:ls89k W13mc:vbhhu95 W13mb:b176c+0 W13m5:lksj4 W13m0:v12rpd5snxt W13lu:v69sg1xz9 W13lq:v8vx4avfj0ip " +
  "W13lp:v13jlm0h6k2 W13lk:v4jro90tw W13lh:vs5hbhk W13lg:v36 W13l5:b13fa+g W13l3:v45fn3 W13l1:v24y9b8ku W13l0:v1dvxu8y6i4 " +
  "W13kx:v1z15gjk W13ks:v4jstndkn W13ir:v12rpd5snxt W13ig:lcxio W13ib:lm31s W13hf:v1x3ji W13h8:v17fqbm2g6x W13gp:vm0j " +
  "W13f9:l64nk W13ex:lkshc W13e8:v2b W13e5:l6dg0 W13dx:v15uqtkfkv9 W13dh:l64nk W13df:l64nk W13dc:l4axc W13da:v4jro90sz " +
  "W13d9:vid1uo4xc W13d8:vm7p W13d1:v3pyt0 W13cy:b13cz+0 W13cv:v4qw W13cu:vqgnhwl W13cs:ls8s0 W13cp:v5bbvnbqtu85 " +
  "W13co:v3pysy W13cj:v1q W13cg:v6e1fuathvr4 W13ce:v4dysu W13c8:v4jro90qp W13c6:vk11 W13c0:ld0c0 W13by:v8tqpspgwlf " +
  "W13bx:v1dvvxqqj29 W13bw:v4gqr6 W13br:vmsz W13bp:lmgxc W13bo:lk79s W13bn:b13pg+0 W13bm:vverhg W13bk:v8vwq9rijckl " +
  "W13bj:vmst W13bh:ls980 W13bd:b12yv+0 W13b9:b13c0+g W13b6:v4b511k W13b5:v3pyt0 W13b2:b13b3+0 W13b1:vmlh W13az:v6bsb0kcg " +
  "W13au:vs4w7eb W13as:v4w7j5 W13ar:b13at+g W13ap:v4jrllogw W13aj:v3x2so W13af:v38l4w W13ae:v42mox W13ac:vmps " +
  "W13aa:v6e2n8zapc74 W13a8:v8vtlt177fjo W13a3:b134e+0 W13a0:v6e2n8zapc74 W139z:vqf02tdo6q0 W139y:vk1g W139u:b134e+0 " +
  "W139s:v38l4w W139r:v5k46zvqs W139l:v1pvio W139k:v5k6ev8mm W139d:v38l4w W139b:v30 W1396:v2z W1392:v38l4w W1391:v5k46zvqj " +
  "W138v:v37 W138u:v18z3mn8bqc W138n:v5k4r8yn8 W138i:v4jrkcjy8 W138g:vj9m8fed7o W138b:v4jrkcjy8 W1389:v63wqi2xw W1381:v9r8 " +
  "W137u:v2s W137o:v38l4w W137n:v5k46zvqc W137h:v6bop4e3w W137c:v3new5uredugtr W137b:vv24d7 W1379:v2t W1377:lrek0 " +
  "W1375:vkjwoplyw W1374:vviz6v W1372:v2t W136x:v38l4w W136v:v4qlpw W136q:v6e1fuathvr4 W136p:vkmr W136k:v38l4w W136i:v4ciud " +
  "W136f:b22i+0 W136b:v4i5wv W1366:v1v5huz2n W1365:v5o2th10v W1360:v1r7fmuq7 W135z:v3x0tv W135v:v6e1fuathvr4 W135u:vk1f " +
  "W135q:v6y2j28 W135p:vqgngpx W135e:v38l4w W135c:v586f3bsk W1358:v6e1fuathvr4 W1357:v781tlm W1356:v586f65q0 W1354:vmlr " +
  "W1352:lry80 W1350:v1165nbnv5a W134w:lpf9s W134s:voq4b1fw W134r:v69poblv0 W134k:lsa74 W134j:lsoso W134f:v46ued " +
  "W134c:b1344+0 W1348:v38odg W1346:v586f65pq W1345:v6cg W133z:v69po2kit W133u:bdix+0 W133t:bz80+g W133r:v1rdwhvyi W133n:v3 " +
  "W133l:vp1hq55mw0 W133g:v61wb93e8 W133f:v4jrkcyh4 W133e:v69po0bcg W133d:v3k W133c:lmxyo W133a:ls5x4 W1338:v2b " +
  "W1336:v69po0bcg W1334:v1x W1333:lqwsw W132z:b133h+0 W132t:v16dpszcn7 W132r:v4y2m1wo2rkw W132n:v3hgsh W132g:b132c+0 " +
  "W132f:v38lfg W132a:b12xm+0 W1324:l9pn4 W131z:v4jro928c W131y:v8z79j8h7b W131x:v1165nbnv55 W131u:lqwz4 W131s:v6e1tveqbxfk " +
  "W131r:vaxcfj0o28 W131q:v3yi5r W131m:v4jst53wh W131l:vqp5r2s8 W131k:v1165nvsoyt W131e:ljw5s W131c:ls5x4 " +
  "W131a:v6e1h5nk775s W1319:vg74j W1318:v7cbs5uxphlx W1314:v4jrkcjy8 W1313:v4jsi7tqy W130t:v38lfy W130q:vvqo774 W130m:lc5n4 " +
  "W130g:v4vtqmi93g W130f:v1165nvsmzt W1309:b1awm+0 W1305:l4awg W1300:lryw0 W12zw:vqgngpx W12zt:ls5x4 W12zr:v6e1fuawp2ec " +
  "W12zq:v4f29 W12zo:vk1f W12zm:vrutv1o W12zj:vg74b W12zi:v586f65pq W12zg:b12ac+120 W12ze:b2ja+0 W12zc:v6e4gouwtpts " +
  "W12z4:b12z6+0 W12z1:v5 W12z0:v1 W12yz:b12ac+ow W12yv:v1z142bk W12yt:v2h1b12rmmic W12yr:v4jrkcjy8 W12ym:v8vud5mg57qd " +
  "W12yk:b12yl+0 W12yi:v11ej3k8tng3f7 W12yh:b12y5+0 W12yf:b12yg+0 W12yd:lj5ab W12yb:b12y5+0 W12y9:b12ya+0 W12y7:v2b " +
  "W12y6:v4jrkcjy8 W12y5:v4gpk4 W12y3:b12y4+0 W12y1:v38l4w W12y0:biqz+0 W12xz:v2b W12xy:b12xz+0 W12xw:v38l4w W12xt:biqz+0 " +
  "W12xs:v38rrg W12xr:b12xs+0 W12xo:v5 W12xn:byoh+g W12xm:v18l2iqlaan W12xl:v6cg W12x9:lsdds W12x6:vi2z45npmh " +
  "W12x3:vx99y5n329 W12wy:vl7n W12wx:v13ik5t5zsh W12ww:v1n8br2ls W12wt:v7 W12ws:vefewggi79 W12wk:v8t5qg9epshb " +
  "W12w9:v18z7h3pw8e W12w3:v37 W12w2:b12a4+74 W12w1:v1z1429s W12w0:v2b W12vw:bz8w+0 W12vp:lnuog W12vb:b12ve+0 W12v0:b12v3+0 " +
  "W12uz:v1ta42 W12uo:v2f4y8 W12un:vqgnibc W12ul:b12ac+w W12uk:vmsy W12uf:v4jrp6qhj W12ud:vqgnhwl W12u9:v38l4w " +
  "W12u8:v9d7zzbu37 W12tv:v1 W12tu:vcvy2d0 W12tr:va W12tq:vbxpauj W12to:b885+g W12tn:v3yhkp W12tg:v1a W12td:v8kxvxbra0 " +
  "W12t9:v3yhkp W12t7:bfy9+0 W12sx:b12sz+0 W12sv:vaf W12su:vvg61x W12st:vj614fldsphf W12sh:vh6o W12sd:v3ua95 " +
  "W12sc:v12dm8c4cqa W12sb:vmll W12s9:v6lkybs6q W12s6:v5npjhqf0u8j W12s5:v1dvvxughta W12s0:v5k479ke1 W12rz:v1q W12op:v1x3ji " +
  "W12oi:v1dvvxughta W12nz:vux8pwz W12lf:v3p162aoezk W12le:v1dvxugh1io W12ld:v3p162aoezk W12kw:v3p162aobv4 " +
  "W12kt:v1dvxugh1io W12ks:v3p162aobv4 W12ke:v1dvxugh1io W12kd:v3p162aoe8g W12kc:l6dg0 W12ix:b12iy+g W12iu:b12ih+g " +
  "W12it:b12ww+0 W12il:b12gl+g W12if:v1dvxugh1io W12ie:v3p162aob40 W12id:l6dg0 W12ic:v6e1hlft2eqo W12i8:b12gl+g " +
  "W12i0:v1dvxugh1io W12hz:v3p162ao7s0 W12hy:v1dhx1qw200 W12ht:v1dvxugh1io W12hr:v1dvxugh1io W12h3:v1dvxugh1io " +
  "W12h2:v3p162aoa5c W12h0:b12gl+w8 W12gy:b12gl+v4 W12gw:b12gl+u0 W12gu:b12gl+sw W12gs:b12gl+rs W12gq:b12gl+qo " +
  "W12go:b12gl+pk W12gm:v8ww4rk W12ge:v1 W12gc:v1 W12g7:v1 W12g0:v1 W12fy:v1 W12fw:v1 W12fu:v1 W12fs:v1 W12fo:bhgp+0 " +
  "W12fg:bhgo+0 W12f8:v1 W12ew:b12ex+g W12es:b12et+g W12ep:b12e1+g W12en:b12d5+g W12em:b12gl+g W12eg:l6dg0 W12ee:vo " +
  "W12e4:v38m78 W12dz:v1dvxugh1io W12dy:v3p162ao6ao W12dw:b12dm+sw W12dt:b12dm+rs W12dr:b12dm+qo W12dp:b12dm+pk W12di:l6dg0 " +
  "W12d9:bcky+g W12d2:v1dvxugh1io W12d1:v3p162ao4xs W12cz:l6dg0 W12cs:b12az+g W12cl:v1dvxugh1io W12ck:v3p162ao3kw " +
  "W12cj:l6dg0 W12cd:b12az+g W12c4:v1dvxugh1io W12c3:v3p162ao280 W12c2:l6dg0 W12bw:b12az+g W12bp:v1dvxugh1io " +
  "W12bo:v3p162ao0v4 W12bl:l6j6g W12bj:l6j5c W12bh:lrj4o W12bg:l6dg0 W12b7:v1dvxugh1io W12b6:v3p162ao040 W12b4:l6j6g " +
  "W12b1:l6j5c W12b0:v1a W12as:l6dg0 W12ae:l64nk W12a3:v1dvxugh1io W12a2:v3p162anxkg W12a1:l6dg0 W129r:lsdds W129o:b126o+g " +
  "W129f:v1dvxugh1io W129e:v3p162anay8 W1291:v1dr9r2k W128y:v1dha5os W128v:v1ff7bd8 W128b:v1dvxug0u80 W1283:v1dqzww3 " +
  "W1280:v1dh0bib W127x:v1dhy88xef7 W127q:v6bsas1o0 W127o:vwazywd W127l:vmsr W127d:v1dvvxtfvqe W1273:lsdds " +
  "W126v:v1dvxugh1io W126u:v3p162alc2o W126s:l6j6g W126q:l6j5c W126p:v1jazj W126e:bh4e+0 W1259:b124w+g W124v:bqrx+g " +
  "W124p:v1dvxugh1io W124o:v3p162anua8 W124m:l6j6g W124k:l6j5c W124j:l6dg0 W124i:vciqv379da W1248:v86s W1243:v2b " +
  "W123e:v1dvxug0u80 W123c:v1dvxug0u80 W123a:v1dvxug0u80 W1238:v1dvxug0u80 W122h:l6dg0 W121w:v1dvxug0u80 W120a:bh6y+0 " +
  "W11zr:v297rp5d1 W11z2:v3p162anrxs W11z1:v1dvxugh1io W11z0:v3p162anrxs W11yz:l6dg0 W11yk:v3p162anq9s W11yj:v1dvxugh1io " +
  "W11yi:v3p162anq9s W11yh:l6dg0 W11y4:v3p162anpio W11y3:v1dvxugh1io W11y2:v3p162anpio W11y1:l6dg0 W11xo:v3p162anork " +
  "W11xm:v1dvxugh1io W11xl:v3p162anork W11xk:l6dg0 W11x5:v3p162anmts W11x3:v1dvxugh1io W11x2:v3p162anmts W11wp:v3p162anm2o " +
  "W11wn:v1dvxugh1io W11wm:v3p162anm2o W11we:v297rp5d1 W11w8:v1dvxugh1io W11w7:v3p162anlbk W11w6:l6dg0 W11w4:v86s " +
  "W11w1:lrfzs W11w0:bxcv+0 W11vw:bxcu+0 W11vs:bxcx+0 W11vo:bxct+0 W11vk:bxcs+0 W11vg:bxcr+0 W11v8:viu7 W11v4:v4kf8pwm26 " +
  "W11v3:v4jrkcjy8 W11uy:v1dvxu8y99h W11ux:b1179+g W11uw:v8sct9nvjlut W11uv:b116i+g W11ut:v1g00a W11ul:b11k4+g " +
  "W11uk:b11k7+g W11u4:l6dg0 W11u2:l6chc W11u1:l64nk W11s5:lro00 W11kk:l5vps W11k7:v16heg8vqog W11k0:vnl1 W11jv:v1dvxugh1io " +
  "W11ju:v3p162ana74 W11jt:l6dg0 W11jr:v36 W11jo:b11k8+g W11jn:bxcv+0 W11jj:bxcu+0 W11jf:bxct+0 W11jb:bxcs+0 W11j7:bxcr+0 " +
  "W11iz:viu7 W11iv:v4kf8pwm26 W11iu:v38l4w W11ip:v1dvxu8y99h W11io:b1176+g W11in:v297rojmt W11im:b115j+g W11ik:lrknt " +
  "W11ic:b119b+g W11ib:b119e+g W11ht:l6chc W11hs:l64nk W11hq:v71e98z1p W11ad:v297rp5d1 W11a0:bxd3+0 W119q:bnag+0 " +
  "W119b:vnrx8ey2ts W1197:vnl1 W1192:v1dvxugh1io W1191:v3p162an8v4 W1190:l6dg0 W118y:v1m8a6 W118v:bxcp+0 W118r:bxco+0 " +
  "W118j:v3pysz W118f:v4kf8pwm26 W1188:v1dvvxu80ad W1187:b1179+g W1186:vk18 W1185:b114x+g W1183:v2b W117v:b1106+g " +
  "W117u:b1109+g W117d:v4jrkcjy8 W1178:l6chc W1177:l64nk W1113:l6dg0 W110r:v26y3z W110k:v1f W110g:v2yzja3p6 W1104:lrfzs " +
  "W1103:v72 W1102:v72 W10zs:v3p162an5v4 W10zr:v1dvxugh1io W10zq:v3p162an5v4 W10zi:v1 W10zg:v1 W10z9:v21auo " +
  "W10z3:v3p162an540 W10z0:v1dvxugh1io W10yz:v3p162an540 W10yr:v1 W10yp:v1 W10yg:vl4cwuxsts W10yc:v1dvxugh1io " +
  "W10yb:v3p162an4cw W10ya:vj6bbczq5t W10y4:bnag+0 W10xz:vw0i4x8 W10xy:vw0i4x8 W10xw:b10w4+g W10xv:v1 W10xt:v1 W10xq:v1 " +
  "W10xo:v1 W10xn:bnag+0 W10xg:v1dvxugh1io W10xf:v3p162an3ls W10xe:v1k W10xd:v18lw5i6jqs W10x4:v1dvxugh1io " +
  "W10x3:v3p162amnpc W10x2:v26x4g W10x1:v18z3obsb34 W10wo:v14b81lmw3k W10wm:v4jrkcjy8 W10wl:v1dhxjanckt W10wk:v4jrkcjy8 " +
  "W10wi:bx6i+0 W10wg:bx6k+0 W10we:bx67+0 W10wd:v4jt8ar1n W10wc:bx67+0 W10wb:v1dvxug0u80 W10w1:v1dvxugh1io " +
  "W10w0:v3p162an28w W10vy:l6j6g W10vw:l6j5c W10vu:l64nk W10vp:v72 W10v8:v1dvxug0u80 W10v4:v1dvxug0u80 W10v0:v1dvxug0u80 " +
  "W10uz:v1dvvxppx4v W10ur:v72 W10uf:v1dvxug0u80 W10u9:v1dvxug0u80 W10u4:v6w W10ts:v1dvxug0u80 W10tm:v1dvxug0u80 W10th:v6o " +
  "W10t5:v1dvxug0u80 W10sz:v1dvxug0u80 W10su:v68 W10sd:v1dvxug0u80 W10sc:v1dvxug0u80 W10s7:v5c W10rv:v1dvxug0u80 " +
  "W10rp:v1dvxug0u80 W10rk:v4g W10r8:v1dvxug0u80 W10r2:v1dvxug0u80 W10qx:v3k W10ql:v1dvxug0u80 W10qa:v2o W10pv:v1dvxug0u80 " +
  "W10pp:v1dvxug0u80 W10po:v1dvvxppx40 W10pg:v1s W10p1:v1dvxug0u80 W10ov:v1dvxug0u80 W10ou:v1dvvxppx4g W10om:vg " +
  "W10o7:v1dvxug0u80 W10o1:v1dvxug0u80 W10o0:v1dvvxppx4o W10ns:v8 W10nd:v1dvxug0u80 W10n9:v1dvxug0u80 W10n6:v1dvxug0u80 " +
  "W10n5:v1dvvxppx4s W10mx:v4 W10ml:v1dvxug0u80 W10mf:v1dvxug0u80 W10ma:v2 W10ly:v1dvxug0u80 W10ls:v1dvxug0u80 W10ln:v1 " +
  "W10l6:v1dvxug0u80 W10kv:v1dvxug0u80 W10ks:v1dvxug0u80 W10kn:b10jy+w W10ki:v72 W10k2:v1dvxug0u80 W10jy:v1dvxug0u80 " +
  "W10jw:v1dvxug0u80 W10jv:v1dvvxppx4u W10jn:v70 W10j8:v1dvxug0u80 W10j4:v1dvxufzvay W10j2:v1dvxug0u80 W10j1:v1dvvxppx4v " +
  "W10it:vw W10i7:v1dvxug0u80 W10i3:vbi2 W10i1:v1dvxug0u80 W10i0:v1dvvxppx4v W10hs:vw W10h6:v1dvxug0u80 W10h0:v1dvxug0u80 " +
  "W10gz:v1dvvxppx4v W10gr:vw W10g6:v1dvxug0u80 W10fy:v1dvxug0u80 W10fx:v1dvvxppx4v W10fp:vw W10f7:v1dvxug0u80 " +
  "W10f0:v1dvxug0u80 W10ez:v1dvvxppx4v W10er:v1 W10ea:v1dvxug0u80 W10e6:v1dvxu8xvzu W10e3:v1dvxug0u80 W10e2:v73 " +
  "W10dw:vb33bdu7jeo W10cl:l6dg0 W10cf:v1dvxug0u80 W10c7:v1dvxug0u80 W10c6:v73 W10bi:v1dvxug0u80 W10bb:v1dvxug0u80 " +
  "W10ba:v1dvvxppx4v W10b2:v73 W10ak:v1dvxug0u80 W10ag:v1dvxug0u80 W10ac:v1dvxug0u80 W10ab:v1dvvxppx4v W10a3:v72 " +
  "W109p:b10cd+g W109n:b10bg+g W1095:v3p162an1hs W1094:v1dvxugh1io W1093:v3p162an1hs W1091:l6j6g W108z:l6j5c W108y:l6dg0 " +
  "W108r:b10vv+g W108q:v1 W1085:v1dvxugh1io W1084:v3p162an0qo W1082:l6j2o W107y:v1 W107w:v1 W107u:v1 W107s:v1 W107p:v1 " +
  "W107n:v1 W107m:l6dg0 W107b:b1078+g W106n:v3p162amzbk W106k:v1dvxugh1io W106j:v3p162amzbk W106h:l6j00 W106f:b1066+qo " +
  "W106d:b1066+pk W106c:l6dg0 W1067:v3kqlrcm5j02 W1062:v1 W1060:v1 W105y:v1 W105w:v1 W105u:v1 W105s:v1 W105q:v1 W105a:v1 " +
  "W1058:v1 W1056:v1 W1054:v1 W1051:v1 W104z:v1 W104y:b1066+g W104u:b104o+g W104e:v1dvxugh1io W104d:v3p162amxcw W104b:vw " +
  "W1047:v1 W1045:v1 W1040:b1041+g W103t:b103u+g W103o:b103p+g W103j:b103k+g W103f:b103g+g W103a:b103b+g W1033:v1dvvxppx4v " +
  "W102r:v1dvxugh1io W102q:v3p162amueo W102n:l6j6g W102l:l6j5c W1023:v6aesoao W101v:b104o+g W101l:v1dvxug0u80 " +
  "W101h:v1dvxug0u80 W101g:b100j+w W101c:v6eum6f3 W1016:v6eum6f3 W100p:v1dvxug0u80 W100o:v43gs86po2sy W100j:v1dvxufzvao " +
  "W100g:v6aesoao Wzzx:v1dvvxrllbn Wzzu:v6058bgg Wzz9:v1dhx679b8w Wzz6:v5yt9wxs Wzyn:v1dvxug0u80 Wzyj:v1dvxu8xvzi " +
  "Wzyg:v6eujda8 Wzya:v5yrz0g0 Wzxv:v1dvxug0u80 Wzxp:v1dvvxrllbk Wzxm:v5x9w5c0 Wzx4:v1dvxug0u80 Wzx0:v1dvxufzvao " +
  "Wzwx:v6eum680 Wzwr:v5x3c6bk Wzwa:v1dvxug0u80 Wzw6:v1dvvxrln3l Wzw5:v1dvxug0u80 Wzw2:v6eum6f2 Wzvw:v5x3c622 " +
  "Wzve:v1dvxug0u80 Wzva:v1dvxufzvao Wzv8:bzyn+g Wzv6:v6eum6ew Wzv0:v5x3c5xc Wzum:v1dvxug0u80 Wzuj:v1dvxug0u80 " +
  "Wzuf:v1dvxu8xvzi Wzuc:v6etzpc0 Wzu6:v4aacpvk Wztr:v1dvxug0u80 Wztl:v1dvvxrllbk Wzti:v49po8w0 Wzsx:v1dvxufzvao " +
  "Wzst:v2gieh34 Wzs9:v1dvxug0u80 Wzs5:v2rvxts Wzr1:v1dvxug0u80 Wzqx:v1dvxu8xvzi Wzqs:v6es4a2o Wzqm:v2937c3k " +
  "Wzq3:v1dvxug0u80 Wzpz:v1dvxufzvao Wzpv:v6aesoao Wzpp:v65yz668 Wzp8:v1dvxug0u80 Wzp4:v1c Wzp0:v6ekml1c Wzou:v2gieh34 " +
  "Wzod:v1dvxug0u80 Wzo9:v1dvvxrllbk Wzo5:v6eukruo Wznz:v49po8w0 Wznl:l6dg0 Wznf:b100l+g Wzn0:v3p162amt1s Wzmz:v1dvxugh1io " +
  "Wzmy:v3p162amt1s Wzmw:l6j6g Wzmu:l6j5c Wzmt:l6dg0 Wzmk:v1 Wzm6:v1dvxug0u80 Wzlo:v1dvxugh1io Wzln:v3p162amsao Wzll:l6j2o " +
  "Wzlh:v1 Wzlf:v1 Wzlc:v1 Wzla:v1 Wzl1:v38lly Wzkz:l6dg0 Wzkv:bzk0+g Wzkf:v3p162amrio Wzkc:v1dvxugh1io Wzkb:v3p162amrio " +
  "Wzk9:l6j00 Wzk7:bzk0+pk Wzk6:l6dg0 Wzk1:v3kqlrcm5j02 Wzjx:v1 Wzjv:v1 Wzjs:v1 Wzjq:v1 Wzjo:v1 Wzj9:v1 Wzis:v1 Wzip:v1 " +
  "Wzio:by5i+0 Wzib:v1dvxugh1io Wzia:v3p162amqrk Wzi8:vw Wzi4:v1 Wzi2:v1 Wzhw:bzhx+g Wzhr:bzhs+g Wzhm:bzhn+g Wzhi:bzhj+g " +
  "Wzhh:l6dg0 Wzhd:v6eum6f3 Wzh3:v1dvxugh1io Wzh2:v3p162amq0g Wzgz:l6j6g Wzgx:l6j5c Wzfy:v1dvxugh1io Wzfx:v3p162ammy8 " +
  "Wzfv:l6j6g Wzft:l6j5c Wzfs:l6dg0 Wzfr:v1rdwhvyi Wzfn:v1 Wzfl:v1 Wzfj:v1 Wzfh:v1 Wzff:v1 Wzfd:v1 Wzf8:bzdl+g Wzf6:v1 " +
  "Wzey:v1 Wzew:v1 Wzeu:v1 Wzes:v1 Wzeq:v1 Wzeo:v1 Wzed:l6dg0 Wzdp:bzcf+g Wzdh:v1dvxugh1io Wzdg:v3p162amkzk Wzdf:l6dg0 " +
  "Wzde:v2b Wzda:bzcw+g Wzcu:bzcf+g Wzcj:v1dvxugh1io Wzci:v3p162amk8g Wzch:v4jroyayo Wzcg:v1z15g5c Wzca:v4jt271p6 " +
  "Wzc8:bzc9+g Wzc4:bzc5+g Wzc0:bzc1+g Wzbw:bzbx+g Wzbs:bzbt+g Wzbo:bzat+g Wzbk:v1 Wzbi:v1 Wzbf:v1 Wzbd:v1 Wzbc:l6dg0 " +
  "Wzay:v2b Wzax:v2b Wzaw:v2b Wzas:v2b Wzar:v1dvxugh1io Wzaq:v3p162ambsw Wzao:l6j00 Wzan:l6dg0 Wzak:v4jrkcjy8 Wzai:l4z00 " +
  "Wzac:v1dvxugh1io Wzab:v3p162aj9dc Wza9:l6j00 Wza8:l6dg0 Wza3:b119f+g Wz9y:v1dhxqj0dbn Wz9x:l4z00 Wz9o:lrdm8 " +
  "Wz8w:v18zx83lyer Wz8q:v2b Wz8o:v30 Wz8m:by79+0 Wz8f:l64nk Wz89:bygn+0 Wz88:v38lev Wz83:l64nk Wz7s:v2z Wz7q:byoi+0 " +
  "Wz7m:vrutug6 Wz7k:byo9+0 Wz7g:v46xk1 Wz7c:vl83 Wz78:vumpsvs Wz70:v6e1aczq6znk Wz6w:vkjwoplyw Wz6u:v1d6g Wz6r:lrek0 " +
  "Wz6p:vkjwoplyw Wz6m:lrek0 Wz6k:v6e1ad1ivxpi Wz6j:v8i1 Wz6f:by7n+0 Wz66:by7n+0 Wz64:ls8s0 Wz5y:v4jrkcjy8 Wz5v:l6i76 " +
  "Wz5t:v1z148aq Wz5s:vciqv37dpc Wz5p:v4js8b0n4 Wz5o:vko4iw9vlh Wz5m:l6j6g Wz5k:v3p160iuz9c Wz5j:v194io Wz5f:v3rwdysdr60h " +
  "Wz5c:v6eum6f3 Wz5a:bz5c+0 Wz58:v6e1aczq704r Wz57:v1dvxugh1io Wz52:v6e1aczq704r Wz50:vjtx Wz4w:v2b Wz4t:vw Wz4s:bz4t+0 " +
  "Wz4l:v3x0ts Wz4k:bynq+0 Wz4i:v1q Wz4e:bz4j+0 Wz4a:v30 Wz49:v5xucy7os Wz44:bz45+0 Wz41:v30 Wz3x:v403p9btb Wz3t:bz3u+0 " +
  "Wz3q:vcc2 Wz3o:lrb3k Wz39:v820ltq Wz36:bz22+0 Wz34:bz35+0 Wz2x:v2b Wz2w:v530jzufv876 Wz2r:ls7b4 Wz2q:bz22+0 " +
  "Wz2o:v6e1aczq6znk Wz2n:v1b Wz2k:bz22+0 Wz2e:lry48 Wz2d:bz22+0 Wz22:v2s Wz21:b4jy+0 Wz20:v3kqlrcm5j02 Wz1u:veac " +
  "Wz1r:v8i2mf8hsak6 Wz1k:v4js8b1bw Wz1j:v1lacb7go Wz1h:v7qaiujx2zxf Wz1a:v6sy Wz19:v1rdwhvz4 Wz15:v2uo1w26n Wz12:v6bsaguhv " +
  "Wz0z:ls7rk Wz0y:v2p Wz0w:bz0y+0 Wz0t:vu Wz0q:bz04+0 Wz0p:by7n+0 Wz0k:lrg3c Wz0i:v8ww4rk Wz0d:v4jjop Wz0a:ls7rk " +
  "Wz07:v4t1u8vum3cj Wz06:vcc0 Wz03:bz04+0 Wz02:lou4w Wz01:lrge0 Wyzy:v2t Wyzx:v8ww4rk Wyzw:lsduw Wyzu:v38lfg Wyzs:v37 " +
  "Wyzq:vw Wyzm:v8hyq9wwujqk Wyzi:v2t Wyzh:byzp+0 Wyzb:v6e1aczq6znk Wyza:v9fyko2 Wyz7:vmlw Wyz6:ls8ko Wyz4:v391s9 " +
  "Wyz3:lou4w Wyz1:v8scroeb5lr8 Wyyz:lrge0 Wyyu:v41aax Wyyt:vciqv37dpc Wyys:v5i38iezt Wyyp:vns5 Wyyo:vmt0 Wyym:vmt0 " +
  "Wyyj:v6dnqgyg5 Wyyi:v4mcbwrpf Wyyh:lpf9s Wyyg:vvo5v1q Wyyf:v8scroeb5lpj Wyya:v1dvvxprbi7 Wyy7:vw Wyy4:v4jrkcjy8 " +
  "Wyy3:v2xev8oxkaoz Wyxx:vw Wyx9:v18zx83lyer Wyx8:b141v+0 Wyx4:b4ho+0 Wyx3:l4awg Wywx:v2n34p0ry Wyww:vw Wyws:v1h " +
  "Wywo:bygn+0 Wywn:v38lev Wywi:by56+0 Wywh:bxgp+0 Wywd:l64nk Wywa:bxd3+0 Wyw5:vbdw000 Wyw4:v46xk1 Wyw2:byic+0 Wyvz:vb3wem8 " +
  "Wyvy:vl83 Wyvw:byhb+0 Wyvt:vbxv6rk Wyvs:vumpsvs Wyvj:v6e1aczq6znk Wyvb:v1d6g Wyv8:vw17ecs Wyv7:byv8+0 Wyv6:lrek0 " +
  "Wyv4:vkjwoplyw Wyv3:v8ejgl2a8sj Wyuz:v5xudniat Wyuy:byuz+0 Wyux:lrek0 Wyuu:v1og75 Wyur:by7n+0 Wyuo:v1z3k33f3 Wyud:by7n+0 " +
  "Wyuc:lsalk Wyub:byuc+g Wyu4:b15ew+g Wyu1:v30 Wytw:bytx+0 Wyto:v1rdwhvz4 Wytn:byto+0 Wytl:v2b Wytj:vjtx Wyte:bytf+0 " +
  "Wyt5:v1rdwhvz4 Wyt4:byt5+0 Wyt1:vvz0au7c9c Wysy:v89sh6z204mm Wysx:byns+0 Wysu:v460slibz Wysp:v1q Wysn:lrb3k Wysb:bysc+0 " +
  "Wys3:v96b Wys2:bys3+0 Wyrz:v3bp9v7o24 Wyru:byrv+0 Wyrq:byrs+0 Wyrm:v3kqlrcm5j02 Wyrl:ld8k0 Wyrh:veac Wyre:v5jc " +
  "Wyrd:v8i2mf8hsak6 Wyr9:v1bt1s Wyr7:v61tjhe21 Wyr5:by6l+0 Wyr3:v6e1aczuydt0 Wyr2:v34j7gd1r Wyqz:v18zx5mg7e7 Wyqx:ls7rk " +
  "Wyqw:v5c974iem Wyqu:byqw+0 Wyqr:vnebwqz5ck Wyqq:v4jjop Wyqe:v38 Wyqd:v36 Wyqb:lou4w Wyqa:v134n1n2mi5 Wyq6:v2s " +
  "Wyq5:v8ww4rk Wyq4:byqa+0 Wyq2:vemr15 Wypz:v41aax Wypu:vwaneqr Wypn:v2h1b12shg68 Wypf:v5w0bk12s Wypb:v13itxwp0m7 " +
  "Wyp9:v2h1b12shg68 Wyp5:v9d7zzbu61 Wyp1:vw Wyov:v18zx83lyer Wyol:v2b Wyoi:v46ue9 Wyoh:by79+0 Wyof:byog+0 Wyod:v2b " +
  "Wyob:v3x0tl Wyo9:v134myknfc3 Wyo8:by79+0 Wyo6:byo7+0 Wyo4:v2b Wyo3:v2mbrpduy533 Wyo1:v30 Wynz:byns+0 Wynx:byny+0 " +
  "Wynu:vcvl6q Wyns:vk1g Wynn:bynq+0 Wynk:vcc2 Wynj:v1q Wynh:vtt9apj Wynf:lrb3k Wynd:v1rdwhvz4 Wyna:v2b Wyn8:vlep " +
  "Wyn6:v5xucy7os Wyn5:by79+0 Wyn3:byn4+0 Wyn1:v2b Wymw:by79+0 Wymu:bymv+0 Wymp:v3zvxb Wymm:bymn+0 Wymf:bym7+0 Wymd:byme+0 " +
  "Wymb:vemr15 Wyma:vvhx5s Wym8:vk8f Wym7:v5m41ylwl Wym4:lrek0 Wym3:v6em Wym0:v2b Wyly:v38 Wylw:vwb6yxv Wylv:by79+0 " +
  "Wylu:v194io Wylt:bylu+0 Wylq:vl4ar Wylm:byhb+0 Wyll:v3wo4g Wylk:vmlh Wyli:byll+0 Wylf:v1fdawl4g Wyld:vw Wyl7:v61tjhe21 " +
  "Wyl6:vns9 Wyl5:v13wr5fcpke Wyl4:bylc+0 Wyl2:vir8u08bqa Wyl0:v36 Wyku:v1bba99vtd7 Wyks:byhb+0 Wykr:v194io Wykq:bykr+0 " +
  "Wykm:v6bqd7lvb Wyki:v2t Wykc:vs4s3n0 Wykb:v7t0dsagguw5 Wyk5:v2u Wyk4:b4hw+0 Wyjz:vmzn Wyju:v5xk Wyjr:by7n+0 " +
  "Wyjp:vl5lxh6gw Wyjn:v4i63l Wyjh:vemg Wyjg:vmsl Wyjf:v6bopbgx1 Wyjd:by7p+0 Wyj9:v38lul Wyj8:vc94 Wyj7:vl83 Wyj6:v5w0bk12s " +
  "Wyj2:v38lul Wyj1:vc20 Wyj0:v2z Wyiz:vttami5 Wyiu:v38l4w Wyis:v4b2i4 Wyir:v170y2jnyhy Wyih:boxv+0 Wyig:v1j " +
  "Wyif:v18zv6l9ch0 Wyi4:vqgni3y Wyi3:v96a Wyi2:byi3+0 Wyi0:v6e1aczq704r Wyhz:v442vftoz Wyhy:v2n Wyhr:vd1k Wyhm:vkjwoplyw " +
  "Wyhf:v6e2lxmn77cw Wyhb:v3pyst Wyha:byhb+0 Wyh8:v6e1aczq6znk Wyh1:bygi+0 Wygx:v38l7o Wygw:v83t Wygq:v38llw Wygp:vbdw000 " +
  "Wygl:v38 Wygi:v18zv5h2jbz Wygg:bygi+0 Wygf:v2h1b12shg68 Wyge:l64nk Wygc:v38l4w Wyg6:v586euxr9 Wyg0:v1rdwhvyi Wyfu:l6dg0 " +
  "Wyfp:v3k Wyfk:v2t Wyfj:viu7 Wyfc:v7t5t0grz04f Wyf8:lsdfc Wyf0:v38lly Wyez:v2rvbh1e97jo Wyey:v6nivogab Wyew:bg4t+0 " +
  "Wyef:by5i+0 Wye8:lpfdc Wye6:lsd4g Wye4:v1dvvxsyi2o Wydz:v1dvvxsyi2o Wyds:v6e2lxmn77cw Wydk:vaf Wydj:vw2n5h Wyd9:vf " +
  "Wyd5:by5i+0 Wyct:viu7 Wycs:v2n Wycn:l64nk Wycc:ls834 Wyca:lrfzs Wyc7:v8q8fthludf Wyc6:v6w Wyc1:byav+0 Wyby:vciqv37dpc " +
  "Wybs:v2v Wybr:vkfi Wybp:v69tu17qm Wybo:byai+0 Wybj:v1dvxucyazk Wybf:vcrtp9g Wybb:v4grqr Wyba:ls8ko Wyb9:by35+0 Wyb8:v2z " +
  "Wyb5:v2b Wyb4:v4qw Wyb1:vw Wyax:vw0ns6n Wyaw:v8vtlv2py44f Wyaq:v4jrllogw Wyap:byat+0 Wyan:v4jrkcmey Wyai:v32 Wyaf:by6m+0 " +
  "Wyad:byae+0 Wyab:v2b Wya6:v4b2i4 Wya5:vumpsv3 Wya4:ls8ko Wya3:bg4t+0 Wy9y:vdnq40ieww Wy9u:ls8ko Wy9r:v6bskm44k " +
  "Wy9o:vl5lxh6gw Wy9f:v134myknfc3 Wy9a:v18l2keiulr Wy99:v8t1u93a1mr4 Wy96:by97+0 Wy95:vw Wy94:by95+0 Wy8z:v2s Wy8y:vjtx " +
  "Wy8w:lpfdc Wy8v:v1t6jy Wy8u:by8v+0 Wy8s:v4js88eai Wy8m:lrb3k Wy8l:vsp59pu Wy8k:by8l+0 Wy8j:v95z Wy8i:by8j+0 " +
  "Wy8f:v13jfmnqz5f Wy8d:v38l4w Wy85:vtt9apj Wy7s:bju3+0 Wy7p:v8vz1qv6goyp Wy7n:vlt1 Wy7k:v1dvvxqz1gg Wy7g:v38l5f " +
  "Wy7f:vu2l08i Wy7a:bju3+0 Wy6v:v1dvxu8xslm Wy6p:v38 Wy6m:v2b Wy6l:v170y2jnyhy Wy6h:vw17ecy Wy6f:by6m+0 Wy6d:vn03 " +
  "Wy6c:vun3tyr Wy66:v38l4w Wy65:v1l Wy64:vmt0 Wy60:vkms Wy5w:bpyr+g Wy5v:lrg0o Wy5k:v37 Wy5j:bxgr+0 Wy5f:by5i+0 " +
  "Wy5e:v2h1b12rmfce Wy5d:l64nk Wy5b:v38lfg Wy50:v6em Wy4z:b10wl+0 Wy4w:vsvblbtq1ldj Wy4v:v1d6g Wy4r:v38l8c Wy4q:by4s+0 " +
  "Wy4o:vsvblbtq1ldj Wy4m:v1d6g Wy4g:lpf9s Wy4d:by4f+0 Wy4b:vaq Wy4a:v4lrxjm6i Wy49:vs4ql46 Wy47:v5k1p25pu Wy45:v5k1p25pu " +
  "Wy44:lpf9s Wy43:v1b5q5g88hs Wy3z:vl5lxh6gw Wy3y:v4aip Wy3x:by3f+0 Wy3w:vl82 Wy3s:v46xdb Wy3r:v46xdb Wy3q:lpf9s " +
  "Wy3p:v15vkf1jyw5 Wy3l:vaq Wy3k:v4a4h Wy3j:v4htvbhu2 Wy3f:vmlr Wy3d:v4i63p Wy3b:lpf9s Wy3a:v18zv6l9ch0 Wy39:vciqv379ca " +
  "Wy35:v2r Wy34:b110a+g Wy2t:v24y9b8jk Wy2o:v2b Wy1o:v2r Wy0c:ls8ww Wy07:by83+0 Wxzb:v1x3ji Wxz3:v1dhxqj0dbn Wxz0:v1z14ezx " +
  "Wxyj:v63we0agw Wxx3:by3f+0 Wxwr:bxd3+0 Wxvx:v4jtc6m3e Wxvw:l6dg0 Wxvq:vk1f Wxvj:v6dq7s67b Wxvi:vnzm Wxvb:lrfyw " +
  "Wxva:lsdds Wxv9:l64nk Wxv8:l64nk Wxv5:l4awg Wxv4:lrfzs Wxv2:v38lly Wxv1:vgrl63o8gg Wxuz:lqj2o Wxuy:v2j2cp7cc Wxux:l64nk " +
  "Wxuv:v6e1aczq6znk Wxut:vk1h Wxuq:l9kgg Wxup:v3yijw Wxui:v5xg Wxue:lfnkg Wxud:v1t4j2 Wxuc:l64nk Wxua:v6e1aczq6znk " +
  "Wxu9:v36 Wxu7:vmlw Wxu2:v6e280hd8c58 Wxtx:v1a Wxtw:l64nk Wxtu:v6e1aczq6znk Wxtq:v2v Wxtl:v6e280hd8c58 Wxth:v3jx0ijmfwq9 " +
  "Wxtg:l64nk Wxte:v6e1aczq6znk Wxtc:vnzm Wxta:v4qlb9 Wxt5:v4js8b0xo Wxt1:bxt2+0 Wxsz:v96a Wxsy:l64nk Wxsw:v2b Wxsu:vn02 " +
  "Wxsq:v4jkhb Wxsl:v6e280h38qrg Wxsi:bxas+0 Wxsg:v2v Wxse:v2980s565 Wxsd:v947 Wxsc:bxse+0 Wxsa:v6e1aczq6znk Wxs9:v38 " +
  "Wxs7:vn02 Wxs2:v38lly Wxs1:vh5ma0jopc Wxry:bxrz+0 Wxrx:lp5lc Wxrw:v3jwzd5dkdpd Wxrv:l64nk Wxrt:v6e1aczq6znk Wxrr:v3x4dv " +
  "Wxrp:b7gs+0 Wxro:vrvj6nn Wxrj:v38lly Wxri:vgdk26ss7k Wxrf:bxfr+0 Wxre:lqk1c Wxrd:v947 Wxrc:l64nk Wxra:v6e1aczq6znk " +
  "Wxr8:v36 Wxr5:bxr6+0 Wxr4:vmlh Wxqy:vk Wxqw:v38 Wxqu:v2v Wxqs:v363727znl99 Wxqr:v1stwo Wxqq:lsdds Wxqo:v6e1aczq6znk " +
  "Wxqn:v38 Wxql:vn03 Wxqg:v6e280gu6v6s Wxq8:v2v Wxq7:loaz4 Wxq6:v297yy14q Wxq5:v947 Wxq4:bxq6+0 Wxq2:v6e1aczq6znk Wxq0:v2t " +
  "Wxpx:vk1c Wxpr:vt1apchfcz Wxpn:vvr299u Wxpj:v2b Wxpi:v3 Wxph:v42zth81s Wxpc:v18zt7k83fl Wxp9:v1stvw Wxp6:v6e1aczq6znk " +
  "Wxp5:v1xc8msp5wuh Wxp2:bxd4+0 Wxp1:v37 Wxoz:v4bpdpr00gf4 Wxov:v102 Wxot:v8ww4rk Wxoq:v2p Wxoj:lsczs Wxog:v1d Wxod:bxo4+0 " +
  "Wxo9:ls7rk Wxo8:v4jvlnjbl Wxo2:bxo4+0 Wxnz:v1aocm9zr Wxnx:vcc0 Wxnu:lrj5k Wxnq:v194io Wxnp:bxo8+0 Wxnn:v38m1p " +
  "Wxnm:v3pyst Wxnk:bxm0+0 Wxng:v38l4w Wxnf:v6x0 Wxnd:v3pysn Wxnc:bxnd+0 Wxnb:lsa0o Wxn9:vciqv379da Wxn6:v4jrkcjy8 Wxn5:v15 " +
  "Wxn2:bh47+0 Wxn1:vmsl Wxn0:vw0ntdl Wxmu:ls8s0 Wxmt:v4jry8pju Wxmo:leno0 Wxml:lr6mo Wxmh:v6e2p23z9evv Wxmg:v15 Wxmb:lgmkw " +
  "Wxm9:lse14 Wxm6:v38les Wxm5:vddzd Wxly:vj7yo2b Wxlx:bxm0+0 Wxlv:v18lleiddgy Wxlt:vciqv379da Wxlq:vtpsz67eopa8 Wxlp:v22 " +
  "Wxlm:ls8s0 Wxle:vlet Wxlc:lp7cg Wxlb:v3ka7ayp24bt Wxl9:bxlf+0 Wxl5:v18 Wxl3:ls6pk Wxl1:v194io Wxl0:lscqg Wxku:vk1h " +
  "Wxkt:vmsn Wxkp:bx5b+0 Wxkm:v5i381i05 Wxkl:v96b Wxkj:bxko+g Wxkh:v2b Wxkf:v194io Wxkb:v6dpofhph Wxka:v14b81lodb5 " +
  "Wxk7:lqj2o Wxk5:v18z1n1zg4m Wxjz:v19f1o51o Wxjx:looc0 Wxjt:v38lto Wxjo:v4kjf4f2y Wxjh:lmpgw Wxjf:vk1g Wxjd:v6eqg0lk8ej7 " +
  "Wxjc:vfu7ri8 Wxja:vcc0 Wxj8:lip00 Wxj1:vct0nz9 Wxiy:v4jro90sz Wxiw:vw Wxis:v2h1b12rmmhz Wxir:lrwk0 Wxik:v5q3i7h3z " +
  "Wxii:vmt0 Wxig:v38 Wxib:vmlr Wxi3:v5k6z5ra9 Wxi2:ls7rk Wxhx:v6e1aczq6znk Wxhw:vu Wxhu:bxf2+0 Wxhs:v3vo8c Wxhq:v1sub8 " +
  "Wxhm:v306og Wxhk:vmt0 Wxhh:v949 Wxhc:v8ww4rk Wxhb:v19dwd9l9b8 Wxh9:vw15yzs Wxh6:v2pe8f Wxh4:v2pagx Wxgz:lse2o Wxgw:lsfbs " +
  "Wxgv:v4jro911e Wxgu:v93 Wxgp:v4i63p Wxgo:vmsz Wxgn:v37 Wxgh:vruzhb5 Wxgf:bxgi+0 Wxgc:v4q054w Wxgb:vrl8bck Wxg8:lksj4 " +
  "Wxg7:v3s95x Wxg4:lpf9s Wxfw:bixj+0 Wxfu:vrl8bck Wxfp:bxfs+0 Wxfm:lfcvk Wxfk:lrfzs Wxfh:v28fc5td6o21 Wxf9:bx6h+0 " +
  "Wxf8:v1t5csjd7 Wxf7:v6cg Wxf3:v4jjat Wxf2:v19dilq5x82 Wxf1:v8vzg9mrt65d Wxez:vw0yy5u Wxey:v4i4wx Wxex:bx5g+0 Wxev:lrwk0 " +
  "Wxem:lon68 Wxe3:v2b Wxdq:bx4z+0 Wxdg:bx54+0 Wxda:b130d+0 Wxd9:v2b Wxcv:vk36wzu1 Wxcu:v2tp5rj Wxcn:v3yuquiyjx Wxcc:bxc6+0 " +
  "Wxca:v4jteengz Wxc4:bxc6+0 Wxc0:l6dg0 Wxbw:bhic+0 Wxbt:v8kqwav5p17z Wxbr:v2s Wxbq:vvqjw4u Wxbo:lsduw Wxbm:v4jry8m6r " +
  "Wxbk:v8kqwav5m5bn Wxbi:v5i6ubrsj Wxbg:v33 Wxbf:vlq8 Wxbb:lp5lc Wxba:lsduw Wxb7:l6dg0 Wxax:bwk3+0 Wxaw:v38lfg " +
  "Wxav:v376o7j Wxau:v4jkhb Wxar:vmlr Wxam:lpf9s Wxal:v1h Wxak:v1dvvxprbi7 Wxaj:v19kyp Wxag:v38l77 Wxaf:v1c " +
  "Wxae:v7t3uytmd7xr Wxad:bzde+0 Wxaa:v36 Wxa6:v33 Wxa5:bx6k+0 Wxa0:v7qe208mb80x Wx9y:bx6b+0 Wx9u:v2gs7xqbn3hd " +
  "Wx9t:v7t3uytmac1f Wx9r:bx5x+0 Wx9q:lrb3k Wx9p:v33 Wx9o:bx9p+0 Wx9g:v38l8u Wx9e:bx5d+0 Wx9c:bx9d+0 Wx9b:v38l7o " +
  "Wx9a:v2fptc Wx99:bx4z+0 Wx95:v18lw5i6jqs Wx8t:v38l8u Wx8s:vnldv85 Wx8o:ls6pk Wx8m:bx8n+0 Wx8l:v38l7o Wx8j:v1q " +
  "Wx8e:v18z3obsb34 Wx8d:v8t7mwlxukix Wx8b:v6e27wpocubo Wx8a:v1d Wx89:vw0qm3l Wx86:v38 Wx85:bfy9+0 Wx7x:ve10 Wx7w:vw0qm3l " +
  "Wx7t:ls6pk Wx7r:loa0g Wx7q:blcj+g Wx7p:v2rtn4 Wx7o:v4t2mh39lh0l Wx7n:v1q Wx7f:v38pie Wx7d:v19dilq5x82 Wx76:v4jrp6qhj " +
  "Wx73:bwt0+g Wx6y:bmzx+g Wx6x:vajrbxi Wx6w:v3yfz7 Wx6u:v4qkvi Wx6p:v24yc4pwu Wx6o:bh47+0 Wx6n:b1kgf+0 Wx5h:v4jjat " +
  "Wx5g:v4jjat Wx5f:vwax8xf Wx5e:v1dvxugh1io Wx5d:vw1a8vk Wx59:vmt1 Wx57:v30 Wx55:v2t Wx54:v1dvxu8y9gp Wx51:v2v Wx4z:vk1f " +
  "Wx4x:vjy8 Wx1k:v1dvxug0u80 Wx1j:v1dvvxrn0ha Wx1a:v63we0agw Wx0r:v17fpyxc2em Wx00:v1a77u15hjtdus Wwzz:vnzk Wwzy:v3pysl " +
  "Wwzw:v4qkvi Wwzv:v1bbvhpjss3 Wwzt:v4qkvi Wwzq:v1dvxug0u80 Wwyj:v1dvvxughta Wwud:v8kvsnfh57ou Wwte:bx1j+g Wwt3:v1wtx5 " +
  "Wwsu:v4cjse Wwsc:v1bbvhot2t0 Wwr1:v1dvxug0u80 Wwp8:v1dvxug0u80 Wwnz:v5c25yic866u Wwny:vdhd Wwnw:v1w Wwnu:v5c25yic866u " +
  "Wwnt:vdhd Wwns:vixxrur Wwnr:v2nwaz Wwnq:v2nwb6 Wwno:v1w Wwnn:v2pd21 Wwnm:v25 Wwnj:v391l1 Wwng:vn3t07m Wwnf:v23 " +
  "Wwnc:v6hp547qfg43 Wwn9:vjs964s Wwn6:vfv4 Wwn5:vdoz Wwn4:vgn9 Wwmu:v2ti69 Wwmt:vixxrv6 Wwmp:vmjshg2 Wwmb:v2c Wwma:v2c " +
  "Wwm3:v27 Wwlz:v46ioab0h Wwlx:v6hp547qfg43 Wwlv:vixxro5 Wwlh:vdow Wwle:v28 Wwl7:v26 Wwl1:v2xpvz Wwkz:v3afkf Wwky:vne9ids " +
  "Wwkx:v26 Wwkv:vne9ids Wwkj:v2h Wwke:v2f Wwk1:v1dhxcvt5qd Wwk0:v1dvxug0u80 Wwjy:v1dvxug0u80 Wwjw:v1dvxufzvc5 " +
  "Wwjh:v1dvvxrn0ha Wwjg:v1dvxug0u80 Wwjf:v1dvxug0u80 Wwjc:v1dvxug0u80 Wvkj:v1dvxug0u80 Wvjt:v1dvxug0u80 Wvip:lf574 " +
  "Wvhz:v2b Wvhy:v7np0dl7u8fn Wvhx:l4axc Wvhr:v1dvxug0u80 Wvgg:v38l7o Wvge:vvolgr Wvgb:ll6pc Wvg1:v1dvxugh1io " +
  "Wvg0:v3p162al7sg Wvfx:l6j6g Wvfv:l6j5c Wvfn:ls6pk Wvfj:bx6t+0 Wvev:ls64w Wvem:v6e1fuathvr4 Wvel:v5j8 Wvei:v4jsi7syb " +
  "Wveh:lksj4 Wvee:bvef+0 Wved:v1rx4dtnn Wve9:v38lq8 Wvdz:bve4+0 Wvdy:v19m5h Wvdt:v2gse2gv Wvds:v1t65g Wvdp:vuheyq " +
  "Wvdo:bpyq+g Wvdn:vmsl Wvdj:vkjk Wvd8:v586f4qct Wvd7:v1dvvxqz1gg Wvd6:lrx20 Wvd4:vv11l0myo9se Wvd2:v586fbr6n Wvcz:lr1v4 " +
  "Wvcy:v2h1b12rmmih Wvcx:bvcy+0 Wvcu:v9fsyea Wvct:viu7 Wvcm:v18lma1ds2t Wvcl:bua0+mo Wvc6:v2t Wvc4:v1x Wvbz:v134mzet755 " +
  "Wvbw:vcmjle20yx Wvbt:v1dvvxppxc0 Wvbs:butx+g Wvbr:lrkoq Wvbp:v18lmap80he Wvbo:bus9+g Wvbi:ls060 Wvbg:lrxo8 Wvbf:v2b " +
  "Wvbe:vun3tym Wvb5:lrxo8 Wvb3:v6e2lxorvg1x Wvb0:v1ax95np7jj Wvau:v2b Wvat:v283cx Wvas:b885+g Wvaq:v5k46zvqk Wvan:bumr+0 " +
  "Wval:v7np0dl7u8fn Wvaj:v12d4eaotx0 Wvai:v8i2mf8r6v79 Wvag:v13j1tr5qhr Wvac:vfceok64oe Wva7:v61wb9372 Wva6:v4gqr8 " +
  "Wva4:bxac+0 Wva3:lsdds Wv83:v7np0dl7u8fn Wv6t:v1dvvxrn0ha Wv6m:v8kvv6kxf59s Wv63:v4cjse Wv3d:btz8+g Wv3b:bv0m+0 " +
  "Wv25:v1dvxug0u80 Wv04:buv1+g Wuzc:v1dvxug0u80 Wuz8:lrg0o Wuyl:v1z142db Wuya:v5jjpny7u2n Wuy9:v1dvvxppxbz Wuy2:v38lfg " +
  "Wuxp:v314dmikr2ab Wuxo:lrhko Wuxg:v38l7o Wuww:vm0j Wuvv:buxy+g Wuut:v4jrz6br5 Wuu8:bult+0 Wuty:bulf+0 Wutx:v1dvvxughta " +
  "Wutp:lrg6w Wuto:v1dvvxughta Wutg:v1dhxfxrlkw Wute:v1dvxug0u80 Wusz:v349lrbt5t Wuse:v1dvxugh1io Wusd:v3p162al374 " +
  "Wusb:vmsr Wusa:v3koo5gl9ab6 Wus6:bi90+0 Wuq9:v3pysm Wupi:bume+0 Wupa:bqa+0 Wup6:bvaj+0 Wuor:v6eum6f3 Wuon:bq2e+g " +
  "Wuok:bu2k+g Wuof:lsdds Wuns:ls1m0 Wunl:lksj4 Wunk:bunh+0 Wunj:v1dl2 Wuni:bunj+0 Wunh:v1dl1 Wung:bun7+0 Wunf:bulc+0 " +
  "Wune:bul9+0 Wund:buna+0 Wunc:v61n Wunb:bunc+0 Wuna:v601 Wun9:vwuj Wun8:bun9+0 Wun7:v5mw Wun6:bumy+0 Wun5:bumv+0 " +
  "Wun4:bumo+0 Wun3:buml+0 Wun2:bumi+0 Wun1:bume+0 Wun0:v5mv Wumz:bun0+0 Wumy:vv7 Wumx:v5mu Wumw:bumx+0 Wumv:vui Wumu:v5mt " +
  "Wums:v5ms Wumr:vua Wumq:v5mr Wump:bumq+0 Wumo:vu9 Wumn:v5mq Wumm:bumn+0 Wuml:vu6 Wumk:v5mp Wumj:bumk+0 Wumi:vtw " +
  "Wumg:v5mo Wumf:bumg+0 Wume:vtu Wumd:bulj+0 Wumc:bulx+0 Wumb:bulp+0 Wuma:bult+0 Wum9:bum4+0 Wum8:bulm+0 Wum7:bulf+0 " +
  "Wum6:vr9 Wum5:bum6+0 Wum4:vqu Wum3:bum0+0 Wum2:vqr Wum1:bum2+0 Wum0:vqq Wulz:vs1 Wuly:bulz+0 Wulx:vqp Wulv:vra " +
  "Wulu:bulv+0 Wult:vqo Wuls:lrkgo Wulr:vs0 Wulq:bulr+0 Wulp:vqi Wulo:vr5 Wuln:bulo+0 Wulm:vqg Wull:vs5 Wulk:bull+0 " +
  "Wulj:vqd Wulh:vr4 Wulg:bulh+0 Wulf:vqa Wule:v6ar Wuld:bule+0 Wulc:vq8 Wulb:v6ab Wula:bulb+0 Wul9:vpc Wul8:v5jjpny7zy6 " +
  "Wul7:v1z142pl Wul5:v1z142md Wul4:lriu0 Wul3:lril4 Wul2:v1z142po Wul1:v1dvvxppx8f Wukz:v1z1427l Wuho:v1dvxug0u80 " +
  "Wuhg:v13jd9qizam Wuhf:v4qkvi Wugw:v8kvv6kxf59s Wugc:v1dvxug0u80 Wuee:v1dvvxuf1wm Wue5:v5un1i25ho50 Wucw:v1dvxugh1io " +
  "Wucv:v3p162aktn4 Wuct:l6j6g Wucr:l6j5c Wucj:v1 Wuc3:v1dvxugh1io Wuc2:v3p162ajops Wuc0:l6j6g Wuby:l6j5c Wubb:v1dvxugh1io " +
  "Wuba:v3p162ajxw0 Wub7:l6j6g Wub5:l6j5c Wuaw:v1 Wuaq:v5jjpny7twk Wuam:bq28+g Wuak:v1dvxug0u80 Wuac:vmsr Wuab:btkx+0 " +
  "Wua5:v6e1fuekruo1 Wu9q:v6e3rh8e0d54 Wu9n:v6e3dg4h6bgo Wu9h:v1dvxug0u80 Wu94:bu1z+g Wu8d:bu82+g Wu89:bu1v+g Wu7e:bu75+g " +
  "Wu5r:bu5i+g Wu3w:btto+0 Wu19:bu0y+g Wu0a:bu01+g Wtze:ls7mo Wtyv:l6dg0 Wtyp:v1dvxugh1io Wtyo:v3p162am18w Wtym:l6j2o " +
  "Wtyl:l6dg0 Wtye:btyd+g Wtyb:l5s7k Wty4:v1dvxugh1io Wty3:v3p162akjcw Wty0:l6j00 Wtxz:vw Wtxv:bu28+g Wtxt:btxs+g " +
  "Wtxg:l5cq8 Wtwi:vev5 Wtvy:v6vjzrlf8fv3 Wtvw:v6vjzrlf8fv3 Wtvu:v6vjzr2jndc9 Wtu9:v4jw42moq Wtu8:v24 Wtu7:vmsl Wtu0:lrdkg " +
  "Wttz:lrkoz Wtty:vfk7whk Wttx:voc2kdh8qc Wttw:vcc0 Wttr:v38pie Wttp:voc2kdh8qc Wtto:vcc0 Wttl:ls8s0 Wttk:btsv+0 Wttc:v4qw " +
  "Wttb:viu7 Wtt8:lrb3k Wtt6:v6e2n8zanxmo Wtt5:vvyjyef839o Wtt4:v2n Wtsz:lry48 Wtsi:v1165nvsmzt Wtsh:vxp0g37 " +
  "Wts9:v1dvxu8y6hv Wtrz:ls060 Wtrs:v1dvxubwdnk Wtrm:v1zd5gav Wtrl:v7t5u3a3da3q Wtpl:v33 Wtpa:ls8s0 Wtp5:l64nk " +
  "Wto8:v1dvxug0u80 Wto7:v2b Wtnz:v6nlv6et0 Wtng:vxp0g37 Wtlz:l6dg0 Wtkx:v6bsuy99w Wtkt:bttz+0 Wtkr:l6dg0 Wtkj:v3wowz7tg " +
  "Wtkh:v3qsxtvtr Wtkf:vqzt74jbz3 Wtkd:vwulpne0db Wtkc:v6vjzrlf8fv3 Wtkb:v7t6l5qge3pd Wtk3:l4axc Wtk1:v4doh Wtk0:v1p7akf0r " +
  "Wtjv:btei+0 Wtjs:vmq Wtjm:vns5 Wtjj:lpfdc Wtjh:vmhuxxt Wtjf:vcc0 Wtjc:ls6io Wtj9:v1o Wtj8:v6e1fuatgh6o Wtj0:lrwk0 " +
  "Wtiy:btji+0 Wtio:v6e1v6rw21hc Wtim:v37 Wtik:vsk9hin5gf Wtif:vun80vo Wtid:v32 Wti7:vn3udzg Wti3:v5nz7qj34 Wti2:v1m " +
  "Wti1:v1reo Wti0:vson0x2 Wthz:vson0x2 Wthy:vson0x2 Wthv:v2t Wthu:vjp7rzm Wtht:v4hsoiwikg Wths:bti4+0 Wthm:v3yi5r Wthh:v37 " +
  "Wth9:v2s Wth5:v38 Wth2:bskb+0 Wth0:vjs94y6 Wtgz:vw0qir0 Wtgy:v18lma1d4do Wtgn:vn49u88 Wtgj:v4kedyyir Wtgi:vdoj " +
  "Wtgg:vcn96uy82p Wtge:v8i2mf8htp4i Wtgd:v8vtlh5cobqq Wtgc:v5hle40of Wtg6:v8yovh3qd4rn Wtg3:vk19 Wtg2:v32 " +
  "Wtg0:v8yjt2pp6334 Wtfx:v2b Wtfu:v2b Wtfp:v13144cktpl Wtfn:vmzp Wtfm:v38l4w Wtfg:vjg5 Wtff:vciqv37dpc Wtfb:vlte " +
  "Wtf9:v42mpg Wtf8:v3x2lh Wtey:va9rqjp Wteu:ls7og Wtep:vw1og1 Wtej:lpf9s Wtei:vjs5 Wtee:v8ph1a17nyb Wtec:v5k5awv3n " +
  "Wte8:vn49v10 Wte5:v2b Wte0:v3sw2p Wtdw:v2b Wtdv:vgg5 Wtdt:bte8+0 Wtds:v6b6ussj4 Wtdr:vlipw4v225 Wtdp:v4gc2o " +
  "Wtdo:v13j3sirzw2 Wtdn:v3f Wtdk:btds+0 Wtdg:b1qx6+0 Wtde:vjpqe Wtdc:v13j3sisfp1 Wtd3:lp7cg Wtd2:v5hle40of " +
  "Wtd1:v18hjn3wtpd Wtcz:v6e1aczq6znk Wtcx:v8t5qg9fye0i Wtcn:v2o8 Wtcm:v15uuov1baq Wtcg:v2mrxfthr Wtcf:v1699lzp5de " +
  "Wtca:v2mrxfthr Wtc9:v6brh2tf6 Wtc5:v4jsj68wc Wtc4:vqp5shds Wtc0:vmlr Wtbz:v5k4gy528 Wtbm:vg74j Wtbl:v6dnpyagi " +
  "Wtbh:v6e27wiqd5yc Wtbf:v81bbcky0oky Wtbb:v2b Wtb9:v1vs Wtb6:vmlr Wtb2:v1m73m Wtb0:v6e1fuathvr4 Wtaz:v2o8 " +
  "Wtau:v14b81lmz5f Wtap:v36 Wtao:lrg0o Wtak:b1l0k+0 Wtag:vw Wtaa:vgg5 Wta8:vn3rlfz Wta0:vbpencrkk0 Wt9y:bqr4+ow Wt9q:lsdds " +
  "Wt9p:v3pyst Wt9j:v4jrkcjy8 Wt9i:v64o Wt9b:v4jro90sd Wt9a:v3pyst Wt94:v9ag Wt8y:v6e1aczq70q3 Wt8p:v8nles7sbcz6 " +
  "Wt8o:v194io Wt8k:v34 Wt8g:v6ey5ig5udj4 Wt80:vqcy16a Wt7x:v6e1fuatgh6o Wt7o:b12tn+0 Wt7e:v2b Wt7d:vby4r3g Wt7c:vm7p " +
  "Wt78:v8i3saodwlf4 Wt77:v65w1n6nb Wt75:v6e1ewrp3hic Wt72:vm7p Wt6z:bt5u+0 Wt6y:v1lacao7c Wt6v:bqr4+eo Wt6r:v6e1tveqaixf " +
  "Wt6q:v1dvxu8xojs Wt6p:v8noipcuds9x Wt6m:v2b Wt6e:v8vxwj34cbvk Wt6c:ls39c Wt6a:vw139tb Wt63:v13jd9qipo9 Wt62:v1165nvsmzt " +
  "Wt60:v3d Wt5z:bqhs+g Wt5x:v4i5bk Wt5u:v4i3xw Wt5d:lsfbs Wt54:b12sz+0 Wt4v:vyg0qin Wt4u:v7t5u3a3da3q Wt3z:v4jrkcjy8 " +
  "Wt2t:vcvfu5u Wt1i:v1dvxug0u80 Wt1h:v13jd9qizam Wt1a:v3d Wt19:v8kvv6kxf59s Wt16:v5jjpny86p9 Wt0p:v17fqbm2g6x " +
  "Wt05:v1dvxug0u80 Wsy5:v1dvxu8y92d Wsxj:v2b Wsxi:vhra0hr Wsxg:v6eum6f3 Wsxd:vc1ebr Wsxb:v1dvxugh1io Wsxa:v3p162akhao " +
  "Wsx8:bsx0+pk Wsx1:v4gory Wswy:v1dhx5pfrea Wswx:v1dvxugh1io Wsww:v3p162akihc Wswt:l891c Wsws:v34 Wswr:l8908 Wswp:l88z4 " +
  "Wswn:bsvm+sw Wswl:bsvm+rs Wswj:bsvm+qo Wswh:bsvm+pk Wswe:bswz+0 Wsw9:v3pg1g Wsvp:vcvfu5u Wsvn:vns5 Wsvl:bstu+sw " +
  "Wsvi:v1dvxugh1io Wsvh:v3p162akb6o Wsve:l89g0 Wsva:bstu+rs Wsv7:bstu+qo Wsv5:bstu+pk Wstz:v2gngw Wstx:b3yn+g Wstw:vlte " +
  "Wstv:v8t1uf0j9u1x Wstt:v1z15g5c Wstc:v7ynt7dvdyjk Wst9:v3yjjd Wst2:v1dvxug0u80 Wst1:v1dvxug0u80 Wsrw:vgn5 Wsrv:vgn5 " +
  "Wsrt:vmps Wsrn:bqqq+40 Wsrl:vm7p Wsrk:vns5 Wsrf:vrsuxrs3n8 Wsrc:loa0g Wsra:v6e1fuathvr4 Wsr9:v1dvvxqkuds " +
  "Wsr3:v1dvxugh1io Wsr0:vlt1 Wsqw:v2b Wsqt:vgnj Wsqp:vr0f0d7br5 Wsqo:vdou Wsqe:v1dvxugh1io Wsqc:vr0mwgzlft Wsqb:v24 " +
  "Wsqa:v24 Wsq6:v34 Wsq3:vsp59pu Wsq2:v314dmipajcg Wsq1:bqqq+o8 Wspx:v65spmfz3 Wspw:v2c Wspv:v36 Wspu:v2b Wspl:v2n " +
  "Wspj:v86q Wsph:v5w3zk1i27gs Wspe:bqqv+co Wspc:v2b Wsp6:vszd9ih Wsoq:v4jrkcl8a Wsoo:v2t Wsol:v38llw Wsoj:vhbrkoo Wsoi:v1q " +
  "Wso5:bl43+0 Wso4:vjy8 Wso2:v11t15aebps Wsnv:v63sunrkv Wsnu:v1rdwhvz4 Wsns:v1dvxugh1io Wsnr:v1dvxugh1io Wsnq:v6sopvo5rjhb " +
  "Wsno:ve Wsni:v194io Wsnh:v5i5pzb74 Wsng:v1z15gjj Wsna:vdpu06j Wsn7:v4dwff Wsn6:vrv6gs0 Wsn5:v1dvvxqjftc " +
  "Wsn4:v2hy5ymjoxut Wsn2:bj3k+g Wsn0:vrutwf5 Wsmx:v6e1v7e3jls0 Wsmw:v2b Wsmu:v1zlkfi Wsmq:v1dvxu8xstc Wsmo:v4jrnl56e " +
  "Wsmn:bshy+0 Wsml:v38ytg Wsmi:v5qkfoggffic Wsmh:bs5b+g Wsme:vni8 Wsm9:v6e1aczq6znk Wsm8:va2t Wsm7:b4dp+g Wsm5:v390ld " +
  "Wsm3:bsil+0 Wsm1:voc2kdh8qc Wsm0:vcc0 Wslx:v2b Wsle:lsdds Wsld:v8vtl9cjnrsf Wslb:vm75 Wsl4:v1z15gjk Wsl3:v1dvvxprbb4 " +
  "Wsl1:bqhs+g Wskx:bs5b+g Wskw:vgn9 Wskr:v2dqf5 Wskn:v8ww4rk Wskk:vju6 Wsk6:vn3rlfz Wsk5:v4kas8hmr Wsk4:v6esa89r6hxj " +
  "Wsk3:v4kas8hmr Wsjw:v6ey5ig99t9b Wsju:v5c4iuwt4ggv Wsjr:vdok Wsjq:v1x Wsjl:vdok Wsjk:v1x Wsji:vj89y6k Wsjd:vmafck2 " +
  "Wsjc:vfgy Wsj4:v5vgl3f0frdr Wsj1:vqgnfc7 Wsj0:v1x Wsiz:v3sryxw07 Wsiy:v1dhxjancks Wsis:v2z42a Wsir:v3sryxw07 " +
  "Wsiq:vqgnhph Wsip:v1x Wsio:vqgniav Wsim:v69pod0fg Wsil:v5i38mjqb Wsik:v8t1uf0nhlro Wsij:v7q8ztjrjall Wsii:v5c25wjuz4nz " +
  "Wsid:v4kas8hmr Wsic:vwgcosddun Wsib:vqgnib0 Wsia:vwgcosddun Wsi7:ls0tc Wsi4:v1165nvsmzt Wsi3:v13jcwrvjls Wshz:v2cvnx53f " +
  "Wshy:v18z7h3pw7z Wshx:v4qkvi Wshv:vgg7 Wshu:v1dhxqj048j Wsht:v1dvxubz6ur Wsho:vn3roe9 Wshl:v7t5u3a3da3q Wse9:v1dvxug0u80 " +
  "Wse8:v13jd9qizam Wsdz:vxp0g36 Wsdg:v4qkvi Wscp:vxp0g36 Wscn:v3pysl Wscm:v6nlv6et0 Wscl:vnzk Wsck:v4qkvi Wsci:v1dvvxughta " +
  "Wsbc:v6e2lxnrfeys Ws8m:v1dhxoko3mx Ws7y:v1dvxugh1io Ws7x:v3p162ajavk Ws7v:l6j6g Ws7s:l6j5c Ws7r:v4hsoiwimh " +
  "Ws72:v6e1aczq70iz Ws6a:vqgngir Ws68:v37 Ws5f:v1dvxugh1io Ws5e:v3p162aja4g Ws58:bs70+w Ws55:bs6o+w Ws13:bs69+w " +
  "Ws0z:v3p162aj8m8 Ws0y:v3p162aj8m8 Ws0x:v1dvxugh1io Ws0w:v3p162aj8m8 Ws0u:l6j2o Ws0o:v1dvxubz6sg Wrw3:v1dvxugh1io " +
  "Wrw2:v3p162aj6nk Wrvz:v194io Wrvo:v1dvxug0u80 Wrrp:brrq+g Wrrk:brjz+g Wrrb:bqu7+g Wrr6:biz2+0 Wrmj:brni+w Wrli:brmh+w " +
  "Wrlf:v2 Wrkm:biz2+0 Wrke:brlg+w Wrkc:brkb+w Wrka:brgr+0 Wrk9:bjji+0 Wrju:v1dvxugh1io Wrjt:v3p162aj3hc Wrhm:v7cbsjrqluni " +
  "Wrcw:v3p162aizq8 Wrct:v1dvxugh1io Wrcs:v3p162aizq8 Wrcq:l6j6g Wrco:l6j5c Wrck:v1dvxug0u80 Wrch:v194io Wrbs:v1dvxug0u80 " +
  "Wr7o:v3p162aiyz4 Wr7n:v1dvxugh1io Wr7m:v3p162aiyz4 Wr7k:l6j2o Wr7g:v1dvxug0u80 Wr6p:v1dvxug0u80 Wr2j:v1dvxugh1io " +
  "Wr2i:v3p162aiy80 Wr2g:v1dvxug0u80 Wr2f:vavc Wqy6:v1dvxugh1io Wqy5:v3p162aivq8 Wqy3:l6j6g Wqy1:l6j5c Wqwy:v1dvxug0u80 " +
  "Wqwr:v1dvxug0u80 Wqv8:bqtt+g Wqty:v38l4w Wqtr:v1dvxugh1io Wqtq:v3p162aiudc Wqto:v3owiaxi1b4 Wqtj:v2b Wqth:bqti+g " +
  "Wqte:v2b Wqtc:bqtd+g Wqt9:v2b Wqt7:bqt8+g Wqt3:v38l4w Wqt1:bqt2+g Wqsx:bqsy+g Wqso:v1 Wqs7:bqs0+g Wqs5:v21 " +
  "Wqrx:v1dvxugh1io Wqrw:v3p162airsw Wqru:l6j6g Wqrs:l6j5c Wqrr:v4hsj9r3mo Wqrc:v1dvxugh1io Wqrb:v3p162aiqg0 Wqr9:l6j6g " +
  "Wqr6:l6j5c Wqr5:vun3tys Wqr3:v38l4w Wqqt:v1dvxugh1io Wqqs:v3p162aip34 Wqqr:vw Wqqd:v1dvxugh1io Wqqc:v3p162ainq8 " +
  "Wqqa:l6j6g Wqq7:l6j5c Wqq6:vfcfez96jl Wqq4:v38l4w Wqpz:v2b Wqpy:vji742syg6 Wqpt:v1dvxugh1io Wqps:v3p162aimdc Wqpp:l6j6g " +
  "Wqpn:l6j5c Wqpl:v2b Wqp1:v1dvxugh1io Wqp0:v3p162ailm8 Wqox:l6j6g Wqov:l6j5c Wqou:va6gz Wqos:v38l4w Wqok:v1dvxugh1io " +
  "Wqoj:v3p162ahgjk Wqog:l6j6g Wqoe:l6j5c Wqod:v4jrllogw Wqo7:v2b Wqnt:v1dvxugh1io Wqns:v3p162aikv4 Wqnq:l6j6g Wqno:l6j5c " +
  "Wqnf:vx4n4jg3n0 Wqne:vx4n4jg3n0 Wqnb:bqiu+g Wqn5:l6dg0 Wqmz:v1dvxugh1io Wqmy:v3p162ah8ps Wqmw:l6j6g Wqmu:l6j5c Wqmt:vw " +
  "Wqmq:v1 Wqme:vvyjyef82a0 Wqm1:l6dg0 Wqlw:v1dvxugh1io Wqlv:v3p162ah6r4 Wqlt:bqlr+pk Wqls:vw Wqlf:v1dvxugh1io " +
  "Wqle:v3p162agp3k Wqlc:v86d Wql9:bql8+0 Wql5:bql4+0 Wql1:bql0+0 Wqkx:bqkw+0 Wqkq:vvmpxt1 Wqkm:v4kf8pwm3x " +
  "Wqkl:v7t32wlhvnn3 Wqkk:v2b Wqkf:bstx+w Wqke:bn3u+g Wqkc:bpqg+g Wqka:lroio Wqjn:vx9aqgd7r4 Wqhs:v4gc3h Wqhr:v8nm6k5f8ied " +
  "Wqhm:bt8o+0 Wqhl:v1dvxu8ya1x Wqd5:vx9aqk36wg Wqcm:v29rxs9r9 Wqca:v1dvxugh1io Wqc3:vb Wqc0:vx9aqk36xk Wqbr:b3yn+g " +
  "Wqbp:l4axc Wqbb:v1dvxugh1io Wqba:v3p162ah4y8 Wqb7:l6j6g Wqb5:l6j5c Wqb4:v38llw Wqav:vw0i4x8 Wqau:vw0i4x8 Wqas:bqaa+g " +
  "Wqar:v1 Wq9q:vmsr Wq90:l6dg0 Wq8q:v37 Wq8p:v1dvxugh1io Wq8o:v3p162ah2r4 Wq8l:v16mwym362c Wq8j:v37 Wq8i:v1dvxugh1io " +
  "Wq8h:v3p162agzmo Wq8e:bq7t+pk Wq7z:ls6uo Wq7u:vx9aqgdu91 Wq7r:v1165nvmf03 Wq7o:lrdo0 Wq7n:v1dvxugh1io Wq7m:v3p162ahqc0 " +
  "Wq7i:l8euo Wq7c:ls5ig Wq7a:lrzfc Wq77:ls060 Wq6w:vvqo774 Wq6s:v1165nvmf03 Wq6o:v1dvxugh1io Wq6n:v3p162ahldc Wq6k:l8fao " +
  "Wq6i:bq5l+v4 Wq6c:bq5l+rs Wq69:bq5l+qo Wq67:bq5l+pk Wq5o:vm0 Wq5m:v1dvxu8y63p Wq5k:l6dg0 Wq5j:bq8k+g Wq53:v4jrkcjy8 " +
  "Wq52:v2b Wq51:v1dvxug0u80 Wq50:v1dvxug0u80 Wq4w:v1dvxug0u80 Wq3z:vmsr Wq3y:v5jjq3hfcsg Wq3x:v1dvxug0u80 Wq3w:v5jjq3hfcsg " +
  "Wq3v:v7szzcj977k0 Wq2r:vo Wq16:v1dvxugh1io Wq15:v3p162ah200 Wq13:l6j6g Wq11:l6j5c Wpyv:bcky+g Wpyt:vo Wpy4:v1dvxugh1io " +
  "Wpy3:v3p162agxo0 Wpy1:l6j6g Wpxz:l6j5c Wpxx:l6dg0 Wpwt:vo Wpwg:v1dvxugh1io Wpwf:v3p162agwb4 Wpwd:l6j6g Wpwb:l6j5c " +
  "Wpw6:bpwt+g Wpw3:bpu4+g Wpw2:bcov+g Wpvj:vo Wpuj:v1dvxugh1io Wpui:v3p162agucg Wpug:l6j6g Wpue:l6j5c Wpu7:b131+0 " +
  "Wpu3:ls8yg Wptt:v1 Wpto:bpsy+g Wptf:bcjm+g Wpt2:bcjm+g Wpsv:v1dvxugh1io Wpsu:v3p162agr28 Wpss:l6j6g Wpsq:l6j5c " +
  "Wpsp:l6dg0 Wps0:bpri+g Wprs:bprt+g Wprr:bpri+g Wprj:bpri+g Wpr8:v2b Wpqk:l6dg0 Wpqe:bpti+g Wpq3:bt78+0 Wppx:l5vps " +
  "Wpps:l6dg0 Wppf:lrg1k Wpp9:l64nk Wpp4:v1dvxugh1io Wpp3:v3p162agn1s Wpp1:l6j00 Wpoy:bpot+rs Wpow:bpot+qo Wpou:bpot+pk " +
  "Wpor:v2b Wpop:l6dg0 Wpon:vo Wpo8:v1dvxugh1io Wpo7:v3p162aglow Wpo4:l6j6g Wpo2:l6j5c Wpo0:v4jrkcjy8 Wpny:v2b Wpnu:bci4+g " +
  "Wpns:vo Wpnd:v1dvxugh1io Wpnc:v3p162agkc0 Wpn9:l6j6g Wpn7:l6j5c Wpn5:l6dg0 Wpn3:v7np0dl7u8fn Wpmy:vo Wpmf:v1dvxugh1io " +
  "Wpme:v3p162agiz4 Wpmb:l6j6g Wpm9:l6j5c Wpm7:l6dg0 Wpm0:v38lt0 Wplq:v1dvxugh1io Wplo:v1dvxugh1io Wplm:v1dvxugh1io " +
  "Wpll:v2b Wpl8:bn16+0 Wpl4:vvqo7zo Wpl2:v1dvxugh1io Wpl1:v5jjq3gln5s Wpkz:l7kc0 Wpkl:l6dg0 Wpkh:v1dvxugh1io " +
  "Wpkg:v5jjq3glny8 Wpk2:l6dg0 Wpk0:v8t5qk2svypg Wpjz:v1dvxugh1io Wpjy:v5jjq3glo9s Wpjl:l6dg0 Wpjh:v1dvxugh1io " +
  "Wpjg:v5jjq3glnmo Wpjd:v9clbkf2olly Wpjc:l7kmo Wpiq:l5vps Wpin:v1dvxugh1io Wpim:v5jjq3glp34 Wpii:l7kuo Wpid:vqgnf51 " +
  "Wphv:vmzq Wphj:v8vza8jl8j8m Wpfw:vt12u4prplt Wpfr:v1dvxug0u80 Wpfq:v1dvxug0u80 Wpfm:v1dvxug0u80 Wped:v1dvxug0u80 " +
  "Wpea:v4jrkcjy8 Wpe4:v1dvxugh1io Wpe3:v3p162afnqo Wpe1:l6j6g Wpdz:l6j5c Wpdu:lcynk Wpdn:v38l8c Wpdj:vemr15 Wpdg:v38m1p " +
  "Wpde:v4jrkcjy8 Wpcs:v1z14665 Wpcq:lrals Wpcp:l6dg0 Wpcl:v37 Wpcg:bp5t+0 Wpce:vvq018 Wpcd:vdn8qte6d Wpcb:lp8k0 Wpc8:lqga8 " +
  "Wpc4:ls5gw Wpc3:lrwk0 Wpc1:v8c79xl1jb7 Wpbs:lrg1k Wpbq:v38lto Wpbo:v6dq7xppu Wpbl:v2b Wpbh:v69tu17qq Wpbb:v38l7o " +
  "Wpb6:v19d0r3p75e Wpb5:v38 Wpb4:v194io Wpb1:lox1s Wpau:v7t7036wbjhu Wpat:vk1h Wpap:bp9s+0 Wpan:v38l4w Wpam:v38l86 " +
  "Wpaj:v19d4ry7bsq Wpah:bp7e+0 Wpaf:v4szuc Wpae:v1lt9w Wpab:v38l4w Wpaa:vd8o Wpa9:v6dnqfeya Wpa5:bp7d+0 Wp9z:v9cep7h3rype " +
  "Wp9y:vnz5 Wp9t:bp7b+0 Wp9r:v4zsqm0s3 Wp9q:v1lt2r Wp9l:v19dwbltbaq Wp9k:v38 Wp9h:lsfdc Wp9f:bmfp+0 Wp9d:v7t3hrd451ma " +
  "Wp9b:vk18 Wp93:v13j1tr5q3p Wp92:vhts36o Wp8t:v4jrkcjy8 Wp8q:v6e7chvg48hs Wp8o:v4jrkcjy8 Wp8n:vcc0 Wp8g:bp8r+0 Wp8c:v9rm " +
  "Wp86:v5k1pke44 Wp81:bp86+0 Wp7x:v6e1aczq6znk Wp7v:v36 Wp7o:v1dvvxq8x71 Wp7n:v586f65pq Wp7j:lrb3k Wp7g:v2v Wp7e:vwanejy " +
  "Wp75:lrgzc Wp71:v2b Wp6y:v7cbs7wgiu7o Wp6v:bm3k+0 Wp6u:v4b4h5 Wp6o:b7t+0 Wp6g:v1dvvxpuerl Wp6e:vvqo774 Wp6c:v7np0dl7u8fn " +
  "Wp69:vsp59pq Wp68:v2t Wp5y:b7t+0 Wp5t:v1dvxu8xmk4 Wp5l:v4jrkcmm8 Wp3m:v7np0dl7u8fn Wp2c:v1x3ji Wp24:v8kvv6kxf59s " +
  "Wp1l:v4cjse Wp11:v1dvxug0u80 Wp0b:v1dvxug0u80 Woyk:v2b Woyf:lsdds Woyd:v2aolfwk Woya:bows+0 Woy0:v7np0dl7u8fn " +
  "Wowy:b4go+0 Wows:vn03 Wowp:v5i6ubrsp Wowm:bfz2+0 Woum:v7np0dl7u8fn Woub:l64nk Wou6:l6dg0 Wota:v1x3ji Wot2:v8kvv6kxf59s " +
  "Wosj:v4cjse Worz:v1dvxug0u80 Wor9:v1dvxug0u80 Wopo:lpj1s Wopj:v8ykl4vusdwh Wopi:v1dvxugh1io Woph:v5jjq3gm8u8 " +
  "Wopg:v4jrm5svo Wop9:l6dg0 Wop7:vqgnfck Wop6:v1dvxugh1io Wop5:v5jjq3gm8io Wop4:vfcfez96jl Wooq:l6dg0 Wooo:virk " +
  "Woon:v1dvxugh1io Woom:v5jjq3gm95s Wooa:l6dg0 Woo8:vqgnfck Woo7:v1dvxugh1io Woo6:v5jjq3gm9hc Wonr:l6dg0 Wono:v1dvxugh1io " +
  "Wonn:v5jjq3gm39c Wonm:v96h Won6:l6dg0 Won3:vqcxy73 Won1:v1dvxugh1io Won0:v5jjq3gm3kw Womj:l6dg0 Womh:vw10fhl " +
  "Womg:v1dvxugh1io Womf:v5jjq3gm69s Wome:vbfgf8y Woly:l6dg0 Wolv:v1dvxugh1io Wolu:v5jjq3gm4o0 Wolk:l6dg0 Woli:v4jko5 " +
  "Wolh:v1dvxugh1io Wolg:v5jjq3gm2xs Wol1:l6dg0 Woky:v1dvxugh1io Wokx:v5jjq3gm4zk Wokw:v65rm0pi8 Woki:l6dg0 Wokg:v3yi5o " +
  "Wokf:v1dvxugh1io Woke:v5jjq3gm5b4 Woka:l4fhs Wok6:vh6 Wok1:l6dg0 Wojy:v1dvxugh1io Wojx:v5jjq3gm5mo Wojk:l6dg0 " +
  "Wojh:v1dvxugh1io Wojg:v5jjq3gm40w Woix:l6dg0 Woiu:v1dvxugh1io Woit:v5jjq3gm78g Woir:vi2z1nyk51 Woig:l6dg0 Woie:vqgnfck " +
  "Woid:v1dvxugh1io Woic:v5jjq3gm4cg Wohx:l6dg0 Wohv:vqgmvdx Wohu:v1dvxugh1io Woht:v5jjq3gm7k0 Wohs:v2b Wohe:l6dg0 " +
  "Wohb:vqgmvdx Woha:v1dvxugh1io Woh9:v5jjq3gm7vk Woh8:vi2x37273p Wogu:l6dg0 Wogs:vqgnfck Wogr:v1dvxugh1io Wogq:v5jjq3gm874 " +
  "Wogp:v3ksybpf5awe Wogk:v2b Wogg:v2b Woge:v2b Wogd:v2b Wogb:l6dg0 Wog9:v6dq7s679 Wog8:v1dvxugh1io Wog7:v5jjq3gm6lc " +
  "Wog6:v84n Wog4:v2b Wog1:v2b Wofx:v38l4w Woft:v2b Wofs:v2b Wofq:l6dg0 Wofo:vw10fhl Wofn:v1dvxugh1io Wofm:v5jjq3gm6ww " +
  "Wofl:v4juq4ni8 Wofj:v2b Wofg:v2b Wofe:v2b Wofa:v2b Wof6:l6dg0 Wof4:vqcxzec Wof3:v1dvxugh1io Wof2:v5jjq3gm5y8 Woey:v38l4w " +
  "Woeq:v4jsj5k7g Woep:v38l4w Woeo:l6dg0 Woe5:v1dvxug0u80 Woe2:bcgz+g Wodo:l6dg0 Wocu:v18lo5l33vp Woct:bcfm+g Woch:vw10fhl " +
  "Wocc:v37 Woc6:v37 Woc3:l4axc Woc1:lrg6w Wobu:be1+0 Wobo:leya8 Wobm:v4jrkcjy8 Wobh:ll6pc Wobg:bok3+0 Wobb:bdv+0 " +
  "Wob5:bdt+0 Woay:lb7o0 Woav:vf9q1pz Woap:v4jrkcjy8 Woak:vmsl Woag:v6e1aczq6znk Woaf:v93c Woa9:v6e1aczq6znk Woa5:bith+0 " +
  "Wo9y:losgg Wo9w:v4jrkcjy8 Wo9v:vlq8 Wo9l:bdd+0 Wo9k:l7zio Wo9i:vdbsw1c Wo9c:v2b Wo94:vdfs Wo8y:lsa0o Wo8w:v4jrkcjy8 " +
  "Wo8r:v32 Wo8g:logi8 Wo89:loaz4 Wo86:vbuw Wo82:bcm+0 Wo80:v4jrkcjy8 Wo7y:v8i0akcmwhny Wo7u:v38l4w Wo7o:v38l4w Wo7i:v38l4w " +
  "Wo7c:v38l4w Wo7b:v3ygrm Wo77:v2r Wo75:v38l4w Wo6z:v38l4w Wo6t:v38l4w Wo6n:v38l4w Wo6h:v38l4w Wo6g:v30 Wo6a:v38l4w " +
  "Wo64:v38l4w Wo5y:v38l4w Wo5q:v9ag Wo5m:v4jrkcjy8 Wo5i:vm75 Wo5e:v4jrzvmas Wo5d:vcrtp9q Wo57:v2b Wo55:v7qchjtzsmem " +
  "Wo4v:vmsi Wo4t:bbp+0 Wo4q:vepquyd Wo4d:ls6pk Wo4a:lsalk Wo46:v38l4w Wo42:vxerbs6 Wo40:bd5+0 Wo3y:v38l4w Wo3x:v3cfbwlqn " +
  "Wo3t:vxerbs5 Wo3r:bd3+0 Wo3p:v2b Wo3d:vgxnm0t Wo39:lr1ww Wo37:bbd+0 Wo30:lorjk Wo2t:bbb+0 Wo2q:v3xfxqfx28fn Wo2h:v1u2fk " +
  "Wo26:vepquyd Wo21:v6e1aczq6znk Wo20:v1h Wo1x:lpfdc Wo1v:v2b Wo1u:v1u2fk Wo1e:v2b Wo1a:v2b Wo16:v2b Wo12:v2b Wo0x:v2b " +
  "Wo0r:lot8w Wo0p:v2b Wo0n:v2n Wo0c:v3pyt4 Wo04:v2n Wnz2:lrfyw Wnz1:v4jro90qp Wnz0:vdns31l2hc Wnyz:v7qchc1u2nfy " +
  "Wnys:v6drc4mjy Wnyq:lqxn4 Wnym:v6e1fuathvr4 Wnyl:v7i1ezf Wnyf:v6e1i567dz1e Wnye:vgrt284h5c Wnyd:v1ax93fpmi6 Wnyb:lr1ww " +
  "Wny8:v4jrkcjy8 Wny6:v19dmjs8ege Wny0:v6nlxpmi6 Wnxx:v6e1fuathvr4 Wnxw:v4y0 Wnxv:v18kuk45vla Wnxq:v7t7e0eyvqjy " +
  "Wnxl:v4jrkcjy8 Wnxj:vv73226 Wnxd:v8yqfll1o94e Wnx7:vbpencrkk0 Wnx6:v7qchc0pt0ku Wnwv:v4jrp6qdc Wnwo:v8p4 " +
  "Wnwg:vvyjyef8fws Wnwd:lqga8 Wnwb:v2b Wnw5:v2b Wnvz:v4jro90sd Wnvy:v5w3zk1i27hd Wnvq:lmpgw Wnvo:v4jrkcjy8 Wnvc:v38l86 " +
  "Wnvb:v2gs7xqbn2pl Wnv5:v3o9il5mg Wnv4:v8yqteodnga6 Wnv1:lot8w Wnuy:v7cbrg82edri Wnuu:v7cbs9tj37e6 Wnuq:v7cbs3vvrupa " +
  "Wnum:v1snv4 Wnul:v7cbrg9gccoe Wnuh:v1r9ao Wnug:v7cbs9ux16b2 Wnue:v8yqteodngc4 Wnu1:lqga8 Wnts:v2d7vgv Wntp:lovu8 " +
  "Wntm:vvrr49 Wntk:v6nlxpmi6 Wnth:lrdkg Wnt8:ls61s Wnt4:vmr3g5p4 Wnt1:lot8w Wnsz:v2b Wnsu:v2b Wnst:v2b Wnss:v7cbs5xorui6 " +
  "Wnsj:v38l86 Wnsi:v2e0g1wjzjhl Wns8:v4jro90sd Wns7:v61njfmjp083 Wnry:lmpgw Wnrx:lot8w Wnrq:lqzxs Wnri:v38l7o Wnrh:v18zy9 " +
  "Wnre:lr1v4 Wnra:ls834 Wnr4:v38l4w Wnqy:lry48 Wnqv:v1oo Wnqu:v7cbs5xorui6 Wnqs:lpxo0 Wnqr:lrdkg Wnqp:v4jrp6qdd " +
  "Wnqj:v38llw Wnqh:v18kuk45vla Wnqd:l64nk Wnqb:vkjwoplyw Wnq9:vj614ffwr75t Wnq8:vv73226 Wnq6:lr1ww Wnq5:lqzxs Wnq3:bnpl+0 " +
  "Wnpz:v2p1a6o68sp Wnpw:lqzxs Wnpu:v4jrkcjy8 Wnpt:bnpv+0 Wnpr:vemr15 Wnpk:bnpl+0 Wnpi:v4jro90qo Wnpe:lqj2o Wnpd:bnmb+0 " +
  "Wnp9:v2guu3mz3 Wnp4:v1t4je Wnp3:l64nk Wnoy:v2s Wnov:lr1v4 Wnou:bnmb+0 Wnos:bnot+0 Wnoq:v2b Wnoo:v6nlxpmi6 Wnom:ls61s " +
  "Wnoi:v6e1aczq6znk Wnoe:lr1ww Wnoc:v3kl5pibqy5h Wnob:bnoc+0 Wno0:vqgni0w Wnnv:v38l4w Wnnj:lovu8 Wnne:v41607g Wnnb:lgl5c " +
  "Wnn8:v2b Wnn7:v3b9qntrtyqz Wnmy:vwanc4u Wnmv:v38l4w Wnmu:v1f9qjl Wnmt:v9zxrfo Wnmp:lgl5c Wnmo:bnee+0 Wnml:vajbbpd4dp " +
  "Wnmi:lqzxs Wnmg:v38les Wnmf:v2n7fk8 Wnm8:v586euxr9 Wnly:v38l4w Wnlx:v2rvbh1e989w Wnlt:bnjn+0 Wnls:v2h1b12shg68 " +
  "Wnlr:bnls+0 Wnlp:v38l4w Wnln:v7cbs5xp5w7z Wnll:lrbgw Wnlk:v1rdwhvz4 Wnlj:bnlk+0 Wnlc:bnld+0 Wnl9:v10 Wnl2:bnl3+0 " +
  "Wnl0:v2b Wnkz:v2a0 Wnkx:v13jlm0y2k3 Wnkv:v3yiqx Wnku:lh5g0 Wnkt:ls7og Wnks:v38o0c Wnkq:vcc0 Wnkp:vcc0 Wnkn:lrbgw " +
  "Wnkm:lrfzs Wnkk:v8yowcorqpv3 Wnkh:v2b Wnkf:v7cbrk5l8di7 Wnkc:v194io Wnk8:v59uwwjsvs Wnk7:v7cbs7wqjs67 Wnjz:v6e29858wbuo " +
  "Wnjx:v7cbreazaan3 Wnjq:v3r5vdb Wnjp:v1165nc1snz Wnjn:v4jjp1 Wnjm:bnj4+0 Wnji:v2b Wnjg:v7cbraevomlb Wnj8:v59uwwjsvs " +
  "Wnj7:v7cbre87ectb Wnj1:v2h1b12shg68 Wniy:v2b Wnix:v1165nvpqvz Wnit:bniu+0 Wniq:v1165jpvu5b Wnin:v4jro96do Wnij:vcvy0dk " +
  "Wnig:v2b Wnif:v2itv7lwi Wnie:v1165nvwrq7 Wnia:bnib+0 Wni7:v1165jq2uzj Wni4:v4jro96do Wni0:v96a Wnhx:v6e1b0o3jncw " +
  "Wnhv:v1165jq5o4f Wnht:lqm5s Wnhr:bnhs+0 Wnhn:v1165n1o5lr Wnhk:v4jro96do Wnhj:v406h59n6 Wnhg:lrb3k Wnhe:v2jmce54q " +
  "Wnha:v8i1qka5b0j Wnh5:lpfbk Wnh2:v4jry8m6r Wngy:lry48 Wngm:vxp0swz Wngj:bngk+0 Wngh:v4jry8m6r Wngg:v8vznk0 Wng7:v2b " +
  "Wng5:v13jhlq6rud Wng1:lry48 Wnfy:vw Wnfx:lrfzs Wnfu:vd40ld Wnfr:lifhs Wnfp:lql4g Wnfk:v38l4w Wnfd:v5k46zvqq Wnfb:ls7og " +
  "Wnf9:bnfa+0 Wnf6:v3mahgwlr Wnf4:v4b4h9 Wnf2:bnf0+0 Wney:bnf1+0 Wnex:lovu8 Wneu:v8ww4rk Wnet:bnex+g Wner:v38l4w " +
  "Wnep:v5xudm3ck Wnej:bnek+0 Wneh:v4jry8m8n Wneg:v35 Wnee:v3pysn Wne9:v38les Wne8:v1g0r4 Wne3:lrdkg Wndw:lrfzs " +
  "Wndt:v8vzg9mrt5rg Wndn:lot8w Wndg:vp1hq6ereo Wndf:v7szynr1ygkt Wnda:v18zx7ker8m Wnd8:v18lma5tmo0 Wnct:v110y7a0oz6 " +
  "Wncl:ls1c0 Wnch:v8vzg5t4xpb9 Wncg:b32x+0 Wnce:v1165nlq99d Wnc7:bnc8+0 Wnc5:v6e1aczq6znk Wnc3:v4jhih Wnby:bnc0+0 " +
  "Wnbw:bnbx+0 Wnbv:v1a Wnbu:bnbv+0 Wnbs:v6e1aczuycxs Wnbq:vqgnhww Wnbl:v7ynt7dvdyjk Wnbk:bnbl+0 Wnbh:v1s247wv4 Wnbg:v38lmk " +
  "Wnbf:v11i3tzgsft8 Wnbe:vs4ql4c Wnba:v4i3cd Wnb9:vmlr Wnb8:bnba+0 Wnb5:v8xx3z9 Wnb1:v19lr9 Wnb0:v2b Wnay:v2t Wnav:v3b " +
  "Wnau:vmsk Wnat:v36 Wnao:vw Wnan:bnap+0 Wnai:v1rhbm0rn Wnag:vnl1 Wnaf:ls1h4 Wnae:v3pzzg Wnab:v3f7o33hh Wnaa:v1q " +
  "Wn9z:v1rl6wpdb Wn9w:vmsn Wn9p:lif1s Wn9h:v4gos4 Wn9d:ldp80 Wn9a:vvqo7zo Wn99:l64nk Wn98:lrb3k Wn94:v8t63rpy3lh2 " +
  "Wn8x:l64nk Wn8w:lqwsw Wn8j:ls608 Wn8h:bmdo+0 Wn89:l6chc Wn7x:ls834 Wn7v:bqbw+g Wn7n:btei+0 Wn7l:brcg+g Wn7i:viu7 " +
  "Wn7f:lry48 Wn7d:bqbt+g Wn6u:l64nk Wn6k:vmzw Wn6b:ls66g Wn69:b4fa+g Wn5y:ls8ko Wn5p:bqm1+0 Wn5n:bmdt+0 Wn5g:l6dg0 " +
  "Wn5e:l6dg0 Wn56:brcg+g Wn54:bqxx+g Wn4q:lpvjk Wn4p:bsp6+0 Wn4f:lrg1k Wn3l:l64nk Wn3b:lrcsw Wn3a:bt6f+0 Wn38:v3pyst " +
  "Wn2t:v3pyst Wn2h:lrwk0 Wn2g:b4fq+g Wn26:los5s Wn23:bqxx+g Wn1r:btig+0 Wn1k:ls8ko Wn1i:bul2+0 Wn13:ls8vc Wn0z:v4jro94ek " +
  "Wn0y:v2un619nlkax Wn0x:v38l4w Wn0t:l6dg0 Wn0p:vl5lxh6gw Wn0n:vfcfez96gw Wn0h:v2b Wn0g:bqbx+g Wn07:vgdryb8zio Wn04:bmzl+0 " +
  "Wn01:lrb3k Wmzx:l64nk Wmzt:bul1+0 Wmzs:l6dg0 Wmzq:l6dg0 Wmzl:v2s Wmzj:vk18 Wmzg:bmzd+0 Wmze:v4jhih Wmzd:vkfi " +
  "Wmz9:v1dvvxu9eg9 Wmz8:v4qkvi Wmz6:lry48 Wmx4:vrlmdri Wmvu:v4jrm9dvd Wmvm:v3w5e11264sgsf Wmvl:v4cjse Wmv2:v3w5e11264sgsf " +
  "Wmtr:v1dvxug0u80 Wmsm:l6dg0 Wmrt:bm2x+0 Wmrr:v38n7w Wmrk:vmss Wmrh:v4i54f Wmra:bxiv+0 Wmr7:vt6s2kz4flc Wmr0:vdhq " +
  "Wmqx:v8zy4o0 Wmqw:vqcxojd Wmqu:v19jzj Wmqs:bmqy+0 Wmqq:v2b Wmqo:vqgnfcd Wmqj:ls8s0 Wmqf:v337mnxie0ry Wmq7:lrbm8 " +
  "Wmq1:bxi1+g Wmpz:v2n Wmpw:v38lto Wmpu:vqgniat Wmpq:v4jrzvmas Wmpo:v5i60352d Wmpe:v4e2l1eizfp5 Wmpd:v69po8tih Wmpa:lo7xs " +
  "Wmp3:v586f65pq Wmp0:vmlh Wmox:bmoy+0 Wmov:vw Wmoq:vhts9j4 Wmoo:vs4xmch Wmoi:v38lfy Wmog:v8t1u17p9do7 Wmof:v38les " +
  "Wmo9:lrfzs Wmo4:v71jlzjwg Wmo1:bmlw+0 Wmo0:ls5vk Wmny:v3kqlrcm5i7g Wmnv:v18zx83x4kf Wmns:vi2z5a8t9c Wmnn:v38l4w " +
  "Wmnl:lkhsg Wmng:v6e1aczq6znk Wmne:v7t52djqookj Wmnc:v38l4w Wmnb:bmmu+0 Wmn9:lluc0 Wmn7:vim0mkj Wmn5:v38l4w Wmmz:bmn8+0 " +
  "Wmmu:v13j9wa36um Wmmt:v38l4w Wmmn:vlt5 Wmml:bmmm+g Wmmj:v2b Wmmh:vb Wmme:v38l4w Wmmd:v13itxwp0m7 Wmmc:v4b2i3 " +
  "Wmma:v61tjfxpw Wmm6:v8ww4rk Wmm4:v194io Wmm3:bl7l+g Wmm1:v38l4w Wmm0:v165zk Wmlz:vlf4 Wmlv:ll3n4 Wmls:ls77s Wmlr:vyte73m " +
  "Wmlq:vciqv379ca Wmlp:bmlr+0 Wmll:vux7ntr Wmlk:v2i91c Wmlh:v1165nlngc3 Wmlf:bml4+0 Wml7:v5chkclygo Wml3:bml4+0 " +
  "Wmky:v38l4w Wmkx:bmks+0 Wmkv:v4js88brg Wmks:v13jfmoztdg Wmkr:v38l4w Wmkp:l9l1s Wmko:l4axc Wmkj:v38l4w Wmki:bmkd+0 " +
  "Wmkg:v6e1aczq6znk Wmkd:vjtx Wmkc:v38l4w Wmk9:lq3cg Wmk4:v194io Wmk3:blhv+g Wmk0:vgolocvz8r0 Wmjz:v2i2ow Wmjy:v6brh5yzj " +
  "Wmjv:v4i3cj Wmju:v18z3o0v04f Wmjt:v18z3o0v04f Wmjr:lpiy8 Wmjk:bmin+0 Wmjj:v2b Wmjh:v2fpf1 Wmjg:v38l4w Wmje:v2b " +
  "Wmjd:v2fpf1 Wmjc:v38l4w Wmja:v2b Wmj8:v2fpf1 Wmj7:v38l4w Wmj6:bmj3+0 Wmj1:v6e1fugsolq9 Wmj0:v5iwbprmku Wmiz:vcc2 " +
  "Wmiy:v2b Wmiw:lpiy8 Wmip:v17bi6g7by5 Wmin:v2t Wmim:v2b Wmil:v2t Wmih:vvr1mr7 Wmib:v4jtjr3pt Wmia:v2kw86vx0 " +
  "Wmi9:v3f73zn8j Wmi8:vcc0 Wmi4:v1rdwhvyi Wmi3:bmic+0 Wmi1:v38l4w Wmi0:v2opuli4r Wmhx:blgy+g Wmhq:ls77s Wmha:vm06 " +
  "Wmg5:lrfzs Wmg1:bvdy+0 Wmfw:bmfp+0 Wmft:lpfbk Wmfs:v6e1agxsf3nw Wmfr:vah4 Wmfn:v61wb93dv Wmfk:vm06 Wmfh:bkug+g " +
  "Wmfb:v5k4rh82o Wmfa:bkvd+g Wmf9:v1e0c3nh3qk Wmf8:v2fmg4 Wmf1:bmfs+0 Wmex:v3d Wmew:v6cg Wmet:v37 Wmen:bmdr+0 Wmel:v26spc " +
  "Wmek:vhbrkoo Wmeg:v1oij4 Wmef:vhbrkoo Wmed:lrei8 Wmea:lrfzs Wme6:v38llw Wme5:v59unsrq9s7c Wme1:v38l7o Wmdv:lnaq8 " +
  "Wmdt:v2t Wmdr:vmed Wmdj:v33 Wmdi:v6e1h5vipn9c Wmdg:v8cdm830rbzk Wmdf:v2y1x0 Wmde:lc5n4 Wmd7:bskf+0 Wmd1:l4axc " +
  "Wmcz:v6e31a4gbxts Wmcx:v3r5vdb Wmcv:v8xv3d38 Wmco:b2e+0 Wmcl:v6e1v6rgzu9s Wmck:vkety Wmcf:v1356omc0vh Wmcb:v3y5s3n6b " +
  "Wmc7:v3zvc5 Wmc2:v2b Wmc1:v48j43xkwqog Wmby:v5o2th3sk Wmbw:lc5n4 Wmbu:bm8w+0 Wmbt:v871 Wmbs:v6e1tvn7ezup Wmbq:v1q " +
  "Wmbl:bmbu+g Wmbj:v4jro90qo Wmbi:vu7uay18y4 Wmbe:bm8w+0 Wmbb:bmbd+0 Wmb8:bti7+0 Wmap:los5s Wmak:lksj4 Wmad:lrg1k " +
  "Wma5:l6dg0 Wm9u:lifhs Wm9p:v1q Wm9e:bs0n+g Wm9d:lr1ww Wm91:lqsj4 Wm8z:l6dg0 Wm8w:v3kjvfxx4z5s Wm8t:l6dg0 Wm8a:l6dg0 " +
  "Wm87:l6dg0 Wm7x:ls6uo Wm79:l6dg0 Wm6v:blqo+g Wm6t:v4avzibzr Wm6r:v3kjvfxwsc4h Wm6p:v3kjvfxvber3 Wm6o:bm6s+0 Wm6k:lrdm8 " +
  "Wm6i:v2b Wm6h:v8ryfv6kzh2e Wm6f:v1q Wm6b:v134n1mu6b1 Wm65:v38l58 Wm64:v2irj4yn3 Wm63:v5ty8fu Wm62:v2j2wjpkt " +
  "Wm5z:vi2sd3dylb Wm5u:vi2sd3dylb Wm5t:v30v1y Wm5r:v949 Wm5p:v38l58 Wm5o:vi2sd3z13z Wm5m:v2j2wjpku Wm5i:v3kjvfh2j23j " +
  "Wm5d:v3kjvfh2j23j Wm5c:v24 Wm5a:v1a Wm58:v38l58 Wm57:v3ygrj Wm55:v2j2wjpkt Wm52:v230icska Wm51:vi2sd3dzkv " +
  "Wm4w:v35oms0q6k68 Wm4u:v3ygrj Wm4r:v949 Wm4p:v38l58 Wm4n:vi2sd3z23j Wm4m:v30v1y Wm4l:v2j2wjpks Wm4i:v211h8nfe " +
  "Wm4h:vi2sd3z23j Wm4d:v6e1aczuyd8c Wm4c:v38genyno3a8 Wm4b:vi2sd3z23j Wm48:v134n1mtmd0 Wm42:v1dvxubz6su Wm40:bk5m+z " +
  "Wm3y:b885+g Wm3x:v194io Wm3v:v2b Wm3u:v1g0fck Wm3t:v61kbvevcjyc Wm3m:v1t5a8 Wm3k:v18lleiddgk Wm3j:v24y9b8jk " +
  "Wm31:v18lo5l33vp Wm30:v8hyq8279ffw Wm2x:v9cm3sfudab6 Wm2w:v2r Wm2u:v5i60352d Wm2p:v3jxr8u2avs5 Wm2n:v14b81lmw6c " +
  "Wm2m:v6esb3qd6dsl Wm2k:v2r Wm2i:v18l2jan8mq Wlz7:v1dvvxrn0ha Wlz1:vi2qmyi0z2 Wlyz:vhxfxnelbn Wlyg:v63we0agw " +
  "Wlxw:v1dvxug0u80 Wlvn:l6j5c Wlva:brvy+g Wlv5:vvqo6ek Wlv3:virk Wlv1:v1dvxugh1io Wlv0:v3p162ag3lc Wlul:l6dg0 Wluj:vvqo6ek " +
  "Wlue:v1dvxugh1io Wlud:v3p162ag2tc Wlu9:bltu+pk Wlty:v2b Wltx:l6dg0 Wltw:vpa8 Wltv:vmlh Wltr:v1a Wltq:v1dvxugh1io " +
  "Wltp:v3p162ag21c Wltl:blt6+pk Wlta:v1a Wlt9:l6dg0 Wlt8:v1z14pc8 Wlt7:vmlh Wlt5:v1z15g5c Wlsu:vcvfqlq Wlsp:v8yqtmlmg4f3 " +
  "Wlpz:v2b Wlpx:v4jtm682i Wlpv:v38l4w Wlps:v4jtm682i Wlpp:v1dvxug0u80 Wlpo:v1dvxug0u80 Wlpn:l6dg0 Wlpj:v1dvxug0u80 " +
  "Wloq:l6dg0 Wlns:llwts Wlnp:ls8ww Wln1:bsou+0 Wlmg:v4js8b0n4 Wlmc:lq3cg Wlkj:buaq+0 Wlk2:v3pyt0 Wljw:viu7 Wlji:vqgnip5 " +
  "Wljd:v4gqr6 Wlj5:v36 Wlj0:l6dg0 Wliz:l6dg0 Wliy:l6dg0 Wliu:bnag+0 Wlip:l5qb4 Wlik:bmnv+0 Wlif:bmn0+0 Wlia:bmm6+0 " +
  "Wli5:li240 Wli0:bmj5+0 Wlhv:bmj3+0 Wlhq:blhv+g Wlhl:b4fl+0 Wlhf:bmfn+0 Wlh9:bm6j+0 Wlh4:bhct+0 Wlgy:lgx68 Wlgq:v37 " +
  "Wlgm:ls7rk Wlgl:b3xf+0 Wlg9:lot8w Wlfl:ls608 Wlf6:btry+0 Wlel:la428 Wlea:lrfzs Wle7:v2n Wldz:lgwls Wldm:ldp80 Wldg:l6dg0 " +
  "Wldd:ls834 Wld5:lqwnk Wlcr:lry48 Wlcj:lrfzs Wlcb:btaw+0 Wlbz:l4axc Wlbx:bukz+0 Wlbw:ls608 Wlbt:ls7rk Wlbg:lqm5s " +
  "Wlbe:bqxx+g Wlb4:b7t+0 Wlaw:bl3l+0 Wlar:bm3+0 Wlam:lqm5s Wla5:l6dg0 Wl9s:lqm5s Wl9n:bmdt+0 Wl95:lc5n4 Wl90:lr6mo " +
  "Wl8v:bqs5+g Wl8q:bqs5+g Wl8l:lrb3k Wl8g:bqs5+g Wl8b:l6drk Wl86:bqrk+g Wl81:l6dg0 Wl7v:l5vps Wl7q:bqrk+g Wl7l:l64nk " +
  "Wl7f:bm62+0 Wl79:bm5r+0 Wl77:bm5x+0 Wl71:bm5m+0 Wl6w:bm5g+0 Wl6q:bm5a+0 Wl6k:bm4z+0 Wl6i:bm55+0 Wl6c:bm4r+0 Wl65:bm4l+0 " +
  "Wl5v:bm42+0 Wl5t:bm4f+0 Wl5o:bm3c+0 Wl5j:lrym0 Wl5e:bkuj+g Wl59:l6dg0 Wl4g:vvqo6ek Wl4b:v4jjop Wl47:vmlh Wl3q:v3a " +
  "Wl3f:bl3c+0 Wl3d:bkpf+g Wl3c:vcc0 Wl3b:v1dvvxpqjj9 Wl0u:bqpy+w Wl0p:l6dg0 Wkzt:v1x3ji Wkzq:v134n1mu680 Wkzl:v4qkvi " +
  "Wkz2:vux8pwz Wkyi:v1dvxug0u80 Wkw8:l6dg0 Wkvp:v1dvxugh1io Wkvo:v3p162ahzao Wkvm:l6j6g Wkvk:l6j5c Wkvd:v1 Wkvb:v1 Wkv9:v1 " +
  "Wkv7:v1 Wkv6:l6dg0 Wkus:v1dvxugh1io Wkur:v3p162ahxxs Wkup:l6j6g Wkum:l6j5c Wkul:v1165nlngc3 Wkuh:l6dg0 Wkte:v2b " +
  "Wkta:lqm5s Wksi:v1dvxug0u80 Wksh:l6dg0 Wks8:vs58z5s Wks4:vw0hk6d Wkry:v2t Wkrw:v5k5buhrf Wkrs:v2t Wkrh:vk1c " +
  "Wkre:v7szynr1ygkt Wkr9:vk1c Wkr5:l64nk Wkqy:bm48+0 Wkqs:v37 Wkqn:vs58z5s Wkqj:v38lmk Wkqh:vjtx Wkqg:v2t Wkq9:lc5n4 " +
  "Wkq5:v5k5buhr9 Wkq4:bkn8+0 Wkq0:bnj+0 Wkpz:v1dvvxppx8g Wkpl:bx5h+0 Wkpk:v2b Wkpj:vb Wkpi:viu7 Wkpb:viu7 Wkp7:vud4acm " +
  "Wkp4:v2axqrggf Wkp3:v16ngql6pnw Wkow:v26zojc3z Wkov:vsp59pq Wkop:v231mb7rj Wkoo:vk19 Wkoj:v2b Wkoi:v212l75lb Wkoh:v2t " +
  "Wkoc:v38l4w Wko5:v6e1i567dz1e Wko4:v3jl2bb2sjla Wknz:loflc Wknv:v4jrkcjy8 Wknm:v2b Wknk:viu7 Wknf:v5k5buhrm Wknc:vjtx " +
  "Wknb:ls2a0 Wkna:ls2a0 Wkn3:bt8n+0 Wkn1:v2b Wkmz:v69po8qr0 Wkmw:ljw5s Wkmv:bkl3+0 Wkmt:v4jroyb0z Wkmr:vvqo7zo Wkmo:ljw5s " +
  "Wkmn:bkl3+0 Wkml:v4jsj5iio Wkmk:vj09h Wkmj:vvqo7zo Wkmf:viu7 Wkmd:b1tc+0 Wkm9:v4jrkcjy8 Wklz:v586f64xf Wklu:lqj2o " +
  "Wkls:v2b Wklr:vmsz Wklo:v1v5huz2n Wkln:v586f64x3 Wkli:bjd6+0 Wklg:b1t7+0 Wklf:v2b Wklc:v38l7o Wkla:v1165nvsmzt " +
  "Wkl6:bhnb+0 Wkl3:v5g6ytco5 Wkkv:l4axc Wkkp:v4js95xfm Wkko:vu7e26y5u0 Wkkm:v2p Wkkl:vmsz Wkkk:bkkm+0 Wkki:lpfbk " +
  "Wkkd:v38lt2 Wkkc:v1dvvxqp234 Wkka:llxw0 Wkk9:v7i3hv6v6u7o Wkk6:b6o+0 Wkk2:v6cg Wkk1:b6o+0 Wkjs:v7cbs7tu9zzn Wkjr:bkjw+0 " +
  "Wkjh:ls834 Wkjd:lrg0o Wkja:v1wus0 Wkj9:v37 Wkj5:v18z3o0v04f Wkj4:v3d Wkiz:llxw0 Wkiy:v6bskggo3 Wkix:v6bopbdcy " +
  "Wkiv:v1165nlngbl Wkiu:lhd9s Wkit:bkiv+0 Wkik:v2b Wkih:v4jt270wq Wkie:lrb3k Wkhv:vaj3fhp0ic Wkhu:v6nmhowo3 " +
  "Wkhr:v6e1fuazcl91 Wkhp:v38l4w Wkhc:v5g9r5vld Wkh9:vs7ub1ish9l Wkf8:v5g9r5vld Wkex:b1ax+0 Wkes:lhd9s Wkdw:v1x3ji Wkdq:v37 " +
  "Wkdp:v2b Wkdo:v63we0agw Wkd5:v33 Wkbp:l64nk Wkbc:bkjt+0 Wkb7:v4jss7fbu Wkaf:l6dg0 Wkab:v2t Wkaa:v6bqxb04l Wka3:l4axc " +
  "Wka2:btj7+0 Wka0:v58c8usty Wk9z:vw Wk9y:lq3cg Wk9x:biz2+0 Wk9v:v2b Wk9u:v3k Wk9t:v4svzaeam4bw Wk9q:v2b Wk9o:v4svzaeam4bw " +
  "Wk9l:v38pe4 Wk9k:v28jb9b9ie4v Wk98:v5i60352d Wk97:v1356omc0vh Wk92:v69pnji3p Wk8z:vs5fxi9 Wk8y:v5k6pa9va Wk8x:v4i7ad " +
  "Wk8w:v4jhih Wk8v:vw1ftrf Wk8u:vwakjfo Wk8s:v49r3i Wk8r:vudcoyt Wk8o:lpfbk Wk8l:v6da Wk8j:v1165nhph0f Wk89:v6ex " +
  "Wk88:v2hxdcn3ystp Wk87:v90dizv Wk86:bjji+0 Wk85:v8scrnzvwsxa Wk83:v19agd Wk82:v6cg Wk81:v19agd Wk80:v194io " +
  "Wk7z:v1rdwi16h Wk7y:v1rl7oq5n Wk7v:bk8n+0 Wk7o:v7cbru2o7kgv Wk7l:v5k6pa9va Wk7k:v6bop2xym Wk7f:v2t Wk79:v7700ol3lxlx " +
  "Wk78:v1rxo8s3q Wk76:vnqd Wk75:vsp59pv Wk6y:v6bope8o1 Wk6x:bk6y+0 Wk6u:vc9s Wk6q:v38l7o Wk6m:lpfdc Wk6h:v38l7o Wk6a:v2b " +
  "Wk62:bk79+0 Wk60:v38l7o Wk5z:vmr35kwb Wk5y:v7cbs9u3niov Wk5u:bk5v+0 Wk5r:lot8w Wk5n:bsja+0 Wk5k:v37 Wk59:v6bskggo3 " +
  "Wk58:vznkizk Wk57:vmt0 Wk56:v4i6ax Wk55:v8vtm6v8j8m7 Wk51:vmlh Wk4u:v3koo5gl9ab6 Wk4k:v42ztftg8 Wk4i:vmlw " +
  "Wk4f:v2h1b12rmxcz Wk4e:bk4f+0 Wk42:lqryo Wk3v:lqryo Wk3u:lsdc8 Wk3s:v194io Wk3r:lrfzs Wk3p:v38lul Wk3k:v194io Wk3j:lrfyw " +
  "Wk3f:v63xkp8iu Wk3d:bjyi+0 Wk3a:v2b Wk39:v63xtsm Wk36:v6bqmuhdg Wk35:vmsl Wk34:v4b4h5 Wk33:bk36+0 Wk31:v6em Wk30:v2b " +
  "Wk2y:vcc0 Wk2v:ls8s0 Wk2t:bk2u+0 Wk2q:vw Wk2p:bjsf+0 Wk2m:v1adow Wk2k:b1kv+0 Wk2j:v6cg Wk2f:vw Wk2e:ljc34 Wk28:v166s0 " +
  "Wk27:v7cbs9wl7alq Wk25:bjf2+0 Wk23:v38l4w Wk22:vqgnhwv Wk1z:v38l4w Wk1y:vqgnf5a Wk1v:v38l4w Wk1u:v18 Wk1t:v3pysy " +
  "Wk1r:lqj2o Wk1l:v586euycv Wk1f:vefwvuc Wk1e:vqgnhx0 Wk16:v586f3dyd Wk14:bjuj+0 Wk12:lsdc8 Wk10:v38l4w Wk0y:vqgnh45 " +
  "Wk0r:v586f3bsk Wk0k:vbuw Wk0b:bk0e+0 Wk07:v116legrjhv Wk04:v13jjnt26hr Wk03:v69pnji3p Wk00:v2t Wjzy:vttami5 Wjzx:v2z " +
  "Wjzr:ve24 Wjzk:v19i05 Wjzj:v19jz9 Wjzi:v2hsbtvic8ww Wjze:v711qj1fki Wjzd:v2n Wjz8:v2fmg4 Wjz6:lpxo0 Wjz5:bjez+0 Wjz3:vw " +
  "Wjz0:v4jry8scs Wjyy:v3pzzp Wjyv:lhxww Wjyq:v38l4w Wjyp:v3 Wjyn:viud Wjyk:vk1h Wjyi:v38 Wjyd:lrg1k Wjyb:v194io " +
  "Wjya:bsja+0 Wjy6:lgmkw Wjy4:lrg3c Wjxz:bjew+0 Wjxw:v3yc Wjxo:v5883555t Wjxk:loaz4 Wjxi:bjxj+0 Wjxe:v7cbsfq3193z " +
  "Wjxa:v8scrofzc0tc Wjx9:v2hy5yohm3jb Wjx7:vck68ecub8 Wjx5:bjxa+0 Wjx3:v194io Wjx2:bt5x+0 Wjwy:l4axc Wjwr:lrg0o Wjwo:lozw0 " +
  "Wjwj:v7i1f24 Wjwi:vk1h Wjwg:v2jn5unal Wjwf:bjwg+0 Wjwc:v781tob Wjwb:v2t Wjw9:bjew+0 Wjw8:vcvy0de Wjw7:bjw8+0 " +
  "Wjw5:v4jrp6qhj Wjw4:v586fd7xr Wjw0:v4jrp6qhj Wjvx:vqgnjao Wjvk:v586epcv5 Wjvf:v2b Wjve:vepquyd Wjvd:v7cbs9rvpeun " +
  "Wjvb:v3vm9c Wjv6:vc Wjv5:vqgnhwp Wjuy:ls1c0 Wjux:v6cg Wjut:vi1lzk1 Wjus:vqgnhx0 Wjuq:bjew+0 Wjul:v586f3dyd Wjug:lse14 " +
  "Wjue:v4jro90uv Wjuc:v116legrjhv Wju5:viud Wju2:lifhs Wju0:v3s5ly472vs5 Wjtz:v1rdwhvz4 Wjtw:v4jro90uu Wjtu:v586f65pq " +
  "Wjts:lqxn4 Wjtp:vvysqu Wjtn:vqgniw5 Wjtl:v3pyt0 Wjtj:bjtl+0 Wjtd:v3wgtc Wjtb:v2s Wjt7:bskw+0 Wjt0:v2b Wjsz:vbnvbqi " +
  "Wjsx:v6cg Wjst:bj65+0 Wjsn:v21tzr Wjsm:v2n Wjsk:v2t Wjsj:vlt5 Wjsi:vmsl Wjsg:lqaeo Wjs9:vwc01lc Wjs8:v2n " +
  "Wjs3:v6e280ho5nvy Wjs2:v7ig Wjrz:bjit+0 Wjrx:bjry+0 Wjrw:vizt Wjru:bjrw+0 Wjrs:v4jro9d0m Wjrm:lpiy8 Wjrl:lpfbk " +
  "Wjrj:bjrk+0 Wjre:vt6s0lwg748 Wjrc:v2n Wjrb:v194io Wjr8:v18zhc8w67g Wjr6:bjra+0 Wjqw:vcc0 Wjqr:v2b Wjqq:v3k Wjql:lovu8 " +
  "Wjqk:v2b Wjqf:ll3n4 Wjqe:lrfzs Wjqc:v38pe4 Wjqb:v2jnyx0vicyb Wjq5:v194io Wjq2:v30 Wjpv:vs5fxi9 Wjps:v4i3cl " +
  "Wjpr:v18z3mcxi73 Wjpq:vk19 Wjpp:bjpv+0 Wjpk:birh+0 Wjpj:v1rdwhvz4 Wjpi:bjpk+g Wjpf:vb3w4yw Wjpc:vm75 Wjpb:lry48 " +
  "Wjp9:b1w+0 Wjp4:v38l4w Wjp3:v34f68 Wjox:v2b Wjow:v34gk0 Wjos:v1rdwhvz4 Wjop:v2b Wjol:ls1h4 Wjok:v1q Wjoj:v1q Wjoi:bjok+0 " +
  "Wjob:v2h1b12shg68 Wjoa:bjob+0 Wjo3:v194io Wjo2:bjo3+0 Wjnw:bjey+0 Wjnv:v2b Wjnu:v2qevk Wjnr:lq3cg Wjnh:bjd0+0 " +
  "Wjnf:bjng+0 Wjnd:vkjwoplyw Wjnc:v3 Wjn5:v1rdwhvz4 Wjn1:v1w Wjmx:v41aax Wjmr:v3pysz Wjmf:lry48 Wjmd:lrygo Wjmb:lsdc8 " +
  "Wjm4:lsb40 Wjm3:bjd0+0 Wjlz:v194io Wjly:lsd1c Wjlv:vzl28kq8 Wjlm:bjli+g Wjli:birh+0 Wjlh:v4jry8m8n Wjlg:v38 Wjlc:lq3cg " +
  "Wjl4:v711qy5uo Wjl3:v4jko9 Wjl1:v5i60352d Wjl0:vrv7vxw Wjkz:v3x2so Wjkv:v6bop2xym Wjku:vw0nrz5 Wjkr:v38 Wjkq:lry48 " +
  "Wjko:v1165nbnrl9 Wjkl:viuv Wjke:v6sj2zgznoqp Wjk5:bjfd+0 Wjk4:bjek+0 Wjk1:vba2 Wjjz:vcc0 Wjjw:bjek+0 Wjjn:b33+0 " +
  "Wjjj:v364u3tfg1t8 Wjji:viuc Wjjh:viux Wjjg:vqhe6at Wjjf:v38l7o Wjj9:lh7ww Wjj7:v18vkqyemg8 Wjj1:v3pysl Wjiu:vlmd " +
  "Wjit:v3yhkp Wjis:v38 Wjin:bjiu+0 Wjim:vqhfkh5 Wjil:vqhfl9h Wjik:ls7b4 Wjij:v586euxr9 Wjih:v8ww4rk Wjib:l64nk " +
  "Wji8:v4jro930s Wji7:vwfa9q Wji6:v17ldt Wji2:vw15zs2 Wji0:lqj2o Wjhy:ls7og Wjht:v4zz1c Wjhs:v3x0tx Wjhq:v13jdrkfgwv " +
  "Wjho:v3pyst Wjhm:lry48 Wjhc:v2t Wjhb:ls3g8 Wjh9:vlytgsv Wjh7:v1q Wjgz:v2n Wjgy:v199pv Wjgr:v58bodc31 Wjgp:v11774ct2zj " +
  "Wjgm:vlet Wjgj:lp7cg Wjgi:v4jsob6nm Wjgh:v1rdwhvz4 Wjgg:lrg0o Wjgd:v9r93sebbk Wjg8:vrutv1o Wjg6:vw0ntkc Wjg5:v6bop2xym " +
  "Wjg0:v194io Wjfz:v38 Wjfy:bsng+0 Wjfs:v4e32 Wjfq:viu7 Wjfp:vciqv37dpc Wjfn:vmlr Wjfg:v4gorm Wjfe:v3ygyp Wjfd:vmsz " +
  "Wjf3:viur Wjf2:v116tbyugkf Wjf1:v3q16b Wjez:vqhe44k Wjey:v11790cddgu Wjew:v2n Wjes:vqhe44i Wjer:viur Wjeq:v5882y6wk " +
  "Wjem:v8ymtjcts485 Wjei:b1tc+0 Wjeg:v38l7o Wjeb:v69pnji3p Wjea:bsil+0 Wje4:vqgnfcd Wje0:ls8s0 Wjdz:bjdi+0 " +
  "Wjdx:v6e1aczq6znk Wjdq:v6ed Wjdp:bjdq+0 Wjdn:bj72+g Wjdj:lqj2o Wjdd:bjdf+0 Wjdb:v6e1aczq6znk Wjd9:v2azyo7iv Wjd6:vmsz " +
  "Wjd4:bjd6+0 Wjd0:vqhba7h Wjcz:b1t7+0 Wjcv:v4jybz9y8 Wjcq:b1o4+0 Wjcp:v4jrkcl8a Wjco:v2xev8oxka4q Wjcn:v586f3dyd " +
  "Wjci:v38l7o Wjch:v586f65pq Wjcd:lrfyw Wjc8:v4jry8m8n Wjc2:lrb3k Wjbz:vlf0 Wjby:bskb+0 Wjbw:v1dvvxsyi2o Wjbv:v7hvspn " +
  "Wjbr:v2t Wjbo:la4ts Wjbk:ls7rk Wjbj:v1rdwhvyi Wjbi:l64nk Wjbf:vz Wjb5:vkms Wjb3:ls834 Wjas:v4jro90sz Wjar:v4js95x5d " +
  "Wjaq:v12dce093sk Wjan:lip00 Wjak:vvqo5et Wjah:v2b Wja9:v586fb77i Wja7:vl5lxh6gw Wja1:v36 Wj9z:lpfbk Wj9v:v1rdwhvyi " +
  "Wj9q:v19dcjc9dnw Wj9n:bj9o+0 Wj9m:v8ww4rk Wj9j:v6e4622ajfc4 Wj9i:v19t27hd3lg Wj9h:v3yich Wj9f:vkms Wj96:vkjwnqi1c " +
  "Wj93:v32 Wj92:v32 Wj90:vjy8 Wj8z:bj93+0 Wj8r:v6e1aczq70bv Wj8q:v5gpfbkuu6 Wj8p:vmlh Wj8m:v194io Wj8l:lrfy0 " +
  "Wj8j:v6e1aczq70bv Wj8i:v3w1d6x Wj8h:vmlh Wj8e:ls8s0 Wj8c:ls834 Wj89:v1rdwhvyi Wj88:v38l4w Wj86:v2b Wj85:v24y7e7t1 " +
  "Wj84:v18lmapq7hu Wj81:ls8ww Wj7z:lrdo0 Wj7v:v2h1b12rmmhx Wj7r:v38l7o Wj7q:v7cbs9u3niov Wj7d:lox1s Wj7c:v38l7o " +
  "Wj7b:vks204cq Wj78:vrlmdri Wj72:lqj2o Wj70:v1dvvxqz1gg Wj6u:v38z7l Wj6t:vggl Wj6s:v493zf Wj6q:vmlw Wj6i:vxp3jac Wj6h:v36 " +
  "Wj65:bj62+0 Wj60:v1dvxug0u80 Wj4w:v38l4w Wj3v:vrlmdri Wj3k:l64nk Wj3f:l6dg0 Wj2j:v1x3ji Wj2b:v1dhxnr8n5f Wj1s:vlxc " +
  "Wj0c:bs0n+g Wizz:lrdm8 Wizb:v38m04 Wiza:by3d+0 Wiz4:v2t Wiz0:vudcoyt Wiyz:v49r3i Wiyp:loaz4 Wiyo:lrfzs Wiyl:vumk4tv " +
  "Wiyj:vw Wiyh:bfwu+0 Wiye:v3c Wiy8:vhlos Wiy5:v6cg Wixx:vm7p Wixv:vlte Wixt:v34 Wixq:vmt0 Wixo:vfgy Wixl:lrfyw Wixc:los5s " +
  "Wixb:lqwsw Wix8:v48www734 Wix4:b4h1+0 Wiws:v4jrkcjy8 Wiwo:biqz+0 Wiwn:v7t6l6kg2pgl Wiwm:biwn+0 Wiwg:v13jhlqi0dp " +
  "Wiwf:vvr299u Wiwe:l64nk Wiwa:vebk Wiw3:v1x Wiw0:vmio Wivu:lr7ow Wivt:v3kqzzpltwmt Wivq:bivt+0 Wivo:v1dvvxppxc0 " +
  "Wivn:la4og Wivm:vqwlvyu7kk Wivk:bh97+0 Wive:ls6io Wiv1:l64nk Wiuz:ls6io Wiux:v4jrkck0j Wiuv:v1n0ua Wiut:lsb40 Wiun:la4og " +
  "Wiuj:ls7eg Wiuf:v4gnz9 Wiue:v5xyiuy5b Wiua:v13jd9omjqo Wiu7:v2b Wiu3:bisa+0 Wiu2:biqy+0 Wiu1:biu2+0 Witz:v6e1aczq6znk " +
  "Witv:v1dvvxrj624 Witu:bitv+0 Wits:v6e1aczq6znk Wito:v4jt34pkn Witn:bito+0 Witf:v1a Wite:bitf+0 Wit7:bit8+0 Wit0:lqwsw " +
  "Wisy:v95w Wisx:bisy+0 Wisv:v6e1aczq6znk Wisr:vemr15 Wisq:bisr+0 Wiso:v6e1aczq6znk Wisk:v1t5ym Wisi:v6e1aczq6znk " +
  "Wisb:lqwsw Wis4:vnzk Wis3:v11774ctpi7 Wirx:vrsuxrsh27 Wirt:v5vgl3f0frdr Wirq:v5c25wjuz4nz Wiro:vsk9hin5gf Wirf:v2v " +
  "Wir9:v1x Wir8:vdoz Wiqv:v2w Wiqt:bh95+0 Wiqm:v1dvvxughta Wiqk:v36 Wipj:v4jry8m4g Wioi:v4jrkck0j Wio7:bisk+0 Wio2:bis8+0 " +
  "Win6:v4jrm9dvd Wimy:v4jrkcjy8 Wimx:v1dvvxu2gq6 Wime:v8kvv6kxf59s Wil5:v13jd9qizam Wik9:ls8ww Wijw:bh4g+0 Wij7:b126o+g " +
  "Wiiv:vciqv37dpc Wiim:v2b Wiie:v2b Wii3:vhbrkoo Wii1:v1q Wihw:lsa0o Wihu:l64nk Wihm:lh8ls Wihj:v2h1b12rmmib Wihi:v2w " +
  "Wihf:lsd9s Wiha:ls8s0 Wih7:v38l4w Wih6:vkjwl8tw4 Wih3:v1r6boh6z Wigx:vk0z Wigw:v4jtm682i Wigp:bhew+0 Wigo:v9pp " +
  "Wign:v1dvxug0u80 Wigk:v3xvfp Wigi:bhbd+g Wigh:v1dvvxpqm80 Wigg:v38l8c Wigf:vcva2yxpzo Wige:v7np0dl7u8fn Wig5:v1rdwhvyi " +
  "Wify:v38l4w Widx:v7np0dl7u8fn Widm:bih2+0 Widh:bih6+0 Wicl:v1x3ji Wicd:v8kvv6kxf59s Wibu:v4cjse Wiae:big5+0 Wia1:bhew+0 " +
  "Wi9u:v2b Wi9b:v2b Wi9a:l6dg0 Wi91:vs5d5k1 Wi8p:lql4g Wi8o:v5zuiojnd Wi8k:ls8s0 Wi8g:b12yw+0 Wi89:l4axc Wi87:l64nk " +
  "Wi85:l64nk Wi84:l4axc Wi81:v8t1u766npep Wi7v:v8ww4rk Wi7s:vsvblbtq1ldj Wi7r:v19d4ppv6gj Wi7q:v38 Wi7p:vx9aqjzv7k " +
  "Wi7m:l4axc Wi7k:vsvblbtq1ldj Wi7j:v1d6g Wi7i:vuwqs86 Wi7g:vx9aqjzvuo Wi7e:vciqv37dpc Wi7d:l4axc Wi7b:vsvblbtq1ldj " +
  "Wi79:v13ik4fvtd0 Wi76:v6cg Wi75:l4axc Wi73:vsvblbtq1ldj Wi71:v7szz3ky8sin Wi70:vx9aqjzwc8 Wi6x:l4axc Wi6v:vsvblbtq1ldj " +
  "Wi6t:v89qwqm5uctv Wi6o:l4axc Wi6k:v6bs Wi6j:v6dq8enot Wi6h:vx9aqk00g0 Wi6g:vm0e Wi6d:vndx Wi6c:bi6g+0 Wi69:lfbtc " +
  "Wi68:v194io Wi67:l4awg Wi65:vsvblbtq1ldj Wi64:v1d6g Wi63:vs539t2 Wi5y:l4axc Wi5w:vsvblbtq1ldj Wi5v:vm1 Wi5u:v1d6g " +
  "Wi5t:v4gpk4 Wi5s:vx9aqk010o Wi5o:l4axc Wi5j:v4i6b7 Wi5f:v194io Wi5a:vuxae7f Wi57:bi4z+0 Wi56:v1a Wi54:l64nk " +
  "Wi52:v6e2lxmk00sg Wi51:vbbdjfw4b4 Wi4z:v4ck0v Wi4p:v8kwbwt0fkh8 Wi4o:vm0k Wi4l:bi4m+0 Wi4j:v31 Wi4e:v4jrkcjy8 " +
  "Wi4c:vs4ql4c Wi4a:lry48 Wi48:bi49+0 Wi46:v4jrkcjy8 Wi44:v3ygyp Wi3y:lry48 Wi3w:bi3x+0 Wi3s:vmzl Wi3p:lonsg Wi3n:bhfr+g " +
  "Wi3j:vmll Wi3c:vsvblbtq1ldj Wi3b:vvkdrc Wi3a:vdn8qtdzd Wi39:v46wkp Wi37:vl7z Wi34:lmgxc Wi30:v38lt0 Wi2y:v3x2st " +
  "Wi2u:ld9jk Wi2q:v38llw Wi2o:vju7 Wi2m:lcxio Wi2i:l64nk Wi2e:v1d6g Wi2d:vmll Wi26:v8ww4rk Wi25:l64nk Wi23:v1z142db " +
  "Wi22:v2b Wi21:vviz6v Wi1z:vkmb Wi1t:loj1s Wi1j:v1z142ba Wi1g:v5vyxxahw Wi1d:leho0 Wi1c:vllx Wi19:bi1c+0 " +
  "Wi14:v8ysrs8s31bo Wi13:vn08 Wi10:lsb9c Wi0x:vciqv37dpc Wi0w:l64nk Wi0q:v4i3ck Wi0o:vnl1 Wi0j:lsb9c Wi0h:v2h1b12shg68 " +
  "Wi0e:v4jsi7sw1 Wi0b:v19e65nqg6c Wi06:ls6pk Wi05:v6cg Wi01:v209g3j Whzz:v8vtm4ztb6n8 Whzu:ls8g0 Whzs:v194io Whzp:v38l4w " +
  "Whzn:v5o2tgh9q Whzc:ls93c Whzb:v8ww4rk Whz8:vsvblbtq1ldj Whz7:vj614ffx3u9t Whz6:vm7p Whyx:lql4g Whyw:vllx " +
  "Whys:vsvblbtq1ldj Whyr:v3 Whyq:vj614ffx3u9t Whyp:vmlh Whym:v4gqr6 Whyg:lql4g Whyf:vllx Whye:v6cg Whya:v1p Why9:v38 " +
  "Why1:vlu Whxz:vs5hc33 Whxs:lsalk Whxq:vffn Whxo:v4dxm7 Whxm:vvr296o Whxj:v5c2jxqtanux Whxe:v8ww4rk Whx9:v5k6fndrj " +
  "Whx4:bhx5+0 Whx0:vjfz Whwx:bhdo+0 Whww:bhcd+0 Whwt:l64nk Whwq:v7t3xsqc5w Whwp:v2q Whwl:los5s Whwj:bhdo+0 Whwh:vos2 " +
  "Whwe:l64nk Whwa:v69qrkoyp Whw6:v4jry8rd8 Whw4:vvqtr3m Whw0:bheh+0 Whvz:vw Whvw:v38l4w Whvv:v8ni632dmgz Whvu:v1r9ao " +
  "Whvt:v5k479qp1 Whvo:vkms Whvj:v2h1b12shg68 Whvi:bhvj+0 Whvf:ve1lau0bf8 Whve:v2t Whva:lf5tc Whv5:v64o Whv1:lq3cg " +
  "Whuy:v6cg Whux:bhuy+0 Whuv:v4jro90uv Whut:v586f65q0 Whul:v1165nbnv5a Whue:lqsj4 Whuc:lp7cg Whub:v65ub4wa6 " +
  "Whu7:vqiks1yrbo Whu4:bfz2+0 Whu1:v4jsj5ite Whtz:vqgniw5 Whtt:v8f6yu18aecg Whtj:lqwz4 Whti:v6cg Whtd:v18ly3ioy98 " +
  "Whtc:loj1s Whtb:v8ww4rk Wht1:v14onj7g17y Wht0:vw Whsz:v37 Whsy:vun80vo Whsx:bh4z+0 Whsw:v3yi5d Whst:v61x5299w " +
  "Whso:vepquyd Whsl:bhgq+0 Whsj:bhsk+0 Whsh:v4jrkcjy8 Whsg:vn0asuwndb Whsc:bhgo+0 Whs3:bhgk+0 Whs2:v96b Whs1:bhs2+0 " +
  "Whrx:v8yovh53u90u Whrt:bhhm+0 Whrs:v3kmc8m1qjxh Whro:vvzu0j Whrn:v9pq0o Whrg:vvolgr Whr9:lqm5s Whr1:bhk6+0 " +
  "Whr0:vciqv37dpc Whqz:bhr0+0 Whqx:vaf Whqw:vw2n5h Whqv:v6w Whqu:v18zx97kb3i Whqr:v960 Whqq:bhqr+0 Whqn:vv24d7 " +
  "Whqm:v2p1a6p3n5t Whqk:v17fsoalhm1 Whqg:l4axc Whqb:v4ck0v Whqa:v1rdwhvz4 Whq9:v2s Whq7:vw18vhd Whq3:v37 Whq2:bhq9+0 " +
  "Whq1:bhhm+0 Whpz:vmzy Whpy:v8ww4rk Whpx:lrwk0 Whpt:v8y Whpr:v4p4yu Whpp:vns9 Whpo:bhpp+0 Whpl:v2hzpr7t3xir Whpj:lrfyw " +
  "Whpg:v1wvkg Whpe:v31 Whp9:bhpa+0 Whp4:v2t Whp2:bfz2+0 Whp1:bhgq+0 Whp0:v8scrobtf8fi Whoy:v2jja0cxa Whov:v2b " +
  "Whot:v5zuiojla Whop:l64nk Whon:v4jrkcjy8 Whom:vhhmssf Whof:v6e4ma429wqo Whoe:vhhwmrj Whoa:lsdc8 Who8:v8ww4rk Who7:l64nk " +
  "Who5:v2b Who3:v99q0wr8ct9q Who0:looc0 Whny:ls834 Whnx:v194io Whnt:v1bf6qwlo Whns:v5k4gy52m Whno:lrfyw Whnm:v38lfg " +
  "Whnk:v8t5pwezcuni Whnf:v3jww04cmxi8 Whne:bhnf+0 Whnc:v2jp44fts Whna:lifjk Whn9:vi42lbkjty Whn8:v4jrkcjy8 " +
  "Whn7:v7cbrg82edri Whn3:v4jrkcjy8 Whn2:v7cbs9tj37e6 Whmy:v4jrkcjy8 Whmw:v7cbrg9gccoe Whms:v4jrkcjy8 Whmq:v7cbs9ux16b2 " +
  "Whmn:bhlx+0 Whmk:v8clb1hwzk3 Whme:bhlx+0 Whmc:v4jrowwe8 Whma:v7cbs3vvrupa Whm6:v134n1mu6b1 Whm4:bhj8+0 Whm2:vsvblbtq1ldj " +
  "Whm1:v8bt8to632b Whlv:bhgq+0 Whls:vbxux4b Whlr:v848xqzlkw8e Whlo:v3yid1 Whlm:vskrdqgwa4 Whli:v4jrkcjy8 Whl9:v2n " +
  "Whl2:bhl3+0 Whkz:v18 Whku:vi3qona5wh Whkt:v18lma1dn4v Whkq:v9d7zzbu61 Whkm:lpfdc Whkj:v8fbisw15ab Whkc:v1t8x8 " +
  "Whk9:v4jrkcjy8 Whk6:v3x27d Whk5:vx9aqjz3q8 Whk4:bfz2+0 Whk3:bhhm+0 Whk0:vgs0yckpuc Whjz:v6bsv3vjk Whjt:v38m0s " +
  "Whjs:vmr3g5p4 Whjr:v4i6b6 Whjq:vx9aqjz3nc Whjp:lrb3k Whjo:bhgq+0 Whjm:v4js95x4w Whjl:vb Whjd:v3jl2bb2skdq Whjb:v4i3qq " +
  "Whj4:bh64+0 Whj3:v18hjn4hwmm Whj0:v6e280gpcohs Whiz:v1zopc Whiu:bhgq+0 Whio:vx9aqjz2xs Whil:v4i6b6 Whig:v18zx97kb4z " +
  "Whic:v2n Whib:bhig+0 Whia:v8ww4rk Whi4:l64nk Whi2:v2cbtc Whhx:ls1h4 Whhw:vhbt01a Whhv:v3pyst Whhp:vx9aqjz4js Whhn:vmlr " +
  "Whhe:v6e1fuekruo1 Whhc:v2fptc Whhb:v1q Whh9:lrb3k Whh5:v38l4w Whh4:v6x8 Whh1:vx9aqjz4gw Whgx:v4jro90qo Whgw:v4hsmfolu4 " +
  "Whgs:bhgq+0 Whgk:vw18up1 Whgd:v3 Whgc:v9pq0o Whga:vw Whg9:v19dmggdcgv Whg4:lm2mo Whg0:v6w Whfz:v8vtlj8jnsrn " +
  "Whfy:vx99y6rr4w Whfw:v8vvryprlsv3 Whfv:los5s Whfr:lcxio Whfq:bhfr+g Whfk:vmzt Whfi:lr94g Whfc:v2p1a6ov7r5 " +
  "Whfb:v16ngql6ook Whfa:v8ww4rk Whf3:lm2mo Whf1:v2b Whez:viu7 Whep:b12x8+0 Wheo:vkjwoplyw When:v8t5qg9epshb Whel:v5zxahlr3 " +
  "Whej:los5s Whec:v2n Wheb:vx9aqjz5k0 Whe9:ls060 Whe2:v2b Whdy:ld87k Whdw:l4axc Whdq:vramzvpntg Whdo:v49pwy Whdl:v42pz4 " +
  "Whdi:vud4acm Whda:v2 Whd9:bhda+0 Whd7:v6e1fuatgh6o Whd3:bhcm+0 Whd1:v36 Whd0:bhcf+0 Whcz:l4axc Whcx:v1a Whcw:v36 " +
  "Whcv:lr94g Whct:v2t Whcs:loj1s Whcr:v2 Whcq:v18lmap7xbg Whcn:v4i6b6 Whcl:v6bsv3vjk Whck:lq3cg Whcg:vmlr Whce:vmzy " +
  "Whcd:v2w Whcc:bhce+0 Whc7:b1427+g Whc6:v1dvvxsyi2o Whc1:bhc2+0 Whbv:v4jry8m8n Whbt:v2s Whbp:v6e1aczq6znk Whbn:v61x5299w " +
  "Whbl:bh95+0 Whbi:v4jrz6bvb Whbg:vw18vhd Whbf:vx9aqjz71s Whbd:v4jrz6bvb Whbc:vx9aqjzb34 Whb8:v2b Whb4:v6drbky1r " +
  "Whaz:v69u3vbdt Whaq:vrutwmq Wha2:v38l86 Wha1:v1 Wha0:v3x0ty Wh9z:v3x0ty Wh9w:ls8s0 Wh9u:v18z3mcxi73 Wh9q:bh9u+0 " +
  "Wh9j:vx9aqjzaxs Wh9i:vns9 Wh9f:lqwpc Wh9a:v8i3saodwlf4 Wh99:v8i3saodwlf4 Wh95:v2w Wh94:vdoz Wh8w:v18zx97kb4v " +
  "Wh8u:v18zx97kb4v Wh8t:vx9aqjzvao Wh8r:v4jy3jvrl Wh8o:vcc0 Wh8c:loaz4 Wh89:v9pstfk Wh88:v38 Wh87:v194io Wh80:loqy8 " +
  "Wh7y:v6bsamj5g Wh7t:logi8 Wh7m:lrb3k Wh79:l64nk Wh6v:v8t82h0xflmu Wh6n:lryr4 Wh6m:bkuk+0 Wh6l:v2mbrpduy53a Wh6k:vmt0 " +
  "Wh6d:bh6h+0 Wh6b:lorjk Wh69:l64nk Wh66:v2gs7xqbn2na Wh64:v4i6b6 Wh63:v194io Wh5p:v38 Wh5i:v6e1fuatgh6o Wh5e:b1r0o+8w " +
  "Wh5c:lrb3k Wh59:l64nk Wh54:lsdds Wh4y:bh4z+0 Wh4v:v2b Wh4t:v69sg1y05 Wh4r:v7np0dl7u8fn Wh4q:b1r0h+o Wh4o:b3u5+0 " +
  "Wh4m:v6ew7341780v Wh4k:bh4n+0 Wh4g:v1dvvxppyf5 Wh4e:v42q1t Wh4d:v2w Wh4b:v81hwtt5i5wv Wh4a:v5q3i7at4 Wh49:bh0c+g " +
  "Wh3z:b12sd+0 Wh3x:vmlh Wh3u:v1dvxu8yagg Wh1r:v7np0dl7u8fn Wh1g:b12tg+0 Wh1b:lm31s Wh0f:v1x3ji Wh08:lrfzs " +
  "Wh07:v8kvv6kxf59s Wh04:v1dvvxpq9yl Wgzn:v4cjse Wgy7:b1jke+g Wgxu:leh9s Wgx5:b1jjv+g Wgx0:v14onj7g1v7 Wgwv:v37 Wgwo:lrwk0 " +
  "Wgwn:v2b Wgwh:v6e1aczq6znk Wgwg:v25a6o Wgwe:vx9aqjzfl4 Wgwc:ls980 Wgwb:vmsl Wgwa:ls8s0 Wgw9:v1 Wgw5:lrmc8 Wgw3:v2t " +
  "Wgvy:bgw0+0 Wgvo:lmxyo Wgvk:vk1i Wgvj:v4jrkcjy8 Wgvh:b4dp+g Wgvg:llo6o Wgvf:v1rdwhvyi Wgvc:vuzgaalmpk Wgv9:v36 " +
  "Wgv5:lqs0g Wgv3:v2b Wgv2:vhdw Wguy:v5k47ql4f Wgus:bfin+0 Wguq:v38l4w Wgup:v7rve3g Wguo:bggh+g Wguf:v2h1b12rmmia " +
  "Wguc:bfiq+0 Wgub:v8w4 Wgu9:vnzk Wgu6:v3yfs1 Wgu5:vs4w7e3 Wgu4:bgtz+0 Wgu3:v8vtl7e8nkvk Wgu0:v2r Wgtz:v18l1o7hboi " +
  "Wgtx:v1dvxug0u80 Wgtv:v1dvxu8yadc Wgtt:b1l36+g Wgqa:v8kvv6kxf59s Wgq7:v1dvvxpq9yl Wgpq:v8kvv6kxf59s Wgp4:bgow+0 " +
  "Wgox:vnzk Wgow:vnzk Wgov:v3pysl Wgou:v6nlv6ess Wgos:vnzk Wgor:v3d Wgop:vxp0g37 Wgon:v4qkvi Wgnc:lsdds Wgkm:v4b4h9 " +
  "Wgk9:v38lj4 Wgk8:v18l2fy72aa Wgk5:v3yf02 Wgk3:bd7g+1w Wgk1:v4qlb5 Wgk0:v1dvvxugi8x Wgjy:v1dvvxughta Wgju:v95x " +
  "Wgjt:b1qdj+0 Wggl:v1dvxuggq61 Wggh:v1q Wggc:v2b Wggb:v4cjse Wgga:vx9aqjzn9s Wgfs:v3w5e11078ezou Wgej:v8vtl7ed7vcj " +
  "Wgeb:v18zglbv97p Wge9:bi7g+j Wge5:vnzk Wge4:v3d Wge1:v4qkvi Wge0:vxp0g3d Wgdz:v6nlv6e75 Wgdw:v1dvxufzvc2 Wgd7:v6nlv6e75 " +
  "Wgd6:v6nlv6e75 Wgco:v1dvxu8y63p Wgbe:v4qkvi Wgao:v37 Wgah:vaq Wgag:v1 Wg9q:lp7cg Wg9k:bg4r+0 Wg9e:v1dvxugh1io " +
  "Wg9d:v3p162aeqjk Wg9b:l6j6g Wg99:l6j5c Wg8w:l6dg0 Wg8p:v1dvxugh1io Wg8o:v3p162aep6o Wg8m:l6j6g Wg8j:l6j5c Wg8c:l6dg0 " +
  "Wg7y:v1dvxugh1io Wg7x:v3p162aeofk Wg7v:l6j00 Wg7t:vcvzhid Wg7p:bgv6+0 Wg7h:l4axc Wg7f:l4axc Wg78:v4jro985o Wg77:lcn0w " +
  "Wg70:l5cq8 Wg6n:v5hogjucr4us Wg6i:lj4ds Wg6f:l64nk Wg6a:bgvf+0 Wg61:v2t Wg5z:v14b81lgpyr Wg5u:v4jko9 Wg5s:l92mo " +
  "Wg5r:llwts Wg5q:vk1t7h41 Wg5o:vm8guy1vll Wg5n:vmzn Wg5f:bfuw+0 Wg5c:v1iyjp Wg59:v4jss7e9t Wg58:va2w Wg57:v3x0tw " +
  "Wg51:lp7cg Wg4w:v194io Wg4s:bguy+0 Wg4o:los5s Wg4g:bftj+0 Wg4e:v2n Wg45:vsp59pq Wg41:l4awg Wg3z:v6e333901twb Wg3y:v1wvkg " +
  "Wg3u:vx9aqjzjxs Wg3s:ls8s0 Wg3o:v36 Wg3n:v3yik2 Wg3m:lsd4g Wg3k:v38les Wg3j:v47060g98 Wg3g:ls5ig Wg38:v1dvxu8xstc " +
  "Wg2w:l64nk Wg2v:v6e5tb0dw5uj Wg2u:v2k4lukg Wg2r:vx9aqjzjtc Wg2q:lrb3k Wg2p:ls84o Wg2o:vw Wg2n:v199nk Wg2m:v1rl47pm5 " +
  "Wg2l:v1rl47tki Wg2k:v199nk Wg2j:lsgr4 Wg2h:v6e1fuatgh6o Wg2g:vajbbm57tc Wg2a:v13j3siscc9 Wg29:bg2a+0 Wg27:llwts " +
  "Wg1u:b369+0 Wg1s:vxp3n1v Wg1q:v61wb93dv Wg1k:bjzu+0 Wg1e:bsiv+0 Wg15:lp8k0 Wg0n:v4jrp6v8w Wg0m:v5w0rzttsl56 Wg0j:bfv7+0 " +
  "Wg0g:v1t8x8 Wg0f:bg0g+0 Wg0a:vx9aqjzn4g Wg09:v3ygyp Wg06:vm75 Wg02:ls4l4 Wfzw:v18lma5tmqt Wfzm:b4fl+0 Wfzl:v6d6 " +
  "Wfzk:v6d6 Wfzg:bfuv+0 Wfze:vx9aqjzn1k Wfzd:vkms Wfz5:vvdq1x Wfz4:v1p Wfz2:v69sg1xz9 Wfyy:vxp3m1z Wfyx:vltb " +
  "Wfyt:v2hw7r3hhd2k Wfyr:v4jy3jvrl Wfyp:voc2kdh8qc Wfyo:vcc0 Wfyk:lb7o0 Wfyh:vw Wfyg:bfyt+0 Wfye:v4jro9113 Wfyc:vcpy4k " +
  "Wfyb:v8vx44zg57cf Wfy7:ls8ko Wfy5:vltb Wfy4:lsagw Wfy3:lqwz4 Wfy2:vbj8 Wfy1:bfy3+g Wfxt:vcvzhid Wfxs:vvr299u Wfxr:bf7h+0 " +
  "Wfxj:v6e1fuathvr4 Wfxi:vx4m9ee4rp Wfxd:vmlr Wfx3:v1 Wfx2:vx9aqjznyw Wfx1:bfws+0 Wfx0:v1rdwhvyi Wfwz:bfqr+g Wfww:vef8 " +
  "Wfwv:vx9aqjznt4 Wfwt:ldq28 Wfws:v4gos4 Wfwi:lqwcw Wfwg:v9i8 Wfw0:v38l4w Wfvz:v8ejgl2a8sj Wfvy:v6x0 Wfvx:vx9aqjzoag " +
  "Wfvt:bfu2+0 Wfvr:v38llw Wfvp:lsdds Wfvo:vspcbce Wfvl:v36 Wfve:vju7 Wfvd:l64nk Wfv8:vw Wfv4:bfv7+0 Wfv2:vkfi Wfv1:v3vo8c " +
  "Wfuv:v2t Wfus:v2w2s81 Wfuq:v6en Wfuo:vk6g388j Wfuj:vemr15 Wfuh:vdn8qtc79 Wfub:v14bhxuzzvl Wfu6:v6e1aczq6znk " +
  "Wfu4:vx9aqjzunk Wfu0:vi42hqkqck Wftv:v1fc5045g Wftk:ls8ko Wfti:v13irycb59h Wfth:v18z7kpgg36 Wftd:v6bp93kvi " +
  "Wfta:v18z7kpgg36 Wft9:v5o2th302 Wft8:v41aax Wft3:v314dlprudym Wfr2:vjnd Wfqr:ls5ig Wfqm:bfu0+0 Wfpq:v1x3ji Wfpj:lsdds " +
  "Wfpi:v4qkvi Wfoz:vux8pwz Wfof:v1dvxug0u80 Wfni:l64nk Wfmk:vxp0g30 Wfm5:bfiq+0 Wfm3:l64nk Wfli:l64nk Wflg:vvoyyr " +
  "Wflc:v3ygyp Wfl2:ve32 Wfky:vcmjleg2un Wfkx:v18z3m3py7j Wfkw:vw0nrsl Wfkr:v3gca6cjv Wfkq:vx9aqjzrqo Wfkl:l9w0g Wfkh:lpa9c " +
  "Wfke:vciqv379ca Wfka:v18llej43fo Wfk4:vmsu Wfjm:ls8s0 Wfjl:vmlh Wfjh:lp7cg Wfjg:v2s Wfjf:vw Wfje:lpi40 Wfj6:lpi40 " +
  "Wfj1:v2j2wmwdw Wfix:v5xuddoit Wfiq:v1dvvxughta Wfin:v5k47ql4f Wfil:v25oo1k6d Wfik:lf5o0 Wfgl:v17fqbk3cs9 Wfga:bgu3+0 " +
  "Wfg5:lpj3k Wff9:v1wtx5 Wff0:v4cjse Wfez:vx9aqjz4lc Wfew:v1z14ezx Wfeg:v3w5e11264sgsf Wfd5:v1dvxug0u80 Wfca:l64nk " +
  "Wfbf:ls7og Wfba:v1dvxufzvc2 Wfal:lsaqw Wfa6:v1dhwsx8idc Wfa5:v4i4ir Wfa3:v18yzolh1f8 Wf9x:bfa4+g Wf9s:v1dvxug0u80 " +
  "Wf9r:v1dvxug0u80 Wf9q:l64nk Wf9m:v1dvxug0u80 Wf9d:l64nk Wf8k:b13ls+0 Wf83:v6nlv5s3d Wf7x:v6bcy52qbryq Wf7v:v38 " +
  "Wf7u:bf7v+0 Wf7r:bezp+g Wf7o:vajbbm597p Wf7g:vk2h45s Wf7f:bg0n+0 Wf7e:vllx Wf76:bem5+0 Wf74:v99ub2z88let Wf73:v3d " +
  "Wf70:v3g2mb Wf3n:v1dvxug0u80 Wf3d:vux8pwz Wf3a:v1dvvxpq9yl Wf2t:v17fqbm2g6x Wf1z:v4qkvi Wf1y:vllx Wf1x:v3pysl " +
  "Wf1u:v4qkvi Wf1t:v1dvxug0u80 Wezp:ls6k8 Wexr:vs5bqeb Wexi:v3pysu Wexg:v1dvxug0u80 Wexf:v1dvvxpq6gi Wexb:vfcfez3hbc " +
  "Weve:vm0j Weu2:v3d Wetu:v4cjse Wett:bhjj+0 Wetq:v1z14pe2 Wetb:v3w5b9ftyiatsv Wes2:beln+0 Wers:vmlh Werq:vj8t Wero:vmsi " +
  "Werl:v63sunrjh Werj:v19dcluo1gv Werf:vmsy Wera:v69sg4nsc Wer9:v3ygrv Wer8:v33 Wer4:v63sun6un Wer3:vm06 Wer2:v4ch9q " +
  "Wer0:v33 Weqy:v33 Weqv:v63we0nla Wequ:v37 Weqs:v8kqwav2xb3n Weqr:v6booozn9 Weqq:v4ch9q Weqp:v4ch9q Weqo:v1bbvhp1ly9 " +
  "Weql:v4ch6o Weqj:vm06 Weqi:v33 Weqh:v8kqwav2xb3n Weqg:v8kqwav2wo6g Weqf:v17f160zuk4 Weqd:vmsp Weqb:v63sunrjh Weq9:v3pysl " +
  "Weq8:vm06 Weq7:vxp0g2w Weq2:vmsz Wepz:v8kqwav2xb3n Wepy:v17f160zuk4 Wepx:v63sunrjh Wepu:v33 Weps:vm06 Wepo:vmss " +
  "Wepl:v179fx5dzl5 Wepi:vtspnj3 Wepg:v41aan Wepf:v4qkvi Wepe:vxopkkh Wepa:vuwqt4w Wep7:v4qkvi Wep5:v4ch9q Wep4:v41aax " +
  "Weoz:v8kqwav2xb3n Weoy:vmlh Weox:v33 Weou:vuwqt7t Weot:v3d Weos:v33 Weor:v1bbvhpjss4 Weop:v8kqwav2xb3n Weon:vn08 " +
  "Weom:v19dcluo1gv Weol:v33 Weoi:vusrjhi Weog:v4cjse Weoe:v2v Weoc:vw1a9gy Weo9:v81hwu20cygd Weo8:vxp0g38 Weo7:v36 " +
  "Weo4:vxp0g36 Weo2:v37 Wenx:v6booozn9 Wenw:v1bbvhp1ly9 Went:vuwqt7t Wenm:v33 Wenl:vusrjhi Wenk:vmsp Weni:v33 Wenh:v4ch9q " +
  "Weng:v3pysl Wenf:vxp0g00 Wenc:v33 Wenb:v4ch9q Wena:v33 Wen9:v5k5vfpsv Wen8:vm06 Wen2:vm06 Wen0:vmsz Wemy:vm06 " +
  "Wemw:v4ch9q Wemu:v63sunrjh Wems:vm06 Wemr:vlxc Wemq:vk12 Wemp:v2v Wemn:v41aan Wemj:v4ch9q Wemi:v63sunrjh Wemh:vmss " +
  "Wemf:v33 Wemd:v4ch9q Wemc:vtsp0tv Wemb:v37 Wem9:vxopkkh Wem5:vuwqt7t Wem3:v41aax Wem0:v63sunrjh Welz:v4ch6o Welw:v2v " +
  "Welv:v89mlylr9bvw Welu:v2v Welt:v8vtlx3pk8ys Welr:vmsi Welq:v33 Welo:v8kqwav2xb3n Welm:v30 Well:vw1a9gy Welk:vuwqt7t " +
  "Welh:v1dvxu8y5pw Welf:v37 Wele:v63sunrjh Wela:vxp0g00 Wel9:v1dvxug0u80 Wel7:vuwqt7t Wel5:v4qkvi Wekg:vxp0g36 " +
  "Wekf:vxp0g36 Wek9:vxp0g36 Wehb:vux8pyt Weh6:v33 Weh3:v33 Weh2:vux8pyt Wegz:v8kvv73cyre5 Wegy:vm0j Wegx:v63we0nla " +
  "Wegw:v8kvv73cyre5 Wegv:vm0j Wegu:v4cjse Wegt:v4cjse Weg6:v4cjse Weg5:vux8pyt Weg0:v4cjse Wefu:v4cjse Wefp:v33 " +
  "Wefn:v4cjse Wefm:vm0j Wefl:v33 Wefi:vm0j Wefg:vux8pyt Wefc:vm0j Wefa:v4cjse Wef8:v8kvv73cyre5 Wef7:v4cjse Weef:v2s " +
  "Wedw:bhcp+0 Wed3:lqwpc We9s:bfky+0 We9r:lrmqo We9q:b6zn+0 We9p:bdnx+0 Wdlv:v2v Wdlq:v8vtlx3pk8ys Wdln:lrnuo Wdku:v2we3xd " +
  "Wdj4:vkms Wdix:v18z3kozx8g Wdbb:v5o0hgi7l Wdb9:v1is8j Wda4:vwuz5o9 Wd9v:v37 Wd9q:vu2ky27 Wd8o:l64nk Wd84:v1x3ji " +
  "Wd7y:v17t8aaqbzl Wd7u:lsb40 Wd7r:v1dvxug0u80 Wd71:b5dc+0 Wd70:b5xk+0 Wd6p:v1dvxugh1io Wd6o:v3p162acai8 Wd6m:l6j6g " +
  "Wd6j:l6j5c Wd6i:b71z+0 Wd6c:l6dg0 Wd65:v1dvxugh1io Wd64:v3p162ac95c Wd62:l6j6g Wd60:l6j5c Wd5z:vi2z1nrm9b Wd5x:bd62+g " +
  "Wd5k:v1dvxugh1io Wd5j:v3p162ac7sg Wd5h:l6j6g Wd5e:l6j5c Wd4o:l4axc Wd4n:vxp0g37 Wd4i:v6br6trvw Wd3d:vo Wd2v:v1dvxugh1io " +
  "Wd2u:v3p162ac6fk Wd2s:l6j6g Wd2q:l6j5c Wd2o:l6dg0 Wd2n:v1dvxugh1io Wd2k:bd3d+g Wd2e:l6dg0 Wd29:vw0i4x8 Wd28:vw0i4x8 " +
  "Wd24:bd26+g Wd21:bczs+g Wd20:l6dg0 Wd1y:bcas+g Wd1v:bayz+g Wd1n:v1dvxugh1io Wd1m:v3p162ac1ow Wd1j:l6j6g Wd1h:l6j5c " +
  "Wd1e:l6dg0 Wd0n:v7t5122aycf9 Wd0l:bd08+g Wd0k:l4fhs Wd09:b1qdc+0 Wd02:vn Wczp:b1a3b+g Wczn:v1dvxugh1io Wczm:v3p162ac0xs " +
  "Wczk:l6j6g Wczi:l6j5c Wcya:b6ze+0 Wcwx:v8t1u949wjfv Wcvl:lf574 Wcvk:v1dvxu8y99n Wcut:v1jazj Wcus:v1dvxug0u80 Wcu4:l4axc " +
  "Wcu3:vnzk Wctx:v1dvvxtsmzl Wctw:bd05+g Wcsa:l4axc Wcs3:v1dvxufzvc8 Wcs2:bd05+g Wcqt:v1dvxug0u80 Wcq1:v1dvxugh1io " +
  "Wcpq:v1dvxugh1io Wcpo:v1dvxugh1io Wcph:v1165nlngc3 Wcpd:vn Wcpc:vif595k6bp7nj Wcp0:v1dvxugh1io Wcoz:v3p162abweo " +
  "Wcow:vciqv379da Wcoc:bcky+g Wcoa:v1dvxugh1io Wco8:v1dvxugh1io Wco6:v1dvxugh1io Wco4:v1165nlngc3 Wcnz:v1dvxugh1io " +
  "Wcnx:v1dvxugh1io Wcnq:v1165nlngc3 Wcnl:vk Wcn7:v1dvxugh1io Wcn6:v3p162abvnk Wcn3:v1rdwhvyi Wcmy:bcky+g Wcmw:v1dvxugh1io " +
  "Wcmu:v1dvxugh1io Wcms:v1dvxugh1io Wcmq:v1165nlngc3 Wcml:v1dvxugh1io Wcma:v1dvxugh1io Wclz:v1dvxugh1io Wclx:v1dvxugh1io " +
  "Wclq:v1165nlngc3 Wclm:vi Wcl9:v3p162abuwg Wcl6:v1dvxugh1io Wcl5:v3p162abuwg Wcl4:l6dg0 Wckz:v6cg Wckj:v1dvxugh1io " +
  "Wckh:v1dvxugh1io Wckf:v1dvxugh1io Wckd:v1dvxugh1io Wcka:v1165nlngc3 Wck6:ve Wcjr:v1dvxugh1io Wcjq:v3p162abu5c Wcjo:l6dg0 " +
  "Wcjn:v194io Wcjb:bcja+0 Wcja:l6dg0 Wcj3:v1dvxugh1io Wcj1:v1dvxugh1io Wciz:v1dvxugh1io Wcix:v1dvxugh1io Wciu:v1165nlngc3 " +
  "Wciq:vd Wcid:v3p162abte8 Wcic:v1dvxugh1io Wcib:v3p162abte8 Wci9:l6dg0 Wchx:v1dvxugh1io Wchv:v1dvxugh1io Wcht:v1dvxugh1io " +
  "Wchr:v1dvxugh1io Wcho:v1165nlngc3 Wchk:vc Wch7:v3p162absn4 Wch6:v1dvxugh1io Wch5:v3p162absn4 Wcgq:bceu+g " +
  "Wcgm:v1dvxugh1io Wcgk:v1dvxugh1io Wcgi:v1dvxugh1io Wcgg:v1dvxugh1io Wcgd:v1165nlngc3 Wcg9:vb Wcfw:v3p162abrw0 " +
  "Wcft:v1dvxugh1io Wcfs:v3p162abrw0 Wcfd:bcc1+g Wcf7:vb Wces:v1dvxugh1io Wcer:v3p162abr40 Wcep:bcem+pk Wcen:l6dg0 " +
  "Wceg:bcd6+g Wceb:vw0i4x8 Wcea:v1dhxoui25o Wce8:bcbp+g Wce7:lgldc Wce1:bc4x+g Wcdz:v1dvxugh1io Wcdx:v1dvxugh1io " +
  "Wcdv:v1dvxugh1io Wcdt:v1dvxugh1io Wcdq:v1165nlngc3 Wcdm:va Wcda:v1dvxugh1io Wcd9:v3p162abqcw Wcd7:bccz+g Wccr:bc6s+g " +
  "Wccp:v1dvxugh1io Wccn:v1dvxugh1io Wccg:v1165nlngc3 Wccc:vo Wcbx:v1dvxugh1io Wcbw:v3p162abpls Wcbu:l6dg0 Wcbt:l64nk " +
  "Wcbc:v1jazj Wcbb:bcas+g Wcb8:v1dvxugh1io Wcb6:v1dvxugh1io Wcb4:v1dvxugh1io Wcb2:v1dvxugh1io Wcav:v8 Wca2:v1dvxugh1io " +
  "Wca1:v3p162abouo Wc9z:v6cg Wc9m:bc76+g Wc9l:bc9y+g Wc9c:bc6s+g Wc9a:v8 Wc8v:v1dvxugh1io Wc8u:v3p162abo3k Wc8p:bf7e+0 " +
  "Wc8h:bc8i+g Wc8d:bc8e+g Wc8c:l6dg0 Wc85:v1k2ydi58f Wc80:v1dvxugh1io Wc7z:v3p162abncg Wc7x:v8ww4rk Wc7v:bc8k+g " +
  "Wc7t:bc7m+g Wc7p:bc7m+g Wc7n:bc7m+g Wc7j:v8 Wc72:v3p162abmlc Wc71:v3p162abmlc Wc6y:v1dvxugh1io Wc6x:v3p162abmlc " +
  "Wc6p:l6dg0 Wc6n:bc35+g Wc6j:v8 Wc65:v1dvxugh1io Wc64:v3p162ablu8 Wc5u:l5dw0 Wc5p:vw0i4x8 Wc5o:vw0i4x8 Wc5k:bc5m+g " +
  "Wc5i:bc4u+g Wc5h:l6dg0 Wc5c:v8 Wc51:v1dvxugh1io Wc50:v3p162abl34 Wc4p:bc3i+g Wc4h:v1dvxugh1io Wc4f:v1dvxugh1io Wc3t:v8 " +
  "Wc3e:v1dvxugh1io Wc3d:v3p162abkc0 Wc33:bc2i+g Wc32:l6dg0 Wc2s:v8 Wc2g:v1dvxugh1io Wc2f:v3p162abjkw Wc2c:l6dg0 " +
  "Wc24:bbwx+g Wc23:bbx0+g Wc1x:v1dvxugh1io Wc1l:v1dvxugh1io Wc19:v1dvxugh1io Wc0x:v1dvxugh1io Wc0l:v1dvxugh1io " +
  "Wc09:v1dvxugh1io Wbzx:v1dvxugh1io Wbzl:v1dvxugh1io Wbz8:v1dvxugh1io Wbyw:v1dvxugh1io Wbyk:v1dvxugh1io Wby8:v1dvxugh1io " +
  "Wbxw:v1dvxugh1io Wbxu:v1dvxugh1io Wbxi:v8 Wbx4:v1dvxugh1io Wbx3:v3p162abits Wbx1:l6dg0 Wbwt:bbw0+g Wbws:bbw5+g Wbwm:v8 " +
  "Wbw8:v1dvxugh1io Wbw7:v3p162abi2o Wbvx:bbw5+g Wbvs:vw0i4x8 Wbvr:vw0i4x8 Wbvn:bbvp+g Wbvk:bbub+g Wbvc:v1dvxugh1io " +
  "Wbva:v1dvxugh1io Wbun:v8 Wbu7:v1dvxugh1io Wbu6:v3p162abg4w Wbtw:bbta+g Wbtv:l6dg0 Wbtk:v8 Wbt6:v1dvxugh1io " +
  "Wbt5:v3p162abfds Wbt3:l6dg0 Wbsv:bbs2+g Wbsu:bbt2+g Wbso:v8 Wbsa:v1dvxugh1io Wbs9:v3p162abemo Wbrz:bbs7+g Wbru:vw0i4x8 " +
  "Wbrt:vw0i4x8 Wbrp:bbrr+g Wbrm:bbqj+g Wbre:v1dvxugh1io Wbrc:v1dvxugh1io Wbqu:v8 Wbqf:v1dvxugh1io Wbqe:v3p162abdvk " +
  "Wbqc:l6dg0 Wbq9:bbqu+g Wbq5:bbp9+g Wbq4:l6dg0 Wbpv:v8 Wbpf:v1dvxugh1io Wbpe:v3p162abd4g Wbp4:bbpc+g Wboz:vw0i4x8 " +
  "Wboy:vw0i4x8 Wbov:bbox+g Wbou:bbo3+g Wbop:v8 Wboa:v1dvxugh1io Wbo9:v3p162abcdc Wbny:bbnz+g Wbnv:v1k2ydi58f " +
  "Wbns:v1k4fnc6ps Wbms:v1dvxug0u80 Wbmi:b3tm+g Wbmh:v1dvxu8y63p Wblm:l4axc Wbll:v9ckfxtiufrz Wblh:v1dvxug0u80 " +
  "Wblg:v1dvxugh1io Wbkf:v1dvxug0u80 Wbk2:ls8s0 Wbjn:v18y68 Wbjl:vmh34 Wbjj:v5m9s Wbjh:v2t4w Wbjf:v1ekg Wbjd:vpa8 Wbit:vcg " +
  "Wbio:vsg Wbim:ve8 Wbik:vsg Wbii:v1kw Wbid:v11xc Wbib:vvls Wbi9:v35s Wbi6:vpa8 Wbi4:viyo Wbi2:v6bk Wbi0:vcn4 " +
  "Wbgs:v1dvxug0u80 Wbgr:l6dg0 Wbgm:v1dvxug0u80 Wbgd:bc62+g Wbfs:l6dg0 Wbfl:bbfk+g Wbfh:ve9 Wbfg:bbff+g Wbfe:bbfd+g " +
  "Wbf9:vso Wbf8:bbf7+g Wbf6:bbf5+g Wbf1:v1mo Wbf0:bbez+g Wbex:bbew+g Wbet:v1dvxug0u80 Wbes:v1dvxug0u80 Wbdw:l4axc " +
  "Wbdp:v1dvxug0u80 Wbdo:bbey+g Wbc7:l4axc Wbc0:v1dvxug0u80 Wbbz:bcjm+g Wbai:l4axc Wb9w:v5jjq3hfcsg Wb9v:v1dvxugh1io " +
  "Wb9k:v1dvxug0u80 Wb9h:vmsr Wb98:v4i54f Wb8l:vjk0 Wb7p:bb7x+g Wb7j:bb2h+g Wb7g:viu7 Wb7d:v7t5122aycf9 Wb78:bayr+g " +
  "Wb76:v7t5122aycf9 Wb72:bayl+g Wb6z:v4pysf Wb6v:v7t5122aycf9 Wb6u:v1dvxugh1io Wb6q:batm+g Wb6o:v7t5122aycf9 " +
  "Wb6m:v1dvxug0u80 Wb6f:b87o+g Wb5j:v1dvxugh1io Wb5h:v1dvxugh1io Wb5f:v1dvxugh1io Wb5d:v1165nlngc3 Wb58:v1dvxugh1io " +
  "Wb56:v1dvxugh1io Wb4z:v1165nlngc3 Wb4t:v1dvxugh1io Wb4r:v1dvxugh1io Wb4p:v1dvxugh1io Wb4n:v1165nlngc3 Wb4i:v1dvxugh1io " +
  "Wb4c:v1165nlngc3 Wb47:v1dvxugh1io Wb41:v1165nlngc3 Wb3w:v1dvxugh1io Wb3q:v1165nlngc3 Wb3l:v1dvxugh1io Wb3j:v1dvxugh1io " +
  "Wb3c:v1165nlngc3 Wb37:l6dg0 Wb36:v1dvxugh1io Wb34:v1dvxugh1io Wb32:v1dvxugh1io Wb30:v1dvxugh1io Wb2x:v1165nlngc3 " +
  "Wb2w:b1r1u+g Wb2s:v7 Wb2f:v3p162ab2xs Wb2e:v1dvxugh1io Wb2d:v3p162ab2xs Wb2c:l6dg0 Wb27:lrfw0 Wb20:v5 Wb1n:v3p162ab26o " +
  "Wb1l:v1dvxugh1io Wb1k:v3p162ab26o Wb1j:l6dg0 Wb1e:b9vo+0 Wb10:lsdds Wb0u:v3p162ab1fk Wb0t:v1dvxugh1io Wb0s:v3p162ab1fk " +
  "Wb0r:l6dg0 Wb0m:vi1r8im455 Wb0i:vi1r8im455 Wb04:v1dvxugh1io Wb03:v3p162aazps Wb01:l6dg0 Waz8:lsdds Waz3:v1dvxugh1io " +
  "Waz2:v3p162aawr4 Waz0:v1is6f Wayv:l6dg0 Wayu:bbfc+g Wayh:v1dvxugh1io Wayg:v3p162aavhc Waxt:l6dg0 Waxn:v1dvxugh1io " +
  "Waxm:v3p162aauq8 Waxi:l4axc Waxh:l6dg0 Waxg:v11zd62uhr7 Waxf:v9bcw7tx5y01 Waxd:vp Wawh:v1dvxug0u80 Wawg:v1dvxug0u80 " +
  "Wawf:bay2+g Wawb:v1dvxug0u80 Wavj:l6drk Wav7:v1dvxugh1io Wav6:v3p162aatz4 Wav3:l6j6g Wav1:l6j5c Wav0:l6dg0 " +
  "Wauz:v1dvxud2iow Wauv:l4n2o Waun:v1dvxugh1io Waum:v3p162aat80 Wauk:l6j00 Wauj:l6dg0 Waud:bauc+g Waua:l5m40 " +
  "Wau2:v1dvxugh1io Wau1:v3p162a5n40 Watz:l6j00 Waty:v1fbv0iyo Watt:bats+g Wats:b3yn+g Wat8:l4axc Wat1:v1dvxug0u80 " +
  "Wat0:l5mj4 Was2:lnwvk Was1:v1dvxug0u80 Ward:v1dvxug0u80 Waqb:v1dvxug0u80 Waqa:l6dg0 Waq5:v17f1610609 Waq2:v37 " +
  "Wapr:v1dvxugh1io Wapq:v3p162aas9c Wapm:baoz+w8 Wapk:baoz+v4 Wapi:baoz+u0 Wapg:baoz+sw Wapd:baoz+rs Wapb:baoz+qo " +
  "Wap9:baoz+pk Wap2:l6chc Wap1:v1z14obt Wap0:v17f1610609 Waox:v4gqr6 Waou:v2qrf6 Waot:vtpx6031hl Waos:v2z41x Waor:v2c " +
  "Waol:v25 Wanq:v2xt1d Wanp:v2xpvz Wano:v23 Wani:v1dvxugh1io Wanh:v3p162a5mcw Wanf:l6j00 Wanb:vvr299u Wana:l58s0 " +
  "Wan7:baoz+g Wamv:v6bqmjbdz Wamt:vwasx9z Wamq:v4ch9q Wamm:vkfi Wamk:v89sugdqv88j Wami:vu30fhn Wamc:vwb2v76 Wama:v5i3hu4qd " +
  "Wam8:v30 Wam6:v30 Wam3:vu2l087 Wam1:v4js889ju Walz:v1zwlfj4b3mnm Walx:v36 Walv:vrenvl7krx5j Waln:v1dvxug0u80 Walm:l7oj4 " +
  "Walj:v1dvxug0u80 Wakk:v4i2xu Wak4:v4gqo0 Wajs:baq3+0 Wajj:bbf4+g Waj6:v1dvxugh1io Waj5:v3p162a5j5c Wais:v1dvxugh1io " +
  "Wair:v3p162a5hsg Waie:v1dvxugh1io Waid:v3p162a5gfk Wai3:v1dvxugh1io Wai2:v3p162a5928 Wai1:l6dg0 Wahs:v1dhxkyrzoj " +
  "Wahl:bfqr+g Wahk:v38l4w Wah9:lk5zk Wah8:vvqo4td Wah5:v1bbvhnaana Wagz:v1bbvhnaana Wagj:v2b Wagi:v1dhx8np5q1 Wagh:v2t " +
  "Wagf:b9e8+g Wag7:l6dg0 Wag4:lk2hc Wag2:v1bbvhnaana Wag1:b4dp+g Wafs:lrfzs Wafr:lqvo0 Wadn:v4cjse Waca:v1dvxufzvcj " +
  "Wac6:vc1 Wac1:v1dvvxppwxs Wac0:v63we0agw Wabx:v5jjpny86p9 Wabe:v1bbvhnaana Waau:v1dvxufzvcj Wa8q:lpj1s Wa8p:v4c8k1cla5bn " +
  "Wa8d:v1z14e2l Wa8b:v38 Wa86:v3p162a58b4 Wa85:v1dvxugh1io Wa84:v3p162a58b4 Wa82:l6j00 Wa81:v25oo1k6d Wa7v:b9u7+0 " +
  "Wa7s:b9cm+0 Wa5y:vumk582 Wa5x:v13jfntf240 Wa5v:vjmt Wa5q:v1g Wa5p:v1e Wa5g:v2t Wa5d:v2t Wa57:v2t Wa54:v2t Wa4z:vapi " +
  "Wa4y:vj8q7hwvn6 Wa4x:viup3l2tyq Wa4w:v1c Wa4t:va41 Wa4s:v1f Wa4r:vjy9lyeulv Wa4q:v2t085ego Wa4p:vab4 Wa4o:v1g " +
  "Wa4n:vkc8qa8bqr Wa4m:vehakoi Wa4i:v37 Wa4h:vmsp Wa4e:v7t3gzl4sh9l Wa4c:vrku833 Wa4a:v170q5l1w0v Wa46:v1g Wa42:v42pux " +
  "Wa40:vkmr Wa3y:v32 Wa3x:v2w Wa3w:v1e Wa3v:vux7pet Wa3u:v9ym Wa3s:v3x2ld Wa3r:vju6 Wa3q:v2z Wa3o:vrkzvxo Wa3n:v3vn1o " +
  "Wa3j:v9io Wa3i:v491igziw8kf Wa3h:v9r3 Wa3g:v1d Wa3d:v1xfmx Wa39:v2r0wyycf Wa2y:vb3o Wa2x:v4el28mi85sv Wa2w:vbbz Wa2v:v1l " +
  "Wa2u:v231wp Wa2t:vb3n Wa2r:v4btact0k7rz Wa2q:vb4v Wa2o:v1k Wa2m:vape Wa2l:v491igziw9r3 Wa2k:vaxr Wa2f:v1j " +
  "Wa2e:v89ne8shksix Wa2d:vawi Wa2c:v491igziw9jz Wa2b:vaqn Wa27:v1i Wa25:vab8 Wa24:v4btact0k76n Wa23:vajj Wa21:v1h " +
  "Wa1x:v9ip Wa1w:v4btact0k6zj Wa1v:vacf Wa1u:v1g Wa1t:v21nc9 Wa1q:vbao Wa1p:v4btact0k6sf Wa1o:va5b Wa1m:v1f Wa1l:v208rt " +
  "Wa1i:v9ps Wa1h:v491igziw8rj Wa1g:v9y7 Wa1f:v1e Wa1e:v1yu7d Wa1b:vape Wa19:vapd Wa18:v244f3 Wa15:vai9 Wa14:v22pun " +
  "Wa11:vbax Wa10:vjmx Wa0y:vab5 Wa0x:v21ba7 Wa0u:va41 Wa0t:v1zwpr Wa0r:v1x3kv Wa0q:v9pt Wa0l:vawl Wa0j:v1vp0f Wa0i:v9ip " +
  "Wa0h:v24gh5 Wa0g:v4gpy7 Wa0f:v36 Wa0e:vmln Wa0d:v4gpwy Wa0c:v8ysrs2yzgwv Wa0b:v19e65mx1m2 Wa0a:v6dszo19s Wa09:v2td224pr " +
  "Wa08:ve95coa Wa07:v205tc Wa06:vkc8qa8bqo Wa05:v40n22wr7hpm Wa03:v2re0y2qn Wa02:vdz5rai Wa01:v1yr8w Wa00:v2pezu0rj " +
  "W9zz:vdp65wq W9zy:v1xcog W9zx:v4dwm7 W9zw:v34 W9zv:vm7e W9zu:v4dwky W9zt:v9wx W9zm:vb5a W9zk:v1k W9zi:v2r W9zc:v1k " +
  "W9zb:v1c W9za:v1vqd5 W9z9:vummx4i W9z6:v3pn2wftqh5u W9z2:vddc75e W9z1:v1d W9yz:vlirwrhuep W9yy:v1d W9yo:ve7ce9c " +
  "W9yn:v1zwoi W9ym:v21b1s W9yl:vab4 W9yk:vehakoi W9wj:v5g5bic0x W9wf:vsypcvk W9we:vs4p65s W9w5:vs4xlkg W9vw:vflfzg1 " +
  "W9vt:vfbge29 W9vp:vf1gsoh W9vm:verh7ap W9vj:vehhlwx W9vg:ve7i0j5 W9vc:vdxif5d W9v9:vdnitrl W9v6:vddj8dt W9ut:v1i " +
  "W9un:vwbckts W9um:vw1a6b4 W9ul:vu336nk W9uk:vr0s774 W9uf:v2r W9uc:v37 W9ub:vmsj W9u5:vrku833 W9u1:b9tw+g W9ty:v37 " +
  "W9tu:vl4qsunsqc W9ts:vlwp2m3s50 W9tr:vlwp2m3s50 W9ri:v63we00gz W9q5:v1dvxufzvcj W9pv:v8kvv6kxf59s W9ps:v5jjpny86p9 " +
  "W9p9:b9i5+0 W9o6:v9ckfxwkom0k W9o4:v4qkvi W9o0:v6nlv61pt W9ny:vnzk W9nw:v3d W9nu:vxp0g37 W9nq:v6nlv6bmt W9nm:vxp0g2t " +
  "W9nj:v3d W9nh:v3d W9nf:vxp0g1g W9nb:v3pysl W9n9:vnzk W9n7:vxp0g32 W9n5:v6nlv6eln W9n3:vxp0g2z W9n1:v9ckfxg5gu9c " +
  "W9mx:vxp0g2s W9mv:v3d W9mt:vxp0g1d W9mr:vxp0g1i W9mp:v3d W9mk:vxp0g1f W9mi:v3d W9me:v9ckfxtiyo33 W9m8:vxp0g2t " +
  "W9m6:vxp0g1j W9m4:v9ckfxgff0oi W9m2:v6nlv61ip W9ly:v3d W9lw:vxp0g2v W9lu:vxp0g2t W9lp:v3d W9ln:vnzk W9lj:v3d W9lh:v3d " +
  "W9lf:vxp0g1h W9lb:vxp0g2r W9l9:v6nlv62b5 W9l7:vxp0g1e W9l5:v6nlv62pd W9l3:v3d W9kw:v6nlv6e7e W9ku:v1bbvhp5tux W9ks:v3d " +
  "W9kq:vnzk W9km:vxp0g37 W9kk:vxp0g1k W9kb:v3d W9k7:v3d W9k5:vnzk W9k1:v6nlv62i9 W9jx:v1bbvhp06ld W9jv:v3d " +
  "W9jr:v9ckfxfxa7ai W9jp:vnzk W9jm:v3d W9ji:v6nlv61ym W9jg:v6nlv6241 W9je:v3d W9ja:v9ckfxwkom0e W9j3:v4qkvi W9iv:vxp0g2x " +
  "W9ir:v3d W9io:v3d W9im:v3d W9ie:vxp0g2r W9ic:v9ckfxtiyo33 W9ia:v9ckfxtj4bxo W9i7:v3d W9i5:v9ckfxg79soa W9i3:v4qkvi " +
  "W9i1:vxp0g1l W9hz:vxp0g2t W9ht:v1dhxqj0da0 W9hq:v3d W9hm:v9ckfxfnalwq W9hh:v3d W9hf:v3d W9hb:v6nlv6bmx W9h6:v1dvxufzvcj " +
  "W9et:b98d+g W9e5:b998+g W9dy:v1dvxug0u80 W9dq:b97l+g W9cq:b95m+g W9cm:v1dvxugh1io W9c2:l6dg0 W9by:v3yezl " +
  "W9b9:v1dvxugh1io W9b8:v3p162a4w1c W9b6:l6j6g W9b4:l6j5c W9b0:b9b6+g W9az:l6dg0 W9au:b4f4+g W9aa:v1dvxugh1io " +
  "W9a9:v3p162a4uog W9a7:l6j6g W9a5:l6j5c W9a0:l6dg0 W99v:b4f4+g W99b:v1dvxugh1io W99a:v3p162a4tbk W999:l6dg0 W992:b4f4+g " +
  "W98p:b94y+g W98g:v1dvxugh1io W98f:v3p162a4ryo W98e:l6dg0 W986:b4f4+g W97y:b94y+g W97p:v1dvxugh1io W97o:v3p162a4qls " +
  "W97n:l6dg0 W97m:vciqv379da W97b:b96w+g W974:v1dvxugh1io W973:v3p162a4p8w W971:l6j6g W96z:l6j5c W96v:b971+g W96n:l6dg0 " +
  "W96e:v1dvxugh1io W96d:v3p162a4nw0 W96c:l6dg0 W960:b95m+g W95t:v1dvxugh1io W95s:v3p162a8hf4 W95q:l6j6g W95o:l6j5c " +
  "W95n:v38lj4 W95l:b95q+g W95d:l6dg0 W956:v1dvxugh1io W955:v3p162a8ftc W953:l6j6g W950:l6j5c W94o:v1dvxugh1io " +
  "W94n:v3p162a8f28 W94l:l6j2o W94a:lk6wg W945:v1dvxug0u80 W93s:l6dg0 W935:v5i565roi W933:v13im546quc W931:v13im546smd " +
  "W92z:vs4s2g3 W92x:vs4s2g3 W92v:v13im546quc W92t:v13im546smd W92r:v2t W92p:v2t W92d:v5k1zleg5 W927:v5k1zlege " +
  "W91y:v5k1zleg5 W91s:v5k1zlege W91q:vs4s2g3 W91o:vs4s2g3 W91m:vs4s2g3 W91k:vs4s2g3 W91i:v5k1zleg5 W91f:v5k1zlege " +
  "W917:vmlh W90z:v1dvxug0u80 W90w:v1dvxug0u80 W8yr:bah9+g W8xs:b1kxu+0 W8x8:v8i2mf8r6v79 W8x7:v6cg W8x4:vw0nt5t " +
  "W8wz:v5o2th10v W8wx:ll7cg W8ww:vmsl W8wp:v18lma5tmqt W8wn:v4qlbo W8wl:vu2w67o W8we:b8ww+0 W8wc:v2mkylg320z3 W8w4:v96b " +
  "W8w3:b882+g W8w0:lsdds W8vx:v1dhxj6xwjk W8vm:ls7rk W8vi:lrwk0 W8v7:v1rgj2 W8v3:bf9q+g W8sx:v17fqbk3cs9 W8rl:v17t7cg7tdl " +
  "W8rc:v4cjse W8r8:vd0t W8qq:v3w5e11264sgsf W8ov:v6nlv6df0 W8ot:v6nlv6au7 W8or:v1bbvhpjss4 W8op:v3d W8oi:v37 W8oc:v4i54f " +
  "W8oa:v9ckfxxosodu W8o6:vnzk W8ny:v3d W8nu:v3d W8ns:v3d W8nm:v3d W8nk:v6nlv6esz W8ni:v3d W8ne:vnzk W8na:vnzk W8n8:v4qkvi " +
  "W8n6:vnzk W8mz:v9ckfxwl89yr W8mv:vwkzkml W8mr:v4qkvi W8mp:vxp0g37 W8mn:v4jlo4 W8mj:v3d W8mh:v3pysl W8mf:vnzk " +
  "W8md:v6nlv6cms W8mb:vnzk W8m9:v3d W8m7:v4qkvi W8m3:v3d W8m1:v3d W8lx:vnzk W8lv:vnzk W8lt:v1bbvhp5u1t W8lr:v3x01b " +
  "W8lo:v4qkvi W8li:v3d W8lg:v4qkvi W8le:v3d W8lc:v4qkvi W8la:vnzk W8l6:vxp0g2t W8l0:v1bbvhptppl W8ku:v9ckfxxosktq " +
  "W8ks:v9ckfxxosnsi W8kq:vm0d W8ko:v1bbvhoys8c W8km:v3d W8kh:vxp0g2t W8kd:v3d W8k7:vxp0g2v W8k5:vxp0g37 W8k3:vnzk " +
  "W8k1:v4qkvi W8jz:vnzk W8jx:v3d W8jv:v9ckfxy9a35c W8jt:vxp0g2v W8jr:vnzk W8jn:v1bbvhpl7cj W8jj:v3d W8j6:vnzk " +
  "W8j4:v7ynt7e5c2n7 W8j2:vnzk W8j0:vxp0g2q W8iy:v1dvvxughta W8iw:b8ff+0 W8iu:v1dhxqj0dbn W8is:bfye+21 W8iq:b8e0+0 " +
  "W8io:v1dvxu8yagg W8im:v1bbvhpl8q7 W8ik:v4qkvi W8ih:v4qkvi W8if:vxp0g37 W8ib:v3d W8i7:vj90 W8i5:viu7 W8i3:v3d W8hz:vnzk " +
  "W8hv:vnzk W8ht:v1bbvhpmlwz W8hp:vnzk W8hk:v6nlv6dep W8hi:v3d W8hg:v2q W8he:v4qkvi W8hc:vxp0g38 W8ha:v3d W8h6:v6nlv6esj " +
  "W8h4:vfceojrtdl W8h2:v34 W8h0:vnzk W8gy:vxp0g2n W8gt:v1bbvhp1m5d W8gp:v3d W8gd:v3d W8gb:vnzk W8g6:vnzk W8g4:v3d W8g2:v3d " +
  "W8g0:v3d W8fy:v1bbvhpl9wh W8fu:v3d W8fs:vnzk W8fm:v4qkvi W8fk:vnzk W8fh:v6nlv6e79 W8ff:vxp0g2t W8fb:v4qkvi " +
  "W8f3:v9ckfxy9a35c W8f0:vmzy W8ew:v1bbvhp1krt W8eu:v6nlv6bft W8eq:vxp0g37 W8ej:vxp0g2w W8eh:vxp0g2z W8ef:vnzk W8ed:v4qkvi " +
  "W8eb:v6nlv6c18 W8e7:v3d W8e5:v4qkvi W8dy:v4qkvi W8dw:v4qkvi W8ds:v4qkvi W8do:bfye+21 W8dl:v37 W8dj:v6nlv6elh W8dh:vnzk " +
  "W8d8:vnzk W8d6:v6boouijv W8d3:vxp0g38 W8d1:v1dvxug0u80 W8bn:v74va W8bm:v65sq74tt W8bl:v17t7cg82zy W88n:l6dg0 W88m:lsalk " +
  "W88i:l6chc W882:l64nk W87v:v1dvxug0u80 W87n:l4axc W86j:v7t5122axshf W86g:v6bskghgl W862:v1dvxugh1io W85z:ljzlc " +
  "W85v:ls6pk W85e:l4awg W85d:vxp0g2n W85c:v5g9r5vmn W856:v1dvxugh1io W855:v3p162a80ao W854:v2h1b12rmmhw W84e:v1dvxugh1io " +
  "W84d:v3p162a7zjk W84b:l6j00 W84a:l6dg0 W845:v1dvxu8y99n W844:lsbaw W843:v1dvxug0u80 W842:l6dg0 W83y:l4awg " +
  "W83x:v1164roy44p W83m:b83v+0 W83g:v1dvxugh1io W83f:v3p162a7ygg W83d:v2u W83c:b82f+10o W83a:b82f+zk W838:b82f+yg " +
  "W835:b82f+xc W833:b82f+w8 W831:b82f+v4 W82z:b82f+u0 W82x:b82f+sw W82u:b82f+rs W82s:b82f+qo W82q:b82f+pk W82i:l6chc " +
  "W82g:v3ygyx W82b:v21 W82a:vr0cznq98v W826:v56hgrbvnzny W825:vr0cznq7nl W81z:vjk0 W81t:v2 W81h:v17f16104ff " +
  "W81f:v8vx39hfnmge W81d:vvqo7zi W81b:v18zl9r9ap5 W819:v3ygyx W817:v8vx39du42us W815:vs54odw W813:vw10cbn W811:v2r " +
  "W80m:v2t W80e:vw0nsz8 W809:v5k4h9eus W805:v5k4h9eus W7zw:v1dvxug0u80 W7zv:v1dvxug0u80 W7zu:b7mo+g W7zr:v1dvxug0u80 " +
  "W7xm:v38 W7xk:l59ps W7wg:v1dvxu8xmk4 W7we:b7wc+g W7w5:vk1h W7w4:vmsr W7w3:v1dvxug0u80 W7w2:v5jjq3hfcsg W7w0:b7w6+g " +
  "W7vm:v1dvxugh1io W7vl:v3p162a7ukg W7vj:l6j6g W7vh:l6j5c W7vf:v8ww4rk W7v8:b7ut+g W7v7:l6dg0 W7uq:v1dvxugh1io " +
  "W7up:v3p162a7t7k W7un:l6j6g W7ul:l6j5c W7uj:vi3qonr142 W7ub:b7uc+g W7u6:b7u7+g W7u1:b7u2+g W7tw:b7tx+g W7ts:b7tt+g " +
  "W7tm:b7tn+g W7th:b7ti+g W7td:b7t6+g W7tc:l6dg0 W7t3:v1dvxugh1io W7t2:v3p162a7ruo W7t0:l6j6g W7sy:l6j5c W7sj:b7sb+g " +
  "W7si:l6dg0 W7s8:v1dvxugh1io W7s7:v3p162a7qhs W7s5:l6j6g W7s3:l6j5c W7re:v3p162a7p4w W7rd:v1dvxugh1io W7rc:v3p162a7p4w " +
  "W7r6:v1rdwhvyi W7r2:l6dg0 W7qx:b7qw+g W7qc:v3p162a7ns0 W7qb:v1dvxugh1io W7qa:v3p162a7ns0 W7q5:v2jngfecv W7pq:v3p162a7mf4 " +
  "W7pn:v1dvxugh1io W7pm:v3p162a7mf4 W7pl:l6dg0 W7pg:vi3euh2ovt W7oz:v1dvxugh1io W7oy:v3p162a7l28 W7ow:l6j6g W7ou:l6j5c " +
  "W7os:vs5mxrn W7on:l6dg0 W7oe:b7oh+g W7o6:b7o8+g W7o1:b7o0+g W7ny:b7ns+g W7ni:v1dvxugh1io W7nh:v3p162a7jpc W7ng:l6dg0 " +
  "W7nd:l64nk W7n3:b7mo+g W7mw:v1dvxugh1io W7mv:v3p162a7icg W7mt:l6j6g W7mr:l6j5c W7mp:vaxa4q0 W7mm:l6dg0 W7m8:v1dvxugh1io " +
  "W7m7:v3p162a7hlc W7m5:l6j6g W7m2:l6j5c W7m1:vi42mga2jt W7lu:b7lv+g W7lp:b7lq+g W7lk:b7ll+g W7lg:b7lh+g W7ld:b7j9+0 " +
  "W7l8:l6dg0 W7ks:v2 W7kr:v8yovg9hmsmg W7kq:v1dvxu8y96o W7kp:v5jjq3hfcsg W7ko:v25oo1kz8 W7km:v2se9wn W7k7:b6vu+0 " +
  "W7k3:v1dvxug0u80 W7jv:l6dg0 W7jr:lows0 W7jp:vwu60qjq6l W7jo:v4m8pnzux W7jn:vwu5yimzws W7jm:v4m8pfk8x W7jl:v6hiidgjjd50 " +
  "W7jj:v3aclq W7ji:vndlkjz W7jh:v4m8ptkjt W7jg:vndlnbd W7je:vn3rn7t W7jd:vgn5 W7jc:v321jj W7ja:v3acln W7j9:vwu60q74nd " +
  "W7j8:vn3rn7t W7j7:v4kda6895 W7j6:vr0qqmxz6d W7j5:v4kb2xe81 W7j4:vndlnpd W7j3:vreg48xz6c W7j1:vw2jgzy5w0 W7j0:vj8l5j9 " +
  "W7iz:v4m8ps9cf W7iy:v321jj W7iw:v4m8pe631 W7iv:v2nya5 W7iu:v37l1g W7it:vwu60qqr0j W7ir:vixz6fi W7ip:v5k2t0lth " +
  "W7io:vgjdgxs W7in:v110y7y7ofn W7ig:b7il+0 W7i9:v1dvxugh1io W7i8:v3p162a7ewg W7i5:b7hk+u0 W7i3:b7hk+sw W7i0:b7hk+rs " +
  "W7hy:b7hk+qo W7hw:b7hk+pk W7hq:l6dg0 W7hn:l6chc W7hl:vwax8xf W7hi:v110y7y7ofn W7hf:v8f6yu18aee7 W7he:v69po7fbz " +
  "W7hb:b7hg+0 W7h4:v1dvxugh1io W7h3:v3p162a7e00 W7h0:b7gf+u0 W7gz:v8f6yu18aee7 W7gy:b7gf+sw W7gw:v69po7fbz W7gv:b7gf+rs " +
  "W7gt:b7gf+qo W7gr:b7gf+pk W7gl:l6dg0 W7gj:vcvsg2x W7gi:l6chc W7gg:vwax8xf W7gb:v1dvxugh1io W7ga:v3p162a7d6o W7g7:b7fj+qo " +
  "W7g5:b7fj+pk W7fz:vl7y W7fm:l6dg0 W7fl:v1bbzz6toxe W7fh:v1dvxugh1io W7fg:v3p162a7cfk W7f1:l6dg0 W7ez:v8t5qk2svypg " +
  "W7ex:v5k8344m7 W7eo:vs5mxrn W7en:v1dvxugh1io W7em:v3p162a7bm8 W7ei:b7e4+qo W7eg:b7e4+pk W7ea:l6dg0 W7e8:vs5mxrn " +
  "W7e7:l6chc W7e5:v5k8344m7 W7e2:v1164rp9ab6 W7e0:v1bc3u7c489 W7dz:b7e0+0 W7dv:b7dz+g W7dt:v96a W7ds:v1dvxugh1io " +
  "W7dr:v3p162a7au8 W7dp:v1bc3u7c489 W7do:b7dc+pk W7di:l6dg0 W7dg:v96a W7df:l6chc W7dd:v49n5e W7da:v19dilq5x82 W7d8:v3c " +
  "W7ct:vi3gw9n8m9 W7cs:v1dvxugh1io W7cr:v3p162a79r4 W7co:b7br+10o W7cn:v3c W7cm:b7br+zk W7ck:b7br+yg W7ch:b7br+xc " +
  "W7cf:b7br+w8 W7cd:b7br+v4 W7cb:b7br+u0 W7c9:b7br+sw W7c6:b7br+rs W7c4:b7br+qo W7c2:b7br+pk W7bv:vi3gw9n8m9 W7bu:l6chc " +
  "W7bs:v19dilq5x82 W7bp:v1164rpj6gl W7bn:b7bm+0 W7b9:v2jm2actw W7b7:v1dvxugh1io W7b6:v3p162a78i8 W7b3:b79x+168 W7b2:v37 " +
  "W7b1:b79x+154 W7b0:vk1m W7az:b79x+140 W7ay:v4i53z W7ax:b79x+12w W7aw:v4i53z W7av:b79x+11s W7au:v4i53z W7at:b79x+10o " +
  "W7ar:b79x+zk W7ap:b79x+yg W7am:b79x+xc W7ak:b79x+w8 W7ai:b79x+v4 W7ag:b79x+u0 W7ae:b79x+sw W7ab:b79x+rs W7a9:b79x+qo " +
  "W7a7:b79x+pk W7a0:v2jm2actw W79z:v19dilq5x82 W79y:v4jjat W79v:v6dpofhph W79s:v37 W79o:b79t+0 W79i:vcvsg2x " +
  "W79h:v1dvxugh1io W79g:v3p162a6ilc W79d:b78u+u0 W79c:v37 W79b:b78u+sw W798:b78u+rs W796:b78u+qo W794:b78u+pk " +
  "W78x:v16veb7lkrt W78v:v6dpofhph W78r:v6bop2xym W78q:v2v5e6vrz W78p:v2t6d2tsv W78o:v2r7byrtr W78l:v4u7257xb W78k:vlfybtr " +
  "W78j:v2b W78h:v6ve5azkbty7 W78f:vwuznvbpzz W78a:v3ae6a W789:vfgv W788:vohjzvj W787:vohjzvj W786:v4qanno01 W785:v3fyvh " +
  "W784:vohjzvj W783:vohjzvj W782:v4u4u7491 W781:v6slm0ta2ptt W780:vohjzvj W77z:v2b W77s:v3wowz6mt W77q:v6evt3wnno7m " +
  "W77n:vgg4 W77l:v4u4u7499 W77k:vohjzvj W77j:v6slm0ta2ret W77i:v31yrx W77h:v3fyvh W77c:v4kass5l4 W77b:v2c W77a:vlpzalb " +
  "W779:vohjzvj W778:vn3q7vj W777:vohjzvj W776:v4u4u749c W771:vehg W770:v4m9tmb7z W76z:vlgukwj W76y:v6ey5aih5vtf " +
  "W76x:v6ey54ldtpw3 W76w:vehf W76t:v6hk2nue0imm W76r:v4kascmkw W76q:v3fyvh W76p:vj8qt03 W76o:v2pf0p W76n:v3fyvh " +
  "W76j:v4u4u723c W76i:vohjzv8 W76h:vhfl W76g:vohjzuv W76f:v4u4u6zim W76e:vohjzuv W76d:vyeaeqmb0w W76c:vyeaeqma89 " +
  "W76b:vyeaeqma11 W76a:vz7c4jwqx3 W766:vev7 W764:v4u4u749a W763:v6esao0c9l50 W762:v3ae6a W760:v3fyvh W75z:vtqorlp07j " +
  "W75y:vhfl W75x:vfgp W75w:vhfl W75o:vev7 W75n:vohjzvj W75m:v31yrx W75l:v3fyvh W75k:v3ae6a W75g:v6slm0ta2pmp " +
  "W75f:v4u4u7499 W75e:vyeaeqm89f W75d:v6esae2z6lw3 W75c:v4u4u749g W75a:vhfl W758:vhfl W755:vlq7p77 W753:v3d6is " +
  "W752:vrdy9x4s3l W750:v4ak31h04 W74z:v4q7vkqqc W74y:vuiqwxfdc5 W74x:vh1h W74w:v2ny2x W74v:vu4vp00l76 W74s:v6bop2xym " +
  "W74r:vwggm0iij8 W74q:vuz W74p:v2b W74o:vuy W74n:vn3udzg W74m:vux W74l:v38z7l W74k:vuw W74j:vn3udzg W74i:vuv W74f:vuu " +
  "W74e:vgg7 W74d:vut W74c:v2b W74b:vus W74a:vwggm0iij8 W749:vur W748:v2b W747:vuq W746:vn3udzg W745:vup W744:v38z7l " +
  "W743:vuo W742:v4kbc3g3q W741:vun W73z:vum W73y:v38z7l W73x:vul W73w:vgg7 W73v:vuk W73r:vrv W73q:v38y89 W73p:vru " +
  "W73o:vwggm0iiis W73n:vrt W73m:v4kbc3g3q W73l:vrs W73i:vrz W73h:v4k9ygpr3 W73g:vry W73e:vrx W73d:v6et24jnnpen W73c:vrw " +
  "W73b:v26 W739:v18z3mcxi73 W738:v2pc8y W737:vfnt W736:vyeaeqm9fy W735:vrettvp3kd W730:vfnt W72y:v2qsle W72x:v3fyvh " +
  "W72w:v2mjit W72v:v3fyvh W72u:vnedqa6 W72s:vlq7q69 W72r:v3fyvh W72q:v6ey4ynzhj61 W72o:v33dcv W72m:v3sryxuts W72l:vkvs3f0 " +
  "W72k:v1kw W72j:v2mhqw W72i:vb8jk W72h:v3mrsqwyn W72g:v40a4v0g W72f:vie17j3 W72e:v2fofoxs W72d:vie17bz W72c:v2ekhbeo " +
  "W72b:vpu9hi44f3 W72a:v2dgixvk W729:vpu9im83mn W728:v2cckkcg W727:v3mtgivdr W726:v290pfr4 W725:v3mtgoh9b W724:v27wr280 " +
  "W723:vie9o4f W722:v26ssoow W721:vie9mxr W720:v24kvxmo W71z:vie9mqn W71y:v23gxk3k W71x:vpu5jfw0gv W71w:v22cz6kg " +
  "W71v:v3mswmicf W71u:v1z141z4 W71t:v44mf253z W71s:vwuft3zplr W71r:v2l4k4 W71p:v2mhqw W71o:v44hzsapu W71n:v30ldw " +
  "W71m:v3qrtmyq8 W71l:v2nvin W71k:v3ssij0p1 W71j:v35s W71i:vf29 W71h:v2z41u W71f:v2h W71e:vyeaeqm89m W71d:v1ekg " +
  "W71c:v3snskaxc W71b:vj8ic05 W719:v1z141z4 W718:vdos W717:v2ti6s W715:vfnq W714:v37k94 W710:v3sryxvtr W70y:v3st2w9cv " +
  "W70x:vdhq W70w:vgnd W70u:v21 W70t:v1v W70o:v3qpc7jgp W70n:v2nwb4 W70m:v2nwb4 W70l:vdhh W70k:vdhh W70j:vdhh W70g:v9zlds " +
  "W704:v2pcg9 W703:v35s W702:v3sqkriv5 W701:v1kw W700:vdot W6zz:vsg W6zy:v1w W6zw:v2xpvz W6zv:vwh8cc0ggi W6zu:v1v W6zs:v1w " +
  "W6zr:v2h W6zq:v1z W6zp:v25 W6zo:v2z6tf W6zn:v2z5mp W6zl:vndlkr6 W6zk:v1x W6zi:v2pdfl W6zh:vr0aynyb7t W6zg:v2c W6zf:v2a " +
  "W6ze:vgnp W6zd:vg9e W6za:v1x W6z9:v5m9s W6z8:vh8v W6z7:v2t4w W6z6:v3hgsv W6z5:v1ekg W6z3:vcn4 W6z1:v6bk W6z0:v1t " +
  "W6yz:v1x W6yx:vmk8w W6yw:v1x W6yv:v1v W6yu:vb8jk W6yt:v2a W6ys:v28 W6yr:vn4b9kz W6yq:v1x W6yp:v2jaww W6yn:v18y68 " +
  "W6ym:v2pc95 W6yk:ve8 W6yf:vmk8w W6yd:vmk8w W6yb:v35s W6y9:vsg W6y8:vev7 W6y7:v1kw W6y5:v1kw W6y1:v1w W6xz:vdhh " +
  "W6xx:v5jjpnycxko W6xw:v3fyvh W6xv:v1ekg W6xo:v6dt08u3p W6xn:v2c W6xm:vqlw2dzxar W6xj:v4i4px W6xi:vwgolqp9wf W6xg:vj7vwia " +
  "W6xf:v8db W6xc:vhfz W6xb:vwuz5o9 W6xa:vgnj W6wy:v2w W6ww:v13jlm0y1cx W6wv:v59b6az177ma W6ws:vo6s W6wr:vr0cxfl4ya " +
  "W6wn:v18zx97pusv W6wm:vmtxmcf W6wj:v1715vtdfu6 W6wd:v42ptb W6wc:v44hze88z W6w9:v3sqakvh1 W6w7:v3sqaruqn W6w4:vlt5 " +
  "W6vy:vuwaaxsr43 W6vx:vqzt74m5aj W6vu:b3yn+g W6vr:vwaszu1 W6vp:vr0az8ft4y W6vk:v5i3450th W6vj:lon4g W6v5:v5k6f6k53 " +
  "W6v4:vwvfqeszezuo W6v3:vruo7ea W6v1:v3vo8c W6v0:v5x3c634 W6uz:vs5egrp W6ux:v19dmjs7uy5 W6ur:vsp59pn W6up:vsp59pn " +
  "W6un:v7t3gzl4sgaa W6ul:v7t3gzl4sgaa W6uj:v38 W6uf:v36 W6ud:v1a5nv5cb5g W6ub:v4jke8 W6u9:vspf280 W6u7:v13im5466w4 " +
  "W6u5:v17f70cva04 W6u3:v14b81l2o9w W6u1:v2s W6tz:vw161rm W6tx:v14pkxcseba W6tt:v3x2io W6tp:vs543mu W6tl:vlq8 W6tb:v391zo " +
  "W6t9:v1w W6t7:v2nwb0 W6t3:vixxs26 W6t1:v28 W6sz:v2r W6sx:vgns W6sv:v4iej8q4t W6st:v4iejedxc W6sl:v5k656zj8 " +
  "W6sj:v7t6l6hy4y98 W6sf:v2t W6sd:vr0d1b6xjj W6s3:v7t3gzl4sin7 W6rv:v18lac2kgzk W6rt:vkms W6rr:v3c W6rl:veac W6rj:vnehysf " +
  "W6rh:v19e69qu4x5 W6rd:vtctg244zy W6rc:va5q W6rb:v4icv2qmt W6r9:vj67d0wjfz W6r7:v3d W6r5:v7ynt79zcj8u W6r3:vk13 " +
  "W6qx:vkwcqcw W6qv:v34 W6qp:v1q W6qn:vlt1 W6qg:v34 W6qe:v1arptla8a6 W6qb:vjtt W6q8:v7t3gzl4sin7 W6q6:vs6u2au7hs " +
  "W6q4:v8yovh3qdxf7 W6q3:vhbrkoo W6q2:vkjk W6q0:vmll W6pz:va5q W6py:v18lac2kgh5 W6px:vfb6jw1 W6pw:vwanegw W6pv:vfb6jw1 " +
  "W6pu:v4p4yu W6ps:ve04u3q W6pq:v2v W6pp:v3d W6pl:v81hxnipblny W6pi:vxerbs5 W6pc:v37 W6pa:vwb70j0 W6p0:v3d W6os:v3x279 " +
  "W6oo:v16mp45ezjo W6oi:v16mp45ezjo W6nd:v7t1jhpxw0h1 W6n9:vv71owx W6n7:v4b61t W6n5:v4qlpl W6n3:v4qlpl W6lw:v1dvxug0u80 " +
  "W6lv:v1dvxug0u80 W6lr:v1dvxug0u80 W6kb:lrg3c W6k6:v1dvxug0u80 W6k1:v1dvxug0u80 W6j2:l6dg0 W6iy:v1dvxu8y63p W6in:l6dg0 " +
  "W6im:b617+g W6ij:v1dvxugh1io W6ii:v5jjq3glz7k W6ig:v2pf0p W6if:l7vv4 W6id:l7vu0 W6ib:l7vsw W6i9:l7vrs W6i7:l7vqo " +
  "W6i5:l7w28 W6i4:v5pzx4ub6 W6i3:l7w14 W6i0:l7w00 W6hy:l7vyw W6hw:l7vxs W6h3:v3yhyt W6gr:l7xm8 W6gm:v1dvxugh1io " +
  "W6gl:v5jjq3gm080 W6gk:vi3oseitf9 W6gj:v14b81lmw6e W6gi:l7ydc W6gg:l7yc8 W6ge:l7yb4 W6fe:l7xm8 W6fc:v1dvxugh1io " +
  "W6fb:v5jjq3gls74 W6fa:l6dg0 W6f4:v1dvxugh1io W6f3:v5jjq3glrts W6f0:l7p5s W6ex:l7p4o W6ev:l7p3k W6et:l7p14 W6er:l7p00 " +
  "W6do:l7nlc W6dl:v1dvxugh1io W6dk:v5jjq3glw68 W6dh:l7rgg W6df:l7rfc W6dd:l7re8 W6db:l7rjs W6d9:l7rio W6cb:br5e+0 " +
  "W6c9:b6s6+0 W6c7:lalio W6c4:lqxow W6c2:lavzk W6bt:l7v80 W6bq:v1dvxugh1io W6bp:v5jjq3glwhs W6bm:l7s4w W6at:l7v80 " +
  "W6aq:v1dvxugh1io W6ap:v5jjq3glwtc W6al:l7skg W6aj:l7sjc W6ah:l7si8 W6af:l7sns W6ad:l7smo W69e:l7v80 W69b:v1dvxugh1io " +
  "W69a:v5jjq3glx4w W697:l7t4w W695:l7t3s W693:l7t2o W692:v41aax W691:l7t88 W68z:l7t74 W68d:v61x4wnkv W67n:l7v80 " +
  "W67i:v1dvxugh1io W67h:v5jjq3glt5s W67g:vcvy0di W67e:l7quo W670:v36 W65w:l7v80 W65t:v1dvxugh1io W65s:v5jjq3glzuo " +
  "W65r:b6qf+0 W65p:l7wsg W65m:l7wrc W65k:l7wq8 W65a:l7oj4 W657:v1dvxugh1io W656:v5jjq3glpts W655:vi1r8im455 W64w:l7oj4 " +
  "W64r:v1dvxugh1io W64q:v5jjq3glxgg W64l:v1d W64c:v36 W64b:l7oj4 W648:v1dvxugh1io W647:v5jjq3glzj4 W644:l7wj4 W63r:l6dg0 " +
  "W63p:v1dvxugh1io W63o:v5jjq3glqrk W63l:l7ovs W63j:l7ouo W633:v13j1tr5qi1 W631:v13j1tr5nc1 W62z:v13j1tr5opx W62x:vrutwfj " +
  "W62q:v8t5qg9epm9s W626:l6dg0 W61y:v3p162a4b7k W61x:v1dvxugh1io W61w:v3p162a4b7k W61u:l6j00 W61t:v1jazj W61i:v6bk " +
  "W616:v1dvxug0u80 W611:v1dvxug0u80 W5zp:v5xuddoit W5zo:v2b W5zl:vxp0g30 W5zc:lsdds W5za:lrg2g W5z8:v3w5e11073oetc " +
  "W5z6:v5xuddoit W5y1:v1x3ji W5y0:v4g4tv W5xx:v3a W5xv:v8t5qg9ep6r2 W5xs:v2q W5xr:v1axh03sfw0 W5xo:v7t3blh702ue " +
  "W5xm:vfb6jw1 W5xk:vfb6jw1 W5xi:v17nglgnrxt W5xg:vfb6jw1 W5xe:va5q W5xc:va5q W5xa:vfdi54i4n4 W5x9:v1x3ji W5x8:v17t8aaqbzl " +
  "W5qi:v8i04hflreyh W5pt:l6dg0 W5oi:l6dg0 W5nx:v32 W5mb:lptqo W5ly:v18fj4fstim W5gq:l6dg0 W5g8:l6dg0 W5f8:l6chc W5f6:l6chc " +
  "W5e7:v3a W5da:v4p4yu W5cz:v4i54f W5c5:b7ui+g W5c3:v2t W5c1:v5k5buhr9 W5bo:vi2z464qcv W5bl:v4i3j9 W5bg:v8yowcorr3ol " +
  "W5b7:v1dvxug0u80 W5b2:v171hs0o2n5 W5b1:v6nmhvxbd W5b0:vjmt W5ao:l6dg0 W5an:v1t8c5 W5ak:v6dotrdd8 W5a7:v1dvxug0u80 " +
  "W5a1:v3fyvh W59z:v8vue2u1qmwf W59w:v5vvvqgrp W59v:v2t W59n:v1dvxugh1io W59m:v3p162a6g8w W59j:b591+sw W59g:b591+rs " +
  "W59e:b591+qo W59c:b591+pk W594:l6chc W592:v8vue2u1qmwf W58w:b58a+pk W58t:v1dvxugh1io W58s:v3p162a6ev4 W58d:l6dg0 " +
  "W58c:v168nw3ao9r W589:b57v+pk W586:v1dvxugh1io W585:v3p162a6e34 W57y:l6dg0 W57w:v4qkbx W57t:b56w+pk W57r:v1dvxugh1io " +
  "W57q:v3p162a6db4 W57e:v5k6yuijj W579:v2s W56z:l6dg0 W56y:v5vvwa0cy W56u:b55v+pk W56r:v1dvxugh1io W56q:v3p162a6c4g " +
  "W56l:v8ymxtabxsnz W56c:v46uen W55y:l6dg0 W55x:vtso86k W55w:vjmt W55u:b57v+g W55i:v46wrz W55g:v5xvhc0ac W55e:vk1m " +
  "W55a:v5i4bsupi W556:v1715vlt4z8 W551:v3x011 W54z:v5vvwa6m8 W54v:v3b W54i:v1dvxug0u80 W540:vjk0 W518:vjk0 W4zg:vjk0 " +
  "W4wd:bb2w+g W4w5:v12l1repc2p W4w1:v1a W4vh:v17154oxym2 W4v2:v2s W4uy:v1dvxugh1io W4uq:vqgnfcd W4uc:l6dg0 " +
  "W4tz:v1dvxugh1io W4ty:v3p162a69kw W4tw:l6j6g W4tt:l6j5c W4to:l6dg0 W4td:v1dvxugh1io W4tc:v3p162a6880 W4ta:l6j6g " +
  "W4t8:l6j5c W4t6:vciqv379ca W4sz:b4t0+g W4sy:l6dg0 W4so:b4sp+g W4sn:b4st+g W4sd:b4se+g W4sc:b4si+g W4s2:b4s3+g " +
  "W4rw:b4rx+g W4rr:b4rs+g W4rm:b4rn+g W4rh:b4ri+g W4rd:b4re+g W4r7:b4r8+g W4r3:b4qv+g W4r2:b4s7+g W4qs:v1dvxugh1io " +
  "W4qr:v3p162a66v4 W4qp:l6j6g W4qn:l6j5c W4qf:b4qg+g W4qb:b4qc+g W4qa:l6dg0 W4pz:b4q0+g W4py:b4q5+g W4po:b4pp+g " +
  "W4pn:b4pt+g W4pd:b4pe+g W4p8:b4p9+g W4p4:b4p5+g W4oy:b4oz+g W4ot:b4ou+g W4os:b4pi+g W4o4:v1dvxugh1io W4o3:v3p162a64cg " +
  "W4o0:l6j6g W4ny:l6j5c W4ns:v1 W4nn:v1 W4nl:v1 W4ng:l6dg0 W4mt:v1dvxugh1io W4ms:v3p162a62ds W4mq:l6j6g W4mn:l6j5c " +
  "W4mj:l6dg0 W4m8:v1dvxugh1io W4m7:v3p162a610w W4m5:l6j6g W4m3:l6j5c W4ly:l6dg0 W4ll:v1dvxugh1io W4lk:v3p162a609s " +
  "W4li:l6j6g W4lg:l6j5c W4le:vw W4lc:b4li+g W4lb:l6dg0 W4ky:v1dvxugh1io W4kx:v3p162a5zio W4kv:l6j00 W4ku:l6dg0 W4ko:l53bk " +
  "W4k8:v17tvvov3hq W4k3:v3p162a4hcw W4k0:v1dvxugh1io W4jz:v3p162a4hcw W4jy:v3pysm W4jx:l6j00 W4jw:l6dg0 W4jn:l6dg0 " +
  "W4jm:v17tvvov3hq W4jb:v8t5qg9epqpc W4ja:vvr299u W4j8:v18lma5tmr2 W4j2:v8t5k7bxijxu W4iu:v8t5qg9epshb W4ir:v41aax " +
  "W4iq:v14b81lhcgx W4ip:v5o2th302 W4in:v7ynt7crcod3 W4im:v2v W4ik:v5o2th302 W4ij:v7ynt7crcod3 W4if:v69sg1xz9 W4id:vmlr " +
  "W4i9:v611ius1e W4i5:v18lma5tmqt W4i3:v36 W4i2:v4gqr6 W4hy:v18llej45f6 W4hw:v18lma5tmr2 W4hv:v8t5qg9epqax W4ho:v61wb93e8 " +
  "W4hj:vrv7bdr W4h1:v2t W4gy:v3x2so W4gr:v134n1mu6b1 W4gn:v95w W4fl:vmsz W4ek:vmzy W4ei:viu7 W4e4:v7cbs7xtx5r7 W4ds:vmsr " +
  "W4dk:v36 W4dj:v36 W4de:v1dvxugh1io W4dd:v5jjq3hesio W4dc:b4di+g W4da:v36 W4d9:b4cy+14 W4d8:v36 W4d7:b4cy+0 W4d1:l6dg0 " +
  "W4d0:l6chc W4cx:v4ch9q W4cw:v1i W4cu:v2t W4cs:b4cw+0 W4cm:b4cp+0 W4ci:v1dvxugh1io W4ch:v5jjq3hesv4 W4cd:b4c0+28 " +
  "W4cb:b4c0+14 W4c9:b4c0+0 W4c3:l6dg0 W4c2:l6chc W4c0:b492+g W4by:v1165nlq99d W4bt:v2w W4br:v2t W4bm:v5o2th302 " +
  "W4bi:vs5eicz W4bf:v3yiqx W4bc:b3zf+0 W4b6:v1dvxugh1io W4b5:v5jjq3heruo W4b4:v2jngchva W4b2:b49v+iw W4b1:v2w W4b0:b49v+hs " +
  "W4ay:b49v+go W4ax:v2t W4aw:b49v+fk W4au:b49v+eg W4as:b49v+dc W4aq:b49v+c8 W4ao:b49v+b4 W4an:v5o2th302 W4am:b49v+a0 " +
  "W4aj:b49v+8w W4ah:b49v+7s W4af:b49v+6o W4ad:b49v+5k W4ab:b49v+4g W4a8:b49v+3c W4a7:v3yiqx W4a6:b49v+28 W4a4:b49v+14 " +
  "W4a2:b49v+0 W49x:l6dg0 W49w:l6chc W49t:b3z6+0 W49q:vkmb W49n:vue9yo W49k:v1x3jn W49f:v1165nlq99d W49e:lrfzs W49b:vu2qo2t " +
  "W497:b49c+0 W492:v1dvxugh1io W491:v5jjq3herj4 W48y:b48i+4g W48w:vu2qo2t W48v:b48i+3c W48t:b48i+28 W48r:b48i+14 " +
  "W48p:b48i+0 W48k:l6dg0 W488:l6chc W485:v38 W47w:vmlh W47n:v3sw2p W47k:vm0d W47h:v3vo8c W47g:v2z W478:v2v W473:v2q " +
  "W46z:v2v W46v:vmsz W46t:vm79 W46r:vmsj W46o:v2t W46n:v6bsuy99w W46m:v3ygrt W46j:vvqo8du W469:v37 W464:v4gos4 W45v:vj90 " +
  "W45s:vk18 W45m:v2w W45f:v4i4q7 W45b:v4mb1g W455:vkms W44z:v7ynt7e5c2n7 W44w:vvqo4tq W44u:v37 W44m:v2t W44i:v37 W44h:v37 " +
  "W44e:v2q W43x:v42q1t W43v:v37 W43t:v37 W43r:v38 W43o:vvqo6ec W43l:v34 W43k:v37 W43h:v37 W43b:v4i3cj W434:v4i5wh " +
  "W433:vjft W432:vvqo7si W431:vmzy W430:vlf0 W42y:v4i54f W429:v4qlpl W426:v33 W424:v4jhwz W422:v37 W41z:vrl8bcc W41y:v2t " +
  "W41u:v2t W41s:v2t W41q:v4i2y1 W41k:v6br6trvw W41a:vlep W417:v49nxp W415:v3x0ts W414:vwb5n5c W413:v36 W410:v7nh748p0rqs " +
  "W40x:v3yi5d W40n:vmss W40m:vlep W40k:vs4thmc W40h:v2t W40g:v5xvhbypc W40b:vw15z06 W40a:vun3tyr W409:v13j1w94tww " +
  "W407:vw10fhl W406:vnlg W405:vmln W404:vm7e W403:v3v4adhm673d W402:vl7s W401:vlsz W3zy:v8vz1qr12b8w W3zt:vwb5n5c " +
  "W3zr:viu7 W3zo:b3zd+0 W3zm:v37 W3zi:v2t W3zd:v2t W3zb:v2t W3z9:v36 W3z6:vmss W3z0:b2yr+1v W3yw:vw10fhl W3yt:vrl8bcc " +
  "W3yq:vvqo6ec W3ym:vk10 W3yl:vnvnj W3yk:v33 W3yj:v1165nlpmpf W3yi:vlflv W3yh:v6qen W3yf:lrfzs W3yc:v37 W3yb:v37 W3ya:v31 " +
  "W3y4:b3yd+0 W3y0:v1dvxugh1io W3xz:v5jjq3hes74 W3xy:l57hs W3xw:b3x5+8w W3xu:v37 W3xt:b3x5+7s W3xs:v37 W3xr:b3x5+6o " +
  "W3xq:v31 W3xp:b3x5+5k W3xn:b3x5+4g W3xl:b3x5+3c W3xi:b3x5+28 W3xg:b3x5+14 W3xe:b3x5+0 W3x8:l6dg0 W3x7:l6chc W3x5:b3uk+g " +
  "W3x3:vhs W3x2:v3bg W3x0:vm06 W3wy:v8j W3wx:vsd W3wv:v8k W3wu:vsg W3ws:lrg0o W3wo:v38 W3wl:v4b4h5 W3wk:vs5 W3wg:lrwk0 " +
  "W3wf:v15vehtkm7j W3we:vue9yo W3w7:v1165le4q5k W3w5:v7cbrs4hlzll W3w3:viu7 W3vu:v15vehxmnho W3vi:vsp59pf W3va:vk18 " +
  "W3v8:vk18 W3v6:v18z7h3pw8e W3v0:v5o2th5d5 W3uw:v2t W3uu:v2u W3uq:v4jjp1 W3um:v37 W3uf:v18z7h3pw8e W3u5:v32 W3u3:v46wrz " +
  "W3ty:v8vtlqzyf23j W3tu:v15vehxmqge W3tp:vtt52zs W3tg:lrfzs W3tf:lrfzs W3te:lrfzs W3td:lrfzs W3tc:lrfzs W3t9:v1165nlq99d " +
  "W3t8:l6us0 W3t4:v5vvvqgrp W3t3:v2t W3t1:b3t6+0 W3sw:v1dvxugh1io W3sv:v5jjq3heqps W3ss:b3sa+4g W3sq:b3sa+3c W3sn:b3sa+28 " +
  "W3sl:b3sa+14 W3sj:b3sa+0 W3sd:l6dg0 W3sc:l6chc W3rp:v1dvxugh1io W3ro:v5jjq3gizr4 W3rn:v96a W3rl:l4yls W3rj:l4yko " +
  "W3rg:l4yjk W3re:l4yig W3rc:l4yhc W3r5:l4yog W3r3:v1dvxugh1io W3r2:v5jjq3gj0e8 W3qz:l4yls W3qx:l4yko W3qu:l4yjk " +
  "W3qs:l4yig W3qq:l4yhc W3qj:l4yog W3qf:v1dvxugh1io W3qe:v5jjq3gj02o W3qb:l4yls W3q9:l4yko W3q6:l4yjk W3q4:l4yig " +
  "W3q2:l4yhc W3pu:l4yog W3pq:v1dvxugh1io W3pp:v5jjq3gj2io W3pj:l50ls W3ph:v1dvxugh1io W3pg:v5jjq3gj8rk W3pa:l584w " +
  "W3p8:v1dvxugh1io W3p7:v5jjq3gj934 W3p1:l584w W3oz:v1dvxugh1io W3oy:v5jjq3gj9eo W3os:l584w W3oo:v1dvxugh1io " +
  "W3on:v5jjq3gj9q8 W3om:vcvft61 W3oh:l584w W3of:b1mh7+g W3od:v1dvxugh1io W3oc:v5jjq3gj0ww W3o6:l6dg0 W3o5:l4z00 " +
  "W3o1:v1dvxugh1io W3o0:v5jjq3gj474 W3nz:v3kl67cdnehs W3nv:l6dg0 W3nu:l52a8 W3ns:v1dvxugh1io W3nr:v5jjq3gj58g W3nq:v1a " +
  "W3nl:l6dg0 W3nk:l53bk W3ng:v1dvxugh1io W3nf:v5jjq3gj4ww W3ne:v3kqzsi3ojmt W3n9:l6dg0 W3n8:l53bk W3n4:v1dvxugh1io " +
  "W3n3:v5jjq3gjbmo W3my:l6dg0 W3mx:l59ps W3mv:v1dvxugh1io W3mu:v5jjq3gj1k0 W3mn:l6dg0 W3mm:l4zyo W3mi:v1dvxugh1io " +
  "W3mh:v5jjq3gj1vk W3mg:vcvfre6 W3mb:l6dg0 W3ma:l4zyo W3m6:v1dvxugh1io W3m5:v5jjq3gj2u8 W3m0:l6dg0 W3lz:l50xc " +
  "W3lw:v1dvxugh1io W3lv:v5jjq3gj674 W3lq:l6dg0 W3lp:l58s0 W3ln:v1dvxugh1io W3lm:v5jjq3gj6io W3lh:l6dg0 W3lg:l58s0 " +
  "W3le:v1dvxugh1io W3ld:v5jjq3gj6u8 W3l8:l6dg0 W3l7:l58s0 W3l5:v1dvxugh1io W3l4:v5jjq3gj7hc W3kz:l6dg0 W3ky:l58s0 " +
  "W3kw:v1dvxugh1io W3kv:v5jjq3gj7sw W3kq:l6dg0 W3kp:l58s0 W3km:v1dvxugh1io W3kl:v5jjq3gj75s W3kg:l6dg0 W3kf:l58s0 " +
  "W3kd:v1dvxugh1io W3kc:v5jjq3gj84g W3kb:v3kkrshrgw80 W3k7:l6dg0 W3k6:l58s0 W3k4:v1dvxugh1io W3k3:v5jjq3gj8g0 W3jy:l6dg0 " +
  "W3jx:l58s0 W3jv:v1dvxugh1io W3ju:v5jjq3gjadc W3jp:l6dg0 W3jo:l58s0 W3jm:v1dvxugh1io W3jl:v5jjq3gja1s W3jg:l6dg0 " +
  "W3jf:l58s0 W3jb:v1dvxugh1io W3ja:v5jjq3gjaow W3j9:v963 W3j5:l6dg0 W3j4:l58s0 W3j1:v1dvxugh1io W3j0:v5jjq3giw80 " +
  "W3iz:v3kl59torl9u W3iu:l6dg0 W3it:l4ub4 W3ir:v1dvxugh1io W3iq:v5jjq3gitz4 W3ip:vi3qqv2nvm W3ik:l6dg0 W3ij:l4ub4 " +
  "W3ih:v1dvxugh1io W3ig:v5jjq3giv9c W3if:v2jotmovi W3ia:l6dg0 W3i9:l4ub4 W3i7:v1dvxugh1io W3i6:v5jjq3giuxs W3i0:l6dg0 " +
  "W3hz:l4ub4 W3hx:v1dvxugh1io W3hw:v5jjq3git0g W3hv:v2jjk2q9f W3hq:l6dg0 W3hp:l4ub4 W3hm:v1dvxugh1io W3hl:v5jjq3givkw " +
  "W3hk:vi2z5u2dth W3hf:l6dg0 W3he:l4ub4 W3hc:v1dvxugh1io W3hb:v5jjq3giuao W3h5:l6dg0 W3h4:l4ub4 W3h2:v1dvxugh1io " +
  "W3h1:v5jjq3gium8 W3gv:l6dg0 W3gu:l4ub4 W3gs:v1dvxugh1io W3gr:v5jjq3gitc0 W3gl:l6dg0 W3gk:l4ub4 W3gi:v1dvxugh1io " +
  "W3gh:v5jjq3givwg W3gb:l6dg0 W3ga:l4ub4 W3g6:v1dvxugh1io W3g5:v5jjq3gitnk W3g4:v1t8qc W3fz:l6dg0 W3fy:l4ub4 " +
  "W3fw:v1dvxugh1io W3fv:v5jjq3giy5c W3fu:v1t84y W3fp:l6dg0 W3fo:l4wvk W3fm:v1dvxugh1io W3fl:v5jjq3giygw W3ff:l6dg0 " +
  "W3fe:l4wvk W3fa:v1dvxugh1io W3f9:v5jjq3giysg W3f3:l6dg0 W3f2:l4wvk W3f0:v1dvxugh1io W3ez:v5jjq3giwjk W3es:l5cq8 " +
  "W3eq:v1dvxugh1io W3ep:v5jjq3gj18g W3eo:v3jxrhaansww W3ei:l5cq8 W3eg:v1dvxugh1io W3ef:v5jjq3gjen4 W3ee:vcvft6h W3e8:l5cq8 " +
  "W3e6:v1dvxugh1io W3e5:v5jjq3gixts W3e4:v3koo5gl7z39 W3dz:l5cq8 W3dx:v1dvxugh1io W3dw:v5jjq3gj35s W3du:v3ksjp0bo7zn " +
  "W3ds:l51go W3dr:vmzp W3dq:l51fk W3dp:vm0e W3do:l51eg W3dm:l51dc W3dj:l51c8 W3dh:l51b4 W3df:l51a0 W3dd:l518w W3d6:l5cq8 " +
  "W3d4:v1dvxugh1io W3d3:v5jjq3gjdxc W3d0:l5c0g W3cv:l5cq8 W3ct:v1dvxugh1io W3cs:v5jjq3gjebk W3cr:v1a W3cl:l5cq8 " +
  "W3cj:v1dvxugh1io W3ci:v5jjq3gj5k0 W3ch:v1t8q7 W3cb:l5cq8 W3c8:v1dvxugh1io W3c7:v5jjq3gixi8 W3c6:v2jp3mau9 W3c1:l5cq8 " +
  "W3bz:v1dvxugh1io W3by:v5jjq3gjb0g W3bv:l593k W3bu:v1e W3bt:l59bc W3br:l59a8 W3bq:b3bx+0 W3bo:l5994 W3bm:l5980 W3bc:l5cq8 " +
  "W3ba:v1dvxugh1io W3b9:v5jjq3gj4io W3b6:l52ls W3az:l5cq8 W3ax:v1dvxugh1io W3aw:v5jjq3gix6o W3av:vi42mg30it W3ap:l5cq8 " +
  "W3an:v1dvxugh1io W3am:v5jjq3gj274 W3al:v2jngckmq W3ag:l5cq8 W3ad:v1dvxugh1io W3ac:v5jjq3gjby8 W3a8:l5a5c W3a6:l5a48 " +
  "W3a4:l5a34 W39v:l5cq8 W39t:v1dvxugh1io W39s:v5jjq3gj5vk W39l:l5cq8 W39j:v1dvxugh1io W39i:v5jjq3giwv4 W39h:v2jn68s4y " +
  "W39b:l5cq8 W399:v1dvxugh1io W398:v5jjq3gj3s0 W395:l51w8 W393:l51v4 W38w:l5cq8 W38u:v1dvxugh1io W38t:v5jjq3gizfk " +
  "W38m:l5cq8 W38i:v1dvxugh1io W38h:v5jjq3giz40 W38a:l5cq8 W388:v1dvxugh1io W387:v5jjq3gjd7k W384:l5bao W380:l6dg0 " +
  "W37z:l5ddc W37x:v1dvxugh1io W37w:v5jjq3gjcgw W37v:vcvy0dv W37q:l6dg0 W37p:l5ddc W37n:v1dvxugh1io W37m:v5jjq3gjdls " +
  "W37l:vi3sosyzog W37g:l6dg0 W37f:l5ddc W37d:v1dvxugh1io W37c:v5jjq3gjeyo W37b:vi3qr5gad0 W377:l6dg0 W376:l5ddc " +
  "W374:b388+g W372:v1dvxugh1io W371:v5jjq3gjcsg W370:v3kqm92rtoj4 W36z:vmsu W36y:l5awo W36w:l5avk W36t:b370+0 W36h:l6dg0 " +
  "W36g:l5ddc W36e:v1dvxugh1io W36d:v5jjq3gjfls W36b:v2n W36a:l5dtc W369:v3pyt0 W368:l5ds8 W367:v586ethep W366:l5dr4 " +
  "W364:l5dq0 W362:l5dow W360:l5d1s W35y:v15uqpo78xs W35b:l6dg0 W353:vm7s W350:vm7s W34x:b358+0 W34t:v1dvxugh1io " +
  "W34s:v5jjq3h92f4 W34r:v1t7xr W34p:b33t+b4 W34n:b33t+a0 W34l:b33t+8w W34i:b33t+7s W34g:b33t+6o W34f:vm7s W34e:b33t+5k " +
  "W34c:b33t+4g W34a:b33t+3c W348:vm7s W347:b33t+28 W345:b33t+14 W343:b33t+0 W33w:l6dg0 W33v:l6chc W33s:v1dvxugh1io " +
  "W33r:v5jjq3gkpvk W33i:l6dg0 W33g:v1dvxugh1io W33f:v5jjq3gkpk0 W336:l6dg0 W334:v1dvxugh1io W333:v5jjq3gko5c W32z:l6dg0 " +
  "W32x:v1165nlq99d W32w:vju4 W32u:vwasyg9 W32t:v19dckqle1r W32l:v1dvxugh1io W32k:v5jjq3h93cw W32i:vju4 W32h:b321+3c " +
  "W32e:b321+28 W32d:vwasyg9 W32c:b321+14 W32b:v19dckqle1r W32a:b321+0 W324:l6dg0 W323:l6chc W321:b30q+g W31y:v1dvxugh1io " +
  "W31x:v5jjq3gk1xc W31w:v36 W31u:l600g W31t:v3x2lh W305:l6dg0 W304:l5vps W300:v1dvxugh1io W2zz:v5jjq3gk0n4 W2zt:l6dg0 " +
  "W2zs:l5sls W2zo:v1dvxugh1io W2zn:v5jjq3gk1a8 W2zh:l6dg0 W2zg:l5t8w W2zc:v1dvxugh1io W2zb:v5jjq3gk0yo W2z5:l6dg0 " +
  "W2z4:l5sxc W2z0:v1dvxugh1io W2yz:v5jjq3gk480 W2yy:l6dg0 W2yx:l62b4 W2yt:v1dvxugh1io W2ys:v5jjq3gid6o W2yr:vi2x370sip " +
  "W2ya:l6dg0 W2y9:l5s7k W2y7:v1dvxugh1io W2y6:v5jjq3gkrk0 W2y5:vqgngir W2y4:l6q34 W2xd:l6dg0 W2xb:v1dvxugh1io " +
  "W2xa:v5jjq3gkr8g W2ta:l6dg0 W2t8:v1dvxugh1io W2t7:v5jjq3gkqww W2p9:l6dg0 W2p7:v1dvxugh1io W2p6:v5jjq3gkq74 W2p3:l6oi8 " +
  "W2p1:l6ols W2o9:l6dg0 W2o7:v1dvxugh1io W2o6:v5jjq3gkoio W2nq:l6dg0 W2no:v1dvxugh1io W2nn:v5jjq3gk6kg W2nd:l6dg0 " +
  "W2nb:v1dvxugh1io W2na:v5jjq3gk6ww W2n3:l6dg0 W2n1:v1dvxugh1io W2n0:v5jjq3gk62o W2mz:vg5l5nh2ev W2mx:l647k W2m4:l6dg0 " +
  "W2m2:v1dvxugh1io W2m1:v5jjq3gipy8 W2lz:l4lyo W2lx:l4lxk W2lv:l4lwg W2lt:l4lvc W2lr:l4lu8 W2lp:l4m1c W2ky:l6dg0 " +
  "W2kw:v1dvxugh1io W2kv:v5jjq3gk3kw W2km:l6dg0 W2kk:v1dvxugh1io W2kj:v5jjq3gk3wg W2kf:l6dg0 W2kd:v1dvxugh1io " +
  "W2kc:v5jjq3gjq00 W2jk:l6dg0 W2ji:v1dvxugh1io W2jh:v5jjq3gkzj4 W2ja:vqgni3y W2id:l6dg0 W2ia:v1dvxugh1io W2i9:v5jjq3gkykg " +
  "W2i4:l6dg0 W2i2:v1dvxugh1io W2i1:v5jjq3gkyw0 W2hw:l6dg0 W2hu:v1dvxugh1io W2ht:v5jjq3gkz7k W2ho:l6dg0 W2hm:v1dvxugh1io " +
  "W2hl:v5jjq3gkzuo W2ha:l6dg0 W2h8:v1dvxugh1io W2h7:v5jjq3gl068 W2gw:l6dg0 W2gu:v1dvxugh1io W2gt:v5jjq3gl0hs W2gi:l6dg0 " +
  "W2gg:v1dvxugh1io W2gf:v5jjq3gjgg0 W2g7:l6dg0 W2g5:v1dvxugh1io W2g4:v5jjq3gjixs W2g3:l5ofk W2fn:l6dg0 W2fl:v1dvxugh1io " +
  "W2fk:v5jjq3gkx0g W2fd:l6dg0 W2fb:v1dvxugh1io W2fa:v5jjq3gjhs0 W2f6:l6dg0 W2f4:v1dvxugh1io W2f3:v5jjq3gjhfk W2em:l6dg0 " +
  "W2ek:v1dvxugh1io W2ej:v5jjq3gji3k W2e2:l6dg0 W2e0:v1dvxugh1io W2dz:v5jjq3gjqbk W2di:l6dg0 W2dg:v1dvxugh1io " +
  "W2df:v5jjq3gjg4g W2dd:v1165nlq99d W2dc:l5eu0 W2da:l5esw W2d9:vqgnf51 W2d8:l5eyo W2d5:l5exk W2d4:viu7 W2d3:l5ewg " +
  "W2cu:v7cbs7tye450 W2bw:l6dg0 W2bu:v1dvxugh1io W2bt:v5jjq3gkvb4 W2be:l6dg0 W2bc:v1dvxugh1io W2bb:v5jjq3giqgw W2b9:l4mjk " +
  "W2b7:l4mig W2b5:l4mhc W2b3:l4myg W2b2:b2b9+g W2b0:l4mxc W2ao:l6dg0 W2am:v1dvxugh1io W2al:v5jjq3gkp5s W2af:v37 W2aa:vm75 " +
  "W2a4:v3ygrm W2a2:vvqo5t2 W29w:v2r W29s:vxeqrn0 W26i:l6dg0 W26g:v1dvxugh1io W26f:v5jjq3gkou8 W260:l6dg0 W25y:v1dvxugh1io " +
  "W25x:v5jjq3gkeps W25v:v1a W24m:l6dg0 W24k:v1dvxugh1io W24j:v5jjq3gkee8 W244:l6dg0 W242:v1dvxugh1io W241:v5jjq3gl5a8 " +
  "W23z:v33 W23y:l72u0 W23v:l72sw W23t:l72xk W23r:l72wg W23k:l6dg0 W23i:v1dvxugh1io W23h:v5jjq3gkfcw W23f:v1165nm70q4 " +
  "W23e:l6edc W23c:l6ec8 W23a:v586f4t41 W239:l6eb4 W22y:l6dg0 W22w:v1dvxugh1io W22v:v5jjq3gjlds W22s:l5jj4 W22q:l5ji0 " +
  "W22o:l5jgw W227:l6dg0 W225:v1dvxugh1io W224:v5jjq3gjocg W221:l5mgo W21z:l5mfk W21x:l5lqw W21w:b223+0 W21u:l5lps " +
  "W21j:l6dg0 W21h:v1dvxugh1io W21g:v5jjq3gkdds W21d:l6by8 W21b:l6bx4 W219:l6bw0 W20k:l6dg0 W20i:v1dvxugh1io " +
  "W20h:v5jjq3gkbk0 W208:v3yich W1xr:l6dg0 W1xp:v1dvxugh1io W1xo:v5jjq3gkcf4 W1xb:l6dg0 W1x9:v1dvxugh1io W1x8:v5jjq3gjqzk " +
  "W1wt:l6dg0 W1wr:v1dvxugh1io W1wq:v5jjq3gl2e8 W1wn:l70p4 W1wl:l70o0 W1wj:l70mw W1wh:l70ls W1we:l70ko W1wc:l70jk " +
  "W1wa:l70ig W1w8:l70hc W1w2:l6dg0 W1w0:v1dvxugh1io W1vz:v5jjq3gis80 W1vi:l6dg0 W1vg:v1dvxugh1io W1vf:v5jjq3gk9i8 " +
  "W1vb:l67uo W1v9:l67tk W1v7:l67sg W1u2:l6dg0 W1u0:v1dvxugh1io W1tz:v5jjq3gk96o W1tk:l6dg0 W1ti:v1dvxugh1io " +
  "W1th:v5jjq3gipb4 W1tf:l4lgw W1td:l4lrc W1tb:l4lq8 W1t9:l4lp4 W1t6:l4lo0 W1t5:vqgnfcd W1sz:virk W1sj:l6dg0 " +
  "W1sh:v1dvxugh1io W1sg:v5jjq3gk8g0 W1sf:v4i5wl W1s7:l6dg0 W1s5:v1dvxugh1io W1s4:v5jjq3gk1ls W1ru:l6dg0 W1rs:v1dvxugh1io " +
  "W1rr:v5jjq3gk5fk W1ro:l6300 W1rm:l634g W1rj:b1rq+0 W1r5:l6dg0 W1r3:v1dvxugh1io W1r2:v5jjq3gk5r4 W1r0:l6dg0 " +
  "W1qy:v1dvxugh1io W1qx:v5jjq3gik74 W1qv:l4ifk W1qt:l4ijc W1qr:l4ii8 W1pw:l6dg0 W1pu:v1dvxugh1io W1pt:v5jjq3girr4 " +
  "W1pr:l4mv4 W1pp:l4mu0 W1pn:l4msw W1pl:l4myg W1pk:b1pr+g W1pi:l4mxc W1p6:l6dg0 W1p4:v1dvxugh1io W1p3:v5jjq3gk39c " +
  "W1p1:vmt1 W1p0:l60ug W1oz:vw1a9h1 W1oy:l60tc W1ox:vw1a9h1 W1ow:l60s8 W1ov:vmt0 W1ou:l60r4 W1os:l60q0 W1oq:l60ow " +
  "W1oo:l60ns W1om:l60mo W1ok:l60lk W1oi:l60kg W1og:l60jc W1oe:l60i8 W1o8:vnzg W1o0:v3pyst W1n0:l6dg0 W1my:v1dvxugh1io " +
  "W1mx:v5jjq3gir40 W1mv:l4mqg W1mt:l4mpc W1mr:l4myg W1mp:l4mxc W1mo:b1mv+g W1ma:l6dg0 W1m8:v1dvxugh1io W1m7:v5jjq3gkvmo " +
  "W1m5:v2jja0fhv W1lu:l6dg0 W1ls:v1dvxugh1io W1lr:v5jjq3gjug0 W1lp:v4gqr8 W1lo:l5rs8 W1ln:v36 W1lm:l5rr4 W1lk:l5rq0 " +
  "W1li:l5row W1kx:v38 W1kv:vqcxzzo W1i7:l6dg0 W1i4:v1dvxugh1io W1i3:v5jjq3gk8v4 W1ho:l6dg0 W1hm:v1dvxugh1io " +
  "W1hl:v5jjq3gjsjk W1hk:v2jja0dba W1hh:vqcxy73 W1fg:l6dg0 W1fe:v1dvxugh1io W1fd:v5jjq3gjrwg W1ey:l6dg0 W1ew:v1dvxugh1io " +
  "W1ev:v5jjq3gjs80 W1eg:l6dg0 W1ee:v1dvxugh1io W1ed:v5jjq3gijvk W1eb:l4ia8 W1e9:l4icw W1dg:l6dg0 W1de:v1dvxugh1io " +
  "W1dd:v5jjq3giqsg W1db:l4mmw W1d9:l4mls W1d7:l4myg W1d4:l4mxc W1cs:l6dg0 W1cq:v1dvxugh1io W1cp:v5jjq3gjjkw W1co:vruttgu " +
  "W1cn:l5j2w W1cl:l5j1s W1ck:vkfi W1cj:l5j0o W1ci:vud4acm W1ch:l5izk W1cf:l5iyg W1cc:l5ixc W1ca:l5iuo W1bp:l6dg0 " +
  "W1bn:v1dvxugh1io W1bm:v5jjq3gjp6o W1bk:l5ngg W1bi:l5nfc W1bg:l5ne8 W1be:l5nd4 W1bd:v1165nm8hh1 W1bc:l5nc0 W1ba:vqgni44 " +
  "W1b9:l5naw W1b7:l5n9s W1b5:l5m1c W1b3:l5m08 W1b2:v3pysz W1b1:l5lz4 W1ay:l5ly0 W1ax:v3pysl W1aw:l5lww W1an:l6dg0 " +
  "W1al:v1dvxugh1io W1ak:v5jjq3gkaww W1aj:v96b W1ag:viu7 W1a8:vmzp W1a6:vmww W1a2:vun3tys W1a0:vqcxzdv W18l:l6dg0 " +
  "W18j:v1dvxugh1io W18i:v5jjq3gjn40 W18g:l5lhk W18f:vmsu W18e:l5lgg W18d:v37 W18c:l5lfc W18a:l5le8 W188:l5ld4 W185:l5lc0 " +
  "W183:l5law W181:l5l9s W180:v8vtl9cjnv5b W17z:l5llk W17y:v6bop4e3w W17x:l5lkg W17i:l6dg0 W17g:v1dvxugh1io " +
  "W17f:v5jjq3gjlz4 W17c:l5kbc W17a:l5ka8 W176:v586f644t W172:vmlh W16u:v2n W16q:v2n W16o:vqgmvdr W14p:l6dg0 " +
  "W14n:v1dvxugh1io W14m:v5jjq3gkvy8 W149:l6dg0 W147:v1dvxugh1io W146:v5jjq3gisjk W13q:l6dg0 W13o:v1dvxugh1io " +
  "W13n:v5jjq3gkdq8 W13e:l6dg0 W13c:v1dvxugh1io W13b:v5jjq3gjxy8 W131:vmww W118:l6dg0 W116:v1dvxugh1io W115:v5jjq3gjuu8 " +
  "W112:l5wy8 W10p:l6dg0 W10n:v1dvxugh1io W10m:v5jjq3gjw0w W10b:l6dg0 W109:v1dvxugh1io W108:v5jjq3gjwo0 Wzx:l6dg0 " +
  "Wzv:v1dvxugh1io Wzu:v5jjq3gjwcg Wzk:l6dg0 Wzi:v1dvxugh1io Wzh:v5jjq3gipmo Wy1:l6dg0 Wxz:v1dvxugh1io Wxy:v5jjq3gjvhc " +
  "Wxv:l5wy8 Wwl:l6dg0 Wwi:v1dvxugh1io Wwh:v5jjq3gjxb4 Ww4:l6dg0 Ww2:v1dvxugh1io Ww1:v5jjq3gjxmo Wvo:l6dg0 Wvm:v1dvxugh1io " +
  "Wvl:v5jjq3gjwzk Wv8:l6dg0 Wv6:v1dvxugh1io Wv5:v5jjq3gjv5s Wv2:l5wy8 Wts:l6dg0 Wtq:v1dvxugh1io Wtp:v5jjq3gjj9c " +
  "Wto:vruttgu Wtn:l5imw Wtl:l5ils Wtk:vkfi Wtj:l5iko Wth:l5ijk Wtf:l5iig Wtc:l5ihc Wtb:v32 Wta:l5iew Wt8:l5ids Wsp:l6dg0 " +
  "Wsn:v1dvxugh1io Wsm:v5jjq3gky5c Wsl:vqgni3y Wrj:l6dg0 Wrh:v1dvxugh1io Wrg:v5jjq3gkxpc Wre:l6ufk Wr9:l64nk Wqw:l6dg0 " +
  "Wqu:v1dvxugh1io Wqt:v5jjq3gkxc0 Wqs:v2t Wqr:l6ud4 Wqo:l6uc0 Wqf:l6dg0 Wqd:v1dvxugh1io Wqc:v5jjq3gina8 Wqb:v94g Wq9:l4kuw " +
  "Wq7:l4kts Wq2:v3pyt4 Wq0:vqgmvdx Woj:l6dg0 Woh:v1dvxugh1io Wog:v5jjq3gilts Wof:b9h+0 Wod:l4j20 Woc:v4i5wh Wob:l4j0w " +
  "Woa:v4i5wh Wo9:l4izs Wo8:v4i3cd Wo7:l4iyo Wo5:l4ixk Wo4:v2q Wo3:l4iwg Wo1:l4jiw Wo0:vs538f5 Wnz:l4jhs Wny:v17fgvs7alo " +
  "Wnx:l4jgo Wnw:v3ygyp Wnv:l4jfk Wnt:l4jeg Wns:v3ygyp Wnr:l4jdc Wnp:l4jc8 Wnn:v37 Wnm:l4jb4 Wnl:vmss Wnk:l4ja0 Wni:l4j8w " +
  "Wnh:vs5mxrn Wng:l4j7s Wne:l4j6o Wnc:l4j5k Wnb:v4jjp1 Wna:l4j4g Wn5:vw10fhl Wn3:virk Wmd:l6dg0 Wmb:v1dvxugh1io " +
  "Wma:v5jjq3gjork Wm7:l5mvs Wm5:l5muo Wm3:v3pysk Wm2:l5lug Wm0:l5ltc Wlr:l6dg0 Wlo:v1dvxugh1io Wln:v5jjq3girfk Wll:l4mv4 " +
  "Wlj:l4mu0 Wlh:l4msw Wle:l4myg Wld:vqgni43 Wlc:l4mxc Wl2:l6dg0 Wl0:v1dvxugh1io Wkz:v5jjq3gijhc Wkx:v1t8q7 Wkw:v6bsuya2c " +
  "Wkv:l4hkg Wka:l6dg0 Wk8:v1dvxugh1io Wk7:v5jjq3gij5s Wk1:l6dg0 Wjz:v1dvxugh1io Wjy:v5jjq3gjqo0 Wjo:l6dg0 Wjm:v1dvxugh1io " +
  "Wjl:v5jjq3gk4jk Wjj:l62ts Wjh:l62so Wjf:l62rk Wjd:l62qg Wjb:l62pc Wj9:l62mo Wij:l6dg0 Wig:v1dvxugh1io Wif:v5jjq3gihq8 " +
  "Wie:vmlh Whb:v37 Wfy:v2n Wfw:v1165nlq99d Weo:l6dg0 Wem:v1dvxugh1io Wel:v5jjq3giheo We6:l6dg0 We4:v1dvxugh1io " +
  "We3:v5jjq3gietc We1:v2t Wdt:vkjk Wd5:vxerbs6 Wd3:vxerbs5 Wct:v37 Wbp:vmsi Wbb:v586an722 Wb1:vqgmvdr W9k:l6dg0 " +
  "W9i:v1dvxugh1io W9h:v5jjq3giehs W9f:vqgnfck W9b:v7cbs9vhegkf W92:l6dg0 W90:v1dvxugh1io W8z:v5jjq3gjig0 W8x:l5i20 " +
  "W8v:l5i0w W8t:l5hzs W8r:l5hyo W8p:l5hw8 W8n:vkfi W8m:l5hv4 W7z:l6dg0 W7v:v1dvxugh1io W7u:v5jjq3gkg00 W7t:v7cbs7wgiu7o " +
  "W7s:l6jhs W7q:l6jgo W7o:l6jfk W7m:l6jeg W7k:l6jdc W7i:l6jc8 W7g:l6jb4 W7e:l6ja0 W7c:l6j8w W7a:l6jr4 W78:v1165nvn1pi " +
  "W77:l6jq0 W75:l6jow W73:l6jns W72:v2n W71:l6jmo W70:vqgnfcq W6z:l6jlk W6y:v586el6jt W6x:l6jkg W6o:v3pysl W6l:v1165nlngc3 " +
  "W5y:l6dg0 W5w:vk37cfvl W5u:l6iq8 W5q:viu7 W5o:viu7 W5i:vqgnfck W4r:lrbio W4p:lrcsw W4n:ls1h4 W4l:lrym0 W4k:lrei8 " +
  "W4j:l6dg0 W4i:l6dg0 W4h:l62b4 W3z:v3pyss W3y:v3pyss W3x:viu7 W3w:v2n W3v:vqgnip5 W3u:v586f8yuc W3t:vqgnip5 W3s:v3pyt2 " +
  "W3r:v586f8yuc W3q:vqgnip5 W3m:v3pyt0 W3l:v3pyt0 W3f:v2n W37:v3pyt0 W36:viu7 W35:v3pyt0 W34:viu7 W33:viu7 W2w:v3pysk " +
  "W2v:viu7 W2n:v2n W2g:viu7 W29:v3pysy W21:v3pyps W1w:v3pysy";
