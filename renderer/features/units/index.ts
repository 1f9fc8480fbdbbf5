export { UnitsDialog, type UnitsDialogProps } from './UnitsDialog';
export { searchUnits, findUnitByName, unitUsage, type UnitUsage } from './unitSearch';
