/** Three-way merge of plans (pure: Plan objects in, Plan and conflicts out). */
export { mergePlans } from './mergePlans';
export { resolveConflicts } from './resolve';
export { deepEqual } from './threeWay';
export * from './types';
