/** Offers crash recovery once per page, when the plan is first shown (mounted with the dialogs). */
import { useEffect } from 'react';
import { offerRecovery } from './sharingActions';

let offered = false;

export function useRecoveryOffer(): void {
  useEffect(() => {
    if (offered) return;
    offered = true;
    void offerRecovery();
  }, []);
}
