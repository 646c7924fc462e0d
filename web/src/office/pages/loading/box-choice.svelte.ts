/** The box a loader works at, remembered on this device (most stores have one box; the choice rarely changes). */
const key = 'bp-office-box';

const state = $state({ boxId: typeof localStorage === 'undefined' ? '' : (localStorage.getItem(key) ?? '') });

export const boxChoice = {
  get boxId(): string {
    return state.boxId;
  },
  set boxId(value: string) {
    state.boxId = value;
    try {
      localStorage.setItem(key, value);
    } catch {
      // private mode: remembered for this page only
    }
  },
};
