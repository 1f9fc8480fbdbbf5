export { SaveBaselineDialog } from './SaveBaselineDialog';
export { useBaselineView } from './useBaselineView';
