/**
 * The plan's list of units while importing: a name from the table finds its
 * unit ignoring case, diacritics and spacing ("phong quan ly khoa hoc" →
 * "Phòng Quản lý Khoa học"); a name not in the list is added once.
 */
import { MAX_NAME_LENGTH, type Unit } from '../model';
import { xmlSafe } from '../formats/xmlText';
import { foldVietnamese, normaliseSpaces } from '../text';

export class UnitDirectory {
  readonly units: Unit[];
  /** Names added by this import, in order. */
  readonly added: string[] = [];
  readonly #exact = new Map<string, Unit>();
  readonly #folded = new Map<string, Unit>();

  constructor(
    existing: readonly Unit[],
    private readonly newId: () => string,
  ) {
    this.units = existing.map((u) => ({ ...u }));
    for (const unit of this.units) this.#remember(unit);
  }

  /** The unit named `name` (found or added), or null for a blank name. */
  resolve(name: string): Unit | null {
    const clean = normaliseSpaces(xmlSafe(name)).slice(0, MAX_NAME_LENGTH);
    if (clean === '') return null;
    const found = this.#exact.get(clean) ?? this.#folded.get(foldVietnamese(clean));
    if (found) return found;
    const unit: Unit = { id: this.newId(), name: clean, recipientOrder: null };
    this.units.push(unit);
    this.added.push(clean);
    this.#remember(unit);
    return unit;
  }

  /** Marks `name` as the n-th recipient of the plan, unless another unit already holds that place. */
  addRecipient(name: string, order: number): void {
    const unit = this.resolve(name);
    if (!unit || unit.recipientOrder !== null) return;
    if (this.units.some((u) => u.recipientOrder === order)) return;
    unit.recipientOrder = order;
  }

  #remember(unit: Unit): void {
    this.#exact.set(unit.name, unit);
    const folded = foldVietnamese(unit.name);
    if (!this.#folded.has(folded)) this.#folded.set(folded, unit);
  }
}
