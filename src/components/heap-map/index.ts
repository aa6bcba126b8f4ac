/*
 * Registers <pymem-heap-map> and <pymem-step-controls> (once; safe to import twice). Import this
 * module in the browser only: the elements need customElements. Main exports: the two classes.
 */

import { PymemHeapMap } from './pymem-heap-map';
import { PymemStepControls } from './pymem-step-controls';

export { PymemHeapMap, PymemStepControls };
export type { HeapMapData, HeapSelectDetail } from './pymem-heap-map';
export type { StepDetail } from './pymem-step-controls';
export type { LoadStep, StepData } from '../../heap-map/history';

export function defineHeapMapElements(): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get('pymem-heap-map')) customElements.define('pymem-heap-map', PymemHeapMap);
  if (!customElements.get('pymem-step-controls')) customElements.define('pymem-step-controls', PymemStepControls);
}

defineHeapMapElements();

declare global {
  interface HTMLElementTagNameMap {
    'pymem-heap-map': PymemHeapMap;
    'pymem-step-controls': PymemStepControls;
  }
}
