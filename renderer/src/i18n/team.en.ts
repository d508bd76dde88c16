import type { teamZh } from './team.zh';
import type { Widen } from './zh-CN';

export const teamEn: Widen<typeof teamZh> = {
  nav: { staff: 'Team' },
  roles: { commander: 'Commander', deputy_commander: 'Deputy commander' },
  staff: { title: 'Team', add: 'Add member' },
  team: { operates: 'May use the laptop', yes: 'Yes', pinSet: 'PIN set' },
  signin: {
    needsPin: 'PIN',
    enterPin: 'Enter the PIN (4–6 digits)',
    signIn: 'Sign in',
    back: 'Back',
    signOut: 'Sign out',
    forgot: 'Forgot the PIN? The commander or deputy commander can reset it on the Team page.',
    pinFormat: 'A PIN is 4 to 6 digits',
    addAfterSignIn: 'This post uses PINs: sign in first, then add people on the Team page.',
  },
  pin: {
    set: 'Set my PIN',
    change: 'Change my PIN',
    hint: 'Once set, the start screen asks for your PIN when you choose yourself. Only a salted hash is stored.',
    old: 'Current PIN',
    new: 'New PIN (4–6 digits)',
    again: 'New PIN again',
    mismatch: 'The two PINs differ',
    save: 'Save PIN',
    saved: 'PIN saved; you are signed in',
    reset: 'Reset PIN',
    resetTitle: 'Reset the PIN of {{name}}',
    resetHint:
      'Leave empty to clear the PIN (they set their own next time), or give a new PIN and tell them in person.',
    newOptional: 'New PIN (may be empty)',
    resetTo: 'Set the new PIN',
    clear: 'Clear the PIN',
    resetDone: 'PIN of {{name}} reset',
  },
};
